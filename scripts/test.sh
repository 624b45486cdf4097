#!/usr/bin/env bash
# Runs every test: unit, component, integration (SQLite and PostgreSQL) and browser (headless Chromium).
# Sets up what they need on a Debian machine of this project's kind: Chromium and PostgreSQL from apt when
# missing (as root), a throw-away PostgreSQL server on 127.0.0.1, the local dotnet tools.
#   scripts/test.sh                 # everything
#   scripts/test.sh --filter X      # extra arguments go to dotnet test
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing ${need_apt[*]} (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "== missing ${need_apt[*]}: install them (sudo apt-get install ${need_apt[*]}); the tests that need them will say so" >&2
  fi
fi

if [ -z "${TECHCHALLENGE_TEST_POSTGRES:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== starting PostgreSQL on 127.0.0.1"
  eval "$(scripts/start-postgres.sh)"
fi
export TECHCHALLENGE_TEST_POSTGRES="${TECHCHALLENGE_TEST_POSTGRES:-}"

echo "== dotnet tool restore"
dotnet tool restore >/dev/null

echo "== axe-core for the accessibility browser tests (npm)"
npm ci --prefix tests/TechChallenge.EndToEnd.Tests/axe --no-audit --no-fund --silent

echo "== house style (CSharpier)"
dotnet csharpier check src tests bench

echo "== dotnet test"
log=$(mktemp)
set +e
# One test project at a time (-m:1): on two cores, the browser tests and the clock's timing tests must not compete
# with another project's apps for the CPU.
dotnet test TechChallenge.sln --nologo -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies.
read -r passed failed skipped < <(grep -E '^(Passed|Failed)!' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ]; then exit "$status"; fi
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
if [ "${CI:-}" = "true" ] && [ "$skipped" -ne 0 ]; then
  echo "CI=true: $skipped tests were skipped; every service they need must be present in CI" >&2
  exit 1
fi
