-- wrk -s bench/wrk-summary.lua: after the run, prints one machine-readable line with exact figures
-- (wrk's own --latency table rounds to two decimals in a varying unit):
--   BENCH requests=… seconds=… rps=… bytes_per_response=… p50_ms=… p90_ms=… p99_ms=… max_ms=… non2xx=… socket_errors=…
-- wrk counts responses with a status ≥ 400 in errors.status: a benchmark with non2xx > 0 is not valid
-- (429 from the rate limiter, 404, 500 … are cheap answers and would inflate requests/s).
done = function(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d seconds=%.3f rps=%.1f bytes_per_response=%.0f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds, summary.bytes / math.max(summary.requests, 1),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
