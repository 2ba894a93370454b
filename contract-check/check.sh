#!/usr/bin/env bash
# The contract check of the build (run by this module's pom in `./mvnw verify`, so CI runs it too):
#   1. installs the pinned tools of package-lock.json into target/npm (npm ci; the user's npm cache makes a second
#      run work without the network),
#   2. lints the three committed OpenAPI documents with Spectral (spectral:oas) and Redocly (recommended-strict),
#      failing on any warning that the committed rulesets (.spectral.yaml, redocly.yaml) do not switch off with a reason,
#   3. generates TypeScript types from them (openapi-typescript) and compiles clients/typescript with tsc --strict;
#      the misuses in clients/typescript/misuse must NOT compile (each line is expected to fail),
#   4. compiles the event JSON Schemas with Ajv in strict mode, $ref resolved through their $id.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/target/npm"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 CI="${CI:-true}"

step() { printf '\n[contract-check] %s\n' "$*"; }

step "installing the pinned tools (package-lock.json) into target/npm"
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$work/"
if ! cmp -s "$here/package-lock.json" "$work/.installed-lock" 2>/dev/null || [ ! -d "$work/node_modules" ]; then
  (cd "$work" && npm ci --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error)
  cp "$here/package-lock.json" "$work/.installed-lock"
fi
bin="$work/node_modules/.bin"

documents=(plans-service funding-service evaluation-service)

step "Spectral (spectral:oas) and Redocly (recommended-strict) on the committed OpenAPI documents"
for service in "${documents[@]}"; do
  doc="$root/$service/src/main/openapi/openapi.json"
  "$bin/spectral" lint --ruleset "$here/.spectral.yaml" --fail-severity=warn --display-only-failures "$doc"
  # Redocly's banner about future Node.js versions is left out of the log; its findings are not.
  if ! "$bin/redocly" lint --config "$here/redocly.yaml" "$doc" > "$work/redocly.log" 2>&1; then
    grep -v -E '[╔╚║]' "$work/redocly.log" || true
    echo "Redocly found problems in $doc"
    exit 1
  fi
  grep -v -E '[╔╚║]' "$work/redocly.log" || true
done

if [ -f "$here/check-clients.sh" ]; then
  source "$here/check-clients.sh"
fi
if [ -f "$here/check-events.sh" ]; then
  source "$here/check-events.sh"
fi
step "all contract checks passed"
