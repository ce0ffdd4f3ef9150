#!/usr/bin/env bash
# Creates secrets/local-secrets.json, the file the local-file secret store (components/**/secretstore.yaml) reads,
# with freshly generated values. Nothing secret is committed: the file is git-ignored and made per machine.
# Existing values are kept; missing keys are added.
set -euo pipefail
cd "$(dirname "$0")/.."
file=secrets/local-secrets.json
mkdir -p secrets
[ -f "$file" ] || echo '{}' > "$file"

random() { openssl rand -base64 "$1" | tr -d '\n/+=' | cut -c1-"$2"; }

add() { # add KEY VALUE: sets KEY only when it is absent
  local tmp; tmp=$(mktemp)
  jq --arg k "$1" --arg v "$2" 'if has($k) then . else .[$k] = $v end' "$file" > "$tmp" && mv "$tmp" "$file"
}

add "cart:snapshotSecret" "$(random 48 48)"
add "identity:adminPassword" "Adm1n-$(random 24 16)"
chmod 600 "$file"
echo "dev secrets ready: $file"
