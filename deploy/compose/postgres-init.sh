#!/bin/bash
# First start of the compose PostgreSQL: one login role and one database per service (and Keycloak's), each
# owned by its role, so a service can reach only its own data. Passwords come from the compose environment.
set -euo pipefail
for pair in plan:PLAN_DB_PASSWORD indicator:INDICATOR_DB_PASSWORD reporting:REPORTING_DB_PASSWORD \
            gateway:GATEWAY_DB_PASSWORD keycloak:KEYCLOAK_DB_PASSWORD; do
  name="${pair%%:*}" var="${pair##*:}"
  psql -v ON_ERROR_STOP=1 --username postgres --set=name="$name" --set=password="${!var}" <<'SQL'
create role :"name" login password :'password';
create database :"name" owner :"name";
revoke all on database :"name" from public;
SQL
done
