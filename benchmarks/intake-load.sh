#!/usr/bin/env bash
# Intake load (issue 6 point 8): the host in its own process on a throwaway PostgreSQL cluster (same settings as
# ./test.sh: fsync, synchronous_commit and full_page_writes off), a load client in a second process posting Open311
# requests over loopback. Prints throughput, latency percentiles and whether every accepted report is a row.
#   benchmarks/intake-load.sh [seconds=30] [concurrency=16] [warm-up seconds=5]
#   WORKERS=false benchmarks/intake-load.sh ...   an API-only host (its notice jobs wait for a worker host)
#   HOST_DIR=/tmp/before benchmarks/intake-load.sh ...   run a host built earlier (a copy of src/Host/bin/Release/net10.0),
#     to compare two builds side by side. Besides the client's figures, prints the CPU time the host and PostgreSQL
#     spent per report during the measured run: steadier than reports/s on a shared, noisy machine.
#   PG_OPTS="-c shared_preload_libraries=pg_stat_statements" PG_KEEP=/tmp/x benchmarks/intake-load.sh ...   extra server
#     settings for a profile; with PG_KEEP the statement statistics (pg_stat_statements, if loaded) are written there.
#   HOST_PG_EXTRA="Max Auto Prepare=0" benchmarks/intake-load.sh ...   appended to the host's connection string.
# Also prints the raw single-row insert rate of the same cluster (10 s before and after the run) and intake/raw, and the
# lag from each report's commit to its receipt notice's commit (PostgreSQL commit timestamps; with WORKERS=false
# nothing writes the notices, so it says how many are missing).
set -euo pipefail
cd "$(dirname "$0")/.."

is_root() { [[ "$(id -u)" -eq 0 ]]; }
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$PG_BIN/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
WORK="$(mktemp -d "${TMPDIR:-/tmp}/laichau-intake-load.XXXXXX")"
is_root && chown postgres: "$WORK"
PG_PORT=$((30000 + RANDOM % 20000))
HOST_PORT=$((30000 + RANDOM % 20000))
HOST_PID=""
stop() {
  if [[ -n "${PG_KEEP:-}" ]]; then
    as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
      -c "SELECT calls, round(total_exec_time::numeric, 1) AS exec_ms, round(total_plan_time::numeric, 1) AS plan_ms,
          round(((total_exec_time + total_plan_time) / greatest(calls, 1))::numeric, 3) AS ms_per_call, rows, shared_blks_hit,
          left(regexp_replace(query, '\s+', ' ', 'g'), 300) AS query
          FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 40" \
      -c "SELECT \"Type\", count(*) FROM journal GROUP BY 1 ORDER BY 2 DESC" >"$PG_KEEP" 2>&1 || true
  fi
  [[ -n "$HOST_PID" ]] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres --encoding=UTF8 --no-locale >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -w -l "$WORK/pg.log" -o \
  "-h 127.0.0.1 -p $PG_PORT -k $WORK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c track_commit_timestamp=on ${PG_OPTS:-}" \
  start >/dev/null
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
ADMIN_KEY="lck_intake-load-administrator-key-0123456789"

HOST_DIR="${HOST_DIR:-src/Host/bin/Release/net10.0}"
[[ "$HOST_DIR" == src/Host/bin/Release/net10.0 ]] && dotnet build -c Release src/Host >/dev/null
dotnet build -c Release benchmarks/LaiChau.IntakeLoad >/dev/null
mkdir -p "$WORK/app"
ASPNETCORE_ENVIRONMENT=Production dotnet "$HOST_DIR/LaiChau.Host.dll" \
  --urls "http://127.0.0.1:$HOST_PORT" --Storage:DataDirectory "$WORK/app" \
  --Database:Provider Postgres --ConnectionStrings:Postgres "$PG${HOST_PG_EXTRA:+;$HOST_PG_EXTRA}" --Security:BootstrapApiKey "$ADMIN_KEY" \
  --Workflows:Workers:Enabled "${WORKERS:-true}" \
  >"$WORK/host.log" 2>&1 &
HOST_PID=$!
TICKS=$(getconf CLK_TCK)
cpu() { # CPU seconds so far: the host, and PostgreSQL's postmaster with its backends
  local pg; pg=$(head -1 "$WORK/data/postmaster.pid")
  echo "$(awk -v t="$TICKS" '{print ($14+$15)/t}' "/proc/$HOST_PID/stat")" \
    "$(for p in $pg $(pgrep -P "$pg"); do awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null; done | awk -v t="$TICKS" '{s+=$1} END {print s/t}')"
}
reports() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atc "SELECT count(*) FROM reports"; }
set +e
dotnet benchmarks/LaiChau.IntakeLoad/bin/Release/net10.0/LaiChau.IntakeLoad.dll \
  "http://127.0.0.1:$HOST_PORT" "$ADMIN_KEY" "$PG" "${1:-30}" "${2:-16}" "${3:-5}" >"$WORK/client.out" 2>&1 &
CLIENT=$!
until grep -q "intake load:" "$WORK/client.out" 2>/dev/null || ! kill -0 "$CLIENT" 2>/dev/null; do sleep 0.2; done
# CPU is sampled inside the measured run (1 s after the warm-up, 2 s before the end).
sleep $(( ${3:-5} + 1 ))
read -r H0 P0 < <(cpu); N0=$(reports)
sleep $(( ${1:-30} - 3 ))
read -r H1 P1 < <(cpu); N1=$(reports)
wait "$CLIENT"; RC=$?
cat "$WORK/client.out"
awk -v h0="$H0" -v h1="$H1" -v p0="$P0" -v p1="$P1" -v n0="$N0" -v n1="$N1" 'BEGIN {
  n = n1 - n0; if (n > 0) printf "cpu per report over %d reports: host %.2f ms, PostgreSQL %.2f ms\n", n, (h1 - h0) * 1000 / n, (p1 - p0) * 1000 / n }'
exit "$RC"
