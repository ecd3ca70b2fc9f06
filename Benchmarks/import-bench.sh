#!/usr/bin/env bash
# Import benchmark, run on demand: builds the release binaries and compares `recovery import` of a CSV
# of pain entries with the sqlite3 shell's `.import` of the same file, interleaved in one session.
# See Benchmarks/README.md.
#
#   Benchmarks/import-bench.sh                   1,000,000 rows, 3 runs per side
#   Benchmarks/import-bench.sh --rows 50000 --runs 1
#   Benchmarks/import-bench.sh --smoke           one pass at a tiny size: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "import-bench.sh: $tool is missing (apt-get install -y sqlite3 python3 time)" >&2; exit 1; }
done
bin=$(./build.sh)
exec python3 import_bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
