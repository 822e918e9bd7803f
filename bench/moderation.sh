#!/usr/bin/env bash
# Moderation queue benchmark (issue 3): the queue page of a regional moderator with 10,000 pending
# requests over the 18 regions, on SQLite and PostgreSQL.
#
#   ./bench/moderation.sh [sqlite|postgres|all] [--pending 10000] [--duration 20]
#
# Per provider: a fresh database with the demonstration data plus N pending requests spread over the
# regions like the 2022 programme, the app in Release on 127.0.0.1; the demonstration moderator of
# Auvergne-Rhône-Alpes signs in, then wrk (-t2 -c16) loads the first page of the queue, and a search in
# it, each for `duration` seconds after a warm-up. Prints requests/s, p50/p99, the server's memory and
# the baseline endpoint's requests/s of the same run. Target: p99 under 100 ms.
set -euo pipefail

providers=all
pending=10000
duration=20
while (($# > 0)); do
    case "$1" in
        sqlite | postgres | all) providers="$1" ;;
        --pending) pending="${2:?--pending needs a number}"; shift ;;
        --duration) duration="${2:?--duration needs seconds}"; shift ;;
        -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "moderation.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

SCRIPT=moderation.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start "$providers"
TARGET_P99_MS=100
MODERATOR=moderation.ara@demo.semaine-industrie.example.fr
PASSWORD=semaine-industrie-2026

# measure NAME PATH: wrk on a signed-in page; appends a table row.
measure() {
    local name="$1" path="$2" cookie out line
    cookie="$(sign_in "$MODERATOR" "$PASSWORD")"
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")" == 200 ]] || die "$path does not answer 200 to the moderator"
    wrk -t2 -c16 -d3s -H "Cookie: $cookie" "$BASE$path" >/dev/null
    out="$(wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $cookie" -s "$BENCH/wrk-summary.lua" "$BASE$path")"
    line="$(grep '^BENCH ' <<<"$out" | tail -n 1)"
    echo "   $name: $line" >&2
    awk -v name="$name" -v line="$line" -v base="$BASE_RPS" -v target="$TARGET_P99_MS" -v provider="$PROVIDER" 'BEGIN {
        n = split(line, f, " "); for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
        printf "| %s | %s | %.0f | %.2f | %.1f | %.2f | %s |\n", provider, name, v["rps"], v["p50_ms"], v["p99_ms"], v["rps"] / base,
            (v["non2xx"] + v["socket_errors"] > 0 ? "**INVALID**" : (v["p99_ms"] < target ? "OK" : "**MISSED**")) }' >>"$WORK/table"
}

: >"$WORK/table"
: >"$WORK/memory"
for provider in "${PROVIDERS[@]}"; do
    PROVIDER="$provider"
    log "[$provider] fresh database: demonstration data and $pending pending requests"
    bench_database "$provider"
    t0="$(now_ns)"
    start_app "$WORK/app-$provider.log" "/api/evenements?taille=1" "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production "Geo__DataDirectory=$GEO_DIR" \
        Logging__LogLevel__Default=Warning DemoData__CurrentEditionEvents=3000 DemoData__PastEditionShare=0.02 "DemoData__PendingRequests=$pending" \
        Benchmark__Baseline=true RateLimits__PublicApiPerMinute=100000000 "Mail__PickupDirectory=$WORK/mail" Moderation__DailyDigest=false
    echo "   seeded and started in $(seconds "$(ms_since "$t0")") s" >&2
    sleep 5
    BASE_RPS="$(baseline_rps 10)"
    echo "   baseline: $BASE_RPS req/s" >&2
    shown="$(curl -s -H "Cookie: $(sign_in "$MODERATOR" "$PASSWORD")" "$BASE/moderation" | sed -n 's/.*data-testid="queue-summary">\([0-9]*\) demande.*/\1/p')"
    echo "   the moderator's queue: $shown pending requests (Auvergne-Rhône-Alpes)" >&2
    measure "queue, first page ($shown pending)" "/moderation"
    measure "queue, search « visite » + overdue" "/moderation?q=visite&retard=true"
    echo "| $provider | $(awk '{ printf "%.0f", $1 / 1024 }' <<<"$(proc_kb "$APP_PID" VmRSS)") MB | $(awk '{ printf "%.0f", $1 / 1024 }' <<<"$(proc_kb "$APP_PID" VmHWM)") MB |" >>"$WORK/memory"
    stop_app
    [[ "$provider" != postgres ]] || pg_stop
done
mkdir -p "$RESULTS"
report="$RESULTS/moderation-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Moderation queue — $(date '+%Y-%m-%d %H:%M'), commit $COMMIT, $(nproc) cores, $pending pending requests, wrk -t2 -c16 -d${duration}s"
    echo
    echo "| Provider | Case | req/s | p50 ms | p99 ms | × baseline | p99 < ${TARGET_P99_MS} ms |"
    echo "|---|---|---:|---:|---:|---:|---|"
    cat "$WORK/table"
    echo
    echo "| Provider | resident memory | peak |"
    echo "|---|---:|---:|"
    cat "$WORK/memory"
} | tee "$report"
