#!/usr/bin/env bash
# The propagation benchmark: writes single values through indicator-service's API, one at a time, and times each
# until reporting-service serves the indicator's new status; prints p50/p90/p99/max (HdrHistogram) and ends with PASS
# or FAIL (DESIGN.md: p50 <= 50 ms, p99 <= 250 ms). Usage: deploy/bench/propagation.sh [writes, default 1000]
# Needs the running platform: start deploy/run.sh first (it builds and starts PostgreSQL, Kafka, Keycloak and the
# services). Service addresses: INDICATOR_SERVICE_URL, REPORTING_SERVICE_URL, OIDC_SERVER_URL (local defaults).
# Results: docs/benchmarks.md ("Propagation").
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! curl -fsS -o /dev/null "${REPORTING_SERVICE_URL:-http://localhost:8083}/q/health/ready"; then
  echo "reporting-service is not up: start deploy/run.sh first" >&2
  exit 1
fi
echo "Building the benchmark (log: target/bench-propagation-build.log) ..."
mkdir -p target
# test classes and the class path only: the running services' packaged jars are left as they are
if ! mvn -B -q -pl reporting-service test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath > target/bench-propagation-build.log 2>&1; then
  grep -E "^\[ERROR\]" target/bench-propagation-build.log | head -5 >&2
  echo "the build failed; see target/bench-propagation-build.log" >&2
  exit 1
fi
exec java -Xmx256m ${BENCH_JAVA_OPTS:-} -Dslf4j.internal.verbosity=ERROR \
  -cp "reporting-service/target/test-classes:$(cat reporting-service/target/bench.classpath)" \
  se.styrplan.reporting.bench.PropagationBenchmark "$@"
