#!/usr/bin/env bash
# Our services and a peer Quarkus service, measured side by side in one run, with ratios ours/peer.
#
#   bench/side-by-side.sh [--rev REV] [--seconds N] [--warmup N] [--connections N] [--rate N] [--sequential N]
#                         [--event-warmup N] [--paced-poll-ms N] [--start-runs N] [--rebuild]
#
# The peer is quarkus-super-heroes' rest-villains (a Panache CRUD service on our stack, Apache 2.0), from
# ../shared/peer/, built unmodified with the Temurin 25 JDK outside this repository. Our services are built from
# a clean clone of REV (default: this repository's HEAD), never from the working tree. Both are built under
# $BENCH_WORK (default /tmp/boligsocial-bench) and reused while the tarball and REV stay the same.
#
# Measured, each with wrk (-t2 -cCONNECTIONS -dSECONDS, after a warm-up run of WARMUP seconds, default 30: the JIT
# compilers of three services on two cores need that long for each endpoint's path; with 8 s, bench/README.md's
# eleventh-session section shows reads measured at a third to a half of what the same build does warm):
#   peer GET /api/villains/{id} and POST /api/villains (the baselines); ours GET /v1/plans/{id}, GET /v1/plans?limit=50,
#   POST /v1/plans, POST /v1/plans/{id}/submission (one fresh draft per request), funding of a plan and the round
#   report (:8082), framework of a plan and the theme report (:8083); /q/health/live on both (the framework floor).
# Then the event latency (bench/EventLatency.java): prequalification answered -> funding readable, grant answered ->
# framework readable, one plan at a time and paced at RATE decisions/s, after EVENT_WARMUP plans (default 20) have
# gone through both decisions one at a time unmeasured, so that the reactions are compiled as the endpoints are; the RSS of every JVM idle and after the load;
# and the start time of each service started alone (until /q/health/ready answers 200), median of START_RUNS.
#
# Our side runs through the clone's ./run (broker on 9092, services on 8081-8083, demo data of round 2011-14) against
# a database of its own, boligsocial_bench; the peer on 127.0.0.1:8084 (or the next free port) against villains_bench.
# Both databases are dropped and created anew on localhost:5432 (user postgres) at every run. Loopback only; every
# loop is bounded in count and time; everything this script starts is stopped on exit. Prints one table and writes it
# to $BENCH_WORK/results/. Needs wrk, jq, curl, psql, git, a JDK 21+ (ours) and the Temurin 25 JDK (peer; PEER_JAVA_HOME).
#
# Environment: BENCH_WORK, PEER_TARBALL, PEER_JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), OURS_JAVA_HOME
# (default: JAVA_HOME, else the peer's JDK; ours is built and run on it), PEER_PORT, BENCH_QUIET_WAIT (seconds to wait, before each
# measurement, for the machine to be quiet; default 60), BENCH_POOL_MAX (the JDBC pool's maximum size of every JVM,
# ours and the peer alike; default 20: four pools must fit in PostgreSQL's max_connections, 100 here, which the
# machine's other users share; Quarkus's own default lets the four together take more than that).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$REPO/bench"

REV=HEAD
DURATION=10
WARMUP=30
CONNECTIONS=32
RATE=50
SEQUENTIAL=40
EVENT_WARMUP=20
PACED_POLL_MS=2
START_RUNS=3
REBUILD=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rev) REV="$2"; shift 2 ;;
    --seconds) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --sequential) SEQUENTIAL="$2"; shift 2 ;;
    --event-warmup) EVENT_WARMUP="$2"; shift 2 ;;
    --paced-poll-ms) PACED_POLL_MS="$2"; shift 2 ;;
    --start-runs) START_RUNS="$2"; shift 2 ;;
    --rebuild) REBUILD=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "side-by-side: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$DURATION" "$WARMUP" "$CONNECTIONS" "$RATE" "$SEQUENTIAL" "$START_RUNS" "$PACED_POLL_MS"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "side-by-side: numbers must be positive integers" >&2; exit 2; }
done
[[ "$EVENT_WARMUP" =~ ^[0-9]+$ ]] || { echo "side-by-side: --event-warmup must be a whole number" >&2; exit 2; }
((DURATION <= 300 && WARMUP <= 300 && CONNECTIONS <= 256 && RATE <= 200 && SEQUENTIAL <= 400 && EVENT_WARMUP <= 100 && START_RUNS <= 10)) ||
  { echo "side-by-side: keep it bounded: seconds <= 300, warmup <= 300, connections <= 256, rate <= 200, sequential <= 400, event-warmup <= 100, start-runs <= 10" >&2; exit 2; }

WORK="${BENCH_WORK:-/tmp/boligsocial-bench}"
PEER_TARBALL="${PEER_TARBALL:-$REPO/../shared/peer/rest-villains-c0b2e9a9b.tar.gz}"
PEER_JAVA_HOME="${PEER_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
QUIET_WAIT="${BENCH_QUIET_WAIT:-60}"
POOL_MAX="${BENCH_POOL_MAX:-20}"
[[ "$POOL_MAX" =~ ^[0-9]+$ && "$POOL_MAX" -gt 0 ]] || { echo "side-by-side: BENCH_POOL_MAX must be a positive integer" >&2; exit 2; }
PG=(psql -h localhost -p 5432 -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
OURS_DB=boligsocial_bench
PEER_DB=villains_bench
OURS_JDBC="jdbc:postgresql://localhost:5432/$OURS_DB"
PEER_JDBC="jdbc:postgresql://localhost:5432/$PEER_DB"
OURS_PORTS=(8081 8082 8083 9092 8090)
READY_TIMEOUT=180

say() { printf '%s\n' "$*"; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { printf 'side-by-side: %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- prerequisites

for tool in wrk jq curl psql git; do
  command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install ${tool/psql/postgresql-client})"
done
[[ -x "$PEER_JAVA_HOME/bin/java" ]] || fail "no JDK at PEER_JAVA_HOME=$PEER_JAVA_HOME (the peer needs Java 21+; the machine's Temurin 25)"
# Ours on the peer's JDK unless told otherwise (OURS_JAVA_HOME, or JAVA_HOME): one JDK for both, and the one ./run
# picks on this machine (the newest installed). The build runs on it too, so the class-data archive is that JDK's.
export JAVA_HOME="${OURS_JAVA_HOME:-${JAVA_HOME:-$PEER_JAVA_HOME}}"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then OURS_JAVA="$JAVA_HOME/bin/java"; else OURS_JAVA="$(command -v java || true)"; fi
[[ -n "$OURS_JAVA" ]] || fail "no java for our services (JDK 21+ on the PATH, or OURS_JAVA_HOME)"
command -v mvn >/dev/null || fail "mvn is missing (needed to build the peer; Debian: apt-get install maven)"
[[ -f "$PEER_TARBALL" ]] || fail "peer tarball not found: $PEER_TARBALL (set PEER_TARBALL)"
pg_isready -q -h localhost -p 5432 -t 3 2>/dev/null ||
  fail "PostgreSQL is not answering on localhost:5432 (start it: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)"

mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
case "$WORK/" in
  "$REPO"/*) fail "BENCH_WORK ($WORK) must be outside the repository" ;;
  /|/tmp/|/root/|/home/) fail "BENCH_WORK must be a directory of its own, not $WORK" ;;
esac
SHA="$(git -C "$REPO" rev-parse --verify "${REV}^{commit}" 2>/dev/null)" || fail "unknown revision '$REV'"
for port in "${OURS_PORTS[@]}"; do
  if port_in_use "$port"; then fail "port $port is in use (an earlier ./run or benchmark?); our services need 8081-8083, 9092 and (identity provider) 8090"; fi
done
PEER_PORT="${PEER_PORT:-8084}"
for _ in $(seq 1 20); do port_in_use "$PEER_PORT" || break; PEER_PORT=$((PEER_PORT + 1)); done
if port_in_use "$PEER_PORT"; then fail "no free port for the peer from 8084 on"; fi

STAMP="$(date -u +%Y-%m-%dT%H%M%SZ)"
RESULTS="$WORK/results/$STAMP"
mkdir -p "$RESULTS" "$WORK/logs"
RUN_STARTED=$(date +%s)
COMMAND="BENCH_POOL_MAX=$POOL_MAX bench/side-by-side.sh --rev ${REV} --seconds $DURATION --warmup $WARMUP --connections $CONNECTIONS --rate $RATE --sequential $SEQUENTIAL --event-warmup $EVENT_WARMUP --paced-poll-ms $PACED_POLL_MS --start-runs $START_RUNS"

# ---------------------------------------------------------------- processes

STARTED=()   # process-group ids (each child runs in its own session)
RUN_PID=""   # the clone's ./run

stop_group() {
  local pid="$1" i
  kill -0 -- "-$pid" 2>/dev/null || return 0
  kill -TERM -- "-$pid" 2>/dev/null || true
  for i in $(seq 1 150); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  sleep 0.2
}

stop_ours() {
  [[ -n "$RUN_PID" ]] || return 0
  # ./run stops its broker and services itself on SIGTERM (up to 20 s each); then make sure of it
  stop_group "$RUN_PID"
  if [[ -f "$WORK/ours/.run-state/pids" ]]; then
    local pid _name
    while read -r pid _name; do stop_group "$pid"; done <"$WORK/ours/.run-state/pids"
  fi
  RUN_PID=""
}

cleanup() {
  trap '' INT TERM
  stop_ours
  local i
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do stop_group "${STARTED[$i]}"; done
  STARTED=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start LOGFILE [env options and VAR=value ...] COMMAND ...: in a session of its own; sets LAST_PID
start() {
  local logfile="$1"; shift
  setsid env "$@" >"$logfile" 2>&1 </dev/null &
  LAST_PID=$!
  STARTED+=("$LAST_PID")
}

await_http() { # URL TIMEOUT_SECONDS PID
  local url="$1" deadline=$((SECONDS + $2)) pid="${3:-}"
  while ((SECONDS < deadline)); do
    curl -fs -o /dev/null --max-time 2 "$url" && return 0
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.05
  done
  return 1
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo ""; }

cpu_idle_percent() { # over $1 seconds, whole machine
  local a b
  read -r -a a < <(head -1 /proc/stat)
  sleep "$1"
  read -r -a b < <(head -1 /proc/stat)
  local t1=0 t2=0 i
  for i in 1 2 3 4 5 6 7 8; do t1=$((t1 + a[i])); t2=$((t2 + b[i])); done
  local idle=$(((b[4] + b[5]) - (a[4] + a[5]))) total=$((t2 - t1))
  ((total > 0)) && echo $((100 * idle / total)) || echo 0
}

# The machine is shared (builds of other developers run on the same two cores and the same PostgreSQL, whose
# max_connections is shared too): wait a bounded while for it to be quiet, and record how idle it was and how many
# PostgreSQL connections others held.
LAST_IDLE=""
LAST_PG_OTHERS=""
pg_others() {
  "${PG[@]}" -c "SELECT count(*) FROM pg_stat_activity WHERE datname IS NOT NULL AND datname NOT IN ('$OURS_DB', '$PEER_DB')" 2>/dev/null || echo "?"
}
await_quiet() {
  local deadline=$((SECONDS + QUIET_WAIT))
  while true; do
    LAST_IDLE=$(cpu_idle_percent 3)
    LAST_PG_OTHERS=$(pg_others)
    ((LAST_IDLE >= 75)) && return 0
    if ((SECONDS >= deadline)); then
      log "  machine busy (only ${LAST_IDLE}% idle) after waiting ${QUIET_WAIT}s; measuring anyway"
      return 0
    fi
    log "  machine busy (${LAST_IDLE}% idle); waiting"
  done
}

# ---------------------------------------------------------------- build (cached)

build_peer() {
  local sum dir
  sum="$(sha256sum "$PEER_TARBALL" | cut -c1-16)"
  dir="$WORK/peer"
  PEER_DIR="$dir/rest-villains"
  PEER_JAR="$PEER_DIR/target/quarkus-app/quarkus-run.jar"
  if [[ $REBUILD -eq 0 && -f "$PEER_JAR" && "$(cat "$dir/.built" 2>/dev/null)" == "$sum" ]]; then
    log "peer: reusing the build in $PEER_DIR"
    return
  fi
  log "peer: unpacking $(basename "$PEER_TARBALL") and building it with $(basename "$PEER_JAVA_HOME") (a few minutes) ..."
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -xzf "$PEER_TARBALL" -C "$dir"
  [[ -f "$PEER_DIR/pom.xml" ]] || fail "the tarball has no rest-villains/pom.xml"
  (cd "$PEER_DIR" && JAVA_HOME="$PEER_JAVA_HOME" mvn -B -q --no-transfer-progress -DskipTests package) \
    >"$WORK/logs/peer-build.log" 2>&1 || { tail -30 "$WORK/logs/peer-build.log" >&2; fail "the peer's build failed; see $WORK/logs/peer-build.log"; }
  echo "$sum" >"$dir/.built"
}

build_ours() {
  OURS="$WORK/ours"
  local built="$SHA $OURS_JAVA"
  if [[ $REBUILD -eq 0 && -f "$OURS/.bench-built" && "$(cat "$OURS/.bench-built")" == "$built" ]] \
      && [[ "$(git -C "$OURS" rev-parse HEAD 2>/dev/null)" == "$SHA" ]]; then
    log "ours: reusing the build of ${SHA:0:9} in $OURS"
    return
  fi
  log "ours: clean clone of ${SHA:0:9} into $OURS, building (./mvnw package, tests skipped; a few minutes) ..."
  rm -rf "$OURS"
  git clone -q --no-checkout "$REPO" "$OURS"
  git -C "$OURS" checkout -q --detach "$SHA" || fail "revision ${SHA:0:9} is not on a branch of $REPO; cannot clone it"
  (cd "$OURS" && ./mvnw -B -q --no-transfer-progress -DskipTests package \
      -pl plans-service,funding-service,evaluation-service,demo,local-kafka -am) >"$WORK/logs/ours-build.log" 2>&1 \
    || { tail -30 "$WORK/logs/ours-build.log" >&2
         fail "our build of ${SHA:0:9} failed; see $WORK/logs/ours-build.log (a revision in the middle of a refactoring? pick one that builds with --rev)"; }
  echo "$built" >"$OURS/.bench-built"
}

# ---------------------------------------------------------------- wrk

to_ms() { # 850.00us | 12.34ms | 1.20s | 2.00m
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.3f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
    else printf "" }'
}

ROWS="$RESULTS/rows.tsv"   # key, label, baseline key, req/s, p50 ms, p99 ms, non-2xx, socket errors, requests, idle %
: >"$ROWS"

# bench KEY BASELINE_KEY LABEL URL [wrk options ...] [-- lua args]
bench() {
  local key="$1" baseline="$2" label="$3" url="$4"; shift 4
  local wrk_opts=() lua_args=() seen=0 arg
  for arg in "$@"; do
    if [[ $seen -eq 0 && "$arg" == "--" ]]; then seen=1; continue; fi
    if [[ $seen -eq 0 ]]; then wrk_opts+=("$arg"); else lua_args+=("$arg"); fi
  done
  local warm=("${lua_args[@]}") measured=("${lua_args[@]}")
  # a walk needs fresh plans in each run: the warm-up gets the first ids file, the measured run the second
  if [[ ${#lua_args[@]} -gt 0 && "${lua_args[0]}" == "walk" ]]; then
    warm[1]="${lua_args[1]}.warm"
    measured[1]="${lua_args[1]}.measured"
  fi
  if [[ ${#lua_args[@]} -gt 0 && "${lua_args[0]}" == "template" ]]; then
    warm[2]="${lua_args[2]}w"
    measured[2]="${lua_args[2]}m"
  fi
  await_quiet
  log "$label: warm-up ${WARMUP}s, then ${DURATION}s measured (machine ${LAST_IDLE}% idle before; others hold $LAST_PG_OTHERS PostgreSQL connections)"
  local lua=()
  [[ ${#lua_args[@]} -gt 0 ]] && lua=(-s "$BENCH_DIR/side-by-side.lua")
  local sep=()
  [[ ${#lua_args[@]} -gt 0 ]] && sep=(--)
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --latency "${wrk_opts[@]}" "${lua[@]}" "$url" "${sep[@]}" "${warm[@]}" \
    >"$RESULTS/$key.warmup.txt" 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "${wrk_opts[@]}" "${lua[@]}" "$url" "${sep[@]}" "${measured[@]}" \
    >"$RESULTS/$key.txt" 2>&1 || true
  local out rps p50 p99 non2xx sockerr requests
  out="$(cat "$RESULTS/$key.txt")"
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  [[ -n "$rps" ]] || { log "  wrk failed: $(head -3 <<<"$out")"; rps=0; }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$label" "${baseline:--}" "$rps" "${p50:--}" "${p99:--}" \
    "${non2xx:-0}" "${sockerr:-0}" "${requests:-0}" "$LAST_IDLE% / $LAST_PG_OTHERS" >>"$ROWS"
  log "  $rps req/s, p50 ${p50:-?} ms, p99 ${p99:-?} ms, non-2xx ${non2xx:-0}, socket errors ${sockerr:-0}"
}

expect_status() { # STATUS URL [curl args]
  local want="$1" url="$2"; shift 2
  local got
  got=$(curl -s -o "$RESULTS/last-body.txt" -w '%{http_code}' --max-time 30 "$@" "$url") || got=000
  [[ "$got" == "$want" ]] || fail "$url answered $got, expected $want: $(head -c 400 "$RESULTS/last-body.txt")"
}

# ---------------------------------------------------------------- run

log "side-by-side: ours ${SHA:0:9} vs peer $(basename "$PEER_TARBALL"), ${DURATION}s per run after ${WARMUP}s of warm-up, $CONNECTIONS connections; results in $RESULTS"
build_peer
build_ours
OURS_JAVA_VERSION="$("$OURS_JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
PEER_JAVA_VERSION="$("$PEER_JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"

log "databases: $PEER_DB and $OURS_DB dropped and created on localhost:5432"
"${PG[@]}" -c "DROP DATABASE IF EXISTS $PEER_DB WITH (FORCE)" -c "CREATE DATABASE $PEER_DB" >/dev/null
"${PG[@]}" -c "DROP DATABASE IF EXISTS $OURS_DB WITH (FORCE)" -c "CREATE DATABASE $OURS_DB" >/dev/null

# PostgreSQL's connections per database every 2 s (bounded: at most 3 hours), to show who filled max_connections
start "$RESULTS/pg-sampler.log" bash -c '
  for _ in $(seq 1 5400); do
    rows=$(psql -h localhost -p 5432 -U postgres -d postgres -qtAF= -c "SELECT datname, count(*) FROM pg_stat_activity WHERE datname IS NOT NULL GROUP BY 1" 2>&1) || rows="refused"
    echo "$(date +%H:%M:%S) $(tr "\n" " " <<<"$rows")" >>"$0"
    sleep 2
  done' "$RESULTS/pg-connections.log"
PG_SAMPLER=$LAST_PID

PEER_ENV=(QUARKUS_OTEL_SDK_DISABLED=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PEER_PORT" QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$POOL_MAX"
  QUARKUS_DATASOURCE_JDBC_URL="$PEER_JDBC" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=)
PEER="http://127.0.0.1:$PEER_PORT"
log "peer: starting on $PEER ..."
start "$RESULTS/peer.log" "${PEER_ENV[@]}" "$PEER_JAVA_HOME/bin/java" -jar "$PEER_JAR"
PEER_PID=$LAST_PID
await_http "$PEER/q/health/ready" "$READY_TIMEOUT" "$PEER_PID" || { tail -20 "$RESULTS/peer.log" >&2; fail "the peer did not get ready"; }

log "ours: starting ./run of the clone (broker, three services, demo data) ..."
rm -rf "$OURS/.run-state"
setsid env QUARKUS_DATASOURCE_JDBC_URL="$OURS_JDBC" QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$POOL_MAX" QUARKUS_HTTP_HOST=127.0.0.1 \
  bash -c 'cd "$1" && exec ./run' _ "$OURS" \
  >"$RESULTS/ours-run.log" 2>&1 </dev/null &
RUN_PID=$!
deadline=$((SECONDS + 600))
until grep -q "Boligsocial is running" "$RESULTS/ours-run.log" 2>/dev/null; do
  kill -0 "$RUN_PID" 2>/dev/null || { tail -30 "$RESULTS/ours-run.log" >&2; fail "./run of the clone stopped; see $RESULTS/ours-run.log"; }
  ((SECONDS < deadline)) || fail "./run of the clone was not up within 600 s"
  sleep 1
done
declare -A PID_OF=()
while read -r pid name; do PID_OF[$name]=$pid; done <"$OURS/.run-state/pids"
BROKER_JVM="$(pgrep -P "${PID_OF[kafka]}" java | head -1 || true)"
[[ -n "$BROKER_JVM" ]] || BROKER_JVM="${PID_OF[kafka]}"

token() { (cd "$OURS" && ./run token "$@" 2>/dev/null); }
KOMMUNE="$(token kommune)"; LBF="$(token lbf)"; READER="$(token reader)"
[[ -n "$KOMMUNE" && -n "$LBF" && -n "$READER" ]] || fail "could not get tokens from ./run token"
AUTH_READ="Authorization: Bearer $READER"
AUTH_KOMMUNE="Authorization: Bearer $KOMMUNE"
JSON="Content-Type: application/json"
P=http://127.0.0.1:8081
F=http://127.0.0.1:8082
E=http://127.0.0.1:8083
# health on plans-service's management port (revisions before it: on the API's port)
PH=http://127.0.0.1:9081
curl -fs -o /dev/null "$PH/q/health/live" || PH="$P"

VILLAIN_ID="$(curl -fsS "$PEER/api/villains" | jq -r '.[0].id')"
[[ "$VILLAIN_ID" =~ ^[0-9]+$ ]] || fail "the peer has no villains (import.sql not loaded?)"
PLAN_ID="$(curl -fsS -H "$AUTH_READ" "$P/v1/plans?limit=1" | jq -r '.items[0].id')"
AREA_JSON="$(curl -fsS -H "$AUTH_READ" "$P/v1/housing-areas?limit=1")"
AREA_ID="$(jq -r '.items[0].id' <<<"$AREA_JSON")"
ORG_ID="$(jq -r '.items[0].housingOrganisationId' <<<"$AREA_JSON")"
for url in "$PEER/api/villains/$VILLAIN_ID"; do expect_status 200 "$url"; done
for url in "$P/v1/plans/$PLAN_ID" "$P/v1/plans?limit=50" "$F/v1/plans/$PLAN_ID/funding" "$F/v1/reports/rounds/2011-14" \
    "$E/v1/plans/$PLAN_ID/framework" "$E/v1/reports/themes?roundId=2011-14"; do
  expect_status 200 "$url" -H "$AUTH_READ"
done

log "idle: letting the JVMs settle for 10 s, then reading their RSS"
sleep 10
declare -A RSS_IDLE=() RSS_LOADED=()
JVMS=(peer plans-service funding-service evaluation-service kafka)
declare -A JVM_PID=([peer]=$PEER_PID [plans-service]=${PID_OF[plans-service]} [funding-service]=${PID_OF[funding-service]}
  [evaluation-service]=${PID_OF[evaluation-service]} [kafka]=$BROKER_JVM)
for j in "${JVMS[@]}"; do RSS_IDLE[$j]=$(rss_kb "${JVM_PID[$j]}"); done

# bodies for the POSTs ({{N}} makes each name/title unique) and the submission
cat >"$RESULTS/villain.json" <<'EOF'
{"name": "Villain {{N}}", "otherName": "", "level": 42, "picture": "villain.jpg", "powers": "Benchmarking, Stamina"}
EOF
cat >"$RESULTS/plan.json" <<EOF
{"title": "Benchplan {{N}}", "roundId": "2011-14", "housingOrganisationId": "$ORG_ID", "housingAreaIds": ["$AREA_ID"],
 "themes": ["BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE"], "targetGroups": ["Børn og unge 6-17 år"],
 "periodStart": "2012-01-01", "periodEnd": "2015-12-31",
 "budget": [{"source": "LBF", "year": 2012, "amount": {"amount": 1000000.00, "currency": "DKK"}},
            {"source": "MUNICIPALITY", "year": 2012, "amount": {"amount": 1000.00, "currency": "DKK"}},
            {"source": "HOUSING_ORGANISATION", "year": 2012, "amount": {"amount": 1000.00, "currency": "DKK"}}],
 "activities": [{"theme": "BOERN_UNGE_FAMILIER", "title": "Fritidsjob", "description": "Unge hjælpes ud i fritidsjob."},
                {"theme": "BESKAEFTIGELSE_OG_UDDANNELSE", "title": "Jobcafé", "description": "Opkvalificering."}]}
EOF
echo '{"recommendation": "Kommunen anbefaler planen."}' >"$RESULTS/submission.json"
expect_status 201 "$PEER/api/villains" -H "$JSON" -d "$(sed 's/{{N}}/check/' "$RESULTS/villain.json")"
expect_status 201 "$P/v1/plans" -H "$AUTH_KOMMUNE" -H "$JSON" -d "$(sed 's/{{N}}/check/' "$RESULTS/plan.json")"

RUN_TAG="${STAMP//[^0-9]/}"
bench peer-live - "peer: GET /q/health/live" "$PEER/q/health/live"
bench ours-live peer-live "ours: GET /q/health/live (plans-service)" "$PH/q/health/live"
bench peer-get - "peer: GET /api/villains/{id}" "$PEER/api/villains/$VILLAIN_ID"
bench plan-get peer-get "ours: GET /v1/plans/{id}" "$P/v1/plans/$PLAN_ID" -H "$AUTH_READ"
bench funding-get peer-get "ours: GET /v1/plans/{id}/funding (:8082)" "$F/v1/plans/$PLAN_ID/funding" -H "$AUTH_READ"
bench round-report peer-get "ours: GET /v1/reports/rounds/2011-14 (:8082)" "$F/v1/reports/rounds/2011-14" -H "$AUTH_READ"
bench framework-get peer-get "ours: GET /v1/plans/{id}/framework (:8083)" "$E/v1/plans/$PLAN_ID/framework" -H "$AUTH_READ"
bench theme-report peer-get "ours: GET /v1/reports/themes?roundId=2011-14 (:8083)" "$E/v1/reports/themes?roundId=2011-14" -H "$AUTH_READ"
bench peer-post - "peer: POST /api/villains" "$PEER/api/villains" -H "$JSON" -- template "$RESULTS/villain.json" "v$RUN_TAG"
bench plan-post peer-post "ours: POST /v1/plans" "$P/v1/plans" -H "$AUTH_KOMMUNE" -H "$JSON" -- template "$RESULTS/plan.json" "p$RUN_TAG"
bench plan-list peer-get "ours: GET /v1/plans?limit=50 (a full page)" "$P/v1/plans?limit=50" -H "$AUTH_READ"

# the drafts the POST runs made, for one submission per request: the warm-up takes the first third, the measured run
# the rest (a wrk thread that runs out stops sending, but wrk still divides by the whole duration: the row says so)
log "collecting the drafts of the POST runs for the submission run ..."
IDS="$RESULTS/drafts.txt"
: >"$IDS"
cursor=""
for _ in $(seq 1 500); do
  page="$(curl -fsS --max-time 30 -G -H "$AUTH_READ" "$P/v1/plans" --data-urlencode status=DRAFT --data-urlencode limit=200 \
    ${cursor:+--data-urlencode "cursor=$cursor"})" || fail "listing the drafts failed"
  jq -r '.items[] | select(.title | startswith("Benchplan p")) | .id' <<<"$page" >>"$IDS"
  cursor="$(jq -r '.next // empty' <<<"$page")"
  [[ -n "$cursor" ]] || break
done
DRAFTS=$(wc -l <"$IDS")
half=$((DRAFTS / 3))
head -n "$half" "$IDS" >"$IDS.warm"
tail -n "+$((half + 1))" "$IDS" >"$IDS.measured"
log "  $DRAFTS drafts: $half for the warm-up, $((DRAFTS - half)) for the measured run"
((DRAFTS >= 4)) || fail "too few drafts for the submission run"
bench plan-submission peer-post "ours: POST /v1/plans/{id}/submission (fresh draft each)" "$P/v1/plans/" \
  -H "$AUTH_KOMMUNE" -H "$JSON" -H 'If-Match: "0"' -- walk "$IDS" 2 /submission "$RESULTS/submission.json"
SUBMISSION_REQUESTS=$(awk -F'\t' '$1 == "plan-submission" {print $9}' "$ROWS")
SUBMISSION_EXHAUSTED=0
if ((SUBMISSION_REQUESTS >= DRAFTS - half)); then SUBMISSION_EXHAUSTED=1; fi

# ---------------------------------------------------------------- event latency

# The demo data uses the whole co-financing pool; withdrawing its prequalified plan gives 1 mio. kr. of 2012 back,
# room for the latency plans (1,000 kr. each) to be really reserved, as in system-tests' EventLatencyIT.
log "event latency: withdrawing the demo's prequalified plan(s) to free room in the pool ..."
for id in $(curl -fsS -H "$AUTH_READ" "$P/v1/plans?status=PREQUALIFIED&limit=200" | jq -r '.items[].id'); do
  etag="$(curl -fsS -D - -o /dev/null -H "$AUTH_READ" "$P/v1/plans/$id" | awk -F': ' 'tolower($1) == "etag" {print $2}' | tr -d '\r')"
  expect_status 200 "$P/v1/plans/$id/withdrawal" -H "$AUTH_KOMMUNE" -H "$JSON" -H "If-Match: $etag" \
    -d '{"reason": "Benchmark: frigør puljemidler til latensmålingen."}'
  for _ in $(seq 1 300); do
    [[ "$(curl -fsS -H "$AUTH_READ" "$F/v1/plans/$id/funding" | jq -r .state)" == RELEASED ]] && break
    sleep 0.2
  done
done
PACED_SECONDS=$DURATION
if ((EVENT_WARMUP + SEQUENTIAL + RATE * PACED_SECONDS > 900)); then
  PACED_SECONDS=$(((900 - EVENT_WARMUP - SEQUENTIAL) / RATE))
  log "  at most 900 latency plans fit in the freed pool room: paced phase shortened to ${PACED_SECONDS}s"
fi
await_quiet
log "event latency: $EVENT_WARMUP plans to warm up, $SEQUENTIAL one at a time, then $((RATE * PACED_SECONDS)) at $RATE/s (machine ${LAST_IDLE}% idle before) ..."
EVENT_IDLE="$LAST_IDLE% idle, others holding $LAST_PG_OTHERS PostgreSQL connections"
BENCH_KOMMUNE="$KOMMUNE" BENCH_LBF="$LBF" BENCH_READER="$READER" "$OURS_JAVA" "$BENCH_DIR/EventLatency.java" \
  plans=$P funding=$F evaluation=$E org="$ORG_ID" area="$AREA_ID" run="$RUN_TAG" warmup="$EVENT_WARMUP" sequential="$SEQUENTIAL" \
  rate="$RATE" pacedSeconds="$PACED_SECONDS" pollMs=1 pacedPollMs="$PACED_POLL_MS" timeoutSeconds=60 \
  >"$RESULTS/event-latency.txt" 2>"$RESULTS/event-latency.log" \
  || { tail -20 "$RESULTS/event-latency.log" >&2; log "event latency failed; see $RESULTS/event-latency.log"; }
grep '^RESULT' "$RESULTS/event-latency.txt" >&2 || true

for j in "${JVMS[@]}"; do RSS_LOADED[$j]=$(rss_kb "${JVM_PID[$j]}"); done

# ---------------------------------------------------------------- start times

log "start times: stopping both systems, then starting each service alone (broker and PostgreSQL running), $START_RUNS times"
stop_ours
stop_group "$PEER_PID"
for port in "${OURS_PORTS[@]}" "$PEER_PORT"; do
  for _ in $(seq 1 100); do port_in_use "$port" || break; sleep 0.2; done
  if port_in_use "$port"; then fail "port $port still in use after stopping"; fi
done

start "$RESULTS/start-kafka.log" -C "$OURS" "$OURS_JAVA" -cp "local-kafka/target/boligsocial-local-kafka-1.0.0-SNAPSHOT.jar" \
  dk.kk.boligsocial.kafka.LocalKafkaMain --port 9092 --data-dir .run-state/kafka
START_BROKER=$LAST_PID
for _ in $(seq 1 600); do
  grep -q '^KAFKA_READY ' "$RESULTS/start-kafka.log" 2>/dev/null && break
  kill -0 "$START_BROKER" 2>/dev/null || fail "the broker for the start-time runs stopped; see $RESULTS/start-kafka.log"
  sleep 0.2
done

declare -A START_MS=() STARTED_IN=() START_CACHE=()
# time_start NAME URL ENV... -- command: milliseconds until URL answers 200
time_start() {
  local name="$1" url="$2" run="$3"; shift 3
  local logfile="$RESULTS/start-$name-$run.log" t0 t1
  await_quiet
  t0=$(date +%s%N)
  start "$logfile" "$@"
  local pid=$LAST_PID
  if await_http "$url" "$READY_TIMEOUT" "$pid"; then
    t1=$(date +%s%N)
    START_MS[$name]+="$(((t1 - t0) / 1000000)) "
    STARTED_IN[$name]+="$(grep -o 'started in [0-9.]*s' "$logfile" | head -1 | grep -o '[0-9.]*') "
  else
    START_MS[$name]+="fail "
    log "  $name did not get ready; see $logfile"
  fi
  stop_group "$pid"
  log "  $name run $run: $(awk '{print $NF}' <<<"${START_MS[$name]}") ms"
}
declare -A SERVICE_PORT=([plans-service]=8081 [funding-service]=8082 [evaluation-service]=8083)
# revisions with their own database logins (db/service-logins.sql) and health on the management port (9081-9083)
declare -A HEALTH_PORT=([plans-service]=8081 [funding-service]=8082 [evaluation-service]=8083)
if [[ -f "$OURS/db/service-logins.sql" ]]; then
  HEALTH_PORT=([plans-service]=9081 [funding-service]=9082 [evaluation-service]=9083)
fi
# the JVM options ./run gives the services (none in revisions before they were set), and the build's class-data archive
OURS_JVM_OPTS="$(sed -n 's/^SERVICE_JVM_OPTS="\(.*\)"$/\1/p' "$OURS/run")"
for run in $(seq 1 "$START_RUNS"); do
  for s in plans-service funding-service evaluation-service; do
    # in the service's quarkus-app directory, as ./run starts it: the JVM uses the archive only for the class path the
    # build wrote it with, "quarkus-run.jar" from that directory. The AOT cache ./run recorded at its first start
    # (Java 25+; revisions before it have none) comes first, as in ./run; then the build's class-data archive.
    cds=()
    if [[ -f "$OURS/$s/target/quarkus-app/app.aot" && -f "$OURS/$s/target/quarkus-app/app.aot.stamp" ]]; then
      cds=("-XX:AOTCache=app.aot")
    elif [[ -f "$OURS/$s/target/quarkus-app/app-cds.jsa" ]]; then
      cds=("-XX:SharedArchiveFile=app-cds.jsa")
    fi
    START_CACHE[$s]="${cds[*]:-none}"
    LOGIN_ENV=()
    [[ -f "$OURS/db/service-logins.sql" ]] && LOGIN_ENV=(QUARKUS_DATASOURCE_USERNAME="${s%-service}_app" QUARKUS_DATASOURCE_PASSWORD=boligsocial-local
      QUARKUS_FLYWAY_USERNAME="${s%-service}_owner" QUARKUS_FLYWAY_PASSWORD=boligsocial-local QUARKUS_MANAGEMENT_HOST=127.0.0.1)
    # the local identity provider's settings (a packaged service refuses to start without an identity provider;
    # revisions before it need none); it is not running, and a service reads its keys only for a token
    grep -q BOLIGSOCIAL_IDENTITY_LOCAL "$OURS/run" && LOGIN_ENV+=(BOLIGSOCIAL_IDENTITY_LOCAL=true
      MP_JWT_VERIFY_ISSUER=http://localhost:8090/boligsocial MP_JWT_VERIFY_PUBLICKEY_LOCATION=http://localhost:8090/boligsocial/jwks)
    # the broker's login of the service (a broker that runs with authentication writes them; older ones need none)
    clients="$OURS/.run-state/kafka/clients/$s.properties"
    [[ -f "$clients" ]] && LOGIN_ENV+=(KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT KAFKA_SASL_MECHANISM=SCRAM-SHA-512
      "KAFKA_SASL_JAAS_CONFIG=$(sed -n 's/^sasl\.jaas\.config=//p' "$clients")")
    # shellcheck disable=SC2086 # the options are words
    time_start "$s" "http://127.0.0.1:${HEALTH_PORT[$s]}/q/health/ready" "$run" -C "$OURS/$s/target/quarkus-app" "${LOGIN_ENV[@]}" \
      QUARKUS_DATASOURCE_JDBC_URL="$OURS_JDBC" QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$POOL_MAX" KAFKA_BOOTSTRAP_SERVERS=localhost:9092 QUARKUS_HTTP_HOST=127.0.0.1 \
      "$OURS_JAVA" $OURS_JVM_OPTS "${cds[@]}" -jar quarkus-run.jar
  done
  time_start peer "$PEER/q/health/ready" "$run" "${PEER_ENV[@]}" "$PEER_JAVA_HOME/bin/java" -jar "$PEER_JAR"
done
stop_group "$START_BROKER"

# ---------------------------------------------------------------- table

median() { tr ' ' '\n' | grep -E '^[0-9.]+$' | sort -n | awk '{a[NR] = $1} END {if (NR) print a[int((NR + 1) / 2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || a == "-" || b == "" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
fmt_ms() { awk -v v="$1" 'BEGIN { if (v == "" || v == "-") print "-"; else if (v < 10) printf "%.2f ms", v; else printf "%.1f ms", v }'; }
mib() { awk -v v="$1" 'BEGIN { if (v == "") print "-"; else printf "%d MiB", v / 1024 }'; }

ELAPSED=$(($(date +%s) - RUN_STARTED))
MAX_CONNECTIONS="$("${PG[@]}" -c 'SHOW max_connections' 2>/dev/null || echo '?')"
TOO_MANY_OURS=$(cat "$OURS"/.run-state/logs/*.log 2>/dev/null | grep -c 'too many clients' || true)
TOO_MANY_PEER=$(grep -c 'too many clients' "$RESULTS/peer.log" 2>/dev/null || true)
stop_group "$PG_SAMPLER"
read -r PG_PEAK_OURS PG_PEAK_PEER PG_PEAK_OTHERS PG_REFUSED < <(awk -v o="$OURS_DB" -v p="$PEER_DB" '
  $2 == "refused" { refused++; next }
  { ours = 0; peer = 0; others = 0
    for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == o) ours = kv[2]; else if (kv[1] == p) peer = kv[2]; else others += kv[2] }
    if (ours > mo) mo = ours; if (peer > mp) mp = peer; if (others > mx) mx = others }
  END { printf "%d %d %d %d\n", mo, mp, mx, refused }' "$RESULTS/pg-connections.log" 2>/dev/null || echo "? ? ? ?")
CPU_MODEL="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
MEM_GIB="$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
TABLE="$WORK/results/side-by-side-$STAMP.md"
{
  say "### $(date +%Y-%m-%d), side by side: ours ${SHA:0:9} vs quarkus-super-heroes rest-villains c0b2e9a9b"
  say "Machine: $(nproc) cores ($CPU_MODEL), $MEM_GIB GiB; wrk, PostgreSQL, Kafka, the peer and our three services share the cores."
  say "Ours on Java $OURS_JAVA_VERSION (./run of a clean clone, demo data of round 2011-14); peer on Java $PEER_JAVA_VERSION"
  say "(Quarkus of its own pom, OpenTelemetry SDK off, import.sql's 100 villains). Ours with ./run's JVM options (${OURS_JVM_OPTS:-the JVM defaults}),"
  say "the peer with the JVM's defaults; both with a JDBC pool of at most $POOL_MAX connections per JVM (BENCH_POOL_MAX)."
  say "Command: \`$COMMAND\` (wrk -t2 -c$CONNECTIONS -d${DURATION}s after a warm-up run of ${WARMUP}s; run took $((ELAPSED / 60)) min $((ELAPSED % 60)) s)."
  say ""
  say "| endpoint | req/s | p50 | p99 | non-2xx | req/s ours/peer | p50 ours/peer | p99 ours/peer | idle before / others' PG conns |"
  say "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  while IFS=$'\t' read -r key label baseline rps p50 p99 non2xx sockerr requests idle; do
    local_note=""
    [[ "$sockerr" != 0 ]] && local_note=" ($sockerr socket errors)"
    [[ "$key" == plan-submission && $SUBMISSION_EXHAUSTED -eq 1 ]] && local_note+=" (ran out of drafts)"
    if [[ "$baseline" != - ]]; then
      IFS=$'\t' read -r _ _ _ brps bp50 bp99 _ < <(awk -F'\t' -v k="$baseline" '$1 == k' "$ROWS")
      printf '| %s%s | %.0f | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$local_note" "$rps" "$(fmt_ms "$p50")" "$(fmt_ms "$p99")" \
        "$non2xx" "$(ratio "$rps" "$brps")" "$(ratio "$p50" "$bp50")" "$(ratio "$p99" "$bp99")" "$idle"
    else
      printf '| **%s**%s | %.0f | %s | %s | %s | baseline | | | %s |\n' "$label" "$local_note" "$rps" "$(fmt_ms "$p50")" "$(fmt_ms "$p99")" "$non2xx" "$idle"
    fi
  done <"$ROWS"
  say ""
  say "Event latency (bench/EventLatency.java, after $EVENT_WARMUP plans through both decisions unmeasured; polled every 1 ms one at a time, $PACED_POLL_MS ms paced; before: $EVENT_IDLE):"
  say ""
  say "| from → to | decisions | p50 | p99 | max | not readable in 60 s | decision errors | polls/s | states |"
  say "|---|---|---:|---:|---:|---:|---:|---:|---|"
  grep '^RESULT' "$RESULTS/event-latency.txt" 2>/dev/null | sed 's/^RESULT //' |
    while IFS='|' read -r what how n p50 p99 max failures rate states polls errors; do
      what="${what/prequalification->funding/prequalification answered → funding readable (:8082)}"
      what="${what/grant->framework/grant answered → framework readable (:8083)}"
      printf '| %s | %s (%s in time, %s/s sent) | %s ms | %s ms | %s ms | %s | %s | %s | %s |\n' "$what" "$how" "$n" "$rate" "$p50" "$p99" "$max" \
        "$failures" "$errors" "$polls" "$states"
    done
  say ""
  say "Memory (VmRSS; idle = 10 s after the demo load, loaded = after all of the above) and start time (java -jar alone,"
  say "until /q/health/ready answers 200; median of $START_RUNS; Quarkus's own \"started in\" in brackets):"
  say ""
  say "| JVM | RSS idle | RSS loaded | idle ours/peer | loaded ours/peer | start | start ours/peer |"
  say "|---|---:|---:|---:|---:|---:|---:|"
  peer_start="$(median <<<"${START_MS[peer]:-}")"
  for j in "${JVMS[@]}"; do
    start_ms="" started_in=""
    if [[ "$j" != kafka ]]; then
      start_ms="$(median <<<"${START_MS[$j]:-}")"
      started_in="$(median <<<"${STARTED_IN[$j]:-}")"
    fi
    label="$j"
    [[ "$j" == peer ]] && label="**peer (rest-villains)**"
    [[ "$j" == kafka ]] && label="Kafka broker (ours only; local-kafka, -Xmx512m)"
    if [[ "$j" == peer || "$j" == kafka ]]; then
      r1="" r2="" r3=""
    else
      r1="$(ratio "${RSS_IDLE[$j]}" "${RSS_IDLE[peer]}")"; r2="$(ratio "${RSS_LOADED[$j]}" "${RSS_LOADED[peer]}")"
      r3="$(ratio "$start_ms" "$peer_start")"
    fi
    start_txt="-"
    [[ -n "$start_ms" ]] && start_txt="$(awk -v v="$start_ms" 'BEGIN {printf "%.1f s", v / 1000}')${started_in:+ [${started_in} s]}"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$(mib "${RSS_IDLE[$j]}")" "$(mib "${RSS_LOADED[$j]}")" \
      "$r1" "$r2" "$start_txt" "$r3"
  done
  say ""
  say "Our services started from: plans-service ${START_CACHE[plans-service]:-?}, funding-service ${START_CACHE[funding-service]:-?},"
  say "evaluation-service ${START_CACHE[evaluation-service]:-?} (the peer from none)."
  say "Ratios are ours/peer: below 1 for req/s and above 1 for latency, memory and start time mean ours is behind."
  say "PostgreSQL refused connections (\"too many clients\", max_connections $MAX_CONNECTIONS shared with the machine's other users)"
  say "during the run: ours $TOO_MANY_OURS log lines, peer $TOO_MANY_PEER. Peak connections seen (sampled every 2 s): ours $PG_PEAK_OURS,"
  say "peer $PG_PEAK_PEER, other databases $PG_PEAK_OTHERS; $PG_REFUSED samples were refused themselves."
  say "Raw wrk output and logs: $RESULTS/"
} >"$TABLE"

cp "$TABLE" "$WORK/results/latest.md"
say ""
cat "$TABLE"
log "done in $((ELAPSED / 60)) min $((ELAPSED % 60)) s; table in $TABLE"
