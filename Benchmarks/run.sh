#!/usr/bin/env bash
# Benchmarks, run on demand (never in CI): builds the release binaries and compares them with the
# sqlite3 shell, interleaved in one session. See Benchmarks/README.md.
#
#   Benchmarks/run.sh                      both benchmarks, default sizes
#   Benchmarks/run.sh --only single        the single insert only (--runs N, --warmup N)
#   Benchmarks/run.sh --only bulk          the bulk insert only (--rows N, --bulk-runs N)
#   Benchmarks/run.sh --keep               keep /tmp/recovery-bench-*/results.json with every timing
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

# A scratch path of its own, so benchmarking never disturbs (or waits on) the debug build in .build.
scratch=.build-bench
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product recovery
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product recovery-bench
bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)

exec python3 Benchmarks/bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
