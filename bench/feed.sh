#!/usr/bin/env bash
# Full-mirror throughput of the gateway feed (GET /api/v1/feed), in tools per second over HTTP: the NDJSON stream
# and paging, beside exporting the same catalog as a snapshot (GET /api/v1/snapshot) in the same run. Starts the
# service in test mode on an embedded PostgreSQL, imports TOOLS real corpus tools (50 to a server), then alternates
# the modes for ROUNDS rounds after one warm-up and prints the medians (also in target/feed-benchmark.txt).
#   [TOOLS=5000] [ROUNDS=5] bench/feed.sh          Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp ${MVN_FLAGS:-} test -Dtest=FeedMirrorBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfeed.bench.tools="${TOOLS:-5000}" -Dfeed.bench.rounds="${ROUNDS:-5}" >target/feed-benchmark.log 2>&1 \
  || { tail -50 target/feed-benchmark.log >&2; exit 1; }
cat target/feed-benchmark.txt
