# Sourced by scripts/test.sh and scripts/bench-walk.sh: installs PostgreSQL 15, PostGIS 3 and
# pgRouting from Debian packages when missing, and starts a private cluster on a free loopback
# port. After `pg_cluster_start DIR`, PG_URL holds a JDBC URL for database 'postgres'; the cluster
# stops when the calling script exits.
PG_VERSION=15
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to install packages: $*" >&2; exit 1; fi
}

pg_install() {
  local packages=()
  [ -x "$PG_BIN/initdb" ] || packages+=("postgresql-$PG_VERSION")
  [ -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ] || packages+=("postgresql-$PG_VERSION-postgis-3")
  [ -f "/usr/share/postgresql/$PG_VERSION/extension/pgrouting.control" ] || packages+=("postgresql-$PG_VERSION-pgrouting")
  if [ ${#packages[@]} -gt 0 ]; then
    echo "installing ${packages[*]}" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_cluster_stop() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; }

pg_cluster_start() {
  PG_DIR="$1"
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then pg_cluster_stop; fi
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR/sock"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$PG_DIR"
    # the clone may sit where 'postgres' cannot reach (e.g. under /root): fall back to /tmp
    if ! runuser -u postgres -- test -w "$PG_DIR/sock"; then
      PG_DIR="$(mktemp -d /tmp/civmap-pg.XXXXXX)"; mkdir -p "$PG_DIR/sock"; chown -R postgres:postgres "$PG_DIR"
    fi
  fi
  local port=""
  for p in $(seq 54330 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  [ -n "$port" ] || { echo "no free port in 54330..54429" >&2; exit 1; }
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  trap pg_cluster_stop EXIT
  PG_URL="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
  echo "PostGIS cluster on 127.0.0.1:$port ($PG_DIR)" >&2
}
