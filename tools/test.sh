#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine with the .NET SDK it first installs the Debian packages the tests
# use and creates the dev secrets file.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: redis-server (tests start their own servers on free loopback ports),
# postgresql (throw-away clusters for the PostgreSQL tests) and chromium (the waiting-room page in a browser).
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! command -v initdb >/dev/null 2>&1; then
  PATH="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)"):$PATH"
  export PATH
fi
for tool in jq openssl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required"; exit 1; }
done
bash tools/dev-secrets.sh

dotnet build PurchasePlatform.sln -c Release -nologo -v quiet -clp:ErrorsOnly

log=$(mktemp)
status=0
# A test that hangs is stopped after 8 minutes and named, rather than holding the run.
dotnet test PurchasePlatform.sln -c Release --no-build -nologo --blame-hang-timeout 8m --blame-hang-dump-type none 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, the plain form CI reads.
awk -F'[:,]' '/^(Passed|Failed)! +- +Failed:/ { failed += $2; passed += $4; skipped += $6 }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"
rm -f "$log"
exit "$status"
