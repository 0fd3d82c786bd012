#!/usr/bin/env bash
# Git crawl throughput (jobs per minute) on local repositories made for the run: one service instance and two on
# one embedded PostgreSQL, each crawling and importing through the queue, beside the scan-only baseline measured
# in the same run (the same kind of repositories cloned and scanned in one JVM on as many threads, nothing stored).
#   bench/crawl.sh [REPOSITORIES] [TOOL_FILES]      default 24 repositories of 30 tool files (90 tools) each
# Uses ports 18111-18113. Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp ${MVN_FLAGS:-} package -DskipTests
./mvnw -q -B -ntp ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" io.mcpcatalog.bench.CrawlThroughput "$@"
