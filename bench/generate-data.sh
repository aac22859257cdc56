#!/usr/bin/env bash
# Fills the benchmark database with a seeded, fictional volume (bench/generate-data.sql): by default 50,000
# initiatives and 1,000,000 activity reports over ten fiscal years. Takes a few minutes on two cores.
#
# Usage: bench/generate-data.sh            (embedded PostgreSQL in bench/data; started and stopped here)
#        PLAN_DB_URL=jdbc:postgresql://host:5432/plan PLAN_DB_USERNAME=... bench/generate-data.sh
# Settings: BENCH_REPORTS (1000000), BENCH_INITIATIVES (50000), BENCH_SEED (42), BENCH_END_DATE (2026-12-01;
# the same seed, counts and end date give the same rows), and those of bench/portal.sh.
# Refuses to add a second volume: a database that has the benchmark users is left as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

REPORTS=${BENCH_REPORTS:-1000000}
INITIATIVES=${BENCH_INITIATIVES:-50000}
SEED=${BENCH_SEED:-42}
END_DATE=${BENCH_END_DATE:-2026-12-01}

started_here=false
if ! curl -s -o /dev/null "localhost:$BENCH_PORT/login"; then
  echo "starting the portal once so that Flyway migrates the database ..."
  start_portal
  started_here=true
fi

if [ "$(bench_psql -tAc "SELECT count(*) FROM app_user WHERE username = 'bench-hq-1'")" != "0" ]; then
  echo "the database already holds the benchmark data; nothing to do (delete $BENCH_DATA to start over)"
else
  echo "generating $INITIATIVES initiatives and $REPORTS reports (seed $SEED, up to $END_DATE) ..."
  start=$(date +%s)
  mkdir -p "$BENCH_DATA"
  bench_psql -v seed="$SEED" -v initiatives="$INITIATIVES" -v reports="$REPORTS" -v end_date="$END_DATE" \
    -f bench/generate-data.sql > "$BENCH_DATA/generate.log" 2>&1 \
    || { tail -20 "$BENCH_DATA/generate.log"; echo "generation failed; see $BENCH_DATA/generate.log" >&2; exit 1; }
  tail -4 "$BENCH_DATA/generate.log"
  echo "generated in $(( $(date +%s) - start )) s (statement timings in $BENCH_DATA/generate.log)"
fi
if $started_here; then stop_portal; fi
