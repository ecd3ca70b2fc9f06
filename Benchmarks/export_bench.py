#!/usr/bin/env python3
"""Export benchmark: `recovery export --format csv` of a million pain entries against the sqlite3
shell's `-csv` output of the same columns, rows and order; started by export-bench.sh.

The store is filled by `recovery-bench pain-insert` (the bulk insert benchmark's rows: a time on every
row, a note on one in eight, some needing CSV quotes). Both sides write standard output into a file in
the work folder; the two sides alternate, the first one changing every round, so that other work on the
machine slows both alike. Before timing, the script checks that both files hold the same header and
rows (parsed as CSV: the shell quotes more fields than the tool, both within RFC 4180).

It also reports peak RSS (GNU time's %M) of `recovery export` for a small store (--small entries) and
the large one, as CSV and as JSON: a streamed export keeps the same memory whatever the diary's size.
"""

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The columns of `list --format csv` (without `removed`), as the shell can select them from `pain`:
# what a pain entry leaves empty is NULL, which `-csv` writes as an empty field, as the tool does.
COLUMNS = [
  "id", "uid", "type", "patient", "date", "from", "to", "time", "kind", "category", "name", "instrument",
  "answers", "raw", "score", "count",
  "severity", "point", "location", "side", "activity", "aid", "weightBearing", "level", "approach",
  "target", "guidance", "agent", "dose", "drug", "times", "asNeeded", "round", "days", "surgery",
  "provider", "finding", "note",
]
SOURCES = {
  "id": "pain.id", "uid": "pain.uid", "type": "'pain'", "patient": "patient.name", "date": "pain.day",
  "time": "pain.time", "score": "pain.score", "location": "pain.location", "side": "pain.side",
  "activity": "pain.activity", "note": "pain.note",
}
# The tool's query for one patient's current pain entries, in diary order (day, time, id).
SELECT = (
  "SELECT " + ", ".join(f'{SOURCES.get(name, "NULL")} AS "{name}"' for name in COLUMNS)
  + " FROM pain JOIN patient ON patient.id = pain.patient_id"
  + " WHERE pain.patient_id = 1 AND pain.removed = 0 ORDER BY pain.day, pain.time, pain.id"
)


def run(command, **kwargs):
  """Runs a command that must succeed, with its output captured so a failure can show it."""
  result = subprocess.run(command, capture_output=True, text=True, **kwargs)
  if result.returncode != 0:
    sys.exit(f"export-bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
  return result.stdout


def timed_to_file(command, output, rss_file):
  """Whole-process wall time in seconds with standard output into `output`, and from GNU time (which
  adds one fork to both sides) peak RSS in KiB and CPU time (user and system) in seconds."""
  with open(output, "wb") as f:
    start = time.perf_counter()
    result = subprocess.run(
      ["/usr/bin/time", "-f", "%M %U %S", "-o", rss_file] + command, stdout=f, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
  if result.returncode != 0:
    sys.exit(f"export-bench: {' '.join(command)} failed ({result.returncode}): {result.stderr.decode()}")
  with open(rss_file) as f:
    peak, user, system = f.read().split()[-3:]
  return elapsed, int(peak), float(user) + float(system)


def rows(path):
  with open(path, newline="", encoding="utf-8") as f:
    return list(csv.reader(f))


def fill(args, db, entries):
  run([args.bench, "init", db])
  run([args.bench, "pain-insert", str(entries), db])


def duration(seconds):
  return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
  parser = argparse.ArgumentParser(description=__doc__)
  parser.add_argument("--recovery", required=True, help="the release build of recovery")
  parser.add_argument("--bench", required=True, help="the release build of recovery-bench")
  parser.add_argument("--entries", type=int, default=1_000_000, help="pain entries in the store (default 1,000,000)")
  parser.add_argument("--small", type=int, default=10_000, help="entries in the small store for peak RSS (default 10,000)")
  parser.add_argument("--runs", type=int, default=5, help="timed exports per side (default 5)")
  parser.add_argument("--keep", action="store_true", help="keep the work folder and its raw timings")
  parser.add_argument(
    "--smoke", action="store_true",
    help="one pass at a tiny size (3,000 and 300 entries, 2 runs): checks the harness, judges no timing")
  args = parser.parse_args()
  if args.smoke:
    args.entries, args.small, args.runs = 3_000, 300, 2

  work = tempfile.mkdtemp(prefix="recovery-export-bench-", dir="/tmp")
  try:
    db = os.path.join(work, "large.sqlite")
    small_db = os.path.join(work, "small.sqlite")
    print(f"filling stores of {args.entries:,} and {args.small:,} pain entries...", file=sys.stderr)
    fill(args, db, args.entries)
    fill(args, small_db, args.small)
    rss_file = os.path.join(work, "rss")
    outputs = {"ours": os.path.join(work, "ours.csv"), "sqlite3": os.path.join(work, "sqlite3.csv")}
    commands = {
      "ours": [args.recovery, "export", "--format", "csv", "--db", db],
      "sqlite3": ["sqlite3", "-bail", "-readonly", "-csv", "-header", db, SELECT],
    }

    # Same header, rows and order on both sides, checked once before timing.
    for name in commands:
      timed_to_file(commands[name], outputs[name], rss_file)
    ours_rows, base_rows = rows(outputs["ours"]), rows(outputs["sqlite3"])
    if ours_rows[0] != COLUMNS or base_rows[0] != COLUMNS:
      sys.exit(f"export-bench: unexpected headers\n  {ours_rows[0]}\n  {base_rows[0]}")
    if len(ours_rows) != args.entries + 1:
      sys.exit(f"export-bench: the export holds {len(ours_rows) - 1} entries, expected {args.entries}")
    if ours_rows != base_rows:
      first = next(i for i, (a, b) in enumerate(zip(ours_rows, base_rows)) if a != b)
      sys.exit(f"export-bench: the outputs differ first at row {first}:\n  {ours_rows[first]}\n  {base_rows[first]}")
    del ours_rows, base_rows

    print(f"export of {args.entries:,} entries as CSV: {args.runs} interleaved runs per side...", file=sys.stderr)
    times = {name: [] for name in commands}
    rss = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for round_number in range(args.runs):
      order = ("ours", "sqlite3") if round_number % 2 == 0 else ("sqlite3", "ours")
      for name in order:
        elapsed, peak, seconds = timed_to_file(commands[name], outputs[name], rss_file)
        times[name].append(elapsed)
        rss[name].append(peak)
        cpu[name].append(seconds)

    # Peak RSS of the tool for both sizes and both formats: one run each.
    memory = {}
    for fmt in ("csv", "json"):
      for label, store in (("small", small_db), ("large", db)):
        out = os.path.join(work, f"memory.{fmt}")
        elapsed, peak, _ = timed_to_file([args.recovery, "export", "--format", fmt, "--db", store], out, rss_file)
        memory[f"{fmt}-{label}"] = {"seconds": elapsed, "rss": peak}
      os.remove(out)

    with open(os.path.join(work, "results.json"), "w") as f:
      json.dump({"entries": args.entries, "small": args.small, "times": times, "rss": rss, "cpu": cpu, "memory": memory}, f, indent=2)

    base = statistics.median(times["sqlite3"])
    ours = statistics.median(times["ours"])
    ratio = ours / base
    target = 1.5
    print(f"export of {args.entries:,} pain entries as CSV to a file, {args.runs} runs per side")
    print(f"  median sqlite3 -csv {duration(base)}, recovery export {duration(ours)}: {ratio:.2f}x "
          f"(target <= {target}x: {'met' if ratio <= target else 'NOT met'})")
    base_cpu, ours_cpu = statistics.median(cpu["sqlite3"]), statistics.median(cpu["ours"])
    # At a smoke run's size the shell's CPU time can round to zero.
    cpu_ratio = f"{ours_cpu / base_cpu:.2f}x" if base_cpu > 0 else "too short to compare"
    print(f"  median CPU time (user + system) sqlite3 {duration(base_cpu)}, recovery {duration(ours_cpu)}: "
          f"{cpu_ratio}")
    print(f"  peak RSS sqlite3 {max(rss['sqlite3']) / 1024:.1f} MiB, recovery export {max(rss['ours']) / 1024:.1f} MiB")
    for fmt in ("csv", "json"):
      small, large = memory[f"{fmt}-small"], memory[f"{fmt}-large"]
      print(f"  {fmt}: peak RSS {small['rss'] / 1024:.1f} MiB for {args.small:,} entries, "
            f"{large['rss'] / 1024:.1f} MiB for {args.entries:,} ({duration(large['seconds'])})")
    if args.smoke:
      print("smoke run: the harness works; timings at this size mean nothing")
  finally:
    if args.keep:
      print(f"raw timings: {os.path.join(work, 'results.json')}", file=sys.stderr)
    else:
      shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
  main()
