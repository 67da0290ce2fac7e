#!/usr/bin/env bash
# Engine load scripts of issue 4 point 10 on a throwaway PostgreSQL cluster (by default the settings of ./test.sh:
# fsync, synchronous_commit and full_page_writes off — throughput figures are for comparing, side by side).
#   benchmarks/engine-load.sh                 all three: throughput, inbox, memory
#   benchmarks/engine-load.sh throughput 30   one, with its arguments (see benchmarks/LaiChau.EngineLoad/Program.cs)
#   FSYNC=on benchmarks/engine-load.sh ...    the production setting: fsync, synchronous_commit, full_page_writes on
#   REPO_DIR=/path/to/other/worktree benchmarks/engine-load.sh ...   build and run another checkout's load tool (and
#     engine) with this script's settings, to compare two builds side by side in one sitting
#   SKIP_BUILD=1 ...                          run the load tool built earlier as it is
#   LAICHAU_BENCH_SMAPS=/some/folder ... memory   also write /proc/self/smaps there at each moment of the memory run
set -euo pipefail
cd "$(dirname "$0")/.."

is_root() { [[ "$(id -u)" -eq 0 ]]; }
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[[ -x "$PG_BIN/initdb" ]] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/laichau-bench-pg.XXXXXX")"
is_root && chown postgres: "$PG_TMP"
PG_PORT=$((30000 + RANDOM % 20000))
stop() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
}
trap stop EXIT
as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -A trust -U postgres --encoding=UTF8 --no-locale >/dev/null
case "${FSYNC:-off}" in
  on) DURABILITY="-c fsync=on -c synchronous_commit=on -c full_page_writes=on" ;;
  off) DURABILITY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off" ;;
  *) echo "FSYNC is on or off" >&2; exit 2 ;;
esac
as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -w -l "$PG_TMP/pg.log" -o \
  "-h 127.0.0.1 -p $PG_PORT -k $PG_TMP $DURABILITY -c max_connections=300 -c shared_buffers=512MB" \
  start >/dev/null
echo "PostgreSQL: fsync ${FSYNC:-off} ($DURABILITY); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
export LAICHAU_BENCH_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
export LAICHAU_BENCH_PGDATA="$PG_TMP/data" # the throughput run reads PostgreSQL's CPU time from its processes

[[ -n "${REPO_DIR:-}" ]] && cd "$REPO_DIR"
[[ -n "${SKIP_BUILD:-}" ]] || dotnet build -c Release benchmarks/LaiChau.EngineLoad >/dev/null
run() { dotnet benchmarks/LaiChau.EngineLoad/bin/Release/net10.0/LaiChau.EngineLoad.dll "$@"; }
if (($#)); then
  run "$@"
else
  run throughput
  run inbox
  run memory
fi
