#!/usr/bin/env bash
# Replaces each provider's migrations with one fresh Initial made from the current model: scripts/squash-migrations.sh
# Only while nothing is deployed: a database made by the old migrations must be deleted (data/) and created again.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/TechChallenge.Infrastructure/Data/Migrations/Sqlite src/TechChallenge.Infrastructure/Data/Migrations/Postgres
scripts/add-migration.sh Initial
