#!/usr/bin/env bash
# Checks the committed performance thresholds of the guarded hot path (Thresholds/instructions.tsv):
# instructions and allocations per call, counted with valgrind by instructions.sh for the variants the file
# names, and the issue's targets as ratios and differences between variants. Exits non-zero when one fails.
# Takes 2–4 minutes on 2 cores after the build (.ci/run runs it).
#
#   Benchmarks/check-thresholds.sh
#   PACKAGE_BENCHMARK=1 Benchmarks/check-thresholds.sh   # also package-benchmark's malloc thresholds
#                                                         # (Thresholds/HotPath.*.json; builds package-benchmark)
#
# SCRATCH (default .build) is the build folder of the Benchmarks package.
set -euo pipefail
cd "$(dirname "$0")"
SCRATCH="${SCRATCH:-.build}"
mkdir -p "$SCRATCH"
measured="$SCRATCH/instructions.txt"

variants=$(awk -F'\t' '$1 == "max" { print $2 } $1 == "over" || $1 == "ratio" || $1 == "no-mallocs" { print $2; print $3 }' \
    Thresholds/instructions.tsv | sort -u | tr '\n' ' ')
echo "== instructions and mallocs per call (valgrind)"
# shellcheck disable=SC2086
SCRATCH="$SCRATCH" ./instructions.sh $variants | tee "$measured"

value() { awk -v v="$1" -v c="$2" '$1 == v { print $c }' "$measured"; }
failed=0
report() {
    if [ "$1" = ok ]; then echo "ok: $2"; else echo "OVER: $2"; failed=1; fi
}
while IFS=$'\t' read -r kind a b limit mallocs; do
    case "$kind" in '#'* | '') continue ;; esac
    ia=$(value "$a" 2)
    ma=$(value "$a" 3)
    if [ -z "$ia" ]; then report over "$a was not measured"; continue; fi
    case "$kind" in
    max)
        if awk -v m="$ia" -v l="$b" 'BEGIN { exit !(m <= l) }'; then r=ok; else r=over; fi
        report "$r" "$a: $ia instructions/call ≤ $b"
        if awk -v m="$ma" -v l="$limit" 'BEGIN { exit !(m <= l + 0.05) }'; then r=ok; else r=over; fi
        report "$r" "$a: $ma mallocs/call ≤ $limit"
        ;;
    over)
        ib=$(value "$b" 2)
        if awk -v x="$ia" -v y="$ib" -v l="$limit" 'BEGIN { exit !(x - y <= l) }'; then r=ok; else r=over; fi
        report "$r" "$a − $b: $(awk -v x="$ia" -v y="$ib" 'BEGIN { printf "%.1f", x - y }') instructions/call ≤ $limit"
        ;;
    ratio)
        ib=$(value "$b" 2)
        if awk -v x="$ia" -v y="$ib" -v l="$limit" 'BEGIN { exit !(x / y <= l) }'; then r=ok; else r=over; fi
        report "$r" "$a ÷ $b: $(awk -v x="$ia" -v y="$ib" 'BEGIN { printf "%.4f", x / y }') ≤ $limit"
        ;;
    no-mallocs)
        mb=$(value "$b" 3)
        if awk -v x="$ma" -v y="$mb" 'BEGIN { exit !(x <= y + 0.05) }'; then r=ok; else r=over; fi
        report "$r" "$a: $ma mallocs/call, $b: $mb"
        ;;
    *) report over "unknown kind '$kind' in Thresholds/instructions.tsv" ;;
    esac
done < Thresholds/instructions.tsv

if [ "${PACKAGE_BENCHMARK:-0}" = 1 ]; then
    echo "== allocations (package-benchmark thresholds)"
    swift package --scratch-path "$SCRATCH" benchmark thresholds check --target HotPath || failed=1
fi
exit "$failed"
