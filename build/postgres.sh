# shellcheck shell=bash
# Throw-away PostgreSQL cluster for tests and benchmarks.
#
#   source build/postgres.sh
#   pg_start     # sets and exports PG_DIR, PG_PORT, SEMAINE_TEST_POSTGRES
#   ...          # psql "host=127.0.0.1 port=$PG_PORT user=postgres"
#   pg_stop      # stops the cluster (by its data dir) and deletes PG_DIR
#
# The cluster lives in a fresh `mktemp -d` directory, listens only on 127.0.0.1 on a free port,
# trusts local connections, and runs with fsync off: it is for tests only and never kept.
# pg_stop is idempotent, so callers can put it in an EXIT trap.
# When run as root, the server runs as the `postgres` OS user (initdb refuses root).

# Prints the bin directory of the newest installed PostgreSQL (Debian layout).
pg_bindir() {
    local dir best=""
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] || continue
        if [[ -z "$best" ]] || (( ${dir//[!0-9]/} > ${best//[!0-9]/} )); then
            best="$dir"
        fi
    done
    if [[ -z "$best" ]]; then
        echo "postgres.sh: no PostgreSQL found under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
        return 1
    fi
    echo "$best"
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
_pg_as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# True when nothing listens on 127.0.0.1:$1 (and we may bind it).
_pg_port_free() {
    if command -v python3 >/dev/null 2>&1; then
        python3 - "$1" <<'PY' 2>/dev/null
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

pg_start() {
    if [[ -n "${PG_DIR:-}" && -d "${PG_DIR:-}/data" ]]; then
        echo "postgres.sh: a cluster is already running in $PG_DIR (call pg_stop first)" >&2
        return 1
    fi
    local bin
    bin="$(pg_bindir)" || return 1

    # As root the directory must be reachable by `postgres`: use /tmp, not a private TMPDIR.
    local tmp="${TMPDIR:-/tmp}"
    [[ $EUID -ne 0 ]] || tmp=/tmp
    PG_DIR="$(mktemp -d "$tmp/semaine-pg.XXXXXXXX")" || return 1
    export PG_DIR
    if [[ $EUID -eq 0 ]]; then
        chown postgres: "$PG_DIR" || { pg_stop; return 1; }
    fi

    local locale=C.UTF-8
    locale -a 2>/dev/null | grep -ci '^c\.utf-\?8$' >/dev/null || locale=C
    if ! _pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale="$locale" \
            --auth=trust --no-sync >"$PG_DIR/initdb.log" 2>&1; then
        echo "postgres.sh: initdb failed:" >&2
        cat "$PG_DIR/initdb.log" >&2 || true
        pg_stop
        return 1
    fi
    # Only the unix socket (inside PG_DIR) and 127.0.0.1, both trusted.
    _pg_as_owner tee "$PG_DIR/data/pg_hba.conf" >/dev/null <<'EOF'
local all all              trust
host  all all 127.0.0.1/32 trust
EOF

    # Try free ports from 55432 up; retry on a start failure in case another process took the port.
    local port started=""
    for ((port = ${PG_PORT_FROM:-55432}; port < ${PG_PORT_FROM:-55432} + 100; port++)); do
        _pg_port_free "$port" || continue
        if _pg_as_owner "$bin/pg_ctl" start -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -s \
                -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_DIR \
                    -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
                    -c max_connections=300 -c ssl=off" >/dev/null 2>&1; then
            started=1
            break
        fi
        # Did it fail for another reason than the port? Then give up.
        if ! grep -qi 'address already in use\|could not create any TCP/IP sockets' "$PG_DIR/server.log" 2>/dev/null; then
            break
        fi
        : >"$PG_DIR/server.log"
    done
    if [[ -z "$started" ]]; then
        echo "postgres.sh: PostgreSQL did not start; server log:" >&2
        cat "$PG_DIR/server.log" >&2 2>/dev/null || true
        pg_stop
        return 1
    fi

    local i
    for ((i = 0; i < 60; i++)); do
        if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
            break
        fi
        sleep 0.5
    done
    if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
        echo "postgres.sh: PostgreSQL on port $port never became ready; server log:" >&2
        cat "$PG_DIR/server.log" >&2 2>/dev/null || true
        pg_stop
        return 1
    fi

    export PG_PORT="$port"
    export SEMAINE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
}

# Stops the cluster started by pg_start (only that one: by its data dir) and deletes its directory.
pg_stop() {
    local dir="${PG_DIR:-}"
    [[ -n "$dir" ]] || return 0
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        local bin
        if bin="$(pg_bindir)"; then
            _pg_as_owner "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 60 -s >/dev/null 2>&1 ||
                echo "postgres.sh: warning: pg_ctl stop failed for $dir/data" >&2
        fi
    fi
    case "$dir" in
        */semaine-pg.*) rm -rf -- "$dir" ;;
        *) echo "postgres.sh: not deleting unexpected PG_DIR '$dir'" >&2 ;;
    esac
    unset PG_DIR PG_PORT SEMAINE_TEST_POSTGRES
}
