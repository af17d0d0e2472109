#!/usr/bin/env bash
# Restores the databases of a backup made by backup.sh, then (optionally) has reporting-service rebuild its read
# model from the Kafka topics. docs/deployment.md "Backup and restore" explains when to do what.
#
#   deploy/backup/restore.sh BACKUP_DIR
#
# Each database in BACKUP_DIR is dropped (its connections ended), created anew owned by its service's role (the
# role named like the database unless OWNER_<db> says otherwise) and restored; the checksums are verified first.
# Stop the services (or scale them to 0) before a production restore: a service that keeps running may write
# into a half-restored database. The run command's services survive it (their pools reconnect).
#
# Rebuild (REBUILD=yes, the default): POST $REPORTING_URL/api/reports/admin/read-model/rebuild with an admin token from
# Keycloak's client-credentials grant: OIDC_SERVER_URL, REBUILD_CLIENT_ID, REBUILD_CLIENT_SECRET (local defaults:
# the run command's Keycloak and its styrplan-loader client).
set -euo pipefail

BACKUP_DIR="${1:?usage: restore.sh BACKUP_DIR}"
export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGUSER="${PGUSER:-postgres}"
if [[ -z "${PGPASSWORD:-}" && "$PGHOST" == "localhost" && "$PGPORT" == "15432" ]]; then
  export PGPASSWORD=postgres # the run command's local superuser, never a production password
fi
REBUILD="${REBUILD:-yes}"
REPORTING_URL="${REPORTING_URL:-http://localhost:8083}"
OIDC_SERVER_URL="${OIDC_SERVER_URL:-http://localhost:8180/realms/styrplan}"
REBUILD_CLIENT_ID="${REBUILD_CLIENT_ID:-styrplan-loader}"
REBUILD_CLIENT_SECRET="${REBUILD_CLIENT_SECRET:-loader-local-secret}"

(cd "$BACKUP_DIR" && sha256sum --check --quiet SHA256SUMS)
shopt -s nullglob
dumps=("$BACKUP_DIR"/*.dump)
[[ ${#dumps[@]} -gt 0 ]] || { echo "restore: no *.dump in $BACKUP_DIR" >&2; exit 1; }

for dump in "${dumps[@]}"; do
  db="$(basename "$dump" .dump)"
  owner_var="OWNER_$db"
  owner="${!owner_var:-$db}"
  echo "restore: $db (owner $owner) <- $dump"
  PGOPTIONS="-c client_min_messages=warning" psql --dbname=postgres --quiet --set=ON_ERROR_STOP=1 \
    --command="drop database if exists \"$db\" with (force)" \
    --command="create database \"$db\" owner \"$owner\""
  # as the owner, so every restored object belongs to the service's role; one transaction: all or nothing
  pg_restore --dbname="$db" --role="$owner" --no-owner --no-privileges --single-transaction --exit-on-error "$dump"
done

if [[ "$REBUILD" == "yes" ]]; then
  echo "restore: rebuilding the reporting read model from the topics ($REPORTING_URL)"
  token="$(curl --silent --show-error --fail \
    --data-urlencode grant_type=client_credentials \
    --data-urlencode "client_id=$REBUILD_CLIENT_ID" \
    --data-urlencode "client_secret=$REBUILD_CLIENT_SECRET" \
    "$OIDC_SERVER_URL/protocol/openid-connect/token" | jq -r .access_token)"
  # the service's pooled connections died with the dropped databases: its first answers may be 503 with Retry-After
  # until the pool has new ones (a rebuild that answered 503 did nothing, so asking again is safe)
  curl --silent --show-error --fail-with-body --retry 5 --retry-max-time 120 -X POST -H "Authorization: Bearer $token" \
    "$REPORTING_URL/api/reports/admin/read-model/rebuild"
  echo
fi
echo "restore: done"
