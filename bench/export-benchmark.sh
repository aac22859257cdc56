#!/usr/bin/env bash
# Exports at volume (issue 11). Fills its own embedded database with the seeded benchmark volume
# (bench/generate-data.sh: 1,000,000 reports, 50,000 initiatives), starts the portal from the jar at -Xmx256m and:
#   1. times GET /exports/reports.csv for all reports, side by side with PostgreSQL's own
#      COPY (SELECT <the same columns>) TO STDOUT WITH CSV, three runs each, alternating;
#   2. downloads GET /exports/progress.xlsx for the same rows and checks that it completes with the small heap.
# Prints one line per measurement; copy them into docs/benchmarks.md ("Exports").
#
# Usage: bench/export-benchmark.sh        Needs a JDK 17, psql, curl, unzip.
# Settings: BENCH_PORT (8011), BENCH_DB_PORT (5411), BENCH_DATA (bench/data-exports), BENCH_RUNS (3),
#           BENCH_HEAP (256m), and those of bench/generate-data.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PORT=${BENCH_PORT:-8011}
export BENCH_DB_PORT=${BENCH_DB_PORT:-5411}
export BENCH_DATA=${BENCH_DATA:-bench/data-exports}
RUNS=${BENCH_RUNS:-3}
HEAP=${BENCH_HEAP:-256m}
source bench/portal.sh

# The portal starts first (Flyway migrates), with the small heap, and stays up while the data is generated;
# bench/generate-data.sh finds it running. On a busy machine a start can take minutes: wait up to 10.
start_portal_slowly() {
  build_jar_if_missing
  mkdir -p "$BENCH_DATA"
  PLAN_DATA_DIR="$BENCH_DATA/postgres" PLAN_EMBEDDED_DB_PORT="$BENCH_DB_PORT" SERVER_PORT="$BENCH_PORT" \
    java "-Xmx$HEAP" -jar "$BENCH_JAR" >> "$BENCH_DATA/portal.log" 2>&1 &
  PORTAL_PID=$!
  trap stop_portal EXIT
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "localhost:$BENCH_PORT/actuator/health"; then return 0; fi
    kill -0 "$PORTAL_PID" 2>/dev/null || { echo "the portal did not start; see $BENCH_DATA/portal.log" >&2; exit 1; }
    sleep 1
  done
  echo "the portal did not answer within 600 s" >&2
  exit 1
}
start_portal_slowly
echo "portal started with -Xmx$HEAP (pid $PORTAL_PID)"
bench/generate-data.sh

COOKIES="$BENCH_DATA/cookies.txt"
TOKEN=$(curl -s -c "$COOKIES" "localhost:$BENCH_PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null -d "username=bench-hq-1&password=bench-pass-2026&_csrf=$TOKEN" \
  "localhost:$BENCH_PORT/login"

FROM=2000-01-01
TO=2100-12-31
RANGE="from=$FROM&to=$TO&lang=ja"
# The columns and rows of ExportQueries.REPORT_SELECT (every report but drafts, oldest id first).
COPY_SQL="COPY (SELECT r.id, r.status, r.activity_date, r.mission_code, m.name_ja, m.name_en, r.state_code,
  s.name_ja, s.name_en, r.city, r.activity_type, r.participants, r.audience_code, au.label_ja, au.label_en,
  r.initiative_id, r.summary, r.outcome, r.submitted_at, r.reviewed_at,
  (SELECT string_agg(p.code || chr(31) || p.label_ja || chr(31) || p.label_en, chr(30) ORDER BY p.sort_order)
     FROM activity_report_priority_area x JOIN priority_area p ON p.code = x.priority_area_code
    WHERE x.report_id = r.id)
  FROM activity_report r JOIN diplomatic_mission m ON m.code = r.mission_code
  LEFT JOIN us_state s ON s.code = r.state_code LEFT JOIN audience au ON au.code = r.audience_code
  WHERE r.status <> 'DRAFT' AND r.activity_date BETWEEN DATE '$FROM' AND DATE '$TO' ORDER BY r.id) TO STDOUT WITH CSV"

rows=$(bench_psql -tAc "SELECT count(*) FROM activity_report WHERE status <> 'DRAFT'")
echo "reports exported (all but drafts): $rows"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.1f}')" "$1"; }
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  bench_psql -c "$COPY_SQL" > "$BENCH_DATA/copy.csv"
  copy=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")
  csv=$(curl -s -b "$COOKIES" -o "$BENCH_DATA/reports.csv" -w '%{time_total}' "localhost:$BENCH_PORT/exports/reports.csv?$RANGE")
  echo "run $run: COPY ${copy} s ($(stat -c %s "$BENCH_DATA/copy.csv") bytes) | /exports/reports.csv $(seconds "$csv") s" \
    "($(stat -c %s "$BENCH_DATA/reports.csv") bytes, $(($(wc -l < "$BENCH_DATA/reports.csv") - 2)) lines after comment and header;" \
    "lines differ from rows where a text holds a line break)"
done

status=$(curl -s -b "$COOKIES" -o "$BENCH_DATA/progress.xlsx" -w '%{http_code} %{time_total}' \
  "localhost:$BENCH_PORT/exports/progress.xlsx?$RANGE")
echo "/exports/progress.xlsx: HTTP ${status% *} in $(seconds "${status#* }") s, $(stat -c %s "$BENCH_DATA/progress.xlsx") bytes"
unzip -l "$BENCH_DATA/progress.xlsx" | grep 'xl/worksheets/' || true
if kill -0 "$PORTAL_PID" 2>/dev/null; then
  echo "portal still running with -Xmx$HEAP; OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$BENCH_DATA/portal.log" || true)"
fi
