#!/usr/bin/env bash
# Instructions per call of every HotPath variant, counted with valgrind (callgrind), for machines
# whose CPU counters are not available to package-benchmark's `instructions` metric (VMs, CI).
# Per call = (Ir with N calls − Ir with 0 calls) / N, on the main thread; the loop and the call of
# `sink` are included, identically in every variant.
#
#   Benchmarks/instructions.sh              # N = 20000
#   N=100000 Benchmarks/instructions.sh
#   Benchmarks/instructions.sh --violation  # the violation path (Tools/ViolationCount), N = 2000
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = "--violation" ]; then
    N="${N:-2000}"
    PRODUCT=ViolationCount
    VARIANTS="function.bare violation.caller violation.caller-captures snapshot.capture-input snapshot.through-jsonencoder
        snapshot.capture-output"
else
    N="${N:-20000}"
    PRODUCT=InstructionCount
    VARIANTS="pricing.bare pricing.hand pricing.guarded pricing.sampled-out
        trivial.bare trivial.hand trivial.guarded trivial.sampled-out"
fi
swift build -c release --product "$PRODUCT" >/dev/null
BIN=".build/release/$PRODUCT"

# Instructions of the main thread only (callgrind --separate-threads): the callers' cost, without the
# reporter's thread, which captures deferred values and runs the sinks.
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
ir() {
    rm -f "$OUT"/cg*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$OUT/cg" "$BIN" "$1" "$2" >/dev/null 2>&1
    sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$OUT/cg-01"
}

printf '%-24s %14s\n' variant instructions/call
for variant in $VARIANTS; do
    base=$(ir "$variant" 0)
    full=$(ir "$variant" "$N")
    awk -v v="$variant" -v b="$base" -v f="$full" -v n="$N" 'BEGIN { printf "%-24s %14.1f\n", v, (f - b) / n }'
done
