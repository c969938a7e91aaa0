#!/usr/bin/env bash
# The broker's HTTP server against nginx on loopback, serving the same bytes.
#
#   tests/bench/bench_http.sh BIN_DIR
#
# BIN_DIR holds bench_http_server (and sparecloud-broker, measured too when
# present). Needs nginx, wrk and curl (scripts/debian-packages.txt). Prints:
#   1. a small JSON route: requests/s and p50/p99 latency from wrk --latency at
#      a few connection counts, for our server (one event loop), nginx with
#      worker_processes 1 (the like-for-like comparison) and nginx with auto,
#      and the ratio to nginx with one worker; the broker's real
#      GET /api/v1/health as well (rate limit lifted, access log on);
#   2. a 1 GiB download (HttpFileResponse vs nginx's static file) with curl;
#   3. the server's resident memory while a 1 GiB upload streams to disk.
# Everything runs on 127.0.0.1, every load is bounded in time, and the
# temporary folder (files, nginx config and logs) is deleted at the end.
#
# BENCH_SECONDS (default 5) per wrk run, BENCH_CONNECTIONS (default "1 10 100"),
# BENCH_ROUNDS (default 2) runs of each, best kept.
set -euo pipefail

bin_dir=${1:?usage: bench_http.sh BIN_DIR}
seconds=${BENCH_SECONDS:-5}
rounds=${BENCH_ROUNDS:-2}
read -r -a connection_counts <<<"${BENCH_CONNECTIONS:-1 10 100}"
server_bin="$bin_dir/bench_http_server"
broker_bin="$bin_dir/sparecloud-broker"

for tool in nginx wrk curl; do
    command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || {
        echo "bench_http: $tool is missing (apt-get install nginx-light wrk curl)" >&2
        exit 1
    }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$server_bin" ]] || { echo "bench_http: no $server_bin (build bench_http_server)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sparecloud-bench-http.XXXXXX")
pids=()
stop_all() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    pids=()
}
trap 'stop_all; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

# ---- test data --------------------------------------------------------------

mkdir -p "$tmp/www" "$tmp/upload" "$tmp/broker"
# The same bytes as the broker's health answer (its size and shape).
printf '{"demo":false,"serverTime":"2025-01-01T12:00:00.000Z","status":"ok","uptimeSeconds":3600}' >"$tmp/www/health.json"
json_bytes=$(stat -c %s "$tmp/www/health.json")
dd_start=$(date +%s%N)
dd if=/dev/zero of="$tmp/www/big.bin" bs=1M count=1024 status=none
dd_mbs=$(awk -v ns=$(($(date +%s%N) - dd_start)) 'BEGIN { printf "%.0f", 1073741824 / (ns / 1e9) / 1e6 }')
big_bytes=$(stat -c %s "$tmp/www/big.bin")

# ---- servers ------------------------------------------------------------------

# A port nothing listens on (nginx cannot report one it picked itself).
free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

wait_for_url() { # wait_for_url URL: up to 10 s
    local _
    for _ in $(seq 100); do
        curl -fs -o /dev/null --max-time 1 "$1" && return 0
        sleep 0.1
    done
    echo "bench_http: $1 did not answer" >&2
    return 1
}

# nginx runs unprivileged: as root, this drops to nobody for the whole process
# (master included), which then owns its folder and reads $tmp/www.
as_unprivileged=()
if ((EUID == 0)); then
    as_unprivileged=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
    chmod 755 "$tmp"
fi

# start_nginx WORKERS: serves $tmp/www; sets nginx_port and nginx_pid.
start_nginx() {
    local workers=$1 dir="$tmp/nginx-$1"
    mkdir -p "$dir/logs" "$dir/temp"
    ((EUID == 0)) && chown -R nobody:nogroup "$dir"
    nginx_port=$(free_port)
    cat >"$dir/nginx.conf" <<EOF
daemon off;
master_process on;
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 100000000;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    types { application/json json; application/octet-stream bin; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $tmp/www;
    }
}
EOF
    "${as_unprivileged[@]}" "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" &
    nginx_pid=$!
    pids+=("$nginx_pid")
    wait_for_url "http://127.0.0.1:$nginx_port/health.json"
}

# start_ours: sets ours_port and ours_pid.
start_ours() {
    "$server_bin" --json "$tmp/www/health.json" --file "$tmp/www/big.bin" --upload-dir "$tmp/upload" \
        >"$tmp/ours.out" 2>"$tmp/ours.err" &
    ours_pid=$!
    pids+=("$ours_pid")
    local _
    for _ in $(seq 100); do
        ours_port=$(awk '/^BENCH_HTTP_LISTENING/ {print $2}' "$tmp/ours.out")
        [[ -n "$ours_port" ]] && return 0
        sleep 0.1
    done
    echo "bench_http: bench_http_server did not start: $(cat "$tmp/ours.err")" >&2
    return 1
}

# start_broker: sets broker_url (empty when there is no broker binary).
start_broker() {
    broker_url=
    [[ -x "$broker_bin" ]] || return 0
    # The per-address rate limit lifted so that wrk measures the route, not 429s;
    # the broker's access log (one sc.api line per request) stays on.
    "$broker_bin" --listen 127.0.0.1:0 --data-dir "$tmp/broker" --rate-per-address 100000000/100000000 \
        >"$tmp/broker.out" 2>/dev/null &
    broker_pid=$!
    pids+=("$broker_pid")
    local _
    for _ in $(seq 300); do
        broker_url=$(awk '/^SPARECLOUD_BROKER_LISTENING/ {print $2}' "$tmp/broker.out")
        [[ -n "$broker_url" ]] && break
        sleep 0.1
    done
    [[ -n "$broker_url" ]] || { echo "bench_http: the broker did not start" >&2; return 0; }
    broker_url=${broker_url%/}
}

# ---- measurements -------------------------------------------------------------

# CPU time (clock ticks) of a process and its children (nginx's workers).
cpu_ticks() {
    local total=0 pid ticks
    for pid in "$1" $(pgrep -P "$1" || true); do
        ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null) || ticks=0
        total=$((total + ticks))
    done
    echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)

# wrk_run URL CONNECTIONS PID: prints "req/s p50_ms p99_ms errors cpu_us_per_request".
wrk_run() {
    local out before after
    before=$(cpu_ticks "$3")
    out=$(timeout $((seconds + 20)) wrk -t1 -c"$2" -d"${seconds}s" --timeout 5s --latency "$1")
    after=$(cpu_ticks "$3")
    awk -v ticks=$((after - before)) -v hz="$ticks_per_second" '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v + 0
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        / requests in / { requests = $1 }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { for (i = 4; i <= NF; i += 2) errors += $i }
        END { printf "%.0f %.3f %.3f %d %.1f\n", rps, p50, p99, errors, requests ? ticks * 1e6 / hz / requests : 0 }
    ' <<<"$out"
}

declare -A rps p50 p99 errs cpu url pid label
# Every (server, connections) pair runs $rounds times, the servers taking
# turns, and keeps its best run: other load on the machine only ever slows a
# run down, and taking turns spreads it over all servers alike.
measure_all() { # measure_all NAME...
    local name c r50 r99 e rate us
    for name in "$@"; do
        timeout $((seconds + 10)) wrk -t1 -c10 -d1s "${url[$name]}" >/dev/null # warm-up
    done
    for c in "${connection_counts[@]}"; do
        for _ in $(seq "$rounds"); do
            for name in "$@"; do
                read -r rate r50 r99 e us < <(wrk_run "${url[$name]}" "$c" "${pid[$name]}")
                if ((rate > ${rps[$name,$c]:-0})); then
                    rps[$name,$c]=$rate p50[$name,$c]=$r50 p99[$name,$c]=$r99 errs[$name,$c]=$e cpu[$name,$c]=$us
                fi
            done
        done
    done
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }

cores=$(nproc)
echo "HTTP server vs nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||') on 127.0.0.1, $cores cores," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
echo

start_ours
url[ours]="http://127.0.0.1:$ours_port/health.json" pid[ours]=$ours_pid
label[ours]="sparecloud_http (one event loop)"
start_nginx 1
url[nginx1]="http://127.0.0.1:$nginx_port/health.json" pid[nginx1]=$nginx_pid
label[nginx1]="nginx, worker_processes 1"
nginx1_port=$nginx_port
start_nginx auto
url[nginxauto]="http://127.0.0.1:$nginx_port/health.json" pid[nginxauto]=$nginx_pid
label[nginxauto]="nginx, worker_processes auto ($cores)"
nginxauto_port=$nginx_port
start_broker
servers=(ours nginx1 nginxauto)
if [[ -n "$broker_url" ]]; then
    url[broker]="$broker_url/api/v1/health" pid[broker]=$broker_pid
    label[broker]="sparecloud-broker GET /api/v1/health"
    servers+=(broker)
fi
measure_all "${servers[@]}"

echo "Small JSON route ($json_bytes-byte body): wrk -t1 -d${seconds}s --latency, best of $rounds runs taken in turns;"
echo "CPU = the server's CPU time per request; ratio = requests/s against nginx with one worker (like for like)"
printf '  %-38s %5s %9s %9s %9s %8s %7s\n' server conns 'req/s' 'p50 ms' 'p99 ms' 'CPU us' ratio
for c in "${connection_counts[@]}"; do
    for name in "${servers[@]}"; do
        note=
        [[ "${errs[$name,$c]:-0}" != 0 ]] && note=" (${errs[$name,$c]} errors)"
        printf '  %-38s %5s %9s %9s %9s %8s %6sx%s\n' "${label[$name]}" "$c" "${rps[$name,$c]:-0}" \
            "${p50[$name,$c]:--}" "${p99[$name,$c]:--}" "${cpu[$name,$c]:--}" \
            "$(ratio "${rps[$name,$c]:-0}" "${rps[nginx1,$c]:-0}")" "$note"
    done
done
printf '  %-38s' "ours / nginx (1 worker), target >= 0.8:"
for c in "${connection_counts[@]}"; do printf ' %sx at %s' "$(ratio "${rps[ours,$c]:-0}" "${rps[nginx1,$c]:-0}")" "$c"; done
echo
echo

# Downloads: each server three times, taking turns; the best run counts.
declare -A dl_speed dl_cpu
url[ours]="http://127.0.0.1:$ours_port/big.bin"
url[nginx1]="http://127.0.0.1:$nginx1_port/big.bin"
url[nginxauto]="http://127.0.0.1:$nginxauto_port/big.bin"
for _ in 1 2 3; do
    for name in ours nginx1 nginxauto; do
        before=$(cpu_ticks "${pid[$name]}")
        speed=$(curl -fs -o /dev/null --max-time 60 -w '%{speed_download}' "${url[$name]}") || speed=0
        after=$(cpu_ticks "${pid[$name]}")
        speed=$(awk -v s="$speed" 'BEGIN { printf "%.0f", s / 1e6 }')
        if ((speed > ${dl_speed[$name]:-0})); then
            dl_speed[$name]=$speed
            dl_cpu[$name]=$(awk -v t=$((after - before)) -v hz="$ticks_per_second" 'BEGIN { printf "%.2f", t / hz }')
        fi
    done
done
echo "1 GiB download ($big_bytes bytes, curl -o /dev/null), best of 3 taken in turns; CPU = the server's"
printf '  %-38s %9s %9s %7s\n' server 'MB/s' 'CPU s' ratio
for name in ours nginx1 nginxauto; do
    printf '  %-38s %9s %9s %6sx\n' "${label[$name]}" "${dl_speed[$name]}" "${dl_cpu[$name]}" \
        "$(ratio "${dl_speed[$name]}" "${dl_speed[nginx1]}")"
done
echo "  ours / nginx (1 worker), target >= 0.7: $(ratio "${dl_speed[ours]}" "${dl_speed[nginx1]}")x"
echo

stop_all

# A fresh server process so that its peak resident memory is the upload's.
start_ours
rss_of() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }
rss_before=$(rss_of "$ours_pid" VmRSS)
curl -fs -T "$tmp/www/big.bin" --max-time 120 -o /dev/null -w '%{http_code} %{speed_upload}\n' \
    "http://127.0.0.1:$ours_port/upload" >"$tmp/upload.out" &
curl_pid=$!
max_rss=0
while kill -0 "$curl_pid" 2>/dev/null; do
    rss=$(rss_of "$ours_pid" VmRSS)
    ((rss > max_rss)) && max_rss=$rss
    sleep 0.05
done
wait "$curl_pid" || true
read -r upload_status upload_speed <"$tmp/upload.out" || true
hwm=$(rss_of "$ours_pid" VmHWM)
uploaded=$(stat -c %s "$tmp"/upload/upload-* 2>/dev/null | head -1)
rm -f "$tmp"/upload/upload-*
echo "1 GiB upload (curl -T, PUT streamed by a body sink to a file on disk)"
printf '  %-44s %s\n' "answer, bytes on disk" "${upload_status:-none}, ${uploaded:-0} of $big_bytes"
printf '  %-44s %s MB/s\n' "upload speed" "$(awk -v s="${upload_speed:-0}" 'BEGIN { printf "%.0f", s / 1e6 }')" \
    "dd writing the 1 GiB test file (the disk)" "$dd_mbs"
printf '  %-44s %s MB\n' "server VmRSS before the upload" "$((rss_before / 1024))" \
    "server VmRSS during the upload (max sampled)" "$((max_rss / 1024))" \
    "server VmHWM (peak since start), target < 64" "$((hwm / 1024))"
