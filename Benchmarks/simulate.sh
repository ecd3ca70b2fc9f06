#!/usr/bin/env bash
# The verdicts on simulated diaries whose truth is known, run on demand: builds recovery-simulate in
# release mode and prints its table and goals. See Benchmarks/README.md.
#
#   Benchmarks/simulate.sh                   500 diaries a scenario (about ten seconds)
#   Benchmarks/simulate.sh --diaries 2000    more diaries, tighter figures
#   Benchmarks/simulate.sh --seed 7          another seed
#   Benchmarks/simulate.sh --smoke           20 diaries a scenario: checks the harness, judges nothing
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --scratch-path .build-bench --product recovery-simulate >&2
exec "$(swift build -c release --scratch-path .build-bench --show-bin-path)/recovery-simulate" "$@"
