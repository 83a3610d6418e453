#!/usr/bin/env bash
# Runs every civmap test: installs what the tests need when it is missing (PostgreSQL 15 +
# PostGIS 3 from Debian packages), starts a private PostGIS cluster on a free loopback port
# under target/, runs ./mvnw -B verify against H2GIS and PostGIS, and stops what it started.
# Extra arguments go to Maven, e.g. ./scripts/test.sh -pl gis-core
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"

PG_VERSION=15
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PACKAGES=()
[ -x "$PG_BIN/initdb" ] || PACKAGES+=("postgresql-$PG_VERSION")
[ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ] || PACKAGES+=("postgresql-$PG_VERSION-postgis-3")
command -v java >/dev/null || PACKAGES+=(openjdk-17-jdk-headless)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "test.sh: need root to install ${PACKAGES[*]}; install them and re-run" >&2; exit 1; fi
}

if [ ${#PACKAGES[@]} -gt 0 ]; then
  echo "test.sh: installing ${PACKAGES[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
fi

# A private cluster: initdb refuses to run as root, so the cluster belongs to 'postgres' then.
PG_DIR="$HERE/target/pg"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; }
if [ -f "$PG_DIR/data/postmaster.pid" ]; then stop_pg; fi
rm -rf "$PG_DIR"
mkdir -p "$PG_DIR/sock"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres:postgres "$PG_DIR"
  # the clone may sit where 'postgres' cannot reach (e.g. under /root): fall back to /tmp
  if ! runuser -u postgres -- test -w "$PG_DIR/sock"; then
    PG_DIR="$(mktemp -d /tmp/civmap-pg.XXXXXX)"; mkdir -p "$PG_DIR/sock"; chown -R postgres:postgres "$PG_DIR"
  fi
fi

PORT=""
for p in $(seq 54330 54429); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
[ -n "$PORT" ] || { echo "test.sh: no free port in 54330..54429" >&2; exit 1; }

as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PORT -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
trap stop_pg EXIT
echo "test.sh: PostGIS cluster on 127.0.0.1:$PORT ($PG_DIR)" >&2

export CIVMAP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PORT/postgres?user=postgres"
./mvnw -B verify "$@"
