#!/usr/bin/env python3
"""`recovery import` of a CSV of pain entries against the sqlite3 shell's `.import` of the same file;
started by import-bench.sh.

Both sides run as whole processes, alternately, each into a fresh database: ours into an empty diary
(schema and default patient, made once by `recovery-bench init` and copied), the baseline into a table
with the file's columns. The file has no uids, so ours derives one per row (SHA-1 over the row's
content), checks it against the diary, validates the row and writes it with its history.

A third side, the schema floor, is SQLite alone writing the same rows into the diary's own `pain`
table: the sqlite3 shell copies them, with a random uid each, from the baseline's table by one
INSERT ... SELECT, under the store's pragmas. It runs no code of ours, so no import into this schema
can be faster than it; it shows how much of the ratio the schema's CHECKs and indexes take.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The CSV's columns (recovery-bench's importCSVHeader) as the baseline's table.
BASELINE_TABLE = (
  "CREATE TABLE pain_import (type TEXT, date TEXT, time TEXT, score INTEGER, location TEXT, side TEXT,"
  " activity TEXT, note TEXT)")
# What both databases must agree on, row for row: a missing note is NULL in the store, '' after .import.
OURS_ROWS = "SELECT day, time, score, location, side, activity, coalesce(note, '') FROM pain"
BASE_ROWS = "SELECT date, time, score, location, side, activity, note FROM b.pain_import"
# The schema floor's copy: every row with a random 36-character uid, the default patient, a missing
# note as NULL.
RANDOM_UID = (
  "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-'"
  " || hex(randomblob(2)) || '-' || hex(randomblob(6)))")
FLOOR_INSERT = (
  "INSERT INTO pain (uid, patient_id, day, time, score, location, side, activity, note, recorded_at)"
  f" SELECT {RANDOM_UID}, 1, date, time, score, location, side, activity, nullif(note, ''),"
  " '2026-01-01T00:00:00Z' FROM b.pain_import")


def run(command):
  result = subprocess.run(command, capture_output=True, text=True)
  if result.returncode != 0:
    sys.exit(f"import-bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
  return result.stdout


def timed_with_rss(command, rss_file):
  """Whole-process wall time in seconds and peak RSS in KiB (GNU time adds one fork to both sides)."""
  start = time.perf_counter()
  result = subprocess.run(
    ["/usr/bin/time", "-f", "%M", "-o", rss_file] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
  elapsed = time.perf_counter() - start
  if result.returncode != 0:
    sys.exit(f"import-bench: {' '.join(command)} failed ({result.returncode}): {result.stderr.decode()}")
  with open(rss_file) as f:
    return elapsed, int(f.read().split()[-1])


def scalar(db, sql):
  return run(["sqlite3", db, sql]).strip()


def fresh_copy(template, path):
  for suffix in ("", "-wal", "-shm", "-journal"):
    if os.path.exists(path + suffix):
      os.remove(path + suffix)
  shutil.copyfile(template, path)
  os.chmod(path, 0o600)


def measure(args, work, rows, runs, check):
  csv = os.path.join(work, f"pain-{rows}.csv")
  ours_template = os.path.join(work, "empty-diary.sqlite")
  base_template = os.path.join(work, "empty-table.sqlite")
  ours_db = os.path.join(work, "ours.sqlite")
  base_db = os.path.join(work, "sqlite3.sqlite")
  run([args.bench, "pain-import-csv", str(rows), csv])
  if not os.path.exists(ours_template):
    run([args.bench, "init", ours_template])
    run(["sqlite3", base_template, BASELINE_TABLE])
  floor_db = os.path.join(work, "floor.sqlite")
  commands = {
    "ours": [args.recovery, "import", csv, "--db", ours_db],
    # One .import is one transaction; synchronous FULL as the store sets it.
    "sqlite3": ["sqlite3", "-bail", base_db, "PRAGMA synchronous = FULL", f".import --csv --skip 1 {csv} pain_import"],
    # One statement, one transaction; the pragmas the store sets on opening (WAL is in the file).
    "floor": [
      "sqlite3", "-bail", floor_db, "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
      "PRAGMA cache_size = -65536", f"ATTACH '{base_db}' AS b", FLOOR_INSERT],
  }
  targets = {"ours": (ours_template, ours_db), "sqlite3": (base_template, base_db), "floor": (ours_template, floor_db)}
  times = {name: [] for name in commands}
  rss = {name: [] for name in commands}
  rss_file = os.path.join(work, "rss")
  for round_number in range(runs):
    # The floor reads the table the baseline has just written, so it follows it.
    order = ("ours", "sqlite3", "floor") if round_number % 2 == 0 else ("sqlite3", "floor", "ours")
    for name in order:
      fresh_copy(*targets[name])
      elapsed, peak = timed_with_rss(commands[name], rss_file)
      times[name].append(elapsed)
      rss[name].append(peak)
    counts = (
      scalar(ours_db, "SELECT count(*) FROM pain"), scalar(base_db, "SELECT count(*) FROM pain_import"),
      scalar(floor_db, "SELECT count(*) FROM pain"))
    if counts != (str(rows),) * 3:
      sys.exit(f"import-bench: stored {counts} rows (ours, sqlite3, floor), expected {rows}")
    if check and round_number == 0:
      for name, db in (("ours", ours_db), ("floor", floor_db)):
        differing = scalar(
          db,
          f"ATTACH '{base_db}' AS b; SELECT (SELECT count(*) FROM ({OURS_ROWS} EXCEPT {BASE_ROWS}))"
          f" + (SELECT count(*) FROM ({BASE_ROWS} EXCEPT {OURS_ROWS}))")
        if differing != "0":
          sys.exit(f"import-bench: {name} and sqlite3 differ in {differing} rows")
      uids = scalar(ours_db, "SELECT count(DISTINCT uid) FROM pain")
      if uids != str(rows):
        sys.exit(f"import-bench: {uids} distinct uids for {rows} rows")
      again = run(commands["ours"])
      if f" 0 added, {rows} skipped" not in again:
        sys.exit(f"import-bench: importing the file again did not skip every row: {again}")
  os.remove(csv)
  return {"rows": rows, "runs": runs, "times": times, "rss": rss}


def duration(seconds):
  return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
  parser = argparse.ArgumentParser(description=__doc__)
  parser.add_argument("--recovery", required=True, help="the release build of recovery")
  parser.add_argument("--bench", required=True, help="the release build of recovery-bench")
  parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the CSV (default 1,000,000)")
  parser.add_argument("--runs", type=int, default=3, help="imports per side (default 3)")
  parser.add_argument(
    "--smoke", action="store_true", help="one pass at a tiny size (3,000 rows): checks the harness, judges no timing")
  args = parser.parse_args()
  if args.smoke:
    args.rows, args.runs = 3_000, 1

  work = tempfile.mkdtemp(prefix="recovery-import-bench-", dir="/tmp")
  try:
    print(f"import: {args.rows:,} rows, {args.runs} interleaved runs per side...", file=sys.stderr)
    main_result = measure(args, work, args.rows, args.runs, check=True)
    # Peak memory at a tenth of the size, once per side: flat memory means about the same peak.
    small = measure(args, work, max(args.rows // 10, 1), 1, check=False)
    base = statistics.median(main_result["times"]["sqlite3"])
    ours = statistics.median(main_result["times"]["ours"])
    floor = statistics.median(main_result["times"]["floor"])
    ratio = ours / base
    print(
      f"{'benchmark':<24}{'runs':>5}  {'sqlite3 median':>15}{'ours median':>13}{'ratio':>8}{'target':>9}"
      f"{'met':>5}  {'peak RSS sqlite3 / ours':>24}")
    print(
      f"{'import ' + format(args.rows, ',') + ' rows':<24}{args.runs:>5}  {duration(base):>15}{duration(ours):>13}"
      f"{ratio:>7.2f}x{'<= 1.5x':>9}{'yes' if ratio <= 1.5 else 'NO':>5}"
      f"  {max(main_result['rss']['sqlite3']) / 1024:>10.1f} / {max(main_result['rss']['ours']) / 1024:.1f} MiB")
    print(
      f"(peak RSS at {small['rows']:,} rows: sqlite3 {max(small['rss']['sqlite3']) / 1024:.1f} MiB,"
      f" ours {max(small['rss']['ours']) / 1024:.1f} MiB)")
    print(
      f"schema floor (SQLite alone writing the rows into the diary's pain table): median {duration(floor)},"
      f" {floor / base:.2f}x the .import; ours is {ours / floor:.2f}x the floor"
      f" (peak RSS {max(main_result['rss']['floor']) / 1024:.1f} MiB)")
    if args.smoke:
      print("smoke run: the harness works; timings at this size mean nothing")
  finally:
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
  main()
