#!/usr/bin/env bash
# The fault run (issue #10; docs/faults.md): starts a platform of its own (PostgreSQL, Kafka, Keycloak on free ports, state in
# deploy/faults/target/run/stack, never the run command's ports or .devstack/), the four packaged services and Karlstad's seed;
# then, each during a bulk import of 250 000 values (1 M in all): 1 kill -9 of the Kafka broker, restarted after 10 s;
# 2 kill -9 of reporting-service, restarted; 3 a PostgreSQL restart; 4 the network between Kafka and indicator-service /
# reporting-service frozen for 30 s; 5 a 10-minute soak of mixed load. After each it prints and asserts the outboxes drained,
# the consumer lag, events produced / consumed / lost / applied twice, values sent / stored, the read model against
# indicator-service, the consistency check and the time to recover; PASS or FAIL per scenario and overall (exit code 1).
# Usage: deploy/faults/run.sh [--values-per-scenario N] [--soak-minutes M] [--scenarios 1,2,3,4,5] ... (--help lists all)
# A short smoke run: deploy/faults/run.sh --values-per-scenario 50000 --import-seconds 30 --soak-minutes 1
# Builds the four services (with what they need) when their packaged applications are missing, or always with
# FAULTS_REBUILD=1. FAULTS_APPS_ROOT=<checkout> runs the packaged services of another checkout instead (built there), e.g. a
# fixed build while this tree's modules are being rebuilt. FAULTS_MVN_OPTS passes options to Maven (e.g. -o).
# Takes about 20 minutes; logs under deploy/faults/target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p deploy/faults/target
log=deploy/faults/target/build.log
: > "$log"
build() {
  if ! mvn -B ${FAULTS_MVN_OPTS:-} "$@" >> "$log" 2>&1; then
    grep -E "^\[ERROR\]" "$log" | head -5 >&2
    echo "the build failed; see $log" >&2
    exit 1
  fi
}
apps=$(cd "${FAULTS_APPS_ROOT:-.}" && pwd)
missing=0
for m in plan-service indicator-service reporting-service gateway; do
  [ -f "$apps/$m/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
if [ "$apps" != "$(pwd)" ]; then
  [ "$missing" = 0 ] || { echo "$apps lacks the packaged services: build them there first" >&2; exit 1; }
elif [ "$missing" = 1 ] || [ "${FAULTS_REBUILD:-0}" = 1 ]; then
  echo "Building the four services (log: $log) ..."
  build -DskipTests package -pl plan-service,indicator-service,reporting-service,gateway -am
fi
echo "Building the fault run (log: $log) ..."
build -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -pl deploy/devstack,deploy/faults
exec java -Xmx1g ${FAULTS_JAVA_OPTS:-} -Dstyrplan.root="$(pwd)" -Dfaults.apps-root="$apps" -Dslf4j.internal.verbosity=ERROR \
  -cp "deploy/faults/target/classes:deploy/devstack/target/classes:$(cat deploy/faults/target/classpath.txt)" \
  se.styrplan.faults.FaultRun "$@"
