#!/usr/bin/env bash
# Load test of the example service: the unguarded quote route against the guarded one at ratio 0, 0.01
# and 1.0, with wrk on loopback. Prints requests/s and p50/p99 latency per route and round, then the
# median of the rounds. Not run in CI.
#
#   Examples/HTTPService/loadtest.sh [--duration 15s] [--connections 32] [--threads 1] [--rounds 3] [--port 8089]
set -euo pipefail
cd "$(dirname "$0")"

DURATION=15s CONNECTIONS=32 THREADS=1 ROUNDS=3 PORT=8089 WARMUP=5s
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2" ;;
        --connections) CONNECTIONS="$2" ;;
        --threads) THREADS="$2" ;;
        --rounds) ROUNDS="$2" ;;
        --port) PORT="$2" ;;
        *) echo "loadtest.sh: unknown flag '$1'" >&2; exit 2 ;;
    esac
    shift 2
done

if ! command -v wrk >/dev/null; then
    echo "== installing wrk (Debian package)"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk
fi

echo "== release build"
swift build -c release --product HTTPService 2>&1 | tail -n 1
BIN="$(swift build -c release --show-bin-path)/HTTPService"

echo "== starting the service on 127.0.0.1:$PORT"
"$BIN" --port "$PORT" >/tmp/httpservice-loadtest.log 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
    kill -0 "$SERVER" 2>/dev/null || { echo "the service exited:"; cat /tmp/httpservice-loadtest.log; exit 1; }
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

ROUTES=(unguarded r0 r001 r1)
run() {  # run ROUTE DURATION -> "requests/s p50 p99"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$2" --latency -s loadtest.lua "http://127.0.0.1:$PORT/quote/$1" |
        awk '/Requests\/sec:/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$4}
             END {if (bad) {print "non-2xx responses: " bad > "/dev/stderr"; exit 1}; print rps, p50, p99}'
}

echo "== warm-up ($WARMUP per route)"
for route in "${ROUTES[@]}"; do run "$route" "$WARMUP" >/dev/null; done

echo "== $ROUNDS rounds of $DURATION per route, $CONNECTIONS connections, $THREADS wrk thread(s), routes interleaved"
RESULTS=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
    for route in "${ROUTES[@]}"; do
        read -r rps p50 p99 < <(run "$route" "$DURATION")
        printf "round %s  %-10s %10s req/s  p50 %8s  p99 %8s\n" "$round" "$route" "$rps" "$p50" "$p99"
        echo "$route $rps $p50 $p99" >>"$RESULTS"
    done
done

echo "== median over rounds (ratio: unguarded, 0, 0.01, 1.0)"
for route in "${ROUTES[@]}"; do
    median=$(awk -v r="$route" '$1 == r {print $2}' "$RESULTS" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
    echo "$route $median"
done | awk 'NR == 1 {base = $2} {printf "%-10s %10.0f req/s  %+6.2f %% vs unguarded\n", $1, $2, ($2 - base) * 100 / base}'
curl -fsS "http://127.0.0.1:$PORT/health"; echo
rm -f "$RESULTS"
