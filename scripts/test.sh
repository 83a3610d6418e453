#!/usr/bin/env bash
# Runs every civmap test: installs what the tests need when it is missing (PostgreSQL 15,
# PostGIS 3 and pgRouting from Debian packages), starts a private cluster on a free loopback port
# under target/, runs ./mvnw -B verify against H2GIS and PostGIS, and stops what it started.
# Extra arguments go to Maven, e.g. ./scripts/test.sh -pl gis-core
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$HERE"
# shellcheck source=scripts/pg-cluster.sh
. "$HERE/scripts/pg-cluster.sh"

command -v java >/dev/null || { as_root apt-get update -qq; as_root apt-get install -y -qq openjdk-17-jdk-headless >/dev/null; }
pg_install
pg_cluster_start "$HERE/target/pg"

export CIVMAP_TEST_PG_URL="$PG_URL"
./mvnw -B verify "$@"
