#!/usr/bin/env bash
# LaiChau.Workflow - the single test command.
#
#   ./test.sh [extra dotnet test args, e.g. --filter Category=Fast]
#
# 1. Installs missing Debian prerequisites (PostgreSQL server, fonts, Chromium,
#    qpdf, poppler-utils) when running as root; otherwise says what to install.
# 2. Starts a throwaway PostgreSQL cluster on a free 127.0.0.1 port, exported to
#    the tests as LAICHAU_TEST_POSTGRES (tests create their own databases).
# 3. Runs the designer's front-end tests (Vitest, JUnit report) and `dotnet test`
#    on LaiChau.Workflow.sln (Release), writing reports to TestResults/, and sums
#    their counters.
# 4. Stops the cluster and deletes its files whatever happens.
# The last line printed is always "N passed, N failed, N skipped". The exit code
# is non-zero if dotnet test failed, any test failed, or no test ran at all.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

PACKAGES=(postgresql fonts-liberation2 chromium qpdf poppler-utils)
RESULTS_DIR="$PWD/TestResults"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Browser tests drive Debian's /usr/bin/chromium; Playwright must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

DESIGNER_DIR="$PWD/src/Designer"
SMSC_DIR="$PWD/tests/Support/smpp" # the SMPP server (npm smpp) the SMS tests start
PG_TMP="" PG_BIN="" PG_PORT="" TEST_EXIT=0

is_root() { [[ "$(id -u)" -eq 0 ]]; }

# Runs a command as the unprivileged PostgreSQL user (postgres refuses root).
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_prerequisites() {
  local missing=() pkg
  for pkg in "${PACKAGES[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" == "install ok installed" ]] ||
      missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    if is_root && command -v apt-get >/dev/null; then
      echo "==> Installing: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    else
      echo "Missing packages: ${missing[*]}" >&2
      echo "Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
  command -v dotnet >/dev/null && dotnet --version >/dev/null 2>&1 ||
    { echo "The .NET SDK is missing: install .NET 10 (see global.json)." >&2; exit 1; }
  command -v npm >/dev/null ||
    { echo "Node.js 20+ with npm is missing: the designer (src/Designer) is built with it." >&2; exit 1; }
}

free_port() {
  local port
  for ((port = 20000 + RANDOM % 20000; port < 65000; port++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "No free TCP port found" >&2; exit 1
}

start_postgres() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$PG_BIN/initdb" ]] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
  PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/laichau-pg.XXXXXX")"
  is_root && chown postgres: "$PG_TMP"
  PG_PORT="$(free_port)"
  local init=("$PG_BIN/initdb" -D "$PG_TMP/data" -A trust -U postgres --encoding=UTF8)
  if ! as_pg "${init[@]}" --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1; then
    rm -rf "$PG_TMP/data"
    as_pg "${init[@]}" --no-locale >"$PG_TMP/initdb.log" 2>&1 ||
      { cat "$PG_TMP/initdb.log" >&2; echo "initdb failed" >&2; exit 1; }
  fi
  local opts="-h 127.0.0.1 -p $PG_PORT -k $PG_TMP -c fsync=off -c synchronous_commit=off"
  opts+=" -c full_page_writes=off -c max_connections=300"
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -w -t 60 -o "$opts" -l "$PG_TMP/pg.log" start >/dev/null; then
    echo "PostgreSQL failed to start; end of its log:" >&2
    tail -n 30 "$PG_TMP/pg.log" >&2 || true
    exit 1
  fi
  export LAICHAU_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  echo "==> PostgreSQL $("$PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [[ -n "$PG_TMP" ]] || return 0
  if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TMP"
}

# Vitest for the designer; npm ci only when node_modules is missing or older than the lock (as the build does).
run_designer_tests() {
  if [[ ! "$DESIGNER_DIR/node_modules/.package-lock.json" -nt "$DESIGNER_DIR/package-lock.json" ]]; then
    (cd "$DESIGNER_DIR" && npm ci --no-audit --no-fund && touch node_modules/.package-lock.json) || { TEST_EXIT=1; return; }
  fi
  (cd "$DESIGNER_DIR" && npx vitest run --reporter=default --reporter=junit \
    --outputFile.junit="$RESULTS_DIR/designer-vitest.xml") || TEST_EXIT=1
}

# The SMS tests start a real SMPP server on npm smpp (tests/Support/smpp); installed like the designer's packages.
install_smsc() {
  if [[ ! "$SMSC_DIR/node_modules/.package-lock.json" -nt "$SMSC_DIR/package-lock.json" ]]; then
    (cd "$SMSC_DIR" && npm ci --no-audit --no-fund && touch node_modules/.package-lock.json) || TEST_EXIT=1
  fi
}

run_tests() {
  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  run_designer_tests
  install_smsc
  dotnet test LaiChau.Workflow.sln -c Release \
    --logger "trx" --logger "console;verbosity=normal" \
    --results-directory "$RESULTS_DIR" "$@" || TEST_EXIT=$?
}

# Sums the <Counters .../> of every .trx file: prints "passed failed skipped".
sum_trx_counters() {
  awk 'function get(name,  s) {
         if (!match($0, " " name "=\"[0-9]+\"")) return 0
         s = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", s); return s + 0 }
       /<Counters / { p += get("passed"); f += get("failed") + get("error") + get("timeout")
                      s += get("notExecuted") }
       END { print p + 0, f + 0, s + 0 }' "$@"
}

# Sums the <testsuite .../> counters of JUnit reports (Vitest): prints "passed failed skipped".
sum_junit_counters() {
  awk 'function get(name,  s) {
         if (!match($0, " " name "=\"[0-9]+\"")) return 0
         s = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", s); return s + 0 }
       /<testsuite / { t = get("tests"); f = get("failures") + get("errors"); s = get("skipped")
                       tp += t - f - s; tf += f; ts += s }
       END { print tp + 0, tf + 0, ts + 0 }' "$@"
}

summarise() {
  local trx=() junit=() passed=0 failed=0 skipped=0 p f s status=0
  [[ -d "$RESULTS_DIR" ]] && mapfile -t trx < <(find "$RESULTS_DIR" -name '*.trx' | sort)
  [[ -d "$RESULTS_DIR" ]] && mapfile -t junit < <(find "$RESULTS_DIR" -name '*-vitest.xml' | sort)
  if ((${#trx[@]})); then
    read -r passed failed skipped < <(sum_trx_counters "${trx[@]}")
  else
    echo "No .trx result file was produced."; status=1
  fi
  if ((${#junit[@]})); then
    read -r p f s < <(sum_junit_counters "${junit[@]}")
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
  else
    echo "No Vitest report was produced (src/Designer)."; status=1
  fi
  if ((TEST_EXIT != 0 && failed == 0)); then
    echo "dotnet test exited with code $TEST_EXIT but no test failed: the build or a test host failed (see above)."
  fi
  ((${#trx[@]} && passed == 0)) && { echo "No test passed: a run that runs no test is a failure."; status=1; }
  ((TEST_EXIT != 0 || failed > 0)) && status=1
  echo "$passed passed, $failed failed, $skipped skipped"
  return "$status"
}

main() {
  install_prerequisites
  trap stop_postgres EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  start_postgres
  run_tests "$@"
  summarise
}

main "$@"
