#!/usr/bin/env bash
# The read benchmark: plan tree, one goal, an indicator series and a public page through the gateway with a real
# token, at fixed rates (open loop, latencies from each request's due time), the gateway's static file as the ceiling,
# then the highest rate that keeps p99 <= 15 ms, and each service's RSS and start-up time. Ends with PASS or FAIL.
# Needs the platform running, with the gateway's per-client and per-address rate limits raised above the load (a
# production gateway would answer this load with 429), in another terminal first:
#   RATE_LIMIT_CLIENT_REQUESTS=1000000000 RATE_LIMIT_ADDRESS_REQUESTS=1000000000 deploy/run.sh
# Results: docs/benchmarks.md.
# Settings: -Dbench.rates=200,500,1000 -Dbench.seconds=10 -Dbench.warmup-seconds=3 -Dbench.search-up-to=3000
#           -Dbench.jit-warmup-seconds=20 (every request at 200/s first, unrecorded) -Dbench.recovery-seconds=60
#           -Dbench.gateway=http://localhost:8080 -Dbench.static-path=/   (pass them in BENCH_JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/../.."
# the gateway's readiness is on its management port (9080 in the run command)
if ! curl -fsS -o /dev/null http://localhost:9080/q/health/ready 2>/dev/null; then
  echo "The platform is not running: start it with deploy/run.sh (in another terminal) and run this again." >&2
  exit 1
fi
echo "Building the benchmark (log: target/bench-read-build.log) ..."
mkdir -p target
# with the devstack module it uses (CpuTicks); -am builds it on a fresh clone, where nothing is installed yet
if ! mvn -B -q -pl deploy/bench -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt > target/bench-read-build.log 2>&1; then
  grep -E "^\[ERROR\]" target/bench-read-build.log | head -5 >&2
  echo "the build failed; see target/bench-read-build.log" >&2
  exit 1
fi
exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "deploy/bench/target/classes:$(cat deploy/bench/target/classpath.txt)" \
  se.styrplan.bench.read.ReadLoadBenchmark
