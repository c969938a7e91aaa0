#!/usr/bin/env bash
# The provider poller at scale, with the real sparecloud-broker and
# sparecloud-provider-sim as separate processes on loopback:
#   1. N simulated clouds (BENCH_PROVIDERS, default "1000 5000 10000") are
#      connected through the seller API (each verified by the broker), then
#      after one full cycle the broker's CPU (cores used), resident memory and
#      the poller's figures (polls/s, staleness p50/p99/max over the clouds)
#      are measured for BENCH_SECONDS (default 60). Target at 10,000 clouds:
#      every cloud polled at least every 30 s with at most one core and
#      < 300 MB resident.
#   2. With BENCH_FAULTY_PROVIDERS clouds (default 1000): the buyer API's
#      latency (GET /api/v1/instances and /market/snapshot under wrk) with all
#      clouds healthy, then with 30 % of them faulty (timeouts, malformed
#      answers, 5xx), in the same run. Target: p99 within 2x.
#
#   tests/bench/bench_poller.sh BIN_DIR
set -euo pipefail

bin_dir=${1:?usage: bench_poller.sh BIN_DIR}
seconds=${BENCH_SECONDS:-60}
read -r -a fleet_sizes <<<"${BENCH_PROVIDERS:-1000 5000 10000}"
faulty_fleet=${BENCH_FAULTY_PROVIDERS:-1000}
broker_bin="$bin_dir/sparecloud-broker"
sim_bin="$bin_dir/sparecloud-provider-sim"
for binary in "$broker_bin" "$sim_bin"; do
    [[ -x "$binary" ]] || { echo "bench_poller: no $binary" >&2; exit 1; }
done
for tool in curl wrk xargs; do
    command -v "$tool" >/dev/null || { echo "bench_poller: $tool is missing" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sparecloud-bench-poller.XXXXXX")
pids=()
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    pids=()
}
cleanup() { stop_all; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

password="bench password 1234"
clock_ticks=$(getconf CLK_TCK)
json_field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p" | head -1; }

start_fleet() { # start_fleet N -> sets sim, base, seller, buyer, operator
    local n=$1 dir="$tmp/run-$1-$RANDOM"
    mkdir -p "$dir"
    "$sim_bin" --providers "$n" --seed 11 --listen 127.0.0.1:0 --manifest "$dir/manifest.json" \
        --provisioning-delay 2000 >"$dir/sim.out" 2>"$dir/sim.log" &
    sim_pid=$!
    pids+=("$sim_pid")
    for _ in $(seq 300); do grep -q LISTENING "$dir/sim.out" && [[ -s "$dir/manifest.json" ]] && break; sleep 0.1; done
    sim=$(sed -n 's/^SPARECLOUD_PROVIDER_SIM_LISTENING //p' "$dir/sim.out")
    [[ -n "$sim" ]] || { echo "bench_poller: the simulator did not start" >&2; cat "$dir/sim.log" >&2; exit 1; }

    SPARECLOUD_OPERATOR_PASSWORD="$password" "$broker_bin" --data-dir "$dir/broker" \
        --create-operator ops@bench.example >/dev/null 2>&1
    "$broker_bin" --listen 127.0.0.1:0 --data-dir "$dir/broker" --rate-per-address 1000000/1000000 \
        --rate-per-credential 1000000/1000000 >"$dir/broker.out" 2>"$dir/broker.log" &
    broker_pid=$!
    pids+=("$broker_pid")
    for _ in $(seq 100); do grep -q LISTENING "$dir/broker.out" && break; sleep 0.1; done
    base=$(sed -n 's/^SPARECLOUD_BROKER_LISTENING //p' "$dir/broker.out")
    [[ -n "$base" ]] || { echo "bench_poller: the broker did not start" >&2; cat "$dir/broker.log" >&2; exit 1; }

    post() { curl -fsS -X POST "$base$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"; }
    login() { post /api/v1/auth/login "" "{\"email\":\"$1\",\"password\":\"$password\"}" | json_field token; }
    register() {
        post /api/v1/auth/register "" "{\"email\":\"$1\",\"password\":\"$password\",\"displayName\":\"Bench\",\"organizationName\":\"$2\",\"countryCode\":\"DE\",\"role\":\"$3\"}"
    }
    operator=$(login ops@bench.example)
    register buyer@bench.example "Bench Buyers" buyer >/dev/null
    local organization
    organization=$(register seller@bench.example "Bench Clouds" seller | sed -n 's/.*"organization":{[^}]*"id":\([0-9]*\).*/\1/p')
    post "/api/v1/operator/organizations/$organization/approve" "$operator" '{}' >/dev/null
    seller=$(login seller@bench.example)
    buyer=$(login buyer@bench.example)

    # Connect every cloud (the broker calls each one before storing it).
    paste -d ' ' <(sed -n 's/.*"baseUrl": "\(.*\)",/\1/p' "$dir/manifest.json") \
        <(sed -n 's/.*"credential": "\(.*\)",/\1/p' "$dir/manifest.json") >"$dir/clouds.txt"
    local started=$SECONDS
    # shellcheck disable=SC2016
    xargs -P 16 -L 1 sh -c 'curl -fsS -o /dev/null -X POST "$0/api/v1/seller/providers" -H "Authorization: Bearer $1" \
        -H "Content-Type: application/json" -d "{\"name\":\"cloud\",\"endpoint\":\"$2\",\"credential\":\"$3\"}"' \
        "$base" "$seller" <"$dir/clouds.txt" || true
    connect_seconds=$((SECONDS - started))
}

summary() { curl -fsS "$base/api/v1/operator/providers?limit=0" -H "Authorization: Bearer $operator"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_mb() { awk -v key="$2:" '$1 == key { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
summary_field() { sed -n "s/.*\"$1\":\\([0-9.]*\\).*/\\1/p"; }

echo "poller benchmark: sparecloud-broker polling sparecloud-provider-sim clouds on loopback (interval 30 s), ${seconds}s measured per fleet"
echo
echo "1. scale"
printf '   %-8s %9s %9s %11s %11s %11s %8s %8s %8s\n' clouds connect polls/s 'p50 stale' 'p99 stale' 'max stale' cores 'RSS MB' 'peak MB'
for n in "${fleet_sizes[@]}"; do
    start_fleet "$n"
    connected=$(summary | summary_field providers)
    sleep 35 # one full cycle after the last connection
    polls0=$(summary | summary_field polls)
    ticks0=$(cpu_ticks "$broker_pid")
    sleep "$seconds"
    ticks1=$(cpu_ticks "$broker_pid")
    [[ -n "${BENCH_DEBUG:-}" ]] && echo "debug: polls $polls0 ticks $ticks0 -> $ticks1 pid $broker_pid" >&2
    report=$(summary)
    polls1=$(summary_field polls <<<"$report")
    printf '   %-8s %8ss %9.0f %10.1fs %10.1fs %10.1fs %8.2f %8s %8s\n' "$connected" "$connect_seconds" \
        "$(awk -v a="$polls0" -v b="$polls1" -v s="$seconds" 'BEGIN { print (b - a) / s }')" \
        "$(summary_field p50StalenessSeconds <<<"$report")" "$(summary_field p99StalenessSeconds <<<"$report")" \
        "$(summary_field maxStalenessSeconds <<<"$report")" \
        "$(awk -v a="$ticks0" -v b="$ticks1" -v t="$clock_ticks" -v s="$seconds" 'BEGIN { print (b - a) / t / s }')" \
        "$(rss_mb "$broker_pid" VmRSS)" "$(rss_mb "$broker_pid" VmHWM)"
    stop_all
done
echo "   target at 10,000 clouds: max staleness <= 30 s (+ one answer), <= 1 core, < 300 MB"

echo
echo "2. the buyer API while $faulty_fleet clouds are polled: all healthy, then 30 % faulty"
start_fleet "$faulty_fleet"
sleep 35
cat >"$tmp/buyer.lua" <<EOF2
wrk.headers["Authorization"] = "Bearer $buyer"
EOF2
p99() { wrk -t1 -c8 -d"${1}s" --latency -s "$tmp/buyer.lua" "$base$2" | awk '$1 == "99%" { print $2 }'; }
healthy_instances=$(p99 15 /api/v1/instances)
healthy_snapshot=$(p99 15 /api/v1/market/snapshot)
# 30 %: every tenth cloud from 0 to 2 times out, answers garbage or fails with 503.
faulty=0
for ((i = 0; i < faulty_fleet; ++i)); do
    case $((i % 10)) in
    0) kind=timeout ;; 1) kind=malformed ;; 2) kind=error5xx ;; *) continue ;;
    esac
    curl -fsS -o /dev/null -X PUT "$sim/control/providers/$i/faults" -H 'Content-Type: application/json' \
        -d "{\"faults\":\"$kind\"}" && faulty=$((faulty + 1))
done
sleep 40 # every faulty cloud has failed at least once
faulty_instances=$(p99 15 /api/v1/instances)
faulty_snapshot=$(p99 15 /api/v1/market/snapshot)
report=$(summary)
printf '   %-34s %12s %12s\n' "" "p99 healthy" "p99 faulty"
printf '   %-34s %12s %12s\n' "GET /api/v1/instances" "$healthy_instances" "$faulty_instances"
printf '   %-34s %12s %12s\n' "GET /api/v1/market/snapshot" "$healthy_snapshot" "$faulty_snapshot"
echo "   faulty clouds: $faulty of $faulty_fleet; poller: $(summary_field down <<<"$report") down, $(summary_field failures <<<"$report") failed polls; broker alive: $(kill -0 "$broker_pid" 2>/dev/null && echo yes || echo NO)"
echo "   target: p99 with faults within 2x of healthy"
