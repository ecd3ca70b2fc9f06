#!/usr/bin/env bash
# Export benchmark, run on demand: builds the release binaries, fills a store with a million pain
# entries, and times `recovery export --format csv` against `sqlite3 -csv`. See Benchmarks/README.md.
#
#   Benchmarks/export-bench.sh                     1,000,000 entries, 5 runs per side
#   Benchmarks/export-bench.sh --entries 100000 --runs 3
#   Benchmarks/export-bench.sh --smoke             one pass at a tiny size: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "export-bench.sh: $tool is missing (apt-get install -y sqlite3 python3 time)" >&2; exit 1; }
done
bin=$(./build.sh)
exec python3 export_bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
