#!/usr/bin/env bash
# Builds `recovery` and `recovery-bench` as the benchmarks time them, and prints the folder that holds
# them: release mode, the Swift runtime linked statically (as a shipped binary would be), and a scratch
# folder of this package's own, so benchmarking never disturbs (or waits on) the debug build in the
# package above. The build's own output goes to standard error.
#
#   Benchmarks/build.sh                  recovery and recovery-bench
#   Benchmarks/build.sh recovery-serve   those and the products named (the web app's server, which
#                                        `recovery serve` runs from the same folder)
set -euo pipefail
cd "$(dirname "$0")"
flags=(-c release --static-swift-stdlib --scratch-path .build-bench)
for product in recovery recovery-bench "$@"; do
  swift build "${flags[@]}" --product "$product" >&2
done
swift build "${flags[@]}" --show-bin-path
