#!/usr/bin/env bash
# Load benchmark of the public discovery endpoints (issue 2, « Speed »).
#
#   ./bench/run.sh [sqlite|postgres|all] [--duration 20] [--events 10000] [--env KEY=VALUE]...
#
# Per provider: a fresh database seeded with 15 editions × N labelled events, the application in
# Release on 127.0.0.1, then wrk (-t2 -c64) for `duration` seconds per case. Prints a Markdown table
# per provider and writes it to bench/results/<provider>-<timestamp>.md (git-ignored), with the raw
# wrk output and the server log next to it (<provider>-<timestamp>.log).
# --env passes a setting to the server only (diagnosis: --env DOTNET_gcServer=0). See bench/README.md.
set -euo pipefail

usage() {
    sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

providers=all
EXTRA_ENV=()
duration=20
events=10000
while (($# > 0)); do
    case "$1" in
        sqlite | postgres | all) providers="$1" ;;
        --duration) duration="${2:?--duration needs a number of seconds}"; shift ;;
        --duration=*) duration="${1#*=}" ;;
        --events) events="${2:?--events needs a number of events per edition}"; shift ;;
        --events=*) events="${1#*=}" ;;
        --env) EXTRA_ENV+=("${2:?--env needs KEY=VALUE}"); shift ;;
        --env=*) EXTRA_ENV+=("${1#*=}") ;;
        -h | --help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
[[ "$duration" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --duration must be a positive integer (seconds)" >&2; exit 2; }
[[ "$events" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --events must be a positive integer" >&2; exit 2; }

SCRIPT=run.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WARMUP_SECONDS=3
# Sent with every request, as browsers do: the server compresses HTML pages (and caches them
# compressed); JSON answers stay plain.
ACCEPT_ENCODING="gzip, deflate, br"
CONNECTIONS=64
THREADS=2
# Targets of issue 2.
TARGET_RATIO=0.5        # cases 2–4, × baseline requests/s
TARGET_P99_MS=20        # cases 2–4
TARGET_RATIO_PAGE=0.3   # case 5
TARGET_MEMORY_MB=400
TARGET_COLD_START_S=5

bench_start "$providers"

# The environment of the application: database settings (set per provider) come first.
set_app_env() {
    APP_ENV=("$@"
        ASPNETCORE_ENVIRONMENT=Production
        DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
        "Geo__DataDirectory=$GEO_DIR"
        Logging__LogLevel__Default=Warning
        "DemoData__EventsPerEdition=$events"
        Benchmark__Baseline=true
        RateLimits__PublicApiPerMinute=100000000
        # The catalogue loads (current edition at start-up, then the archive) in the server log.
        Logging__LogLevel__SemaineIndustrie.Features.Discovery.CatalogueRefresher=Information)
}

# add_case KIND NAME URL NOTE: KIND is the target that applies (reference, api: cases 2–4, page:
# case 5, info: measured for the diagnosis, no target of its own); an empty URL means skipped.
add_case() {
    CASE_KINDS+=("$1") CASE_NAMES+=("$2") CASE_URLS+=("$3") CASE_NOTES+=("$4")
}

# Sets CASE_KINDS, CASE_NAMES, CASE_URLS (paths) and CASE_NOTES for the running app at $BASE.
discover_cases() {
    CASE_KINDS=() CASE_NAMES=() CASE_URLS=() CASE_NOTES=()
    local first
    first="$(curl -sf --max-time 10 "$BASE/api/evenements?taille=1")" || die "GET /api/evenements?taille=1 failed"
    CURRENT_TOTAL="$(jq -r '.total' <<<"$first")"

    add_case reference "1. baseline (fixed 2 kB JSON)" "/api/bench/baseline" ""
    add_case api "2. map clusters, national zoom" "/api/carte?zoom=6&lat_min=41.0&lat_max=51.5&lon_min=-5.5&lon_max=10.0" ""
    add_case api "3. map points, Lyon box" "/api/carte?zoom=13&lat_min=45.70&lat_max=45.80&lon_min=4.78&lon_max=4.92" ""

    # Case 4: the first text + region + type search that really has at least 3 pages (with few
    # events per edition, the type is dropped).
    local candidates=(
        "q=visite&region=84&type=visite-entreprise"
        "q=industrie&region=84&type=visite-entreprise"
        "q=visite&region=84"
        "q=industrie&region=84"
    )
    local query="" candidate info pages total
    for candidate in "${candidates[@]}"; do
        info="$(curl -sf --max-time 10 "$BASE/api/evenements?$candidate")" || continue
        pages="$(jq -r '.pageCount' <<<"$info")"
        total="$(jq -r '.total' <<<"$info")"
        echo "   case 4 candidate '$candidate': $total events, $pages pages" >&2
        if ((pages >= 3)); then
            query="$candidate"
            break
        fi
    done
    if [[ -z "$query" ]]; then
        add_case api "4. list search, page 3" "" "skipped: no candidate search has 3 pages"
    elif [[ "$(http_code "$BASE/evenements?$query&page=3")" == 200 ]]; then
        add_case api "4. list search, page 3 (HTML)" "/evenements?$query&page=3" "$total matches, $pages pages"
        # The same search through the JSON API: the search's own cost without the HTML page's size.
        add_case info "4b. same search, JSON API" "/api/evenements?$query&page=3" ""
    else
        add_case api "4. list search, page 3 (JSON: HTML list not answering 200)" "/api/evenements?$query&page=3" "$total matches, $pages pages"
    fi

    # Case 5: the page of the first event of the current edition.
    local url code
    url="$(jq -r '.items[0].url // empty' <<<"$first")"
    if [[ -z "$url" ]]; then
        add_case page "5. event page (HTML)" "" "skipped: /api/evenements returned no event"
    elif code="$(http_code "$BASE$url")" && [[ "$code" != 200 ]]; then
        add_case page "5. event page (HTML)" "" "skipped: $url answers $code (page not implemented yet?)"
    else
        add_case page "5. event page (HTML)" "$url" ""
    fi
}

# verdict KIND RATIO P99 NON2XX SOCKET_ERRORS
verdict() {
    local kind="$1" ratio="$2" p99="$3" non2xx="$4" socket="$5"
    if ((non2xx > 0 || socket > 0)); then
        echo "**INVALID** ($non2xx non-2xx, $socket socket errors)"
        return
    fi
    case "$kind" in
        reference) echo "reference" ;;
        api | info) awk -v r="$ratio" -v p="$p99" -v tr="$TARGET_RATIO" -v tp="$TARGET_P99_MS" -v kind="$kind" 'BEGIN {
                miss = ""
                if (r < tr) miss = miss sprintf("ratio %.2f < %.1f", r, tr)
                if (p >= tp) miss = miss (miss == "" ? "" : ", ") sprintf("p99 %.1f ≥ %d ms", p, tp)
                if (kind == "info") print "(no own target; " (miss == "" ? "would pass" : miss) ")"
                else print (miss == "" ? "OK" : "**MISSED** (" miss ")") }' ;;
        page) awk -v r="$ratio" -v tr="$TARGET_RATIO_PAGE" 'BEGIN {
                print (r >= tr ? "OK" : sprintf("**MISSED** (ratio %.2f < %.1f)", r, tr)) }' ;;
    esac
}

# ---------------------------------------------------------------------------------------------
# One provider
run_provider() {
    local provider="$1"
    local stamp report raw dbname
    stamp="$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$RESULTS"
    report="$RESULTS/$provider-$stamp.md"
    raw="$RESULTS/$provider-$stamp.log"
    : >"$raw"

    log "[$provider] fresh database"
    bench_database "$provider"
    set_app_env "${DB_ENV[@]}"

    log "[$provider] seed $events events per edition"
    local t0 seed_ms seed_out
    t0="$(now_ns)"
    if ! seed_out="$(cd "$APP_DIR" && env "${APP_ENV[@]}" dotnet "$DLL" seed "$events" 2>&1)"; then
        echo "$seed_out" >&2
        die "[$provider] seed failed"
    fi
    seed_ms="$(ms_since "$t0")"
    echo "$seed_out" | sed 's/^/   /' >&2
    local written
    written="$(sed -n 's/^Événements écrits : //p' <<<"$seed_out")"
    echo "   seed: $(seconds "$seed_ms") s" >&2
    { echo "## seed"; echo "$seed_out"; echo "seed_ms=$seed_ms"; } >>"$raw"

    local app_log="$WORK/app-$provider.log"
    log "[$provider] start the app"
    t0="$(now_ns)"
    start_app "$app_log" "/api/evenements?taille=1" "${APP_ENV[@]}" ${EXTRA_ENV[@]+"${EXTRA_ENV[@]}"}
    local cold_ms="$COLD_MS" code
    echo "   cold start: $(seconds "$cold_ms") s (launch → first 200 of /api/evenements?taille=1)" >&2

    discover_cases
    echo "   current edition: $CURRENT_TOTAL labelled events" >&2

    # The app loads the archive (past editions) in the background after its first answer: wait until
    # it is idle, so that no case (the baseline first) is measured while it loads.
    local ticks_per_s idle_ms
    ticks_per_s="$(getconf CLK_TCK)"
    log "[$provider] waiting for the server to be idle (archive loading in the background)"
    local quiet=0 t1 t2
    while ((quiet < 2)); do
        t1="$(cpu_ticks "$APP_PID")"
        sleep 1
        t2="$(cpu_ticks "$APP_PID")"
        # Idle: under 10 % of a core during that second.
        if (((t2 - t1) * 10 < ticks_per_s)); then quiet=$((quiet + 1)); else quiet=0; fi
        (($(ms_since "$t0") < 300000)) || { echo "   still busy 300 s after start: measuring anyway" >&2; break; }
    done
    idle_ms="$(ms_since "$t0")"
    echo "   idle $(seconds "$idle_ms") s after launch" >&2

    # Every case answers 200, then a warm-up of all of them (JIT tiers, caches) before any measure.
    local i url out line
    for i in "${!CASE_URLS[@]}"; do
        url="${CASE_URLS[$i]}"
        [[ -n "$url" ]] || { echo "   ${CASE_NAMES[$i]}: ${CASE_NOTES[$i]}" >&2; continue; }
        code="$(http_code "$BASE$url")"
        if [[ "$code" != 200 ]]; then
            CASE_NOTES[i]="skipped: answers $code"
            CASE_URLS[i]=""
            echo "   ${CASE_NAMES[$i]}: $url answers $code, skipped" >&2
            continue
        fi
        echo "   warm-up ${WARMUP_SECONDS} s: $url" >&2
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" -H "Accept-Encoding: $ACCEPT_ENCODING" "$BASE$url" >/dev/null
    done
    LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"

    local -a rps size p50 p99 cpu wrkcpu other non2 sock
    for i in "${!CASE_URLS[@]}"; do
        url="${CASE_URLS[$i]}"
        [[ -n "$url" ]] || continue
        log "[$provider] ${CASE_NAMES[$i]}: $url"
        local w0
        local c0 c1 m0 m1 k0 k1 w_ms
        c0="$(cpu_ticks "$APP_PID")"
        m0="$(machine_ticks)"
        children_cpu
        k0="$CHILD_CPU"
        w0="$(now_ns)"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${duration}s" --latency -H "Accept-Encoding: $ACCEPT_ENCODING" \
            -s "$BENCH/wrk-summary.lua" "$BASE$url" >"$WORK/wrk.out"
        w_ms="$(ms_since "$w0")"
        c1="$(cpu_ticks "$APP_PID")"
        m1="$(machine_ticks)"
        children_cpu
        k1="$CHILD_CPU"
        out="$(cat "$WORK/wrk.out")"
        # CPU in % of one core over the run: the server, wrk, and everything else on the machine.
        read -r "cpu[i]" "wrkcpu[i]" "other[i]" < <(awk -v s=$((c1 - c0)) -v m=$((m1 - m0)) -v k0="$k0" -v k1="$k1" \
            -v hz="$ticks_per_s" -v ms="$w_ms" 'BEGIN {
                t = ms / 1000; server = 100 * s / hz / t; wrk = 100 * (k1 - k0) / t; other = 100 * m / hz / t - server - wrk
                printf "%.0f %.0f %.0f\n", server, wrk, (other < 0 ? 0 : other) }')
        { echo "## $provider ${CASE_NAMES[$i]} $url"; echo "$out"; } >>"$raw"
        line="$(grep '^BENCH ' <<<"$out" | tail -n 1)" || die "no summary line from wrk (bench/wrk-summary.lua)"
        rps[i]="$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<<"$line")"
        size[i]="$(sed -E 's/.* bytes_per_response=([0-9.]+).*/\1/' <<<"$line")"
        p50[i]="$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<<"$line")"
        p99[i]="$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"$line")"
        non2[i]="$(sed -E 's/.* non2xx=([0-9]+).*/\1/' <<<"$line")"
        sock[i]="$(sed -E 's/.* socket_errors=([0-9]+).*/\1/' <<<"$line")"
        echo "   ${rps[i]} req/s, p50 ${p50[i]} ms, p99 ${p99[i]} ms, CPU % of a core: server ${cpu[i]}, wrk ${wrkcpu[i]}, others ${other[i]}; non-2xx ${non2[i]}, socket errors ${sock[i]}" >&2
    done

    local rss_kb hwm_kb
    rss_kb="$(proc_kb "$APP_PID" VmRSS)"
    hwm_kb="$(proc_kb "$APP_PID" VmHWM)"
    stop_app
    cat "$app_log" >>"$raw"
    [[ "$provider" != postgres ]] || pg_stop

    # Report
    local base_rps="${rps[0]:-}"
    {
        echo "### $provider — $(date '+%Y-%m-%d %H:%M')"
        echo
        echo "Built from commit $COMMIT, .NET $(dotnet --version), $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)). wrk \`-t$THREADS -c$CONNECTIONS -d${duration}s -H 'Accept-Encoding: $ACCEPT_ENCODING'\` per case, once the server was idle (archive loaded, $(seconds "$idle_ms") s after launch) and every case warmed up for ${WARMUP_SECONDS} s; **wrk and the server share the same $(nproc) cores**, so absolute requests/s are machine-bound: read the ratios to the baseline."
        echo
        echo "Data: 15 editions × $events events per edition (seed wrote ${written:-?} events) in $(seconds "$seed_ms") s; current edition: $CURRENT_TOTAL labelled events."
        if ((${#EXTRA_ENV[@]} > 0)); then
            echo
            echo "Server run with extra settings: \`${EXTRA_ENV[*]}\`."
        fi
        echo
        echo "| Case | req/s | p50 ms | p99 ms | × baseline | kB/answer | CPU server / wrk / others | Verdict |"
        echo "|---|---:|---:|---:|---:|---:|---:|---|"
        for i in "${!CASE_NAMES[@]}"; do
            if [[ -z "${CASE_URLS[$i]}" ]]; then
                echo "| ${CASE_NAMES[$i]} | – | – | – | – | – | – | ${CASE_NOTES[$i]} |"
                continue
            fi
            local ratio="–"
            [[ -z "$base_rps" ]] || ratio="$(awk -v a="${rps[i]}" -v b="$base_rps" 'BEGIN { printf "%.2f", a / b }')"
            echo "| ${CASE_NAMES[$i]} | $(printf '%.0f' "${rps[i]}") | $(printf '%.2f' "${p50[i]}") | $(printf '%.2f' "${p99[i]}") | $ratio | $(awk -v b="${size[i]}" 'BEGIN { printf "%.1f", b / 1000 }') | ${cpu[i]} / ${wrkcpu[i]} / ${other[i]} % | $(verdict "${CASE_KINDS[$i]}" "$ratio" "${p99[i]}" "${non2[i]}" "${sock[i]}") |"
        done
        echo
        echo "kB/answer: bytes read by wrk per response, headers included (HTML pages come compressed). CPU in % of one core during each run (the machine has $(nproc) × 100 %); « others » is every other process on the machine."
        local max_other=0
        for i in "${!other[@]}"; do ((other[i] <= max_other)) || max_other="${other[i]}"; done
        if ((max_other > 20)); then
            echo
            echo "**Warning: other processes used up to $max_other % of a core during the runs (load average at start: $LOAD_AT_START): the figures, p99 above all, are disturbed. Rerun on a quiet machine.**"
        fi
        echo
        echo "URLs:"
        echo
        for i in "${!CASE_NAMES[@]}"; do
            [[ -z "${CASE_URLS[$i]}" ]] || echo "- ${CASE_NAMES[$i]%% *} \`${CASE_URLS[$i]}\`${CASE_NOTES[$i]:+ (${CASE_NOTES[$i]})}"
        done
        echo
        awk -v rss="$rss_kb" -v hwm="$hwm_kb" -v t="$TARGET_MEMORY_MB" -v cold="$cold_ms" -v tc="$TARGET_COLD_START_S" 'BEGIN {
            ok = "OK"; bad = "**MISSED**"
            printf "- Resident memory after the runs (VmRSS): %.0f MB — target < %d MB: %s\n", rss / 1024, t, (rss / 1024 < t ? ok : bad)
            printf "- Peak resident memory (VmHWM): %.0f MB — target < %d MB: %s\n", hwm / 1024, t, (hwm / 1024 < t ? ok : bad)
            printf "- Cold start (launch → first 200 of `/api/evenements?taille=1`): %.2f s — target < %d s: %s\n", cold / 1000, tc, (cold / 1000 < tc ? ok : bad)
        }'
        # As logged by CatalogueRefresher (best effort: absent if the message changes).
        local loads
        loads="$(sed -n 's/.*Catalogue loaded: \([0-9]*\) labelled events.* in \([0-9]*\) ms.*/\1 events in \2 ms/p' "$app_log" | paste -sd ';' | sed 's/;/, then /g')"
        echo "- Catalogue loads reported by the server: ${loads:-none logged}"
    } >"$report"
    echo >&2
    cat "$report"
    echo
    echo "(written to ${report#"$ROOT"/}; raw wrk output and server log in ${raw#"$ROOT"/})"
    REPORTS+=("$report")
}

REPORTS=()
for provider in "${PROVIDERS[@]}"; do
    run_provider "$provider"
done
if ((${#REPORTS[@]} > 1)); then
    echo
    echo "================ summary ================"
    for report in "${REPORTS[@]}"; do
        echo
        cat "$report"
    done
fi
