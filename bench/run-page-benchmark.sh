#!/usr/bin/env bash
# Measures server response times of portal pages on a database with many synthetic initiatives.
# Usage: bench/run-page-benchmark.sh [initiatives=50000] [requests-per-url=30]
# Needs: a JDK 17, psql, curl. Starts its own portal (embedded PostgreSQL in bench/data) on port 18080,
# loads the demo data plus the synthetic rows, signs in as demo-hq, times each URL, stops the portal.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-50000}
REQUESTS=${2:-30}
PORT=18080
DB_PORT=15433
DATA=bench/data
URLS=(
  "/initiatives"
  "/initiatives?page=500"
  "/initiatives?q=%E5%8D%8A%E5%B0%8E%E4%BD%93"
  "/initiatives?q=Benchmark+initiative+4242"
  "/initiatives?area=ENERGY&state=OH&status=ACTIVE"
  "/initiatives?sort=title&dir=desc"
  "/reports"
)

[ -f plan-web/target/plan-web.jar ] || ./mvnw -B -q -DskipTests package
rm -rf "$DATA" && mkdir -p "$DATA"
PLAN_DATA_DIR="$DATA/postgres" PLAN_EMBEDDED_DB_PORT=$DB_PORT SERVER_PORT=$PORT \
  java -jar plan-web/target/plan-web.jar --spring.profiles.active=demo > "$DATA/portal.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done

psql -q -h localhost -p $DB_PORT -U postgres -d plan -v count="$COUNT" -f bench/seed-initiatives.sql
TOTAL=$(psql -tA -h localhost -p $DB_PORT -U postgres -d plan -c "SELECT count(*) FROM initiative")

JAR="$DATA/cookies"
TOKEN=$(curl -s -c "$JAR" "localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=demo-hq&password=demo-pass-2026&_csrf=$TOKEN" "localhost:$PORT/login"

echo "initiatives in the database: $TOTAL; $REQUESTS requests per URL after 3 warm-up requests"
printf '%-60s %8s %8s %8s %6s\n' "URL" "median" "p95" "max" "status"
for url in "${URLS[@]}"; do
  for _ in 1 2 3; do curl -s -b "$JAR" -o /dev/null "localhost:$PORT$url"; done
  status=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' "localhost:$PORT$url")
  times=$(for _ in $(seq 1 "$REQUESTS"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "localhost:$PORT$url"; done | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]}')
  max=$(echo "$times" | tail -1)
  printf '%-60s %7.0fms %7.0fms %7.0fms %6s\n' "$url" "$(echo "$median*1000" | bc)" "$(echo "$p95*1000" | bc)" "$(echo "$max*1000" | bc)" "$status"
done
