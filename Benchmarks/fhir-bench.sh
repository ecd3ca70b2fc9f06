#!/usr/bin/env bash
# FHIR export benchmark, run on demand: builds the release binaries, stores the demo diary, and times
# `recovery export --format fhir` against `--format json` on it, interleaved, printing medians and
# their ratio. Needs the `export` command.
#
#   Benchmarks/fhir-bench.sh              15 runs per format
#   Benchmarks/fhir-bench.sh --runs 5
#   Benchmarks/fhir-bench.sh --smoke      one run per format: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
runs=15
case "${1:-}" in
  "") ;;
  --smoke) runs=1 ;;
  --runs) runs=${2:?--runs needs a number} ;;
  *) echo "usage: fhir-bench.sh [--runs N | --smoke]" >&2; exit 64 ;;
esac
command -v python3 >/dev/null || { echo "fhir-bench.sh: python3 is missing (apt-get install -y python3)" >&2; exit 1; }
bin=$(./build.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/recovery" demo --db "$work/demo.sqlite" >/dev/null
exec python3 - "$bin/recovery" "$work/demo.sqlite" "$runs" <<'PY'
import statistics, subprocess, sys, time
recovery, db, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = {"json": [], "fhir": []}
sizes = {}
for _ in range(runs):
    for fmt in times:
        start = time.perf_counter()
        out = subprocess.run([recovery, "export", "--db", db, "--all-patients", "--format", fmt],
                             check=True, capture_output=True).stdout
        times[fmt].append(time.perf_counter() - start)
        sizes[fmt] = len(out)
for fmt, samples in times.items():
    print(f"{fmt:5} median {statistics.median(samples) * 1000:8.1f} ms  output {sizes[fmt]:,} bytes  ({runs} runs)")
print(f"fhir/json ratio {statistics.median(times['fhir']) / statistics.median(times['json']):.2f}x")
PY
