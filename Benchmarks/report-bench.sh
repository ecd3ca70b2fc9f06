#!/usr/bin/env bash
# Report benchmark, run on demand: builds the release binaries, makes synthetic stores with the tool's
# schema, and times one patient's JSON report. See Benchmarks/README.md.
#
#   Benchmarks/report-bench.sh                     1,000 patients, 15 runs per side
#   Benchmarks/report-bench.sh --patients 100 --runs 5
#   Benchmarks/report-bench.sh --smoke             one pass at a tiny size: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "report-bench.sh: $tool is missing (apt-get install -y sqlite3 python3 time)" >&2; exit 1; }
done
bin=$(./build.sh)
exec python3 report_bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
