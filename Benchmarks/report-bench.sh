#!/usr/bin/env bash
# Report benchmark (issue 3), run on demand (never in CI): builds the release binary, makes synthetic
# stores with the tool's schema, and times one patient's JSON report. See Benchmarks/README.md.
#
#   Benchmarks/report-bench.sh                     1,000 patients, 15 runs per side
#   Benchmarks/report-bench.sh --patients 100 --runs 5
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "report-bench.sh: $tool is missing (apt-get install -y sqlite3 python3 time)" >&2; exit 1; }
done
scratch=.build-bench
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product recovery
bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)
exec python3 Benchmarks/report_bench.py --recovery "$bin/recovery" "$@"
