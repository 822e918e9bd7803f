#!/usr/bin/env bash
# Home page benchmark (issue 6): requests/s of the home page for anonymous visitors (served from the
# output cache) as a ratio to the baseline endpoint measured in the same run, on SQLite and PostgreSQL.
#
#   ./bench/home.sh [sqlite|postgres|all] [--duration 10] [--events 10000]
#
# Per provider: a fresh database with the demonstration data (N labelled events in the current
# edition), the app in Release on 127.0.0.1, then wrk -t2 -c64 (browser-like Accept-Encoding) for
# `duration` seconds per case after a 3 s warm-up: the baseline, the anonymous home page, the home
# page of a signed-in organiser (never cached: the cost of rendering it) and sitemap.xml. Prints
# requests/s, p50/p99 and the server's memory. Target: anonymous home page ≥ 0.5 × the baseline.
set -euo pipefail

providers=all
duration=10
events=10000
while (($# > 0)); do
    case "$1" in
        sqlite | postgres | all) providers="$1" ;;
        --duration) duration="${2:?--duration needs seconds}"; shift ;;
        --events) events="${2:?--events needs a number of events}"; shift ;;
        -h | --help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "home.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done
[[ "$duration" =~ ^[1-9][0-9]*$ ]] || { echo "home.sh: --duration must be a positive integer (seconds)" >&2; exit 2; }
[[ "$events" =~ ^[1-9][0-9]*$ ]] || { echo "home.sh: --events must be a positive integer" >&2; exit 2; }

SCRIPT=home.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start "$providers"
TARGET_RATIO=0.5
ACCEPT_ENCODING="gzip, deflate, br"
ORGANISER=organisateur@demo.semaine-industrie.example.fr
PASSWORD=semaine-industrie-2026


# measure KIND NAME PATH [HEADER]: wrk after a warm-up; sets RPS for the baseline, appends a table row.
measure() {
    local kind="$1" name="$2" path="$3" header="${4:-X-Bench: 1}" out line
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$BASE$path")" == 200 ]] || die "$path does not answer 200"
    wrk -t2 -c64 -d3s -H "Accept-Encoding: $ACCEPT_ENCODING" -H "$header" "$BASE$path" >/dev/null
    out="$(wrk -t2 -c64 -d"${duration}s" --latency -H "Accept-Encoding: $ACCEPT_ENCODING" -H "$header" -s "$BENCH/wrk-summary.lua" "$BASE$path")"
    line="$(grep '^BENCH ' <<<"$out" | tail -n 1)"
    echo "   $name: $line" >&2
    if [[ "$kind" == reference ]]; then
        BASE_RPS="$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")"
    fi
    awk -v name="$name" -v line="$line" -v base="$BASE_RPS" -v target="$TARGET_RATIO" -v provider="$PROVIDER" -v kind="$kind" 'BEGIN {
        n = split(line, f, " "); for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
        ratio = v["rps"] / base
        verdict = kind == "reference" ? "reference" : kind == "info" ? "(no target)" : (ratio >= target ? "OK" : "**MISSED**")
        if (v["non2xx"] + v["socket_errors"] > 0) verdict = "**INVALID** (" v["non2xx"] " non-2xx, " v["socket_errors"] " socket errors)"
        printf "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.1f | %s |\n", provider, name, v["rps"], v["p50_ms"], v["p99_ms"], ratio,
            v["bytes_per_response"] / 1000, verdict }' >>"$WORK/table"
}

: >"$WORK/table"
: >"$WORK/memory"
LOADS=()
for provider in "${PROVIDERS[@]}"; do
    PROVIDER="$provider"
    log "[$provider] fresh database: demonstration data with $events events in the current edition"
    bench_database "$provider"
    t0="$(now_ns)"
    start_app "$WORK/app-$provider.log" "/" "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production "Geo__DataDirectory=$GEO_DIR" \
        Logging__LogLevel__Default=Warning "DemoData__CurrentEditionEvents=$events" DemoData__PastEditionShare=0.02 \
        Benchmark__Baseline=true RateLimits__PublicApiPerMinute=100000000 "Mail__PickupDirectory=$WORK/mail" Moderation__DailyDigest=false
    echo "   seeded and started in $(seconds "$(ms_since "$t0")") s" >&2
    # The archive loads in the background after the first answer: let it finish first.
    sleep 5
    LOADS+=("$provider $(cut -d' ' -f1-3 /proc/loadavg)")
    measure reference "1. baseline (fixed 2 kB JSON)" "/api/bench/baseline"
    measure page "2. home page, anonymous (output cache)" "/"
    measure info "3. home page, signed-in organiser (rendered every time)" "/" "Cookie: $(sign_in "$ORGANISER" "$PASSWORD")"
    measure info "4. sitemap.xml ($(curl -s "$BASE/sitemap.xml" | grep -o '<url>' | wc -l) URLs)" "/sitemap.xml"
    echo "| $provider | $(awk '{ printf "%.0f", $1 / 1024 }' <<<"$(proc_kb "$APP_PID" VmRSS)") MB | $(awk '{ printf "%.0f", $1 / 1024 }' <<<"$(proc_kb "$APP_PID" VmHWM)") MB |" >>"$WORK/memory"
    stop_app
    [[ "$provider" != postgres ]] || pg_stop
done
mkdir -p "$RESULTS"
report="$RESULTS/home-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Home page — $(date '+%Y-%m-%d %H:%M'), commit $COMMIT, $(nproc) cores, $events events in the current edition, wrk -t2 -c64 -d${duration}s"
    echo
    echo "| Provider | Case | req/s | p50 ms | p99 ms | × baseline | kB/answer | ≥ ${TARGET_RATIO} × baseline |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    cat "$WORK/table"
    echo
    echo "| Provider | resident memory after the runs | peak |"
    echo "|---|---:|---:|"
    cat "$WORK/memory"
    echo
    echo "wrk and the server share the machine's cores with everything else: load average before each provider's runs: $(IFS=';'; echo "${LOADS[*]}" | sed 's/;/, /g'). Read the ratios to the baseline rather than absolute figures."
} | tee "$report"
