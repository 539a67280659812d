#!/bin/sh
# First start of the db container (/docker-entrypoint-initdb.d): the portal's two database roles and its database.
# laborbrand_owner owns the schema and runs the migrations; laborbrand_app is what the portal runs as: it reads and
# writes rows, may only add and read audit rows, and cannot change the schema (V14__platform_database_roles.sql).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$LABORBRAND_OWNER_PASSWORD" -v app_password="$LABORBRAND_APP_PASSWORD" <<'SQL'
create role laborbrand_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role laborbrand_app login nosuperuser nocreatedb nocreaterole password :'app_password';
create database laborbrand owner laborbrand_owner encoding 'UTF8' template template0;
SQL
