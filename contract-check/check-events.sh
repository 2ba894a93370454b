# Sourced by check.sh: the event JSON Schemas as an integrator compiles them, with Ajv in strict mode.
schemas="$root/events/src/main/resources/schemas"
step "Ajv (strict, draft 2020-12): every event schema compiles, its \$refs resolved through the \$id of common.json"
# multipleOf 0.01 is checked with a stated precision (common.json, Money): in binary floating point 19.99 / 0.01 is
# not a whole number, so Ajv's default would refuse a valid amount; precision 2 is exact below 10^11 kr.
ajv=("$bin/ajv" --spec=draft2020 --strict=true --multiple-of-precision=2 --all-errors -c ajv-formats)
for schema in "$schemas"/*.json; do
  [ "$(basename "$schema")" = common.json ] && continue
  "${ajv[@]}" compile -s "$schema" -r "$schemas/common.json" > "$work/ajv.log" 2>&1 || { cat "$work/ajv.log"; exit 1; }
done
"${ajv[@]}" compile -s "$schemas/common.json" > "$work/ajv.log" 2>&1 || { cat "$work/ajv.log"; exit 1; }

step "Ajv: money with two decimals passes, a third decimal does not"
mkdir -p "$work/money"
cat > "$work/money/money.json" <<'JSON'
{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://boligsocial.kk.dk/schemas/events/check-money.json",
 "type": "array", "items": {"$ref": "common.json#/$defs/PositiveMoney"}}
JSON
echo '[{"amount": 19.99, "currency": "DKK"}, {"amount": 0.07, "currency": "DKK"}, {"amount": 30000000.00, "currency": "DKK"}, {"amount": 99999999999.99, "currency": "DKK"}, {"amount": 1234567.89, "currency": "DKK"}]' > "$work/money/good.json"
for bad in '{"amount": 19.999, "currency": "DKK"}' '{"amount": 0.001, "currency": "DKK"}' '{"amount": 12345678.905, "currency": "DKK"}' '{"amount": 10000000000000, "currency": "DKK"}' '{"amount": 19.99, "currency": "DK"}' '{"amount": 0, "currency": "DKK"}' '{"amount": "19.99", "currency": "DKK"}' '{"amount": 19.99}'; do
  echo "[$bad]" > "$work/money/bad.json"
  if "${ajv[@]}" validate -s "$work/money/money.json" -r "$schemas/common.json" -d "$work/money/bad.json" > "$work/ajv.log" 2>&1; then
    echo "Ajv accepted $bad as money"; exit 1
  fi
done
"${ajv[@]}" validate -s "$work/money/money.json" -r "$schemas/common.json" -d "$work/money/good.json" > "$work/ajv.log" 2>&1 \
  || { cat "$work/ajv.log"; echo "Ajv refused valid money"; exit 1; }
