# Sourced by check.sh: the TypeScript client of clients/typescript, as a frontend team builds it.
ts="$root/clients/typescript"
step "openapi-typescript: the committed types in clients/typescript/src/generated are those of the committed documents"
mkdir -p "$work/generated"
for service in plans funding evaluation; do
  "$bin/openapi-typescript" "$root/$service-service/src/main/openapi/openapi.json" -o "$work/generated/$service.ts" --silent
  if ! cmp -s "$work/generated/$service.ts" "$ts/src/generated/$service.ts"; then
    diff -u "$ts/src/generated/$service.ts" "$work/generated/$service.ts" | head -40 || true
    echo "clients/typescript/src/generated/$service.ts is not what the committed OpenAPI document gives;"
    echo "regenerate it: cp contract-check/target/npm/generated/$service.ts clients/typescript/src/generated/"
    exit 1
  fi
done

step "tsc --strict: the client, one example per service, and the misuses (each must be refused, @ts-expect-error)"
# The client resolves openapi-fetch from the check's own install.
ln -sfn "$work/node_modules" "$ts/node_modules"
"$bin/tsc" -p "$ts/tsconfig.json" --strict
