#!/bin/sh
# Run once by the postgres image when its data directory is empty: one owner role and one
# database per service and one for the gateway, named and protected by their Secrets. The
# image sources this file (it is not executable in a ConfigMap), so it leaves the shell options
# to the image.
# The databases fold case, order and split words in every script (ICU, UTF-8 ctype).
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v timeline_user="$TIMELINE_DB_USER" -v timeline_password="$TIMELINE_DB_PASSWORD" \
  -v claims_user="$CLAIMS_DB_USER" -v claims_password="$CLAIMS_DB_PASSWORD" \
  -v gateway_user="$GATEWAY_DB_USER" -v gateway_password="$GATEWAY_DB_PASSWORD" <<'SQL'
CREATE ROLE :"timeline_user" LOGIN PASSWORD :'timeline_password';
CREATE DATABASE timeline OWNER :"timeline_user" TEMPLATE template0 ENCODING 'UTF8'
  LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8';
REVOKE ALL ON DATABASE timeline FROM PUBLIC;
CREATE ROLE :"claims_user" LOGIN PASSWORD :'claims_password';
CREATE DATABASE claims OWNER :"claims_user" TEMPLATE template0 ENCODING 'UTF8'
  LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8';
REVOKE ALL ON DATABASE claims FROM PUBLIC;
CREATE ROLE :"gateway_user" LOGIN PASSWORD :'gateway_password';
CREATE DATABASE gateway OWNER :"gateway_user" TEMPLATE template0 ENCODING 'UTF8'
  LOCALE_PROVIDER icu ICU_LOCALE 'und' LOCALE 'C.UTF-8';
REVOKE ALL ON DATABASE gateway FROM PUBLIC;
SQL
