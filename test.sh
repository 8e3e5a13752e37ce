#!/usr/bin/env bash
# Runs every test twice: with the app on SQLite (the default), then on PostgreSQL.
#
# The PostgreSQL pass uses the server named by CLIMBCLUB_TEST_POSTGRES (a connection string without a database, such
# as "Host=127.0.0.1;Port=5432;Username=postgres;Password=..."; each test makes and drops its own database there).
# When that is not set, it starts a throwaway server from the local PostgreSQL install (Debian: apt-get install
# postgresql) on a free loopback port, in a temporary folder it deletes afterwards.
#
# Extra arguments go to both `dotnet test` runs, e.g. ./test.sh --filter "FullyQualifiedName~Leaderboard".
set -uo pipefail
cd "$(dirname "$0")"

dotnet build ClimbClub.sln || exit 1

echo "== Tests with the app on SQLite"
dotnet test --no-build "$@"
sqlite_status=$?

postgres_bin() {
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(command -v initdb)"
  else
    find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname
  fi
}

pg_dir=""
pg_run=()
stop_postgres() {
  if [ -n "$pg_dir" ]; then
    "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$pg_dir"
  fi
}
trap stop_postgres EXIT

if [ -z "${CLIMBCLUB_TEST_POSTGRES:-}" ]; then
  pg_bin=$(postgres_bin)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL is not installed: install it (Debian: apt-get install -y postgresql) or set CLIMBCLUB_TEST_POSTGRES." >&2
    exit 1
  fi

  # PostgreSQL refuses to run as root; as root, the server runs as the postgres user Debian's package creates.
  if [ "$(id -u)" -eq 0 ]; then
    pg_run=(runuser -u postgres --)
  fi

  pg_dir=$(mktemp -d /tmp/climbclub-postgres.XXXXXX)
  chmod 755 "$pg_dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; exit 1; }
  # A throwaway server: no fsync (nothing here needs to survive a power cut), room for every test's connections.
  "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$pg_dir/server.log" >&2; exit 1; }
  export CLIMBCLUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
fi

echo "== Tests with the app on PostgreSQL"
dotnet test --no-build "$@"
postgres_status=$?

[ "$sqlite_status" -eq 0 ] && [ "$postgres_status" -eq 0 ]
