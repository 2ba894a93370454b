#!/usr/bin/env bash
# Event latency of a running ./run system measured from the events themselves (bench/EventTimes.java), without the
# polling load of EventLatency.java's own measurement:
#
#   bench/event-times.sh [SEQUENTIAL] [RATE] [PACED_SECONDS] [PACED_POLL_MS]
#
# Runs EventLatency.java (plans created, submitted, prequalified and granted through the API; one at a time, then at
# RATE decisions per second) with polls PACED_POLL_MS (default 1000) apart in the paced phases, so that its polls add
# little load; then dumps boligsocial.plans, boligsocial.funding and boligsocial.evaluations with kcat (the local
# broker's admin login from .run-state) and times each plan's decision → effect from the events' ce_time (see
# EventTimes.java). Needs ./run running (its pool room: withdraw a prequalified plan first, as side-by-side.sh does,
# if the demo's pool is full), kcat, jq, curl and a JDK 21+. Prints the RESULT lines (polled) and TIMES lines (events).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SEQUENTIAL="${1:-30}"; RATE="${2:-50}"; PACED_SECONDS="${3:-8}"; PACED_POLL_MS="${4:-1000}"
OUT="$(mktemp -d /tmp/event-times.XXXXXX)"
KOMMUNE="$(./run token kommune)"; LBF="$(./run token lbf)"
AREA_JSON="$(curl -fsS -H "Authorization: Bearer $KOMMUNE" "http://127.0.0.1:8081/v1/housing-areas?limit=1")"
BENCH_KOMMUNE="$KOMMUNE" BENCH_LBF="$LBF" BENCH_READER="$KOMMUNE" java bench/EventLatency.java \
  org="$(jq -r '.items[0].housingOrganisationId' <<<"$AREA_JSON")" area="$(jq -r '.items[0].id' <<<"$AREA_JSON")" \
  sequential="$SEQUENTIAL" rate="$RATE" pacedSeconds="$PACED_SECONDS" pollMs=1 pacedPollMs="$PACED_POLL_MS" \
  timeoutSeconds=60 plansFile="$OUT/plans.txt" >"$OUT/event-latency.txt" 2>"$OUT/event-latency.log"
grep '^RESULT' "$OUT/event-latency.txt"
PASSWORD="$(grep -o 'password="[^"]*"' .run-state/kafka/clients/admin.properties | cut -d'"' -f2)"
for topic in plans funding evaluations; do
  kcat -C -b localhost:9092 -X security.protocol=SASL_PLAINTEXT -X sasl.mechanism=PLAIN -X sasl.username=admin \
    -X sasl.password="$PASSWORD" -t "boligsocial.$topic" -o beginning -e -q -f '%T %h\n' >"$OUT/$topic.dump"
done
java bench/EventTimes.java "$OUT/plans.txt" "$OUT/plans.dump" "$OUT/funding.dump" "$OUT/evaluations.dump"
echo "(files in $OUT)" >&2
