#!/usr/bin/env bash
# Registration benchmark (issue 4): registrations per second with 64 concurrent clients,
# (a) all on one session of 1,000 seats, (b) spread over 1,000 sessions; on SQLite and PostgreSQL.
#
#   ./bench/registrations.sh [sqlite|postgres|all] [--duration 15]
#
# Per provider: a fresh database with the demonstration data plus a labelled event holding the
# sessions, the app in Release on 127.0.0.1 (rate limit off), then wrk -t2 -c64 posting the real
# registration form (anti-forgery token included, a new e-mail every time, one in four a group of
# 2 to 6). Prints registrations/s, p50/p99, the final seat counts checked against the registrations
# (they must be exact, never above capacity) and the baseline endpoint's requests/s of the same run.
# Target: at least 400 registrations/s in case (a) on PostgreSQL, with zero overbooking.
set -euo pipefail

providers=all
duration=15
while (($# > 0)); do
    case "$1" in
        sqlite | postgres | all) providers="$1" ;;
        --duration) duration="${2:?--duration needs seconds}"; shift ;;
        -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "registrations.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

SCRIPT=registrations.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start "$providers"
export BENCH_DIR="$BENCH"

# sql PROVIDER STATEMENT: runs one statement on the benchmark database and prints the first column.
sql() {
    case "$1" in
        sqlite) python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); rows = c.execute(sys.argv[2]).fetchall(); c.commit()
print("\n".join(str(r[0]) for r in rows))' "$WORK/sqlite/bench.db" "$2" ;;
        postgres) psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres -d semaine_bench -c "$2" ;;
    esac
}

# arrange PROVIDER SESSIONS CAPACITY: a labelled event with that many sessions next year; prints
# "event_id first_session_id".
arrange() {
    local provider="$1" sessions="$2" capacity="$3" yes=1 no=0 ts="" event
    [[ "$provider" == postgres ]] && yes=true no=false ts="+00"
    event="$(sql "$provider" "INSERT INTO events (edition_id, organisation_id, status, public_status, title, slug, summary, description, type_code,
        format, accessibility, department_code, region_code, registration_mode, search_text, first_starts_at, last_ends_at, created_at, updated_at,
        declared_free, purpose_declared) SELECT max(e.id), min(o.id), 'Labelled', 'Scheduled', 'Banc d''essai des inscriptions', 'banc-d-essai',
        'Banc', 'Banc', 'visite-entreprise', 'OnSite', 0, '69', '84', 'Platform', ' banc ', '2027-03-01 08:00:00$ts', '2027-03-01 10:00:00$ts',
        '2026-01-01 00:00:00$ts', '2026-01-01 00:00:00$ts', $yes, $yes FROM editions e, organisations o RETURNING id" | head -n 1)"
    sql "$provider" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $sessions)
        INSERT INTO sessions (event_id, starts_at, ends_at, capacity, seats_taken, registration_closed)
        SELECT $event, '2027-03-01 08:00:00$ts', '2027-03-01 10:00:00$ts', $capacity, 0, $no FROM n" >/dev/null
    echo "$event $(sql "$provider" "SELECT min(id) FROM sessions WHERE event_id = $event")"
}

# measure NAME EVENT FIRST_SESSION SESSIONS CAPACITY: one wrk run, then the exact counts.
measure() {
    local name="$1" event="$2" first="$3" sessions="$4" capacity="$5" jar="$WORK/cookies" page token cookie out line counts
    page="$(curl -sf -c "$jar" "$BASE/evenements/$event/inscription")"
    token="$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)"
    cookie="$(awk '($1 ~ /^#HttpOnly_/ || $1 !~ /^#/) && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")"
    out="$(REGISTER_EVENT="$event" REGISTER_FIRST_SESSION="$first" REGISTER_SESSIONS="$sessions" REGISTER_TOKEN="$token" REGISTER_COOKIE="$cookie" \
        wrk -t2 -c64 -d"${duration}s" --timeout 10s --latency -s "$BENCH/wrk-register.lua" "$BASE")"
    line="$(grep '^BENCH ' <<<"$out" | tail -n 1)"
    counts="$(sql "$PROVIDER" "SELECT (SELECT coalesce(sum(seats_taken), 0) FROM sessions WHERE event_id = $event) || ' '
        || (SELECT coalesce(sum(participants), 0) FROM registrations WHERE event_id = $event AND status = 'Confirmed') || ' '
        || (SELECT count(*) FROM registrations WHERE event_id = $event) || ' '
        || (SELECT count(*) FROM sessions WHERE event_id = $event AND seats_taken > capacity) || ' '
        || (SELECT count(*) FROM registrations WHERE event_id = $event AND status = 'Waitlisted')")"
    echo "   $name: $line; seats taken, confirmed participants, registrations, sessions over capacity, waitlisted: $counts" >&2
    awk -v provider="$PROVIDER" -v name="$name" -v line="$line" -v counts="$counts" -v base="$BASE_RPS" -v capacity="$((sessions * capacity))" 'BEGIN {
        n = split(line, f, " "); for (i = 1; i <= n; i++) { split(f[i], kv, "="); v[kv[1]] = kv[2] }
        split(counts, c, " ")
        exact = (c[1] == c[2] && c[4] == 0 && c[1] <= capacity) ? "exact" : "**WRONG**"
        printf "| %s | %s | %.0f | %.1f | %.1f | %.4f | %d / %d seats, %d registrations (%d waiting) | %s |\n", provider, name, v["rps"], v["p50_ms"],
            v["p99_ms"], v["rps"] / base, c[1], capacity, c[3], c[5], (v["non2xx"] + v["socket_errors"] > 0 ? "**INVALID**" : exact) }' >>"$WORK/table"
}

: >"$WORK/table"
for provider in "${PROVIDERS[@]}"; do
    PROVIDER="$provider"
    log "[$provider] fresh database"
    bench_database "$provider"
    start_app "$WORK/app-$provider.log" "/api/evenements?taille=1" "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production "Geo__DataDirectory=$GEO_DIR" \
        Logging__LogLevel__Default=Warning DemoData__CurrentEditionEvents=1000 DemoData__PastEditionShare=0.01 Benchmark__Baseline=true \
        RateLimits__PublicApiPerMinute=100000000 RateLimits__RegistrationsPerMinute=100000000 "Mail__PickupDirectory=$WORK/mail-$provider" \
        Moderation__DailyDigest=false Registrations__DailyRetention=false
    sleep 3
    read -r event_a first_a <<<"$(arrange "$provider" 1 1000)"
    read -r event_b first_b <<<"$(arrange "$provider" 1000 20)"
    BASE_RPS="$(baseline_rps 5)"
    echo "   baseline: $BASE_RPS req/s" >&2
    measure "(a) one session of 1,000 seats" "$event_a" "$first_a" 1 1000
    measure "(b) 1,000 sessions of 20 seats" "$event_b" "$first_b" 1000 20
    echo "   server memory: $(($(proc_kb "$APP_PID" VmRSS) / 1024)) MB resident, $(($(proc_kb "$APP_PID" VmHWM) / 1024)) MB peak" >&2
    stop_app
    [[ "$provider" != postgres ]] || pg_stop
done
mkdir -p "$RESULTS"
report="$RESULTS/registrations-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Registrations — $(date '+%Y-%m-%d %H:%M'), commit $COMMIT, $(nproc) cores, wrk -t2 -c64 -d${duration}s"
    echo
    echo "| Provider | Case | registrations/s | p50 ms | p99 ms | × baseline | final counts | seats |"
    echo "|---|---|---:|---:|---:|---:|---|---|"
    cat "$WORK/table"
} | tee "$report"
