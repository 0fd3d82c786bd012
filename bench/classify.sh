#!/usr/bin/env bash
# Classification throughput with JMH: builds the test classes, then runs ClassifierBenchmark on one thread in one
# fork (the machine is shared: keep it to one core). Prints tools/second for the rule classifier and, as the
# reference measured in the same run, for the trivial name-keyword baseline and for lower-casing every text a tool
# has once (how fast the machine reads text at all).
#   bench/classify.sh                 default: 3 x 2 s warm-up, 5 x 2 s measurement
#   bench/classify.sh -wi 3 -w 2s -i 5 -r 3s   arguments replace the default iterations and go to JMH
#                                              (org.openjdk.jmh.Main -h lists them; JMH refuses an option twice)
# Set MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp ${MVN_FLAGS:-} test-compile
./mvnw -q -B -ntp ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
if [ $# -eq 0 ]; then
  set -- -wi 3 -w 2s -i 5 -r 2s
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'io.mcpcatalog.bench.ClassifierBenchmark' -f 1 -t 1 "$@"
