#!/usr/bin/env bash
# Creates secrets/local-secrets.json, the file the local-file secret store (components/**/secretstore.yaml) reads,
# with freshly generated values. Nothing secret is committed: the file is git-ignored and made per machine.
# Existing values are kept; missing keys are added, so running it again changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
file=secrets/local-secrets.json
mkdir -p secrets
[ -f "$file" ] || echo '{}' > "$file"
chmod 600 "$file"

random() { openssl rand -base64 "$1" | tr -d '\n/+=' | cut -c1-"$2"; }

has() { jq -e --arg k "$1" 'has($k)' "$file" > /dev/null; }

set_value() { # set_value KEY VALUE
  local tmp; tmp=$(mktemp)
  jq --arg k "$1" --arg v "$2" '.[$k] = $v' "$file" > "$tmp" && chmod 600 "$tmp" && mv "$tmp" "$file"
}

add() { # add KEY VALUE: sets KEY only when it is absent
  has "$1" || set_value "$1" "$2"
}

# Identity's token signing key: RSA 2048, PKCS#8 PEM. Generated only when missing (it is slow and must stay stable:
# replacing it invalidates every token issued; rotate by moving it to identity:previousSigningKey first).
if ! has "identity:signingKey"; then
  signing_key=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null) \
    || { echo "openssl genpkey could not create the RSA signing key" >&2; exit 1; }
  set_value "identity:signingKey" "$signing_key"
fi

add "cart:snapshotSecret" "$(random 48 48)"
add "identity:adminPassword" "Adm1n-$(random 24 16)"

# A service's client secret (client-credentials grant): Identity checks identity:clients:<client>, the service sends
# <client>:clientSecret. One value for both; an existing one is kept (copied if one is missing).
client_secret() {
  local client=$1 value
  if has "identity:clients:$client"; then
    value=$(jq -r --arg key "identity:clients:$client" '.[$key]' "$file")
  elif has "$client:clientSecret"; then
    value=$(jq -r --arg key "$client:clientSecret" '.[$key]' "$file")
  else
    value=$(random 48 48)
  fi
  add "identity:clients:$client" "$value"
  add "$client:clientSecret" "$value"
}
client_secret orchestrator
client_secret payments
echo "dev secrets ready: $file"
