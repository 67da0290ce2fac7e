#!/usr/bin/env bash
# Page timings (issue 8: "no page over 300 ms server time on the seeded data"): the host (Release, Production) on a
# throwaway PostgreSQL cluster, seeded with reports through Open311, then every main page timed over loopback as the
# person who uses it (citizen, officer, leader, monitoring centre, administrator): p50, p95, max of N requests.
#   benchmarks/web-pages.sh [reports=2000] [requests per page=30]
set -euo pipefail
cd "$(dirname "$0")/.."

is_root() { [[ "$(id -u)" -eq 0 ]]; }
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$PG_BIN/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/laichau-web-pages.XXXXXX")"
is_root && chown postgres: "$WORK"
PG_PORT=$((30000 + RANDOM % 20000))
HOST_PORT=$((30000 + RANDOM % 20000))
HOST_PID=""
stop() {
  [[ -n "$HOST_PID" ]] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres --encoding=UTF8 --no-locale >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -w -l "$WORK/pg.log" -o \
  "-h 127.0.0.1 -p $PG_PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
ADMIN_KEY="lck_web-pages-administrator-key-0123456789"

dotnet build -c Release src/Host >/dev/null
dotnet build -c Release benchmarks/LaiChau.PageTimings >/dev/null
mkdir -p "$WORK/app"
ASPNETCORE_ENVIRONMENT=Production dotnet src/Host/bin/Release/net10.0/LaiChau.Host.dll \
  --urls "http://127.0.0.1:$HOST_PORT" --Storage:DataDirectory "$WORK/app" \
  --Database:Provider Postgres --ConnectionStrings:Postgres "$PG" --Security:BootstrapApiKey "$ADMIN_KEY" \
  >"$WORK/host.log" 2>&1 &
HOST_PID=$!
dotnet benchmarks/LaiChau.PageTimings/bin/Release/net10.0/LaiChau.PageTimings.dll \
  "http://127.0.0.1:$HOST_PORT" "$ADMIN_KEY" "${1:-2000}" "${2:-30}"
