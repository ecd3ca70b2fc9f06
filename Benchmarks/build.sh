#!/usr/bin/env bash
# Builds `recovery` and `recovery-bench` as the benchmarks time them, and prints the folder that holds
# them: release mode, the Swift runtime linked statically (as a shipped binary would be), and a scratch
# folder of this package's own, so benchmarking never disturbs (or waits on) the debug build in the
# package above. The build's own output goes to standard error.
set -euo pipefail
cd "$(dirname "$0")"
flags=(-c release --static-swift-stdlib --scratch-path .build-bench)
swift build "${flags[@]}" --product recovery >&2
swift build "${flags[@]}" --product recovery-bench >&2
swift build "${flags[@]}" --show-bin-path
