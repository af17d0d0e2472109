#!/usr/bin/env bash
# The restore drill: backup -> wipe -> restore -> rebuild, against a running platform, ending with the same API
# answers as before. Run it against the run command (deploy/run.sh) or a staging installation, never production:
# it DROPS every database in between.
#
#   deploy/backup/drill.sh
#
# GATEWAY_URL (default http://localhost:8080) is asked the questions; PG* variables, OIDC_SERVER_URL,
# REBUILD_CLIENT_ID/SECRET and REPORTING_URL as for backup.sh and restore.sh. Exit status 0 only when every
# answer after the restore equals the one before (fields listed in VOLATILE_FIELDS, e.g. when a status was
# computed, are left out of the comparison).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
GATEWAY_URL="${GATEWAY_URL:-http://localhost:8080}"
# the gateway's readiness is on its management port (the run command's 9080), not on GATEWAY_URL
GATEWAY_HEALTH_URL="${GATEWAY_HEALTH_URL:-http://localhost:9080/q/health/ready}"
OIDC_SERVER_URL="${OIDC_SERVER_URL:-http://localhost:8180/realms/styrplan}"
REBUILD_CLIENT_ID="${REBUILD_CLIENT_ID:-styrplan-loader}"
REBUILD_CLIENT_SECRET="${REBUILD_CLIENT_SECRET:-loader-local-secret}"
VOLATILE_FIELDS="${VOLATILE_FIELDS:-computedAt statusComputedAt generatedAt}"
REBUILD_WAIT_SECONDS="${REBUILD_WAIT_SECONDS:-300}"
work="$(mktemp -d -t styrplan-drill.XXXXXX)"
echo "drill: working in $work"

token() {
  curl --silent --show-error --fail \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$REBUILD_CLIENT_ID" \
    --data-urlencode "client_secret=$REBUILD_CLIENT_SECRET" \
    "$OIDC_SERVER_URL/protocol/openid-connect/token" | jq -r .access_token
}

# The questions: what a planner, an indicator owner and the follow-up see. Goal ids come from the first answer.
snapshot() {
  local out="$1" bearer
  bearer="$(token)"
  mkdir -p "$out"
  local del
  del="$(printf '.%s, ' $VOLATILE_FIELDS)"
  del="${del%, }"
  ask() { # name path
    # --retry: after the restore a service may answer 503 (Retry-After) until its connection pool has new connections
    curl --silent --show-error --fail --retry 5 --retry-max-time 60 -H "Authorization: Bearer $bearer" "$GATEWAY_URL$2" \
      | jq -S "walk(if type == \"object\" then del($del) else . end)" > "$out/$1.json"
  }
  ask plans "/api/plan/plans"
  ask indicators "/api/indicators/definitions?size=200"
  ask report-goals "/api/reports/goals"
  # row counts and SHA-256 of every read-model table: equal digests mean equal read models
  ask read-model-digest "/api/reports/admin/read-model/digest"
  for goal in $(jq -r '.. | objects | select(has("goalId")) | .goalId' "$out/report-goals.json" | sort -u | head -5); do
    ask "report-goal-$goal" "/api/reports/goals/$goal"
  done
}

curl --silent --fail "$GATEWAY_HEALTH_URL" > /dev/null || { echo "drill: the gateway ($GATEWAY_HEALTH_URL) is not ready; start deploy/run.sh first" >&2; exit 1; }

echo "drill: 1/5 the answers before"
snapshot "$work/before"
echo "drill: 2/5 backup"
"$here/backup.sh" "$work/backup"
echo "drill: 3/5 wipe (drop every database)"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGUSER="${PGUSER:-postgres}" PGPASSWORD="${PGPASSWORD:-postgres}"
for db in ${DATABASES:-plan indicator reporting gateway}; do
  psql --dbname=postgres --quiet --set=ON_ERROR_STOP=1 --command="drop database if exists \"$db\" with (force)"
done
echo "drill: 4/5 restore and rebuild"
"$here/restore.sh" "$work/backup"
echo "drill: 5/5 the answers after (waiting up to ${REBUILD_WAIT_SECONDS}s for the rebuild)"
deadline=$((SECONDS + REBUILD_WAIT_SECONDS))
until snapshot "$work/after" 2>/dev/null && diff -r "$work/before" "$work/after" > "$work/diff.txt"; do
  if (( SECONDS > deadline )); then
    echo "drill: FAILED: the answers differ after the restore:" >&2
    head -50 "$work/diff.txt" >&2
    exit 1
  fi
  sleep 5
done
echo "drill: PASSED: $(ls "$work/before" | wc -l) answers identical before and after ($work)"
