#!/usr/bin/env bash
# Bulk import benchmark (issue 5): 10,000 CSV rows through the real pages, on SQLite and PostgreSQL.
#
#   ./bench/import.sh [sqlite|postgres|all] [--rows 10000]
#
# Per provider: a fresh database with the demonstration data, an edition open to label requests
# today, the app in Release on 127.0.0.1; the demonstration organiser signs in, uploads the file
# (dry run), then imports it. Prints the times, rows/s, the server's peak memory and the baseline
# endpoint's requests/s measured in the same run. Target: the import of 10,000 rows under 20 s.
set -euo pipefail

providers=all
rows=10000
while (($# > 0)); do
    case "$1" in
        sqlite | postgres | all) providers="$1" ;;
        --rows) rows="${2:?--rows needs a number}"; shift ;;
        -h | --help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "import.sh: unknown argument '$1'" >&2; exit 2 ;;
    esac
    shift
done

SCRIPT=import.sh
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_start "$providers"
TARGET_SECONDS=20
TODAY="$(date -u +%F)"
day() { date -u -d "$TODAY $1 days" +%F; }

# An edition whose labelling is open today, so that every generated row passes the checks.
open_edition_sql="INSERT INTO editions (number, year, theme, starts_on, ends_on, eligible_from, eligible_until, labelling_opens_on,
    labelling_deadline, review_working_days) VALUES (99, 2099, 'Banc d''essai', '$(day 15)', '$(day 21)', '$(day 5)', '$(day 45)',
    '$(day -1)', '$(day 30)', 4)"

run_provider() {
    local provider="$1"
    log "[$provider] fresh database, demonstration data"
    bench_database "$provider"
    mkdir -p "$WORK/mail"
    local app_log="$WORK/app-$provider.log"
    start_app "$app_log" "/api/evenements?taille=1" "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production "Geo__DataDirectory=$GEO_DIR" \
        Logging__LogLevel__Default=Warning DemoData__CurrentEditionEvents=2000 Benchmark__Baseline=true \
        RateLimits__PublicApiPerMinute=100000000 "Mail__PickupDirectory=$WORK/mail"
    echo "   started in $(seconds "$COLD_MS") s" >&2
    case "$provider" in
        sqlite) python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()' "$WORK/sqlite/bench.db" "$open_edition_sql" ;;
        postgres) psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d semaine_bench -c "$open_edition_sql" ;;
    esac

    log "[$provider] baseline endpoint, 5 s"
    local base_rps
    base_rps="$(baseline_rps 5)"
    echo "   $base_rps req/s" >&2

    log "[$provider] import $rows rows"
    local line
    line="$(python3 "$BENCH/import_driver.py" "$BASE" organisateur@demo.semaine-industrie.example.fr semaine-industrie-2026 "$rows" "$(day 10)" 30)" \
        || { tail -n 40 "$app_log" >&2; die "[$provider] the import failed"; }
    echo "   $line" >&2
    local hwm_kb
    hwm_kb="$(proc_kb "$APP_PID" VmHWM)"
    stop_app
    [[ "$provider" != postgres ]] || pg_stop

    local import_ms dry_ms upload_ms imported
    import_ms="$(sed -E 's/.* import_ms=([0-9]+).*/\1/' <<<"$line")"
    dry_ms="$(sed -E 's/.* dry_run_ms=([0-9]+).*/\1/' <<<"$line")"
    upload_ms="$(sed -E 's/.* upload_ms=([0-9]+).*/\1/' <<<"$line")"
    imported="$(sed -E 's/.* imported=([0-9]+).*/\1/' <<<"$line")"
    awk -v p="$provider" -v r="$rows" -v up="$upload_ms" -v dry="$dry_ms" -v imp="$import_ms" -v n="$imported" -v b="$base_rps" \
        -v hwm="$hwm_kb" -v target="$TARGET_SECONDS" 'BEGIN {
        rps = n / (imp / 1000)
        printf "| %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %.0f | %.3f | %.0f | %s |\n", p, r, n, up / 1000, dry / 1000, imp / 1000, rps, b,
            rps / b, hwm / 1024, (n == r && imp / 1000 < target ? "OK" : "**MISSED**") }' >>"$WORK/table"
}

: >"$WORK/table"
for provider in "${PROVIDERS[@]}"; do
    run_provider "$provider"
done
mkdir -p "$RESULTS"
report="$RESULTS/import-$(date +%Y%m%d-%H%M%S).md"
{
    echo "### Bulk import — $(date '+%Y-%m-%d %H:%M'), commit $COMMIT, $(nproc) cores"
    echo
    echo "| Provider | rows | imported | upload + first dry run s | dry run s | import s | rows/s | baseline req/s | rows/s ÷ baseline req/s | peak RSS MB | < ${TARGET_SECONDS} s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    cat "$WORK/table"
} | tee "$report"
