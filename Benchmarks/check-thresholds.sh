#!/usr/bin/env bash
# Checks the committed performance thresholds of the guarded hot path:
#   1. instructions per call, counted with valgrind by instructions.sh, against Thresholds/instructions.tsv;
#   2. allocations, with package-benchmark's `thresholds check` against Thresholds/HotPath.*.json
#      (0 mallocs added by the guard, passing or sampled out).
# Exits non-zero when a variant exceeds its threshold. Takes 10–20 minutes on 2 cores (valgrind runs each
# variant twice; the first package-benchmark build takes about 5 minutes).
#
#   Benchmarks/check-thresholds.sh
#   SKIP_ALLOCATIONS=1 Benchmarks/check-thresholds.sh     # instructions only
set -euo pipefail
cd "$(dirname "$0")"

mkdir -p .build
echo "== instructions per call (valgrind)"
./instructions.sh | tee .build/instructions.txt
failed=0
while IFS=$'\t' read -r variant limit; do
    case "$variant" in '#'* | '') continue ;; esac
    measured=$(awk -v v="$variant" '$1 == v { print $2 }' .build/instructions.txt)
    if [ -z "$measured" ]; then
        echo "missing: $variant was not measured"
        failed=1
    elif awk -v m="$measured" -v l="$limit" 'BEGIN { exit !(m > l) }'; then
        echo "over: $variant $measured instructions/call > $limit"
        failed=1
    else
        echo "ok: $variant $measured ≤ $limit"
    fi
done < Thresholds/instructions.tsv

if [ "${SKIP_ALLOCATIONS:-0}" != 1 ]; then
    echo "== allocations (package-benchmark thresholds)"
    swift package benchmark thresholds check --target HotPath || failed=1
fi
exit "$failed"
