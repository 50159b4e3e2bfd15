#!/usr/bin/env bash
# The CLI's readers as a user runs them, release build of the root package's `invariants`:
#   1. `invariants report /dev/zero` (one endless line): exit status, wall time and peak RSS (/usr/bin/time);
#   2. `invariants tail --from-start` over a journal of N records: records printed per second.
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
