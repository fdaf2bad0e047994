#!/usr/bin/env bash
# Installs what the tests need and runs them all. Ends with the line "N passed, N failed".
# Usage: ./test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Calendar"]
set -uo pipefail
cd "$(dirname "$0")"

install_system_packages() {
  # Chromium (browser tests) and PostgreSQL (multi-node store tests) come from Debian.
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing ${missing[*]} …"
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || echo "warning: could not install ${missing[*]}"
    else
      echo "warning: not root, cannot install ${missing[*]}; tests that need them will fail when TTHCFLOW_REQUIRE_ALL=1"
    fi
  fi
}

# A throwaway PostgreSQL server for the store tests (root only, no systemd needed): trust auth on
# 127.0.0.1, port 55432 or the next free one (TTHCFLOW_TEST_POSTGRES_PORT to change), removed at
# exit. An already set TTHCFLOW_TEST_POSTGRES (a server of your own) is used as it is.
PG_DATA=""; PG_BIN=""
start_postgres() {
  [ -n "${TTHCFLOW_TEST_POSTGRES:-}" ] && return 0
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ "$(id -u)" != 0 ] || [ -z "$PG_BIN" ]; then
    echo "warning: cannot start PostgreSQL (needs root and Debian's postgresql); its tests will fail when TTHCFLOW_REQUIRE_ALL=1"
    return 0
  fi
  local port="${TTHCFLOW_TEST_POSTGRES_PORT:-55432}"
  # A server left by an interrupted run (or anything else) may hold the port: take the next free one.
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  PG_DATA=$(mktemp -d)
  chown postgres:postgres "$PG_DATA"; chmod 700 "$PG_DATA"
  trap stop_postgres EXIT
  if runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-sync >/dev/null \
    && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
         -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_DATA" start >/dev/null; then
    export TTHCFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  else
    echo "warning: PostgreSQL did not start (see $PG_DATA/server.log)"
  fi
}
stop_postgres() {
  [ -n "$PG_DATA" ] || return 0
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_DATA"
}

install_system_packages
start_postgres
export TTHCFLOW_REQUIRE_ALL="${TTHCFLOW_REQUIRE_ALL:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
rm -rf TestResults
dotnet build TthcFlow.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }
dotnet test TthcFlow.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults "$@"
status=$?

# The fuzzing and access-matrix counts (README, "Security and robustness").
grep -hoE '(fuzz [^<&]*cases[^<&]*|access matrix: [^<&]*)' TestResults/*.trx 2>/dev/null | sort -u

passed=0; failed=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
