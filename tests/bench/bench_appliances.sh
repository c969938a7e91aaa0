#!/usr/bin/env bash
# The appliance repository on loopback, with the real sparecloud-broker:
#   1. uploading one file through the desktop's client library (bench_upload:
#      SHA-256 of the whole file, then 8 MiB chunks each with its digest,
#      written and fsynced by the broker before it confirms them) against
#      `curl -T` of the same file to nginx (WebDAV PUT, no fsync), and the
#      broker's peak resident memory meanwhile;
#   2. a provider downloading it through a signed URL against nginx serving
#      the same file statically.
#
#   tests/bench/bench_appliances.sh BIN_DIR
#
# BIN_DIR holds sparecloud-broker and bench_upload. Needs nginx and curl.
# BENCH_UPLOAD_MIB (default 2048) sizes the file.
set -euo pipefail

bin_dir=${1:?usage: bench_appliances.sh BIN_DIR}
mib=${BENCH_UPLOAD_MIB:-2048}
broker_bin="$bin_dir/sparecloud-broker"
upload_bin="$bin_dir/bench_upload"
for tool in "$broker_bin" "$upload_bin"; do
    [[ -x "$tool" ]] || { echo "bench_appliances: no $tool" >&2; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for tool in curl "$nginx_bin"; do
    command -v "$tool" >/dev/null || { echo "bench_appliances: $tool is missing (apt-get install nginx-light curl)" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/var/tmp}/sparecloud-bench-appliances.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}
mbps() { awk -v bytes="$1" -v s="$2" 'BEGIN { printf "%.0f", bytes / 1048576 / s }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# ---- the image: a raw disk of random bytes (first sector zero) ---------------------
image="$tmp/image.raw"
head -c 512 /dev/zero >"$image"
head -c $((mib * 1048576 - 512)) /dev/urandom >>"$image"
bytes=$(stat -c %s "$image")
sha=$(sha256sum "$image" | cut -d' ' -f1)

# ---- the broker --------------------------------------------------------------------
password="bench password 1234"
SPARECLOUD_OPERATOR_PASSWORD="$password" "$broker_bin" --data-dir "$tmp/broker" --create-operator ops@bench.example >/dev/null
"$broker_bin" --listen 127.0.0.1:0 --data-dir "$tmp/broker" --appliance-quota-gib 1024 \
    --rate-per-address 1000000/1000000 --rate-per-credential 1000000/1000000 >"$tmp/broker.out" 2>"$tmp/broker.log" &
broker_pid=$!
pids+=($broker_pid)
for _ in $(seq 100); do grep -q LISTENING "$tmp/broker.out" && break; sleep 0.1; done
base=$(sed -n 's/^SPARECLOUD_BROKER_LISTENING //p' "$tmp/broker.out")
[[ -n "$base" ]] || { echo "bench_appliances: the broker did not start" >&2; cat "$tmp/broker.log" >&2; exit 1; }
token=$(curl -fsS -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"ops@bench.example\",\"password\":\"$password\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
rss_before=$(awk '/VmRSS/ { print $2 }' "/proc/$broker_pid/status")

# ---- nginx with WebDAV PUT, one worker -----------------------------------------------
mkdir -p "$tmp/www/put" "$tmp/nginx/logs" "$tmp/nginx/temp"
((EUID == 0)) && chown -R nobody:nogroup "$tmp/nginx" "$tmp/www" && chmod 755 "$tmp" && chmod 644 "$image"
nginx_port=$(free_port)
cat >"$tmp/nginx/nginx.conf" <<EOF2
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $tmp/nginx/temp/body;
    proxy_temp_path $tmp/nginx/temp/proxy;
    fastcgi_temp_path $tmp/nginx/temp/fastcgi;
    uwsgi_temp_path $tmp/nginx/temp/uwsgi;
    scgi_temp_path $tmp/nginx/temp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $tmp/www;
        client_max_body_size 0;
        location /put/ { dav_methods PUT; create_full_put_path on; }
    }
}
EOF2
"$nginx_bin" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/logs/error.log" &
pids+=($!)
for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/" && break; curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break; sleep 0.1; done

echo "appliance benchmark: a ${mib} MiB image on loopback (broker data on $(df --output=source "$tmp" | tail -1))"
echo
# ---- 1. upload ------------------------------------------------------------------------
curl_seconds=$(curl -fsS -T "$image" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$nginx_port/put/image.raw")
# nginx never fsyncs an upload; the broker must before it confirms a chunk.
# The like-for-like figure adds the time to make nginx's copy durable.
sync_start=$(date +%s%N)
sync "$tmp/www/put/image.raw"
sync_seconds=$(awk -v ns=$(($(date +%s%N) - sync_start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
durable_seconds=$(awk -v a="$curl_seconds" -v b="$sync_seconds" 'BEGIN { printf "%.3f", a + b }')
[[ $(stat -c %s "$tmp/www/put/image.raw") == "$bytes" ]] || { echo "bench_appliances: nginx stored a different size" >&2; exit 1; }
# The broker's resident memory, sampled every 50 ms while the upload runs
# (its peak since start, VmHWM, also counts the one password check of the
# login: scrypt takes 128 MiB for a moment).
( while kill -0 "$broker_pid" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$broker_pid/status"; sleep 0.05; done ) >"$tmp/rss.txt" &
sampler=$!
out=$("$upload_bin" upload "$base" "$token" "$image" raw)
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
upload_peak_kb=$(sort -n "$tmp/rss.txt" | tail -1)
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$out"; }
hash_s=$(field hash_seconds)
transfer_s=$(field transfer_seconds)
verify_s=$(field verify_seconds)
total_s=$(field total_seconds)
peak_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$broker_pid/status")
echo "1. upload through the client library vs curl -T to nginx"
printf '   %-42s %8s s %8s MiB/s\n' "curl -T to nginx (PUT, page cache)" "$curl_seconds" "$(mbps "$bytes" "$curl_seconds")"
printf '   %-42s %8s s %8s MiB/s\n' "curl -T to nginx, then fsync of the file" "$durable_seconds" "$(mbps "$bytes" "$durable_seconds")"
printf '   %-42s %8s s %8s MiB/s\n' "client: chunks sent, fsynced, confirmed" "$transfer_s" "$(mbps "$bytes" "$transfer_s")"
printf '   %-42s %8s s\n' "client: hashing the file first" "$hash_s"
printf '   %-42s %8s s\n' "broker: verifying and storing" "$verify_s"
printf '   %-42s %8s s %8s MiB/s\n' "client: everything" "$total_s" "$(mbps "$bytes" "$total_s")"
echo "   ratio (chunks vs curl -T): $(ratio "$curl_seconds" "$transfer_s")x   target >= 0.70"
echo "   ratio (everything vs curl -T): $(ratio "$curl_seconds" "$total_s")x"
echo "   ratio (chunks vs curl -T made durable): $(ratio "$durable_seconds" "$transfer_s")x"
echo "   broker resident memory during the upload: at most $((upload_peak_kb / 1024)) MB (target < 150 MB; $((rss_before / 1024)) MB before; peak since start incl. the login's scrypt: $((peak_kb / 1024)) MB)"

# ---- 2. download ----------------------------------------------------------------------
url=$("$upload_bin" sign "$tmp/broker" "$base" "$sha" 7)
ours=$(curl -fsS -o /dev/null -w '%{time_total}' "$url")
theirs=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$nginx_port/put/image.raw")
resumed=$(curl -fsS -o /dev/null -r $((bytes / 2))- -w '%{http_code} %{size_download}' "$url")
echo
echo "2. a provider downloading the image (signed URL) vs nginx serving the same file"
printf '   %-42s %8s s %8s MiB/s\n' "broker, signed URL" "$ours" "$(mbps "$bytes" "$ours")"
printf '   %-42s %8s s %8s MiB/s\n' "nginx, static file" "$theirs" "$(mbps "$bytes" "$theirs")"
echo "   ratio: $(ratio "$theirs" "$ours")x   target >= 0.70"
echo "   resumed from the middle with Range: HTTP ${resumed% *}, ${resumed#* } bytes"
