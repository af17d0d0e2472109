#!/usr/bin/env bash
# Bad input at scale (issue #10; docs/faults.md): for each service, thousands of malformed requests generated from its own
# OpenAPI document (devstack-test's MalformedRequestsContract: bad path ids, bad query values, broken and wrongly shaped
# bodies, every property with a wrong type, huge and unicode strings, wrong content types), sent with an admin's real
# token against real PostgreSQL, Kafka and Keycloak (started by the tests, or those of a running deploy/run.sh).
# Prints each service's count of requests and answers by status, the totals, and PASS or FAIL: PASS when no answer is a
# 5xx, every 4xx is problem+json without internal detail, and no refused request wrote to the audit log.
# Usage: deploy/faults/bad-input.sh   (BAD_INPUT_MVN_OPTS passes options to Maven, e.g. -o).
# Takes about 10 minutes, most of it building and starting the four services.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p deploy/faults/target
log=deploy/faults/target/bad-input.log
services=plan-service,indicator-service,reporting-service,gateway
echo "Running MalformedRequestsTest in $services (log: $log) ..."
status=0
mvn -B -fae ${BAD_INPUT_MVN_OPTS:-} verify -pl "$services" -am -Dtest=MalformedRequestsTest -Dsurefire.failIfNoSpecifiedTests=false \
  > "$log" 2>&1 || status=$?
echo
echo "== Styrplan bad input at scale =="
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
# each test prints: "MalformedRequestsTest: <sent> malformed requests sent, <failed> failed; answers by status: {...}"
awk '/^\[INFO\] --- .* @ [a-z-]+ ---$/ {module = $(NF - 1)}
     /^MalformedRequestsTest: [0-9]+ malformed requests sent/ {
       sent += $2; failed += $6; runs++; sub(/^MalformedRequestsTest: /, ""); printf "%-18s %s\n", module, $0 }
     END {printf "total              %d malformed requests, %d answered wrongly\n", sent, failed}' "$log"
runs=$(grep -cE "^MalformedRequestsTest: [0-9]+ malformed requests sent" "$log" || true)
if [ "$status" -ne 0 ] || [ "$runs" -ne 4 ]; then
  grep -E "malformed requests answered wrongly|^\[ERROR\]" "$log" | head -20 >&2 || true
  echo "FAIL: see $log ($runs of 4 services reported)"
  exit 1
fi
echo "PASS: no 5xx, every 4xx a problem+json, nothing written by a refused request"
