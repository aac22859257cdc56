#!/usr/bin/env bash
# Proves the backup and restore procedure of docs/operations.md once, end to end:
#   1. a throwaway PostgreSQL (the machine's own binaries, PGBIN), the portal started on database "plan" with the
#      demo data (Flyway migrates it), then stopped;
#   2. pg_dump of "plan" in custom format, restore into a fresh database "plan_restored" with pg_restore;
#   3. row counts of every table compared between the two;
#   4. the portal started on the copy: Flyway validates the restored schema, readiness is UP, a user signs in and
#      finds an initiative of the original.
# Needs: a built plan-web/target/plan-web.jar (./mvnw -B -pl plan-web -am package -DskipTests), curl, and
# PostgreSQL server binaries (Debian: postgresql-15). Run as root (PostgreSQL itself runs as user postgres) or as
# a user that may run PostgreSQL. Ports: PLAN_CHECK_DB_PORT (5413), PLAN_CHECK_HTTP_PORT (8013); a start may take
# up to PLAN_CHECK_START_SECONDS (900).
set -euo pipefail
cd "$(dirname "$0")/.."

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
DB_PORT=${PLAN_CHECK_DB_PORT:-5413}
HTTP_PORT=${PLAN_CHECK_HTTP_PORT:-8013}
JAR=${PLAN_JAR:-plan-web/target/plan-web.jar}
WORK=$(mktemp -d /tmp/plan-backup-check.XXXXXX)
PORTAL_PID=""
AS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$WORK"
  AS=(runuser -u postgres --)
fi
PSQL=("$PGBIN/psql" -h "$WORK" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt)

log() { printf '\n== %s\n' "$*"; }

cleanup() {
  if [ -n "$PORTAL_PID" ]; then kill "$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; fi
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_portal() { # database name
  PLAN_DB_URL="jdbc:postgresql://localhost:$DB_PORT/$1" PLAN_DB_USERNAME=postgres PLAN_DB_PASSWORD=unused \
    SERVER_PORT=$HTTP_PORT SPRING_PROFILES_ACTIVE=demo java -jar "$JAR" >"$WORK/portal-$1.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 "${PLAN_CHECK_START_SECONDS:-900}"); do
    if curl -fsS "http://localhost:$HTTP_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      echo "portal on '$1' is ready"; return 0
    fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then tail -40 "$WORK/portal-$1.log"; return 1; fi
    sleep 1
  done
  echo "portal on '$1' did not become ready"; tail -40 "$WORK/portal-$1.log"; return 1
}

stop_portal() {
  kill "$PORTAL_PID"; wait "$PORTAL_PID" || true; PORTAL_PID=""
}

table_counts() { # database name
  "${PSQL[@]}" -d "$1" -c "SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name" |
    while read -r table; do
      echo "$table $("${PSQL[@]}" -d "$1" -c "SELECT count(*) FROM \"$table\"")"
    done
}

[ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -B -pl plan-web -am package -DskipTests"; exit 1; }

log "A throwaway PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $DB_PORT"
"${AS[@]}" "$PGBIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -o "-p $DB_PORT -k $WORK -c listen_addresses=localhost" \
  -l "$WORK/postgres.log" -w start >/dev/null
"${PSQL[@]}" -d postgres -c "CREATE DATABASE plan"

log "The portal migrates 'plan' and loads the demo data"
start_portal plan
stop_portal
TITLE=$("${PSQL[@]}" -d plan -c "SELECT title_ja FROM initiative WHERE NOT archived AND title_ja IS NOT NULL ORDER BY id LIMIT 1")
echo "an initiative of the original: $TITLE"

log "Backup: pg_dump --format=custom"
"${AS[@]}" "$PGBIN/pg_dump" -h "$WORK" -p "$DB_PORT" -U postgres --format=custom --file="$WORK/plan.dump" plan
ls -l "$WORK/plan.dump"

log "Restore into a fresh database: createdb + pg_restore"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE plan_restored"
"${AS[@]}" "$PGBIN/pg_restore" -h "$WORK" -p "$DB_PORT" -U postgres --no-owner --exit-on-error \
  --dbname=plan_restored "$WORK/plan.dump"

log "Every table has the same number of rows"
table_counts plan >"$WORK/counts-original"
table_counts plan_restored >"$WORK/counts-restored"
diff "$WORK/counts-original" "$WORK/counts-restored"
echo "$(wc -l <"$WORK/counts-original") tables, $(awk '{s+=$2} END {print s}' "$WORK/counts-original") rows, identical"

log "The portal starts on the copy and serves the original's data"
start_portal plan_restored
JAR_COOKIES="$WORK/cookies"
LOGIN=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$HTTP_PORT/login")
CSRF=$(printf '%s' "$LOGIN" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "username=demo-admin" --data-urlencode "password=demo-pass-2026" --data-urlencode "_csrf=$CSRF" \
  "http://localhost:$HTTP_PORT/login"
curl -fsS -G -b "$JAR_COOKIES" --data-urlencode "q=$TITLE" "http://localhost:$HTTP_PORT/initiatives" >"$WORK/list.html"
grep -qF "$TITLE" "$WORK/list.html"
echo "signed in on the copy and found: $TITLE"
stop_portal

log "Backup and restore check passed"
