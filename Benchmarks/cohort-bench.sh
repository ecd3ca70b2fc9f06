#!/usr/bin/env bash
# Cohort benchmark, run on demand: builds the release binaries, makes a clinic's store through the
# store's batch API, and times `recovery cohort` against the sqlite3 shell. See Benchmarks/README.md.
#
#   Benchmarks/cohort-bench.sh                                  1,000 patients, 5 runs per side
#   Benchmarks/cohort-bench.sh --store /tmp/cohort-1000.sqlite  keep the store there and reuse it
#   Benchmarks/cohort-bench.sh --patients 100 --memory-patients 10 --runs 3
#   Benchmarks/cohort-bench.sh --smoke                          one pass at a tiny size: checks the harness, judges nothing
set -euo pipefail
cd "$(dirname "$0")"
for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "cohort-bench.sh: $tool is missing (apt-get install -y sqlite3 python3 time)" >&2; exit 1; }
done
bin=$(./build.sh)
exec python3 cohort_bench.py --recovery "$bin/recovery" --bench "$bin/recovery-bench" "$@"
