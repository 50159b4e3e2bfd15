#!/usr/bin/env bash
# Instructions and allocations per call of the HotPath variants, counted with valgrind (callgrind), for
# machines whose CPU counters are not available to package-benchmark's `instructions` metric (VMs, CI).
# Per call = (count in a run of N calls − count in the `none` run) / N, on the main thread; the loop and the
# call of `sink` are included, identically in every variant. Allocations are the calls to malloc, calloc,
# realloc, aligned_alloc and posix_memalign that callgrind saw.
#
#   Benchmarks/instructions.sh                                  # every variant (N = 20000, pricing N = 2000)
#   N=100000 Benchmarks/instructions.sh trivial.service.guard   # chosen variants
#   Benchmarks/instructions.sh --violation                      # the violation path (Tools/ViolationCount), N = 2000
#
# SCRATCH (default .build) is the build folder of the Benchmarks package.
set -euo pipefail
cd "$(dirname "$0")"
SCRATCH="${SCRATCH:-.build}"
if [ "${1:-}" = "--violation" ]; then
    shift
    PRODUCT=ViolationCount
    DEFAULT_N=2000
    PRICING_N=2000
    VARIANTS="${*:-function.bare violation.caller violation.caller-captures snapshot.capture-input
        snapshot.through-jsonencoder snapshot.capture-output}"
else
    PRODUCT=InstructionCount
    DEFAULT_N=20000
    PRICING_N=2000
    VARIANTS="${*:-}"
fi
swift build -c release --scratch-path "$SCRATCH" --product "$PRODUCT" >/dev/null
BIN="$SCRATCH/release/$PRODUCT"
if [ -z "$VARIANTS" ]; then VARIANTS=$("$BIN" list 0); fi

# Counts of the main thread only (callgrind --separate-threads): the callers' cost, without the reporter's
# thread, which captures deferred values and runs the sinks. Prints "instructions allocations".
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
counts() {
    rm -f "$OUT"/cg*
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$OUT/cg" "$BIN" "$1" "$2" >/dev/null 2>&1
    awk '
        /^summary:/ { instructions = $2 }
        /^fn=/ { id = $1; sub(/^fn=/, "", id); if (NF > 1) { names[id] = $2 } }
        /^cfn=/ {
            id = $1; sub(/^cfn=/, "", id)
            if (NF > 1) { names[id] = $2 }
            callee = names[id]; waiting = 1; next
        }
        /^calls=/ {
            if (waiting && callee ~ /^(malloc|calloc|realloc|aligned_alloc|posix_memalign)$/) {
                split($1, parts, "="); allocations += parts[2]
            }
            waiting = 0; next
        }
        { waiting = 0 }
        END { printf "%d %d\n", instructions, allocations }
    ' "$OUT/cg-01"
}

n_for() { case "$1" in pricing.* | violation.* | snapshot.* | function.*) echo "${N:-$PRICING_N}" ;; *) echo "${N:-$DEFAULT_N}" ;; esac; }

printf '%-40s %16s %14s\n' variant instructions/call mallocs/call
# Differential: the same variant run for n and for 2n calls, so start-up, warm-up and exit (hundreds of millions
# of instructions, which move by a few hundred thousand between a variant's run and another run) cancel out and
# only n calls remain. Subtracting a `none` run instead let those moves pass for tens of instructions per call.
for variant in $VARIANTS; do
    n=$(n_for "$variant")
    read -r base_i base_a < <(counts "$variant" "$n")
    read -r full_i full_a < <(counts "$variant" $((2 * n)))
    awk -v v="$variant" -v bi="$base_i" -v fi="$full_i" -v ba="$base_a" -v fa="$full_a" -v n="$n" \
        'BEGIN { printf "%-40s %16.1f %14.2f\n", v, (fi - bi) / n, (fa - ba) / n }'
done
