#!/usr/bin/env bash
# FHIR export benchmark, run on demand: builds the release binaries, stores the demo diary, and times
# `recovery export --format fhir` against `--format json` of it, interleaved, printing medians and
# their ratio. See Benchmarks/README.md.
#
#   Benchmarks/fhir-bench.sh              15 runs per format, after one untimed pair
#   Benchmarks/fhir-bench.sh --runs 5
#   Benchmarks/fhir-bench.sh --smoke      one run per format: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
runs=15
warmup=1
case "${1:-}" in
  "") ;;
  --smoke) runs=1 warmup=0 ;;
  --runs) runs=${2:?--runs needs a number} ;;
  *) echo "usage: fhir-bench.sh [--runs N | --smoke]" >&2; exit 64 ;;
esac
command -v python3 >/dev/null || { echo "fhir-bench.sh: python3 is missing (apt-get install -y python3)" >&2; exit 1; }
bin=$(./build.sh)
work=$(mktemp -d /tmp/recovery-fhir-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$bin/recovery" demo --db "$work/demo.sqlite" >/dev/null
# Not exec: the trap removes the work folder when the script ends.
python3 - "$bin/recovery" "$work" "$runs" "$warmup" <<'PY'
import json, os, resource, statistics, subprocess, sys, time

recovery, work, runs, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = os.path.join(work, "demo.sqlite")
formats = ["json", "fhir"]


def export(fmt):
    """One whole `recovery export` into a file: wall time and CPU time (user + system), in seconds."""
    output = os.path.join(work, "export." + fmt)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(output, "wb") as f:
        result = subprocess.run(
            [recovery, "export", "--db", db, "--patient", "demo", "--format", fmt],
            stdout=f, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"fhir-bench: export --format {fmt} failed ({result.returncode}): {result.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def check():
    """Both files hold the same diary: every entry's own FHIR resource (the one carrying its diary-entry
    extension) in a transaction Bundle."""
    with open(os.path.join(work, "export.json"), encoding="utf-8") as f:
        entries = json.load(f)["entries"]
    with open(os.path.join(work, "export.fhir"), encoding="utf-8") as f:
        bundle = json.load(f)
    own = sum(
        1 for entry in bundle.get("entry", [])
        if any(e.get("url", "").endswith("/diary-entry") for e in entry["resource"].get("extension", [])))
    if bundle.get("type") != "transaction" or own != len(entries):
        sys.exit(f"fhir-bench: the bundle records {own} entries, not {len(entries)}")
    return len(entries)


load = os.getloadavg()[0]
for _ in range(warmup):
    for fmt in formats:
        export(fmt)
wall = {fmt: [] for fmt in formats}
cpu = {fmt: [] for fmt in formats}
entries = None
for index in range(runs):
    # The format that goes first alternates, so that neither always follows the other.
    for fmt in formats if index % 2 == 0 else reversed(formats):
        seconds, used = export(fmt)
        wall[fmt].append(seconds)
        cpu[fmt].append(used)
    if entries is None:
        entries = check()
sizes = {fmt: os.path.getsize(os.path.join(work, "export." + fmt)) for fmt in formats}
print(f"export of the demo diary ({entries:,} entries), {runs} interleaved runs per format after {warmup} untimed")
for fmt in formats:
    print(f"  {fmt:4}  median wall {statistics.median(wall[fmt]) * 1000:7.1f} ms, CPU "
          f"{statistics.median(cpu[fmt]) * 1000:7.1f} ms, output {sizes[fmt]:,} bytes")
ratio = statistics.median(wall["fhir"]) / statistics.median(wall["json"])
cpu_ratio = statistics.median(cpu["fhir"]) / statistics.median(cpu["json"])
print(f"  fhir/json ratio of medians: wall {ratio:.2f}x, CPU {cpu_ratio:.2f}x")
print(f"  load average (1 min) {load:.1f} before, {os.getloadavg()[0]:.1f} after")
PY
