#!/usr/bin/env bash
# Runs the hot-path benchmarks of swift-invariants (package-benchmark).
#
#   Benchmarks/run.sh                      # full suite, text table
#   Benchmarks/run.sh --format markdown    # extra arguments go to `benchmark run`
#   Benchmarks/run.sh --filter 'trivial.*'
#
# Instruction counts need hardware performance counters (on Linux, perf_event_paranoid <= 2 and
# a machine or VM that exposes them); without them the instructions column stays empty.
set -euo pipefail
cd "$(dirname "$0")"
exec swift package --allow-writing-to-package-directory benchmark run --target HotPath "$@"
