#!/usr/bin/env bash
# Insert benchmarks, run on demand: builds the release binaries and compares them with the sqlite3
# shell, interleaved in one session. See Benchmarks/README.md.
#
#   Benchmarks/run.sh                      both benchmarks, default sizes
#   Benchmarks/run.sh --only single        the single insert only (--runs N, --warmup N, --diary N)
#   Benchmarks/run.sh --only bulk          the bulk insert only (--rows N, --bulk-runs N)
#   Benchmarks/run.sh --keep               keep /tmp/recovery-bench-*/results.json with every timing
#   Benchmarks/run.sh --smoke              one pass at a tiny size: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

bin=$(./build.sh)
exec python3 bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
