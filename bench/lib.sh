# shellcheck shell=bash
# Shared by the benchmark scripts (run.sh, import.sh): tools, a private Release build, the
# application started and stopped by its own PID, and small measuring helpers.
#
#   SCRIPT=import.sh; source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"; bench_init [postgres]
#
# bench_init installs wrk, curl, jq and python3 when missing (PostgreSQL too when asked), creates
# $WORK, builds the app once in Release and copies it to $WORK/app ($DLL, $COMMIT), and sets an EXIT
# trap that stops the app ($APP_PID, by PID) and the PostgreSQL cluster (pg_stop) and removes $WORK.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
APP_DIR="$ROOT/src/SemaineIndustrie"
RESULTS="$BENCH/results"
GEO_DIR="$(cd "$ROOT/.." && pwd)/shared/data"
export LC_NUMERIC=C

log() { printf '\n== %s\n' "$*" >&2; }
die() { echo "${SCRIPT:-bench}: $*" >&2; exit 1; }

SUDO=""
[[ $EUID -eq 0 ]] || SUDO=sudo
apt_updated=""
apt_install() {
    if [[ -z "$apt_updated" ]]; then
        log "apt-get update"
        $SUDO apt-get update
        apt_updated=1
    fi
    log "apt-get install -y $*"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "$@"
}

APP_PID=""
stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        local i
        for ((i = 0; i < 100; i++)); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

bench_cleanup() {
    stop_app
    pg_stop
    rm -rf -- "$WORK"
}

# bench_init [postgres]: tools, work folder, clean-up trap, private Release build.
bench_init() {
    command -v wrk >/dev/null || apt_install wrk
    command -v curl >/dev/null || apt_install curl
    command -v jq >/dev/null || apt_install jq
    command -v python3 >/dev/null || apt_install python3
    command -v dotnet >/dev/null || die "dotnet (SDK 10) is required"
    # shellcheck source=../build/postgres.sh
    source "$ROOT/build/postgres.sh"
    if [[ "${1:-}" == postgres ]] && ! pg_bindir >/dev/null 2>&1; then
        apt_install postgresql
    fi
    [[ -d "$GEO_DIR" ]] || echo "${SCRIPT:-bench}: warning: no geographic data directory at $GEO_DIR (the app falls back)" >&2

    WORK="$(mktemp -d "${TMPDIR:-/tmp}/semaine-bench.XXXXXXXX")"
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM

    # Build once, then run a private copy so that a concurrent build cannot swap the DLL under us.
    log "dotnet build src/SemaineIndustrie -c Release"
    if ! dotnet build "$APP_DIR" -c Release -nologo -v quiet; then
        # Others may be mid-change in the repository (or running npm ci): one retry after a pause.
        echo "${SCRIPT:-bench}: the Release build failed; retrying once in 15 s" >&2
        sleep 15
        dotnet build "$APP_DIR" -c Release -nologo -v quiet || die "the Release build failed"
    fi
    local build_dir
    build_dir="$(dirname "$(ls -t "$APP_DIR"/bin/Release/net*/SemaineIndustrie.dll | head -n 1)")"
    cp -a "$build_dir" "$WORK/app"
    DLL="$WORK/app/SemaineIndustrie.dll"
    COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
}

# bench_start sqlite|postgres|all: sets PROVIDERS (the databases to run on) and initialises the bench.
bench_start() {
    case "$1" in
        all) PROVIDERS=(sqlite postgres) ;;
        *) PROVIDERS=("$1") ;;
    esac
    if [[ " ${PROVIDERS[*]} " == *" postgres "* ]]; then bench_init postgres; else bench_init; fi
}

# bench_database sqlite|postgres: a fresh database; sets DB_ENV (settings for the app).
bench_database() {
    case "$1" in
        sqlite)
            mkdir -p "$WORK/sqlite"
            rm -f "$WORK/sqlite/bench.db"*
            DB_ENV=(Database__Provider=Sqlite "ConnectionStrings__Sqlite=Data Source=$WORK/sqlite/bench.db")
            ;;
        postgres)
            pg_start
            "$(pg_bindir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres semaine_bench
            DB_ENV=(Database__Provider=Postgres "ConnectionStrings__Postgres=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=semaine_bench")
            ;;
        *) die "unknown provider $1" ;;
    esac
}

# start_app LOGFILE READY_PATH ENV...: the app on a free port of 127.0.0.1; sets BASE and APP_PID and
# waits (at most 180 s) for READY_PATH to answer 200; sets COLD_MS.
start_app() {
    local app_log="$1" ready="$2"
    shift 2
    local port t0 code
    port="$(free_port)"
    BASE="http://127.0.0.1:$port"
    t0="$(now_ns)"
    # exec: $! is the server process itself (its /proc entry gives CPU and memory).
    (cd "$APP_DIR" && exec env "$@" "Urls=$BASE" dotnet "$DLL") >"$app_log" 2>&1 &
    APP_PID=$!
    while :; do
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$ready" || true)"
        [[ "$code" == 200 ]] && break
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            cat "$app_log" >&2
            die "the app exited before answering"
        fi
        (($(ms_since "$t0") < 180000)) || { cat "$app_log" >&2; die "no 200 from $ready after 180 s"; }
        sleep 0.05
    done
    COLD_MS="$(ms_since "$t0")"
}

now_ns() { date +%s%N; }
ms_since() { echo $((($(now_ns) - $1) / 1000000)); }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# sign_in EMAIL PASSWORD: signs an account in with curl through the real form and prints the Cookie
# header value of the session (for wrk -H "Cookie: …").
sign_in() {
    local jar="$WORK/cookies" token
    rm -f "$jar"
    token="$(curl -sf -c "$jar" "$BASE/connexion" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)"
    curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=$2" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/connexion"
    awk '($1 ~ /^#HttpOnly_/ || $1 !~ /^#/) && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1" || true; }

# CPU time of a process in clock ticks (utime + stime).
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
proc_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
# Busy clock ticks of the whole machine (all cores).
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
# CPU seconds (user + system) of this shell's finished children (wrk), from the `times` builtin.
# Call it without command substitution (a subshell would not see the children): it sets CHILD_CPU.
children_cpu() {
    times >"$WORK/times"
    CHILD_CPU="$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] } printf "%.3f", t }' "$WORK/times")"
}

# baseline_rps SECONDS: requests/s of the fixed baseline endpoint (needs Benchmark__Baseline=true),
# the machine-speed reference every benchmark reports its figures against.
baseline_rps() {
    wrk -t2 -c64 -d"${1}s" -s "$BENCH/wrk-summary.lua" "$BASE/api/bench/baseline" | grep '^BENCH ' | tail -n 1 | sed -E 's/.* rps=([0-9.]+).*/\1/'
}
