#!/usr/bin/env bash
# The fleet end to end: a real PostgreSQL, Prometheus and Alertmanager on 127.0.0.1 ports in a temporary
# directory, 4 instances of FleetService with the generated (buggy) engines, a bounded load with request
# ids, one instance SIGKILLed and PostgreSQL restarted in the middle, two reviewers racing. Prints one
# summary table; exits 0 when every check passed. Stops everything it started.
#
#   Examples/Fleet/fleet.sh                 # as root (installs missing Debian packages) or with them installed
#   FLEET_SCRATCH=/tmp/b Examples/Fleet/fleet.sh   # build folder (default Examples/Fleet/.build-fleet)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOL="$HERE/Scripts/fleet_tool.py"
SCRATCH="${FLEET_SCRATCH:-$HERE/.build-fleet}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
REQUESTS="${FLEET_REQUESTS:-1000}"
KILL_AT=$((REQUESTS * 5 / 12))
RESTART_AT=$((REQUESTS * 7 / 12))
PIDS=()

say() { printf '[fleet.sh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# --- tools -------------------------------------------------------------------------------------------
missing=()
[ -x "$PG_BIN/initdb" ] || missing+=(postgresql)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v prometheus >/dev/null || missing+=(prometheus)
command -v prometheus-alertmanager >/dev/null || missing+=(prometheus-alertmanager)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || { echo "fleet.sh: missing ${missing[*]}; install them or run as root" >&2; exit 2; }
    say "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
PG_USER_RUN=()
if [ "$(id -u)" = 0 ]; then PG_USER_RUN=(runuser -u postgres --); fi

# --- build -------------------------------------------------------------------------------------------
say "building FleetService and fleet"
swift build --package-path "$HERE" --scratch-path "$SCRATCH" --product FleetService >/dev/null
swift build --package-path "$HERE" --scratch-path "$SCRATCH" --product fleet >/dev/null
swift build --package-path "$HERE" --scratch-path "$SCRATCH" --product FleetMeasure >/dev/null
BIN="$(swift build --package-path "$HERE" --scratch-path "$SCRATCH" --show-bin-path)"

# --- temporary directory and cleanup -----------------------------------------------------------------
T="$(mktemp -d -t invariants-fleet.XXXXXX)"
chmod 755 "$T"
mkdir -p "$T/pg"
[ "$(id -u)" = 0 ] && chown postgres "$T/pg"
cleanup() {
    local status=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$T/pg/data/postmaster.pid" ]; then
        "${PG_USER_RUN[@]}" "$PG_BIN/pg_ctl" -D "$T/pg/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    if [ "$status" != 0 ] && [ -z "${FLEET_KEEP:-}" ]; then
        for log in "$T"/*.log; do [ -f "$log" ] && { echo "--- $log (last lines)"; tail -5 "$log"; }; done
    fi
    [ -n "${FLEET_KEEP:-}" ] && echo "fleet.sh: kept $T" || rm -rf "$T"
    exit "$status"
}
trap cleanup EXIT INT TERM

read -r PG_PORT PROM_PORT AM_PORT HOOK_PORT P0 P1 P2 P3 <<<"$(python3 "$TOOL" free-ports 8)"
PORTS="$P0,$P1,$P2,$P3"

# --- PostgreSQL --------------------------------------------------------------------------------------
say "PostgreSQL on 127.0.0.1:$PG_PORT"
"${PG_USER_RUN[@]}" "$PG_BIN/initdb" -D "$T/pg/data" -U fleet -A trust -E UTF8 >"$T/pg/initdb.log" 2>&1
"${PG_USER_RUN[@]}" "$PG_BIN/pg_ctl" -D "$T/pg/data" -l "$T/pg/server.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $T/pg -c fsync=on" start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=fleet PGDATABASE=fleet PGSSLMODE=disable
psql -X -q -d postgres -c "CREATE DATABASE fleet"
unset INVARIANTS_POSTGRES_URL

# --- webhook receiver, Alertmanager, Prometheus ------------------------------------------------------
python3 "$TOOL" receive --port "$HOOK_PORT" --out "$T/webhook.jsonl" >"$T/receiver.log" 2>&1 &
PIDS+=($!)
# The fleet run is short: notifications for a group that changes go out after 10 s instead of 5 min.
sed -e "s/WEBHOOK_PORT/$HOOK_PORT/" -e "s/group_interval: 5m/group_interval: 10s/" \
    "$HERE/Monitoring/alertmanager.yml" >"$T/alertmanager.yml"
prometheus-alertmanager --config.file="$T/alertmanager.yml" --storage.path="$T/alertmanager" \
    --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address= >"$T/alertmanager.log" 2>&1 &
PIDS+=($!)
cp "$HERE/Monitoring/fleet-rules.yml" "$T/fleet-rules.yml"
cat >"$T/prometheus.yml" <<YAML
global: {scrape_interval: 1s, evaluation_interval: 1s}
rule_files: [fleet-rules.yml]
alerting:
  alertmanagers: [{static_configs: [{targets: ["127.0.0.1:$AM_PORT"]}]}]
scrape_configs:
  - job_name: invariants-fleet
    static_configs: [{targets: ["127.0.0.1:$P0", "127.0.0.1:$P1", "127.0.0.1:$P2", "127.0.0.1:$P3"]}]
YAML
prometheus --config.file="$T/prometheus.yml" --storage.tsdb.path="$T/prometheus" \
    --web.listen-address="127.0.0.1:$PROM_PORT" >"$T/prometheus.log" 2>&1 &
PIDS+=($!)

# --- the instances -----------------------------------------------------------------------------------
INSTANCE_PIDS=()
i=0
for port in $P0 $P1 $P2 $P3; do
    "$BIN/FleetService" --instance "fleet-$i" --port "$port" --engines generated --ratio 0.5 \
        --review-sample 0.05 --spill "$T/spill-$i" >"$T/instance-$i.log" 2>&1 &
    PIDS+=($!)
    INSTANCE_PIDS+=($!)
    i=$((i + 1))
done
say "instances on 127.0.0.1:$P0 $P1 $P2 $P3; Prometheus :$PROM_PORT, Alertmanager :$AM_PORT"

wait_for() { # wait_for SECONDS PYTHON-EXPRESSION
    python3 - "$1" "$2" "$PROM_PORT" "$PORTS" <<'PY'
import json, sys, time, urllib.request, urllib.parse
limit, expression, prom, ports = float(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4].split(",")
def up(port, path="/health"):
    try:
        return urllib.request.urlopen("http://127.0.0.1:%s%s" % (port, path), timeout=2).status == 200
    except Exception:
        return False
def query(q):
    try:
        url = "http://127.0.0.1:%d/api/v1/query?%s" % (prom, urllib.parse.urlencode({"query": q}))
        result = json.load(urllib.request.urlopen(url, timeout=2))["data"]["result"]
        return float(result[0]["value"][1]) if result else 0.0
    except Exception:
        return 0.0
deadline = time.time() + limit
while time.time() < deadline:
    if eval(expression):
        sys.exit(0)
    time.sleep(0.25)
sys.exit(1)
PY
}
wait_for 60 'all(up(p) for p in ports)' || { echo "fleet.sh: the instances did not start" >&2; exit 1; }
wait_for 30 'query("count(up{job=\"invariants-fleet\"} == 1)") == 4' \
    || { echo "fleet.sh: Prometheus does not scrape all 4 instances" >&2; exit 1; }

# --- load, kill, restart -----------------------------------------------------------------------------
say "driving $REQUESTS requests; SIGKILL fleet-0 at request $KILL_AT, restart PostgreSQL at $RESTART_AT"
RESTART="${PG_USER_RUN[*]} $PG_BIN/pg_ctl -D $T/pg/data -w -m fast restart >$T/pg/restart.log 2>&1"
python3 "$TOOL" drive --ports "$PORTS" --pids "$(IFS=,; echo "${INSTANCE_PIDS[*]}")" --requests "$REQUESTS" \
    --kill-at "$KILL_AT" --restart-at "$RESTART_AT" --restart-command "$RESTART" \
    --out "$T/drive.json" --polls "$T/polls.jsonl"
python3 "$TOOL" flush --ports "$P1,$P2,$P3" --out "$T/finals.json"
say "load done; waiting for the fleet alerts and a last scrape"
wait_for 90 'sum(1 for l in open("'"$T"'/webhook.jsonl") if "InvariantViolationsFleet" in l) >= 2 if __import__("os").path.exists("'"$T"'/webhook.jsonl") else False' \
    || say "no fleet alert within 90 s"
sleep 3

say "two reviewers working the queue at once"
python3 "$TOOL" review-race --fleet "$BIN/fleet" --per-reviewer 15 --out "$T/race.json"

status=0
python3 "$TOOL" check --drive "$T/drive.json" --finals "$T/finals.json" --polls "$T/polls.jsonl" \
    --webhook "$T/webhook.jsonl" --race "$T/race.json" --killed-instance fleet-0 \
    --prometheus-port "$PROM_PORT" --restart-at "$RESTART_AT" || status=$?

say "figures (FleetMeasure, a debug build on a shared machine: orders of magnitude)"
"$BIN/FleetMeasure" || true
exit "$status"
