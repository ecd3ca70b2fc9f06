#!/usr/bin/env python3
"""Interleaved whole-process benchmarks of `recovery` against the sqlite3 shell; started by run.sh.

Both sides of each comparison run as separate processes, alternately, in the same session: other work
on the machine then slows both alike, and the ratio stays meaningful even when absolute times wander.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# One pain row as the tool writes it for `recovery pain 5 --location groin --side right`:
# - the number is the next one across all four tables, as RecoveryStore.nextID() computes it, so
#   the baseline never collides with the tool's numbers or its own earlier rows;
# - the uid is a fresh random version-4 UUID in lowercase 8-4-4-4-12 form (the table's UNIQUE index
#   refuses a repeated one, and the CHECK wants 36 characters), made from randomblob() by the CTE;
# - the day is today in the local time zone, recorded_at the local time in the tool's format.
# PRAGMA synchronous=FULL and foreign_keys=ON are what RecoveryStore sets on every connection; WAL is
# persistent in the file, which the tool created.
SINGLE_SQL = """\
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
WITH r(h) AS (SELECT lower(hex(randomblob(16))))
INSERT INTO pain (id, uid, patient_id, day, score, location, side, recorded_at)
SELECT
  (SELECT max(coalesce((SELECT max(id) FROM treatment), 0), coalesce((SELECT max(id) FROM pain), 0),
    coalesce((SELECT max(id) FROM symptom), 0), coalesce((SELECT max(id) FROM aid), 0)) + 1),
  substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-'
    || substr('89ab', 1 + abs(random() % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12),
  (SELECT id FROM patient WHERE name = 'default'),
  date('now', 'localtime'), 5, 'groin', 'right',
  strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') || '+0000'
FROM r;
"""

# The columns both bulk databases must agree on. recorded_at is the time of the run on the store's
# side and a constant in the CSV; a missing note is NULL in the store and '' after .import, which has
# no way to write NULL.
COMPARED = "id, uid, patient_id, day, time, score, location, side, activity, coalesce(note, ''), removed"


def run(command, **kwargs):
  """Runs a command that must succeed, with its output captured so a failure can show it."""
  result = subprocess.run(command, capture_output=True, text=True, **kwargs)
  if result.returncode != 0:
    sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
  return result.stdout


def timed(command):
  """Whole-process wall time in seconds; output goes nowhere so the terminal costs nothing."""
  start = time.perf_counter()
  result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
  elapsed = time.perf_counter() - start
  if result.returncode != 0:
    sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}): {result.stderr.decode()}")
  return elapsed


def timed_with_rss(command, rss_file):
  """Wall time as timed(), plus peak RSS in KiB from GNU time (which adds one fork to both sides)."""
  elapsed = timed(["/usr/bin/time", "-f", "%M", "-o", rss_file] + command)
  with open(rss_file) as f:
    return elapsed, int(f.read().split()[-1])


def scalar(db, sql):
  return run(["sqlite3", db, sql]).strip()


def remove_db(path):
  for suffix in ("", "-wal", "-shm", "-journal"):
    if os.path.exists(path + suffix):
      os.remove(path + suffix)


def single_insert(args, work, prefill):
  """One `recovery pain` against one sqlite3 INSERT, into a new diary or one of `prefill` entries."""
  ours_db = os.path.join(work, f"single-{prefill}-ours.sqlite")
  base_db = os.path.join(work, f"single-{prefill}-sqlite3.sqlite")
  ours = [args.recovery, "pain", "5", "--location", "groin", "--side", "right"]
  commands = {
    "ours": lambda: ours + ["--db", ours_db],
    "sqlite3": lambda: ["sqlite3", "-bail", base_db, SINGLE_SQL],
    # The cost of starting any process from this harness: a floor under both medians.
    "floor": lambda: ["/bin/true"],
  }
  # Both databases are created by the tool itself, with its schema and pragmas; a filled diary gets
  # the bulk benchmark's first rows on both sides.
  for db in (ours_db, base_db):
    if prefill == 0:
      run(ours + ["--db", db])
    else:
      run([args.bench, "init", db])
      run([args.bench, "pain-insert", str(prefill), db])
  initial = max(prefill, 1)
  if scalar(base_db, "PRAGMA journal_mode") != "wal":
    sys.exit("bench: the tool's database is not in WAL mode")
  for _ in range(args.warmup):
    for name in ("ours", "sqlite3"):
      timed(commands[name]())
  times = {name: [] for name in commands}
  for _ in range(args.runs):
    for name in ("ours", "sqlite3", "floor"):
      times[name].append(timed(commands[name]()))
  rss_file = os.path.join(work, "rss")
  rss = {name: timed_with_rss(commands[name](), rss_file)[1] for name in ("ours", "sqlite3")}

  # Every baseline insert must have been a real, distinct, valid row.
  expected = initial + args.warmup + args.runs + 1
  for db in (ours_db, base_db):
    found = scalar(db, "SELECT count(*) || ' ' || count(DISTINCT uid) || ' ' || max(id) FROM pain")
    if found != f"{expected} {expected} {expected}":
      sys.exit(f"bench: {db} holds {found} (rows, uids, highest number), expected {expected} of each")
  return {"runs": args.runs, "prefill": prefill, "times": times, "rss": rss}


def bulk_insert(args, work):
  csv = os.path.join(work, "pain.csv")
  template = os.path.join(work, "empty.sqlite")
  ours_db = os.path.join(work, "bulk-ours.sqlite")
  base_db = os.path.join(work, "bulk-sqlite3.sqlite")
  rows = args.rows

  # Preparation, not timed: the CSV, and one empty diary that both sides start from.
  run([args.bench, "pain-csv", str(rows), csv])
  run([args.bench, "init", template])
  with open(csv) as f:
    header = f.readline().strip()
  columns = scalar(template, "SELECT group_concat(name, ',') FROM pragma_table_info('pain')")
  if header != columns:
    sys.exit(f"bench: the CSV's columns\n  {header}\ndo not match table pain's\n  {columns}")

  commands = {
    "ours": [args.bench, "pain-insert", str(rows), ours_db],
    # One .import is one transaction; the pragmas match the store's connection.
    "sqlite3": [
      "sqlite3", "-bail", base_db, "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
      f".import --csv --skip 1 {csv} pain",
    ],
  }
  databases = {"ours": ours_db, "sqlite3": base_db}
  times = {name: [] for name in commands}
  rss = {name: [] for name in commands}
  rss_file = os.path.join(work, "rss")
  for round_number in range(args.bulk_runs):
    # Alternating who goes first keeps a slow drift of the machine from favouring one side.
    order = ("ours", "sqlite3") if round_number % 2 == 0 else ("sqlite3", "ours")
    for name in order:
      remove_db(databases[name])
      shutil.copyfile(template, databases[name])
      os.chmod(databases[name], 0o600)
      elapsed, peak = timed_with_rss(commands[name], rss_file)
      times[name].append(elapsed)
      rss[name].append(peak)
    for name, db in databases.items():
      found = scalar(db, "SELECT count(*) FROM pain")
      if found != str(rows):
        sys.exit(f"bench: {name} stored {found} rows, expected {rows}")
    if round_number == 0:
      # Same rows on both sides, checked once: the comparison itself takes a while.
      differing = scalar(
        ours_db,
        f"ATTACH '{base_db}' AS b; SELECT (SELECT count(*) FROM (SELECT {COMPARED} FROM main.pain "
        f"EXCEPT SELECT {COMPARED} FROM b.pain)) + (SELECT count(*) FROM (SELECT {COMPARED} FROM b.pain "
        f"EXCEPT SELECT {COMPARED} FROM main.pain))")
      if differing != "0":
        sys.exit(f"bench: the two bulk databases differ in {differing} rows")
    for db in databases.values():
      remove_db(db)
  return {"runs": args.bulk_runs, "rows": rows, "times": times, "rss": rss}


def duration(seconds):
  return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def report(results):
  lines = [
    f"{'benchmark':<24}{'runs':>5}  {'sqlite3 median':>15}{'ours median':>13}{'ratio':>8}{'target':>9}"
    f"{'met':>5}  {'peak RSS sqlite3 / ours':>24}",
  ]
  for name, target in (("single", 2.5), ("single-diary", 2.5), ("bulk", 1.0)):
    if name not in results:
      continue
    result = results[name]
    base = statistics.median(result["times"]["sqlite3"])
    ours = statistics.median(result["times"]["ours"])
    ratio = ours / base
    rss = result["rss"]
    peak = {side: max(value) if isinstance(value, list) else value for side, value in rss.items()}
    if name == "single":
      label = "single, new diary"
    elif name == "single-diary":
      label = f"single, {result['prefill']:,} entries"
    else:
      label = f"bulk {result['rows']:,} rows"
    lines.append(
      f"{label:<24}{result['runs']:>5}  {duration(base):>15}{duration(ours):>13}{ratio:>7.2f}x"
      f"{'<= ' + str(target) + 'x':>9}{'yes' if ratio <= target else 'NO':>5}"
      f"  {peak['sqlite3'] / 1024:>10.1f} / {peak['ours'] / 1024:.1f} MiB")
  if "single" in results:
    floor = statistics.median(results["single"]["times"]["floor"])
    lines.append(f"(starting /bin/true from this harness: median {duration(floor)}, included in both sides)")
  print("\n".join(lines))


def main():
  parser = argparse.ArgumentParser(description=__doc__)
  parser.add_argument("--recovery", required=True, help="the release build of recovery")
  parser.add_argument("--bench", required=True, help="the release build of recovery-bench")
  parser.add_argument("--runs", type=int, default=30, help="timed single inserts per side (default 30)")
  parser.add_argument("--warmup", type=int, default=3, help="untimed single inserts per side first")
  parser.add_argument(
    "--diary", type=int, default=20_000,
    help="entries already in the diary for the second single-insert run (default 20,000, about five "
    "years at ten a day; 0 skips it)")
  parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the bulk insert")
  parser.add_argument("--bulk-runs", type=int, default=3, help="bulk inserts per side (default 3)")
  parser.add_argument("--only", choices=("single", "bulk"), help="run one benchmark only")
  parser.add_argument("--keep", action="store_true", help="keep the work folder and its raw timings")
  parser.add_argument(
    "--smoke", action="store_true",
    help="one pass at a tiny size (2 runs, 300 entries, 3,000 rows): checks the harness, judges no timing")
  args = parser.parse_args()
  if args.smoke:
    args.runs, args.warmup, args.diary, args.rows, args.bulk_runs = 2, 1, 300, 3_000, 2

  work = tempfile.mkdtemp(prefix="recovery-bench-", dir="/tmp")
  results = {}
  try:
    if args.only in (None, "single"):
      print(f"single insert, new diary: {args.runs} interleaved runs per side...", file=sys.stderr)
      results["single"] = single_insert(args, work, 0)
      if args.diary > 0:
        print(f"single insert, {args.diary:,} entries: {args.runs} interleaved runs per side...", file=sys.stderr)
        results["single-diary"] = single_insert(args, work, args.diary)
    if args.only in (None, "bulk"):
      print(f"bulk insert: {args.rows:,} rows, {args.bulk_runs} interleaved runs per side...", file=sys.stderr)
      results["bulk"] = bulk_insert(args, work)
    with open(os.path.join(work, "results.json"), "w") as f:
      json.dump(results, f, indent=2)
    report(results)
    if args.smoke:
      print("smoke run: the harness works; timings at this size mean nothing")
  finally:
    if args.keep:
      print(f"raw timings: {os.path.join(work, 'results.json')}", file=sys.stderr)
    else:
      shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
  main()
