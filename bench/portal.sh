# Shared by the bench scripts (sourced, not run): starts and stops the portal from its jar and talks to its
# database. Settings (environment):
#   BENCH_PORT      the portal's HTTP port (default 8009)
#   BENCH_DB_PORT   the embedded PostgreSQL's port (default 5409)
#   BENCH_DATA      folder of the embedded database and the logs (default bench/data; kept between runs)
#   BENCH_JAR       the portal jar (default plan-web/target/plan-web.jar, built when missing)
#   PLAN_DB_URL, PLAN_DB_USERNAME, PLAN_DB_PASSWORD   an external PostgreSQL instead of the embedded one
BENCH_PORT=${BENCH_PORT:-8009}
BENCH_DB_PORT=${BENCH_DB_PORT:-5409}
BENCH_DATA=${BENCH_DATA:-bench/data}
BENCH_JAR=${BENCH_JAR:-plan-web/target/plan-web.jar}
PORTAL_PID=

bench_psql() {
  if [ -n "${PLAN_DB_URL:-}" ]; then
    PGPASSWORD="${PLAN_DB_PASSWORD:-}" psql -X -q -v ON_ERROR_STOP=1 "${PLAN_DB_URL#jdbc:}" \
      ${PLAN_DB_USERNAME:+-U "$PLAN_DB_USERNAME"} "$@"
  else
    # The portal keeps the embedded superuser's generated password in the data folder (owner-only).
    PGPASSWORD="$(cat "$BENCH_DATA/postgres/superuser-password" 2>/dev/null)" \
      psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$BENCH_DB_PORT" -U postgres -d plan "$@"
  fi
}

build_jar_if_missing() {
  if [ ! -f "$BENCH_JAR" ]; then
    echo "building $BENCH_JAR ..." >&2
    ./mvnw -B -q -pl plan-web -am package -DskipTests >&2
  fi
}

# Starts the portal (Flyway migrates the database on start) and waits until it answers.
start_portal() {
  build_jar_if_missing
  mkdir -p "$BENCH_DATA"
  if curl -s -o /dev/null "localhost:$BENCH_PORT/login"; then
    echo "port $BENCH_PORT is taken; stop what runs there or set BENCH_PORT" >&2
    exit 1
  fi
  PLAN_DATA_DIR="$BENCH_DATA/postgres" PLAN_EMBEDDED_DB_PORT="$BENCH_DB_PORT" SERVER_PORT="$BENCH_PORT" \
    java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$BENCH_JAR" "$@" >> "$BENCH_DATA/portal.log" 2>&1 &
  PORTAL_PID=$!
  trap stop_portal EXIT
  # The first start after new migrations may build indexes over a million rows: allow minutes.
  for _ in $(seq 1 "${BENCH_START_TIMEOUT:-1200}"); do
    if curl -sf -o /dev/null "localhost:$BENCH_PORT/actuator/health"; then return 0; fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "the portal did not start; see $BENCH_DATA/portal.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the portal did not answer in time; see $BENCH_DATA/portal.log" >&2
  exit 1
}

# Stops the portal with SIGTERM (which also stops its embedded PostgreSQL cleanly) and waits for it.
stop_portal() {
  if [ -n "$PORTAL_PID" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID"
    for _ in $(seq 1 60); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}
