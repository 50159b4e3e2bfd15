#!/usr/bin/env bash
# Runs the benchmarks of swift-invariants (package-benchmark): HotPath, Properties and Experiments.
#
#   Benchmarks/run.sh                      # full suite (HotPath and Properties), text table
#   Benchmarks/run.sh --target Properties  # one suite
#   Benchmarks/run.sh --format markdown    # extra arguments go to `benchmark run`
#   Benchmarks/run.sh --filter 'trivial.*'
#
# Instruction counts need hardware performance counters (on Linux, perf_event_paranoid <= 2 and
# a machine or VM that exposes them); without them the instructions column stays empty.
set -euo pipefail
cd "$(dirname "$0")"
exec swift package --allow-writing-to-package-directory benchmark run "$@"
