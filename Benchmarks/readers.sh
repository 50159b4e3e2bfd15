#!/usr/bin/env bash
# The CLI's readers as a user runs them, release build of the root package's `invariants`:
#   1. `invariants report /dev/zero` (one endless line): exit status, wall time and peak RSS (/usr/bin/time);
#   2. `invariants tail --from-start` over a journal of N records: records printed per second;
#   3. `invariants tail` following a writer at 5,000 records/s into 100 KB files, 5 rotated files kept
#      (the writer renames files as JournalSink does): records printed of those written, and stderr.
#
#   Benchmarks/readers.sh            # N = 100000
#   N=20000 Benchmarks/readers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-100000}"
swift build -c release --product invariants >/dev/null
BIN="$(swift build -c release --show-bin-path)/invariants"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== report /dev/zero (default --max-line-bytes, 8 MiB)"
/usr/bin/time -f "exit %x, %e s, max RSS %M KiB" "$BIN" report /dev/zero >"$WORK/out" 2>"$WORK/err" || true
cat "$WORK/err"

echo "== tail --from-start over $N records"
"$BIN" demo --seconds 0 --calls 400 --out "$WORK/demo" >/dev/null 2>&1
python3 - "$WORK/demo/violations.jsonl" "$WORK/big.jsonl" "$N" <<'PY'
import json, sys
lines = [json.loads(line) for line in open(sys.argv[1])]
with open(sys.argv[2], "w") as out:
    for i in range(int(sys.argv[3])):
        record = dict(lines[i % len(lines)])
        record["eventID"] = "%032x" % i
        out.write(json.dumps(record, separators=(",", ":"), sort_keys=True) + "\n")
PY
start=$(date +%s.%N)
"$BIN" tail "$WORK/big.jsonl" --from-start >"$WORK/tail.out" 2>"$WORK/tail.err" &
pid=$!
while [ "$(wc -l <"$WORK/tail.out")" -lt "$N" ]; do sleep 0.05; done
end=$(date +%s.%N)
kill "$pid"; wait "$pid" || true
awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "%d records in %.2f s: %.0f records/s\n", n, e - s, n / (e - s) }'

echo "== tail following 5,000 records/s into 100 KB files (5 rotated files kept), 4 s"
mkdir -p "$WORK/live"
: >"$WORK/live/violations.jsonl"
"$BIN" tail "$WORK/live/violations.jsonl" --interval 200 >"$WORK/live.out" 2>"$WORK/live.err" &
pid=$!
sleep 1
python3 - "$WORK/big.jsonl" "$WORK/live" <<'PY'
import os, sys, time
lines = open(sys.argv[1]).read().splitlines(True)[:20000]
directory = sys.argv[2]
active = os.path.join(directory, "violations.jsonl")
def rotated(i): return os.path.join(directory, "violations.%d.jsonl" % i)
out = open(active, "a")
size = 0
start = time.monotonic()
for batch in range(0, len(lines), 50):
    chunk = "".join(lines[batch:batch + 50])
    if size + len(chunk) > 100_000 and size > 0:
        out.close()
        if os.path.exists(rotated(5)): os.remove(rotated(5))
        for i in range(4, 0, -1):
            if os.path.exists(rotated(i)): os.rename(rotated(i), rotated(i + 1))
        os.rename(active, rotated(1))
        out = open(active, "a")
        size = 0
    out.write(chunk); out.flush(); size += len(chunk)
    due = start + (batch + 50) / 5000
    if time.monotonic() < due: time.sleep(due - time.monotonic())
out.close()
print("wrote %d records in %.2f s" % (len(lines), time.monotonic() - start))
PY
sleep 2
kill "$pid"; wait "$pid" || true
echo "tail printed $(wc -l <"$WORK/live.out") of 20000; stderr: $(wc -l <"$WORK/live.err") lines"
head -n 3 "$WORK/live.err"
