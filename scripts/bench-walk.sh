#!/usr/bin/env bash
# Benchmarks civmap's walking coverage against GraphHopper and pgRouting on one network, in one
# process: ./scripts/bench-walk.sh [OSM_FILE] [more bench options]. Starts a private PostGIS +
# pgRouting cluster for the pgRouting leg and stops it afterwards.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$HERE/scripts/pg-cluster.sh"
OSM="${1:-$HERE/data/osm/andorra.osm.pbf}"
shift || true
pg_install
pg_cluster_start "$HERE/target/pg-bench"
"$HERE/civmap" bench walk --osm "$OSM" --pg-url "$PG_URL" "$@"
