#!/usr/bin/env bash
# CPU per request: runs wrk against URL for SECONDS and divides the CPU time (user + system, /proc/<pid>/stat) the
# JVM PID and all PostgreSQL processes spent meanwhile by the number of requests. On a machine shared with other
# work this is steadier than req/s, which also measures how much CPU the others left over.
#
#   bench/cpu-per-request.sh PID SECONDS URL [wrk options, e.g. -H "Authorization: Bearer $TOKEN"] [-- script args]
#
# Arguments after "--" go after the URL, to the wrk script (-s), e.g. for a POST with a unique body per request:
#   bench/cpu-per-request.sh PID 8 URL -H "Content-Type: application/json" -s bench/side-by-side.lua -- template BODY PREFIX
set -euo pipefail
[[ $# -ge 3 ]] || { sed -n '2,10p' "$0"; exit 2; }
pid=$1; seconds=$2; url=$3; shift 3
wrk_opts=() script_args=()
while [[ $# -gt 0 && "$1" != "--" ]]; do wrk_opts+=("$1"); shift; done
[[ $# -gt 0 ]] && { shift; script_args=(-- "$@"); }
tick=$(getconf CLK_TCK)
jvm_cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
pg_cpu() {
  local total=0 p
  for p in $(pgrep -u postgres || true); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
j0=$(jvm_cpu); p0=$(pg_cpu)
out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${wrk_opts[@]}" "$url" "${script_args[@]}")
j1=$(jvm_cpu); p1=$(pg_cpu)
n=$(awk '/requests in/ {print $1}' <<<"$out")
[[ -n "$n" && "$n" -gt 0 ]] || { echo "$out"; echo "no requests answered" >&2; exit 1; }
echo "req/s=$(awk '/Requests\/sec/ {print $2}' <<<"$out") p50=$(awk '$1 == "50%" {print $2}' <<<"$out")" \
  "non-2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0) requests=$n" \
  "jvm_us_per_request=$(( (j1 - j0) * 1000000 / tick / n )) postgresql_us_per_request=$(( (p1 - p0) * 1000000 / tick / n ))"
