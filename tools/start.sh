#!/usr/bin/env bash
# Starts the whole platform on LocalDapr with the embedded components (SQLite state, in-memory pub/sub, local-file
# secrets): nothing to install but the .NET SDK. Extra arguments go to LocalDapr, e.g. `-f dapr.yaml` for Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/dev-secrets.sh
mkdir -p .localdapr
dotnet build PurchasePlatform.sln -nologo -v quiet -clp:ErrorsOnly
exec dotnet run --no-build --project tools/LocalDapr -- "$@"
