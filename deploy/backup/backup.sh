#!/usr/bin/env bash
# Backs up every Styrplan database with pg_dump, one file per database (custom format: compressed, restorable
# selectively and in parallel by pg_restore). docs/deployment.md "Backup and restore" explains the procedure.
#
#   deploy/backup/backup.sh [BACKUP_DIR]
#
# Connection: the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass, PGSSLMODE ...), as a
# role that may read every database (the server's admin role, or each database's owner). Local defaults fit the
# run command's PostgreSQL (deploy/run.sh: localhost:15432, postgres/postgres).
# DATABASES: which ones (default "plan indicator reporting gateway"); the reporting read model can also be rebuilt
# from the Kafka topics, but backing it up makes a restore quick.
set -euo pipefail

export PGHOST="${PGHOST:-localhost}" PGPORT="${PGPORT:-15432}" PGUSER="${PGUSER:-postgres}"
if [[ -z "${PGPASSWORD:-}" && "$PGHOST" == "localhost" && "$PGPORT" == "15432" ]]; then
  export PGPASSWORD=postgres # the run command's local superuser, never a production password
fi
DATABASES="${DATABASES:-plan indicator reporting gateway}"
BACKUP_DIR="${1:-backups/styrplan-$(date -u +%Y%m%dT%H%M%SZ)}"

mkdir -p "$BACKUP_DIR"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
for db in $DATABASES; do
  echo "backup: $db -> $BACKUP_DIR/$db.dump"
  # --no-owner/--no-privileges: restore.sh gives every object to the database's own role, whatever the target server calls its admin
  pg_dump --dbname="$db" --format=custom --compress=6 --no-owner --no-privileges --file="$BACKUP_DIR/$db.dump.partial"
  mv "$BACKUP_DIR/$db.dump.partial" "$BACKUP_DIR/$db.dump"
done
{
  echo "started=$started"
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "server=$PGHOST:$PGPORT"
  echo "databases=$DATABASES"
  echo "pg_dump=$(pg_dump --version)"
} > "$BACKUP_DIR/backup.properties"
(cd "$BACKUP_DIR" && sha256sum ./*.dump > SHA256SUMS)
echo "backup: done, $(du -sh "$BACKUP_DIR" | cut -f1) in $BACKUP_DIR"
