#!/usr/bin/env bash
# The market through HTTP on loopback, with the real sparecloud-broker and SQLite:
#   1. durable order placement: POST /api/v1/market/bids (each bid rests, so
#      every request is one transaction written to disk), orders/s and p50/p99
#      latency from wrk --latency;
#   2. the market snapshot (GET /api/v1/market/snapshot) against nginx serving
#      the same bytes as a static file (nginx with one worker: like for like).
#
#   tests/bench/bench_market.sh BIN_DIR
#
# BIN_DIR holds sparecloud-broker. Needs nginx, wrk and curl. BENCH_SECONDS
# (default 5) per wrk run, BENCH_CONNECTIONS (default "1 8 32").
set -euo pipefail

bin_dir=${1:?usage: bench_market.sh BIN_DIR}
seconds=${BENCH_SECONDS:-5}
read -r -a connection_counts <<<"${BENCH_CONNECTIONS:-1 8 32}"
broker_bin="$bin_dir/sparecloud-broker"
[[ -x "$broker_bin" ]] || { echo "bench_market: no $broker_bin" >&2; exit 1; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for tool in wrk curl "$nginx_bin"; do
    command -v "$tool" >/dev/null || { echo "bench_market: $tool is missing (apt-get install nginx-light wrk curl)" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sparecloud-bench-market.XXXXXX")
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

# ---- the broker, its accounts and a market to read --------------------------
password="bench password 1234"
SPARECLOUD_OPERATOR_PASSWORD="$password" "$broker_bin" --data-dir "$tmp/broker" --create-operator ops@bench.example >/dev/null
"$broker_bin" --listen 127.0.0.1:0 --data-dir "$tmp/broker" --rate-per-address 1000000/1000000 \
    --rate-per-credential 1000000/1000000 >"$tmp/broker.out" 2>"$tmp/broker.log" &
pids+=($!)
for _ in $(seq 100); do grep -q LISTENING "$tmp/broker.out" && break; sleep 0.1; done
base=$(sed -n 's/^SPARECLOUD_BROKER_LISTENING //p' "$tmp/broker.out")
[[ -n "$base" ]] || { echo "bench_market: the broker did not start" >&2; cat "$tmp/broker.log" >&2; exit 1; }

post() { # post PATH TOKEN JSON
    curl -fsS -X POST "$base$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"
}
json_field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
login() { post /api/v1/auth/login "" "{\"email\":\"$1\",\"password\":\"$password\"}" | json_field token; }
register() { # register EMAIL ORG ROLE
    post /api/v1/auth/register "" "{\"email\":\"$1\",\"password\":\"$password\",\"displayName\":\"Bench\",\"organizationName\":\"$2\",\"countryCode\":\"DE\",\"role\":\"$3\"}"
}
operator=$(login ops@bench.example)
register buyer@bench.example "Bench Buyers" buyer >/dev/null
seller_org=$(register seller@bench.example "Bench Sellers" seller | sed -n 's/.*"organization":{"countryCode":"DE","id":\([0-9]*\).*/\1/p')
[[ -n "$seller_org" ]] || seller_org=$(curl -fsS "$base/api/v1/operator/organizations?status=pending" -H "Authorization: Bearer $operator" | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)
post "/api/v1/operator/organizations/$seller_org/approve" "$operator" '{}' >/dev/null
buyer=$(login buyer@bench.example)
seller=$(login seller@bench.example)
provider=$(post /api/v1/seller/providers "$seller" '{"name":"bench"}' | json_field id)
until=$(date -u -d '+7 days' +%Y-%m-%dT%H:%M:%S.000Z)
# A realistic book: asks on 60 instruments, a few levels each.
instruments=0
for type in g1.small g1.medium g1.large c1.large c1.xlarge m1.large; do
    for region in eu-de-fra eu-nl-ams eu-gb-lon eu-fr-par us-va-ash us-tx-dal ap-sg-sin ap-jp-tyo sa-br-sao af-za-jnb; do
        for price in 40 45 50; do
            post /api/v1/market/asks "$seller" "{\"providerId\":$provider,\"instanceType\":\"$type\",\"region\":\"$region\",\"quantity\":5,\"pricePerHour\":$price,\"availableUntil\":\"$until\"}" >/dev/null
        done
        instruments=$((instruments + 1))
    done
done

# ---- 1. durable order placement ------------------------------------------------
cat >"$tmp/bid.lua" <<EOF2
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $buyer"
-- Below every ask: each bid rests, one transaction to disk per request.
wrk.body = '{"instanceType":"g1.small","regions":["eu-de-fra"],"maxPricePerHour":5,"durationHours":24,"quantity":1}'
EOF2
latency() { awk -v p="$1" '$1 == p { print $2 }'; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }'; }
errors() { awk '/Non-2xx/ { print $NF }'; }

echo "market benchmark: sparecloud-broker with SQLite (WAL) on loopback, ${seconds}s per run"
echo
echo "1. durable order placement, POST /api/v1/market/bids (every bid rests: one transaction each)"
printf '   %-12s %12s %10s %10s %8s\n' connections orders/s p50 p99 non-2xx
for connections in "${connection_counts[@]}"; do
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$tmp/bid.lua" "$base/api/v1/market/bids")
    printf '   %-12s %12s %10s %10s %8s\n' "$connections" "$(rps <<<"$out")" "$(latency 50% <<<"$out")" \
        "$(latency 99% <<<"$out")" "$(errors <<<"$out" || true)"
done
stored=$(curl -fsS "$base/api/v1/market/instruments/g1.small/eu-de-fra/depth?levels=1" -H "Authorization: Bearer $buyer")
echo "   resting bids at the benchmark's price: $(sed -n 's/.*"bids":\[{"orders":\([0-9]*\).*/\1/p' <<<"$stored") (every accepted order is in the book)"
echo "   target: >= 5,000 orders/s"

# ---- 2. snapshot against nginx ---------------------------------------------------
mkdir -p "$tmp/www" "$tmp/nginx/logs" "$tmp/nginx/temp"
curl -fsS "$base/api/v1/market/snapshot" -H "Authorization: Bearer $buyer" -o "$tmp/www/snapshot.json"
((EUID == 0)) && chown -R nobody:nogroup "$tmp/nginx" "$tmp/www" && chmod 755 "$tmp"
nginx_port=$(free_port)
cat >"$tmp/nginx/nginx.conf" <<EOF2
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    client_body_temp_path $tmp/nginx/temp/body;
    proxy_temp_path $tmp/nginx/temp/proxy;
    fastcgi_temp_path $tmp/nginx/temp/fastcgi;
    uwsgi_temp_path $tmp/nginx/temp/uwsgi;
    scgi_temp_path $tmp/nginx/temp/scgi;
    types { application/json json; }
    server { listen 127.0.0.1:$nginx_port; root $tmp/www; }
}
EOF2
"$nginx_bin" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/logs/error.log" &
pids+=($!)
for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/snapshot.json" && break; sleep 0.1; done
echo "{ wrk.headers[\"Authorization\"] = \"Bearer $buyer\" }" >/dev/null
cat >"$tmp/auth.lua" <<EOF2
wrk.headers["Authorization"] = "Bearer $buyer"
EOF2
echo
echo "2. market snapshot ($instruments instruments, $(stat -c %s "$tmp/www/snapshot.json") bytes): broker vs nginx (1 worker) serving the same bytes"
printf '   %-12s %14s %14s %8s\n' connections broker\ req/s nginx\ req/s ratio
for connections in "${connection_counts[@]}"; do
    ours=$(wrk -t1 -c"$connections" -d"${seconds}s" -s "$tmp/auth.lua" "$base/api/v1/market/snapshot" | rps)
    theirs=$(wrk -t1 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$nginx_port/snapshot.json" | rps)
    printf '   %-12s %14s %14s %8s\n' "$connections" "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')"
done
echo "   target: >= 0.5x nginx"
