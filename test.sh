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

install_system_packages
export TTHCFLOW_REQUIRE_ALL="${TTHCFLOW_REQUIRE_ALL:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
rm -rf TestResults
dotnet build TthcFlow.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }
dotnet test TthcFlow.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults "$@"
status=$?

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
