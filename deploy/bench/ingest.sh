#!/usr/bin/env bash
# The ingest benchmark: a few million generated values through indicator-service's bulk API and through raw COPY into
# the same PostgreSQL; prints values/s, their ratio and the service's peak RSS, and ends with PASS or FAIL
# (DESIGN.md: >= 150 000 values/s and >= 0.5 x raw COPY). Usage: deploy/bench/ingest.sh [values, default 3000000]
# Uses the run command's PostgreSQL, Kafka and Keycloak when deploy/run.sh is up, otherwise starts its own and stops
# them at the end. Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building indicator-service and the benchmark (log: target/bench-build.log) ..."
mkdir -p target
if ! mvn -B -pl indicator-service -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath > target/bench-build.log 2>&1; then
  grep -E "^\[ERROR\]" target/bench-build.log | head -5 >&2
  echo "the build failed; see target/bench-build.log" >&2
  exit 1
fi
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dstyrplan.root="$(pwd)" -Dslf4j.internal.verbosity=ERROR \
  -cp "indicator-service/target/test-classes:$(cat indicator-service/target/bench.classpath)" \
  se.styrplan.indicator.bench.IngestBenchmark "$@"
