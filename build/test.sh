#!/usr/bin/env bash
# The test command of the project: ./build/test.sh [extra dotnet test args, e.g. --filter Name~Foo]
#
# Installs what the tests need (PostgreSQL, Chromium, npm packages), starts a throw-away PostgreSQL
# cluster on 127.0.0.1, runs `dotnet test` on the solution against it, and always removes the cluster.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# 1. System packages (skipped when already installed, to keep local re-runs fast).
have_initdb=""
for f in /usr/lib/postgresql/*/bin/initdb; do
    if [[ -x "$f" ]]; then have_initdb=1; fi
done
if [[ -n "$have_initdb" && -x /usr/bin/chromium && -x /usr/bin/pdftotext && -x /usr/bin/zbarimg ]] &&
    /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    echo "==> PostgreSQL, Chromium, poppler, zbar and aiosmtpd already installed"
else
    echo "==> Installing PostgreSQL, Chromium, poppler-utils, zbar-tools and python3-aiosmtpd (apt)"
    SUDO=""
    [[ $EUID -eq 0 ]] || SUDO="sudo"
    apt_log="$(mktemp "${TMPDIR:-/tmp}/semaine-apt.XXXXXXXX.log")"
    if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update &&
           $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y \
               postgresql chromium poppler-utils zbar-tools python3-aiosmtpd; } >"$apt_log" 2>&1; then
        tail -n 50 "$apt_log" >&2
        echo "==> apt-get failed (log above)" >&2
        rm -f -- "$apt_log"
        exit 1
    fi
    rm -f -- "$apt_log"
fi

# 2. Front-end packages.
if [[ -f package.json ]]; then
    echo "==> npm ci"
    npm ci --no-audit --no-fund --loglevel=error
fi

# 3. Throw-away PostgreSQL, always stopped and deleted on exit.
# shellcheck source=build/postgres.sh
source "$ROOT/build/postgres.sh"
TEST_LOG="$(mktemp "${TMPDIR:-/tmp}/semaine-test.XXXXXXXX.log")"
cleanup() {
    if [[ -n "${PG_DIR:-}" ]]; then
        echo "==> Stopping PostgreSQL"
        pg_stop || true
    fi
    rm -f -- "$TEST_LOG"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> Starting PostgreSQL"
pg_start
echo "==> PostgreSQL ready on 127.0.0.1:$PG_PORT ($PG_DIR)"

# 4./5. The tests.
export SEMAINE_TEST_POSTGRES
echo "==> dotnet test SemaineIndustrie.slnx -c Release $*"
set +e
dotnet test SemaineIndustrie.slnx -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$TEST_LOG"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies (VSTest prints a "Total tests / Passed / Failed /
# Skipped" block per assembly).
awk '/^ *Passed: [0-9]+ *$/ {p += $2} /^ *Failed: [0-9]+ *$/ {f += $2} /^ *Skipped: [0-9]+ *$/ {s += $2}
     END {printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s}' "$TEST_LOG"
if [[ $status -eq 0 ]]; then
    echo "==> Tests passed"
else
    echo "==> Tests FAILED (dotnet test exit code $status)"
fi
exit "$status"
