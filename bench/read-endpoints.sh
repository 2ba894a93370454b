#!/usr/bin/env bash
# Throughput and latency of the read endpoints caseworkers and dashboards hit most, measured with
# wrk against a running local system (start it first with ./run in another terminal).
#
#   bench/read-endpoints.sh [DURATION_SECONDS] [CONNECTIONS]
#
# Prints one line per endpoint: requests/s, p50, p99. Loopback only; bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
CONNECTIONS="${2:-16}"
command -v wrk >/dev/null || { echo "bench: wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
command -v jq >/dev/null || { echo "bench: jq is missing (Debian: apt-get install jq)" >&2; exit 1; }
curl -fsS localhost:9081/q/health/ready >/dev/null || { echo "bench: start the system first: ./run" >&2; exit 1; }

TOKEN="$(./run token reader)"
AUTH="Authorization: Bearer $TOKEN"
PLAN_ID="$(curl -fsS -H "$AUTH" 'localhost:8081/v1/plans?limit=1' | jq -r '.items[0].id')"

endpoints=(
  "plans: list of 50      localhost:8081/v1/plans?limit=50"
  "plans: one plan        localhost:8081/v1/plans/$PLAN_ID"
  "plans: plan history    localhost:8081/v1/plans/$PLAN_ID/history"
  "funding: plan's money  localhost:8082/v1/plans/$PLAN_ID/funding"
  "funding: round report  localhost:8082/v1/reports/rounds/2011-14"
  "evaluation: framework  localhost:8083/v1/plans/$PLAN_ID/framework"
  "evaluation: themes     localhost:8083/v1/reports/themes?roundId=2011-14"
)

printf '%-24s %10s %9s %9s %8s\n' endpoint req/s p50 p99 non-2xx
for entry in "${endpoints[@]}"; do
  name="${entry%%  *}"
  url="http://${entry##* }"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$AUTH" "$url")
  if [[ "$status" != 200 ]]; then
    printf '%-24s %s\n' "$name" "skipped: HTTP $status"
    continue
  fi
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$AUTH" "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-24s %10s %9s %9s %8s\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
done
