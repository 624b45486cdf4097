#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the tests and prints the connection string to export as
# TECHCHALLENGE_TEST_POSTGRES. Installs Debian's postgresql if no server binaries are present.
#   eval "$(scripts/start-postgres.sh)"    # then: dotnet test
set -euo pipefail
port=${TECHCHALLENGE_PG_PORT:-55432}
dir=${TECHCHALLENGE_PG_DIR:-/tmp/techchallenge-pg}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "installing postgresql (apt)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! run_as_postgres "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  if [ ! -s "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$dir"
    run_as_postgres "$bindir/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2
  fi
  run_as_postgres "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c max_connections=300" start >&2
fi
echo "export TECHCHALLENGE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres'"
