#!/usr/bin/env bash
# Measures the portal's pages at volume and prints a Markdown table.
#
# Usage: bench/run-benchmark.sh            (one command: builds the jar if missing, starts the portal on the
#                                           embedded PostgreSQL in bench/data, generates the data the first time,
#                                           measures, stops everything it started)
# Settings (environment): BENCH_DURATION (10s per page), BENCH_WARMUP (3s per page), BENCH_THREADS (2),
# BENCH_CONNECTIONS (16), BENCH_PAGES (bench/pages.txt), and those of bench/portal.sh and bench/generate-data.sh.
# With PLAN_DB_URL (+ PLAN_DB_USERNAME, PLAN_DB_PASSWORD) the portal uses that database instead.
#
# What it measures, per line of bench/pages.txt (label|path|user):
#   req/s, p50, p99   wrk with BENCH_THREADS threads and BENCH_CONNECTIONS connections for BENCH_DURATION, after a
#                     warm-up of BENCH_WARMUP on the same URL, signed in as the line's user (cookie of a session
#                     signed in with curl, CSRF token from the form);
#   static            a static file of the page's size served by the same portal (bench/data/static, mapped under
#                     /css/), measured the same way without a cookie; "share" = the page's req/s / the static's;
#   statements        SQL statements the database executed for one request of the page: the difference of
#                     pg_stat_statements' call counts before and after it (utility statements such as BEGIN and
#                     COMMIT not counted); the benchmark enables the extension in the embedded database itself
#                     (shared_preload_libraries, one restart); "n/a" where it is not available.
# Plus two reference rows: the static file of the first signed-in page's size with that session's cookie, and
# the count of session rows before and after the anonymous requests of the sign-in page.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PAGES=${BENCH_PAGES:-bench/pages.txt}
PASSWORD=bench-pass-2026
STATIC_DIR="$(pwd)/$BENCH_DATA/static"
BASE="http://localhost:$BENCH_PORT"

if ! command -v wrk > /dev/null; then
  echo "installing wrk (Debian package) ..." >&2
  apt-get install -y -q wrk > /dev/null 2>&1 || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; }
fi
for tool in wrk curl psql java; do
  command -v "$tool" > /dev/null || { echo "needs $tool" >&2; exit 1; }
done

mkdir -p "$STATIC_DIR/css"
PORTAL_ARGS=(--spring.web.resources.static-locations="classpath:/static/,file:$STATIC_DIR/")

# 1. A migrated database with the generated data, and pg_stat_statements loaded (embedded database only).
start_portal "${PORTAL_ARGS[@]}"
BENCH_PORT=$BENCH_PORT bench/generate-data.sh
if [ -z "${PLAN_DB_URL:-}" ] && ! bench_psql -tAc "SHOW shared_preload_libraries" | grep -q pg_stat_statements; then
  echo "enabling pg_stat_statements in the embedded database (one restart) ..." >&2
  bench_psql -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" \
    -c "ALTER SYSTEM SET pg_stat_statements.track_utility = off"
  stop_portal
  start_portal "${PORTAL_ARGS[@]}"
fi
STATEMENTS=true
bench_psql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" > /dev/null 2>&1 || STATEMENTS=false

statements_now() {
  bench_psql -tAc "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
                   WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                     AND query NOT LIKE '%pg_stat_statements%'"
}

session_rows() { bench_psql -tAc "SELECT count(*) FROM spring_session"; }

# 2. Sign in (once per user): the form's CSRF token, then the form post; the session cookie goes to wrk.
declare -A COOKIE
sign_in() {
  local user=$1 jar="$BENCH_DATA/cookies-$1" token
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  COOKIE[$user]=$(awk '$6 == "SESSION" { print "SESSION=" $7 }' "$jar")
  if [ -z "${COOKIE[$user]}" ]; then
    echo "could not sign in as $user" >&2
    exit 1
  fi
}

# wrk's summary as "req/s p50 p99 errors" (latencies in ms).
measure() {
  local url=$1 cookie=$2 out
  local header=()
  [ -n "$cookie" ] && header=(-H "Cookie: $cookie")
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" --timeout 10s "${header[@]}" "$url" > /dev/null
  out=$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency "${header[@]}" "$url")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) errors += $i }
    END { printf "%.0f %.0f %.0f %d\n", rps, p50, p99, errors }' <<< "$out"
}

# The static file of (about) a size, measured once per 2 KB size class.
declare -A STATIC
static_for() {
  local bytes=$1 class file
  class=$(( (bytes + 1023) / 2048 * 2 ))
  file="css/bench-${class}k.css"
  if [ ! -f "$STATIC_DIR/$file" ]; then
    head -c $(( class * 1024 )) /dev/zero | tr '\0' 'a' > "$STATIC_DIR/$file"
  fi
  if [ -z "${STATIC[$class]:-}" ]; then
    STATIC[$class]="$(measure "$BASE/$file" "") $file"
  fi
  echo "${STATIC[$class]}"
}

echo "measuring (wrk -t$THREADS -c$CONNECTIONS -d$DURATION after -d$WARMUP warm-up per URL) ..." >&2
ROWS=()
FIRST_SIGNED_IN=
sessions_before=$(session_rows)
while IFS='|' read -r label path user; do
  [[ -z "$label" || "$label" == \#* ]] && continue
  cookie=
  if [ "$user" != "-" ]; then
    [ -n "${COOKIE[$user]:-}" ] || sign_in "$user"
    cookie=${COOKIE[$user]}
  fi
  status_size=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' ${cookie:+-H "Cookie: $cookie"} "$BASE$path")
  read -r status bytes <<< "$status_size"
  if [ "$status" != "200" ]; then
    ROWS+=("| $label (\`$path\`) | HTTP $status | | | | | |")
    continue
  fi
  statements="n/a"
  if $STATEMENTS; then
    before=$(statements_now)
    curl -s -o /dev/null ${cookie:+-H "Cookie: $cookie"} "$BASE$path"
    statements=$(( $(statements_now) - before ))
  fi
  read -r rps p50 p99 errors <<< "$(measure "$BASE$path" "$cookie")"
  read -r srps _ _ _ sfile <<< "$(static_for "$bytes")"
  share=$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.1f %%", (b > 0 ? 100 * a / b : 0) }')
  note=""
  [ "$errors" != "0" ] && note=" ($errors non-2xx/errors)"
  ROWS+=("| $label (\`$path\`)$note | $rps | $p50 ms | $p99 ms | $share of $srps | $statements | $(( bytes / 1024 )) KB |")
  if [ -n "$cookie" ] && [ -z "$FIRST_SIGNED_IN" ]; then FIRST_SIGNED_IN="$bytes $cookie"; fi
done < "$PAGES"
sessions_after=$(session_rows)

REFERENCE=()
if [ -n "$FIRST_SIGNED_IN" ]; then
  read -r bytes cookie <<< "$FIRST_SIGNED_IN"
  read -r srps sp50 sp99 _ sfile <<< "$(static_for "$bytes")"
  read -r crps cp50 cp99 cerr <<< "$(measure "$BASE/$sfile" "$cookie")"
  share=$(awk -v a="$crps" -v b="$srps" 'BEGIN { printf "%.1f %%", (b > 0 ? 100 * a / b : 0) }')
  REFERENCE+=("| static file \`/$sfile\`, no cookie | $srps | $sp50 ms | $sp99 ms | 100 % | 0 | $(( bytes / 1024 )) KB |")
  REFERENCE+=("| the same static file with a signed-in session cookie | $crps | $cp50 ms | $cp99 ms | $share of $srps | | |")
fi

cpus=$(nproc)
echo
echo "Run $(date -u +'%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $cpus cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Data: $(bench_psql -tAc "SELECT to_char(count(*), 'FM9,999,999') FROM activity_report") reports, $(bench_psql -tAc "SELECT to_char(count(*), 'FM9,999,999') FROM initiative") initiatives. wrk -t$THREADS -c$CONNECTIONS -d$DURATION."
echo
echo "| page | req/s | p50 | p99 | share of a same-size static file (its req/s) | SQL statements | size |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${REFERENCE[@]}" "${ROWS[@]}"
echo
echo "Session rows: $sessions_before before and $sessions_after after the measured requests (anonymous sign-in page views must not add any; each signed-in user adds one)."
