#!/usr/bin/env python3
"""Helpers of fleet.sh: free ports, the Alertmanager webhook receiver, the load driver, the reviewers'
race and the final checks. Standard library only; every address is 127.0.0.1."""

import argparse
import http.client
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

TIE_CART = ('{"id":"cart-tie","currency":"EUR","customer":{"id":"c-1","taxExempt":false},'
            '"lines":[{"sku":"bread","category":"food","unitPrice":50,"quantity":1}],"discounts":[]}')
LAMP_CART = ('{"id":"cart-lamp","currency":"USD","customer":{"id":"c-2","taxExempt":false},'
             '"lines":[{"sku":"lamp-01","category":"general","unitPrice":4999,"quantity":2}],'
             '"discounts":[{"code":"WELCOME5","kind":{"fixed":{"amount":500}}}]}')
SUSPENDED_ADMIN = ('{"principal":{"userID":"bob","tenantID":"acme","roles":["tenantAdmin"],"suspended":true},'
                   '"tenantID":"acme","scopes":["users:manage"]}')
ACTIVE_ADMIN = ('{"principal":{"userID":"ann","tenantID":"acme","roles":["tenantAdmin"],"suspended":false},'
                '"tenantID":"acme","scopes":["users:manage"]}')
# Request n uses MIX[n % 5]: one in five a tax-rounding bug, one in five a suspended-admin bug.
MIX = [("/quote", TIE_CART, True), ("/authorize", SUSPENDED_ADMIN, True), ("/quote", LAMP_CART, False),
       ("/authorize", ACTIVE_ADMIN, False), ("/quote", LAMP_CART, False)]


def free_ports(count):
    sockets, ports = [], []
    for _ in range(count):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        sockets.append(s)
        ports.append(s.getsockname()[1])
    for s in sockets:
        s.close()
    print(" ".join(map(str, ports)))


def receive(port, out):
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock, open(out, "a") as f:
                f.write(json.dumps({"received": time.time(), "payload": json.loads(body)}) + "\n")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def get_json(port, path, method="GET", timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request(method, path)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return json.loads(body)


def drive(ports, pids, requests, kill_at, restart_at, restart_command, probes, out, poll_out):
    """Sends `requests` requests round-robin with ids req-N, paced over about 30 s; SIGKILLs the first
    instance at request kill_at and runs restart_command at request restart_at; sends each probe id to
    two surviving instances; polls every instance's /fleet/health every 0.25 s meanwhile."""
    alive = list(ports)
    state = {"stop": False}
    events = {"sent": 0, "ok": 0, "errors": 0, "first_violation_sent": None}
    lock = threading.Lock()

    def poll():
        with open(poll_out, "a") as f:
            while not state["stop"]:
                for port in list(alive):
                    try:
                        health = get_json(port, "/fleet/health", timeout=2)
                        f.write(json.dumps({"t": time.time(), "port": port, "health": health}) + "\n")
                    except Exception:
                        pass
                f.flush()
                time.sleep(0.25)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()

    def send(port, number, request_id):
        path, body, violating = MIX[number % len(MIX)]
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            if violating:
                with lock:
                    if events["first_violation_sent"] is None:
                        events["first_violation_sent"] = time.time()
            connection.request("POST", path, body, {"Content-Type": "application/json", "x-request-id": request_id})
            response = connection.getresponse()
            response.read()
            with lock:
                events["ok" if response.status == 200 else "errors"] += 1
        except Exception:
            with lock:
                events["errors"] += 1
        finally:
            connection.close()

    start = time.time()
    pace = 30.0 / requests
    killed = None
    for n in range(requests):
        if n == kill_at:
            # The last count before the kill bounds what the killed instance acknowledged.
            with open(poll_out, "a") as f:
                health = get_json(ports[0], "/fleet/health", timeout=2)
                f.write(json.dumps({"t": time.time(), "port": ports[0], "health": health}) + "\n")
            os.kill(pids[0], signal.SIGKILL)
            killed = {"port": ports[0], "pid": pids[0], "t": time.time()}
            alive.remove(ports[0])
        if n == restart_at:
            threading.Thread(target=lambda: subprocess.run(restart_command, shell=True, check=False)).start()
            events["postgres_restart"] = time.time()
        port = alive[n % len(alive)]
        threading.Thread(target=send, args=(port, n, "req-%d" % n)).start()
        with lock:
            events["sent"] += 1
        time.sleep(max(0, start + (n + 1) * pace - time.time()))
    # Probes: the same request id at two surviving instances; sampling must decide the same in both.
    for j in range(probes):
        for port in alive[:2]:
            send(port, 0, "probe-%d" % j)
            events["sent"] += 1
    while threading.active_count() > 2:
        time.sleep(0.05)
    state["stop"] = True
    poller.join()
    events["killed"] = killed
    events["alive"] = alive
    events["duration"] = time.time() - start
    with open(out, "w") as f:
        json.dump(events, f)


def review_race(fleet, reviewers, per_reviewer, out):
    """Reviewers claim and judge items at the same time with `fleet review next` and `fleet review verdict`."""
    claims = {name: [] for name in reviewers}
    failures = []

    def work(name):
        for _ in range(per_reviewer):
            shown = subprocess.run([fleet, "review", "next", "--reviewer", name, "--json"], capture_output=True,
                                   text=True)
            if shown.returncode == 1:
                return
            if shown.returncode != 0:
                failures.append(shown.stderr.strip())
                return
            item = json.loads(shown.stdout)
            claims[name].append(item["id"])
            verdict = subprocess.run([fleet, "review", "verdict", item["id"], "--reviewer", name, "--label",
                                      "incorrect", "--comment", "fleet.sh race"], capture_output=True, text=True)
            if verdict.returncode != 0:
                failures.append(verdict.stderr.strip())

    threads = [threading.Thread(target=work, args=(name,)) for name in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(out, "w") as f:
        json.dump({"claims": claims, "failures": failures}, f)


def prometheus(port, query):
    url = "http://127.0.0.1:%d/api/v1/query?%s" % (port, urllib.parse.urlencode({"query": query}))
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)["data"]["result"]


def crossings(port, start, threshold):
    """When each rule's fleet-wide 5-minute count first reached the threshold, from Prometheus."""
    query = "sum by (rule) (increase(invariants_violations_adjusted_total[5m])) >= %d" % threshold
    url = "http://127.0.0.1:%d/api/v1/query_range?%s" % (port, urllib.parse.urlencode(
        {"query": query, "start": start, "end": time.time(), "step": "1s"}))
    with urllib.request.urlopen(url, timeout=10) as response:
        result = json.load(response)["data"]["result"]
    return {s["metric"]["rule"]: float(s["values"][0][0]) for s in result}


def psql(query):
    return subprocess.run(["psql", "-X", "-At", "-c", query], capture_output=True, text=True, check=True).stdout.strip()


def check(args):
    rows = []

    def row(name, ok, detail):
        rows.append((name, "PASS" if ok else "FAIL", detail))

    drive_log = json.load(open(args.drive))
    finals = {h["instance"]: h for h in json.load(open(args.finals))}
    polls = [json.loads(line) for line in open(args.polls)]
    killed = drive_log["killed"]
    killed_name = args.killed_instance
    killed_polls = sorted((p for p in polls if p["port"] == killed["port"]), key=lambda p: p["t"])
    last_poll = killed_polls[-1]["health"] if killed_polls else None

    # 1. Fleet alerts: grouped by rule, fired although no instance crossed the threshold alone.
    notifications = [json.loads(line) for line in open(args.webhook)] if os.path.exists(args.webhook) else []
    fleet_groups = {}
    mixed = 0
    for n in notifications:
        alerts = n["payload"]["alerts"]
        if len({a["labels"].get("rule") for a in alerts}) > 1:
            mixed += 1
        for a in alerts:
            if a["labels"]["alertname"] == "InvariantViolationsFleet":
                fleet_groups.setdefault(a["labels"]["rule"], set()).add(n["payload"]["groupKey"])
                fleet_groups.setdefault("_first_" + a["labels"]["rule"], set()).add(n["received"])
    rules = sorted(k for k in fleet_groups if not k.startswith("_first_"))
    per_instance_max = prometheus(args.prometheus_port,
                                  "max(max_over_time((max by (instance, rule) "
                                  "(increase(invariants_violations_adjusted_total[5m])))[10m:1s]))")
    single_max = float(per_instance_max[0]["value"][1]) if per_instance_max else 0.0
    one_group_each = all(len(fleet_groups[r]) == 1 for r in rules)
    row("fleet alert at the webhook", len(rules) == 2 and one_group_each and mixed == 0,
        "%d rules: %s; one group per rule: %s; notifications mixing rules: %d"
        % (len(rules), ", ".join(rules), one_group_each, mixed))
    row("no instance crossed alone", single_max < args.threshold,
        "largest per-instance 5m count %.0f < threshold %d" % (single_max, args.threshold))
    first = drive_log["first_violation_sent"]
    crossed = crossings(args.prometheus_port, first, args.threshold)
    latencies = ["%s %.1f s (threshold crossed at %s)" % (
        r, min(fleet_groups["_first_" + r]) - first,
        "+%.0f s" % (crossed[r] - first) if r in crossed else "?") for r in rules]
    row("alert latency (first violation → webhook)", bool(rules), "; ".join(latencies) or "no alert")

    # 2. Prometheus fleet totals against what the instances acknowledged.
    total = prometheus(args.prometheus_port, "sum(last_over_time(invariants_violations_total[15m]))")
    prom_total = float(total[0]["value"][1]) if total else 0.0
    # The killed instance's series end at its last successful scrape: their last samples give its value
    # and the scrape's time.
    series = prometheus(args.prometheus_port, 'invariants_violations_total{instance="127.0.0.1:%d"}[15m]' % killed["port"])
    killed_prom = sum(float(s["values"][-1][1]) for s in series)
    scraped_at = max((float(s["values"][-1][0]) for s in series), default=0.0)
    survivors = sum(h["violations"] for name, h in finals.items())
    before = [p["health"]["violations"] for p in killed_polls if p["t"] <= scraped_at - 0.05]
    low = max(before) if before else 0
    high = last_poll["violations"] if last_poll else 0
    row("Prometheus total = acknowledged", abs(prom_total - (survivors + killed_prom)) < 0.5 and low <= killed_prom <= high,
        "Prometheus %.0f = survivors %d + killed at its last scrape %.0f (its acknowledged count then: %d…%d)"
        % (prom_total, survivors, killed_prom, low, high))

    # 3. Every acknowledged review item is in PostgreSQL.
    counts = dict(line.split("|") for line in psql(
        "SELECT coalesce(instance, ''), count(*) FROM invariants_review_items GROUP BY 1").splitlines() if line)
    missing = []
    detail = []
    for name, h in sorted(finals.items()):
        stored = int(counts.get(name, 0))
        detail.append("%s %d/%d" % (name, stored, h["reviewWritten"]))
        if stored < h["reviewWritten"] or h["spillPending"] != 0:
            missing.append(name)
    killed_stored = int(counts.get(killed_name, 0))
    killed_ack = last_poll["reviewWritten"] if last_poll else 0
    detail.append("%s (killed) %d/≥%d" % (killed_name, killed_stored, killed_ack))
    if killed_stored < killed_ack:
        missing.append(killed_name)
    row("acknowledged review items in PostgreSQL", not missing, "stored/acknowledged: " + ", ".join(detail))
    drops = sum(h["reviewDropped"] for h in finals.values())
    spilled = sum(h["spilled"] for h in finals.values())
    row("PostgreSQL restart mid-load", not missing and drops == 0 and "postgres_restart" in drive_log,
        "restarted at request %d; review items dropped %d, spilled %d (replayed %d)"
        % (args.restart_at, drops, spilled, sum(h["replayed"] for h in finals.values())))

    # 4. Sampling by request id: each probe id checked in both instances or in neither.
    probe_counts = [int(c) for c in psql(
        "SELECT count(*) FROM invariants_review_items WHERE request_id LIKE 'probe-%' GROUP BY request_id").splitlines() if c]
    row("same sampling decision everywhere", all(c == 2 for c in probe_counts) and len(probe_counts) > 0,
        "%d of %d probe ids sampled, each in both instances: %s"
        % (len(probe_counts), args.probes, all(c == 2 for c in probe_counts)))

    # 5. Reviewers racing.
    race = json.load(open(args.race))
    claims = race["claims"]
    all_ids = [i for ids in claims.values() for i in ids]
    stored_verdicts = {}
    for line in psql("SELECT reviewer, count(*) FROM invariants_review_verdicts GROUP BY 1").splitlines():
        name, count = line.split("|")
        stored_verdicts[name] = int(count)
    disjoint = len(all_ids) == len(set(all_ids))
    kept = all(stored_verdicts.get(name, 0) == len(ids) for name, ids in claims.items())
    row("two reviewers at once", disjoint and kept and not race["failures"] and len(all_ids) > 0,
        "claimed %s; overlap %d; verdicts stored %s; errors %d"
        % ({n: len(i) for n, i in claims.items()}, len(all_ids) - len(set(all_ids)), stored_verdicts,
           len(race["failures"])))

    width = max(len(r[0]) for r in rows)
    print("\n%-*s  %-6s %s" % (width, "CHECK", "RESULT", "DETAIL"))
    for name, result, detail in rows:
        print("%-*s  %-6s %s" % (width, name, result, detail))
    failed = sum(1 for r in rows if r[1] == "FAIL")
    print("\nfleet.sh: %d passed, %d failed (load: %d requests in %.1f s, %d errors while an instance died)"
          % (len(rows) - failed, failed, drive_log["sent"], drive_log["duration"], drive_log["errors"]))
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("free-ports")
    p.add_argument("count", type=int)
    p = sub.add_parser("receive")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("drive")
    p.add_argument("--ports", required=True)
    p.add_argument("--pids", required=True)
    p.add_argument("--requests", type=int, default=1200)
    p.add_argument("--kill-at", type=int, required=True)
    p.add_argument("--restart-at", type=int, required=True)
    p.add_argument("--restart-command", required=True)
    p.add_argument("--probes", type=int, default=10)
    p.add_argument("--out", required=True)
    p.add_argument("--polls", required=True)
    p = sub.add_parser("flush")
    p.add_argument("--ports", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("review-race")
    p.add_argument("--fleet", required=True)
    p.add_argument("--per-reviewer", type=int, default=15)
    p.add_argument("--out", required=True)
    p = sub.add_parser("check")
    for name in ["drive", "finals", "polls", "webhook", "race", "killed-instance"]:
        p.add_argument("--" + name, required=True)
    p.add_argument("--prometheus-port", type=int, required=True)
    p.add_argument("--threshold", type=int, default=100)
    p.add_argument("--restart-at", type=int, required=True)
    p.add_argument("--probes", type=int, default=10)
    args = parser.parse_args()
    if args.command == "free-ports":
        free_ports(args.count)
    elif args.command == "receive":
        receive(args.port, args.out)
    elif args.command == "drive":
        drive([int(p) for p in args.ports.split(",")], [int(p) for p in args.pids.split(",")], args.requests,
              args.kill_at, args.restart_at, args.restart_command, args.probes, args.out, args.polls)
    elif args.command == "flush":
        finals = [get_json(int(port), "/fleet/flush", method="POST", timeout=60) for port in args.ports.split(",")]
        json.dump(finals, open(args.out, "w"))
    elif args.command == "review-race":
        review_race(args.fleet, ["ann", "bob"], args.per_reviewer, args.out)
    elif args.command == "check":
        sys.exit(check(args))


if __name__ == "__main__":
    main()
