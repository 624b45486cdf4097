#!/usr/bin/env bash
# Adds a migration to both providers' sets: scripts/add-migration.sh NAME
# (EF Core's "migrations with multiple providers": one set per provider, each in its own folder.)
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/TechChallenge.Infrastructure \
    --startup-project src/TechChallenge.DesignTime \
    --context "${provider}AppDbContext" \
    --output-dir "Data/Migrations/$provider"
done
