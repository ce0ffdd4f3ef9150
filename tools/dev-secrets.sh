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

# A secret address "<secret>:<key>" (as the services name them) as a JSON path: the store is multi-valued, each
# top-level object one secret (a Kubernetes Secret on a cluster) and its members that secret's keys.
path_of() { jq -cn --arg a "$1" '$a | index(":") as $i | [.[:$i], .[$i + 1:]]'; }

has() { jq -e --argjson p "$(path_of "$1")" 'getpath($p) != null' "$file" > /dev/null; }

get() { jq -r --argjson p "$(path_of "$1")" 'getpath($p)' "$file"; }

write() { # write JQ_FILTER [ARGS...]
  local tmp; tmp=$(mktemp)
  jq "$@" "$file" > "$tmp" && chmod 600 "$tmp" && mv "$tmp" "$file"
}

set_value() { # set_value ADDRESS VALUE
  write --argjson p "$(path_of "$1")" --arg v "$2" 'setpath($p; $v)'
}

add() { # add ADDRESS VALUE: sets ADDRESS only when it is absent
  has "$1" || set_value "$1" "$2"
}

# Files made before the store was multi-valued hold flat "secret:key" names; their values move into their secret.
write 'reduce (to_entries[] | select((.key | contains(":")) and (.value | type == "string"))) as $e (.;
  del(.[$e.key])
  | ($e.key | sub("^identity:clients:"; "identity-clients:")) as $k
  | ($k | index(":")) as $i
  | setpath([$k[:$i], $k[$i + 1:]]; $e.value))'

# Identity's token signing key: RSA 2048, PKCS#8 PEM. Generated only when missing (it is slow and must stay stable:
# replacing it invalidates every token issued; rotate by moving it to identity:previousSigningKey first).
if ! has "identity:signingKey"; then
  signing_key=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null) \
    || { echo "openssl genpkey could not create the RSA signing key" >&2; exit 1; }
  set_value "identity:signingKey" "$signing_key"
fi

add "cart:snapshotSecret" "$(random 48 48)"
# Notifications encrypts webhook secrets at rest with this AES-256 key.
add "notifications:webhookSecretKey" "$(openssl rand -base64 32)"
add "identity:adminPassword" "Adm1n-$(random 24 16)"

# A service's client secret (client-credentials grant): Identity checks identity-clients:<client>, the service sends
# <client>:clientSecret. One value for both; an existing one is kept (copied if one is missing).
client_secret() {
  local client=$1 value
  if has "identity-clients:$client"; then
    value=$(get "identity-clients:$client")
  elif has "$client:clientSecret"; then
    value=$(get "$client:clientSecret")
  else
    value=$(random 48 48)
  fi
  add "identity-clients:$client" "$value"
  add "$client:clientSecret" "$value"
}
client_secret orchestrator
client_secret payments
echo "dev secrets ready: $file"
