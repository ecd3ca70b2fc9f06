#!/usr/bin/env python3
"""Report benchmark: one patient's JSON report from a store of many patients; started by
report-bench.sh.

Comparisons, each interleaved in one session so that other work on the machine slows both sides alike:
  A. one patient's report from a store of 1,000 patients x 2 years (about two million rows) against the
     same patient's report from a store holding only that patient (target: at most 1.5x);
  B. a 20-year single-patient history against a 2-year one (target: at most 10x).

The stores are made with the tool's own schema (`recovery-bench schema` creates the file through the
store), then filled by the sqlite3 shell with recursive CTEs: much faster than logging two million
entries, and the report only reads. Before timing, the script checks that the patient's report is the
same from both stores of A and that every report shows the six treatments.
Each patient has daily pain at two locations, catching most days, a trigger-point entry a week, six
treatments (cortisone, PRP, three prolotherapy rounds, a psoas release) and two crutch periods.
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

UID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
       " || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")

FILL = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE p(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM p WHERE i < {patients})
INSERT INTO patient (id, uid, name, created_at)
SELECT i, {uid}, printf('p%04d', i), '2024-01-01T00:00:00+0000' FROM p;

WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < {days} - 1),
  k(j) AS (SELECT 0 UNION ALL SELECT 1)
INSERT INTO pain (id, uid, patient_id, day, score, location, side, activity, recorded_at)
SELECT 100000000 + ((p.id - 1) * {days} + n) * 2 + j, {uid}, p.id, date('{start}', '+' || n || ' days'),
  CASE WHEN n >= {release} + 14 THEN abs(random() % 3) + 1 ELSE abs(random() % 3) + 4 END,
  CASE j WHEN 0 THEN 'groin' ELSE 'front-thigh' END, 'right',
  CASE abs(random() % 3) WHEN 0 THEN 'stairs' WHEN 1 THEN 'car' ELSE NULL END, 'x'
FROM patient AS p, d, k;

WITH RECURSIVE d(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM d WHERE n < {days} - 1)
INSERT INTO symptom (id, uid, patient_id, day, kind, count, point, side, recorded_at)
SELECT 300000000 + (p.id - 1) * {days} + n, {uid}, p.id, date('{start}', '+' || n || ' days'),
  CASE WHEN n % 7 = 3 THEN 'trigger-point' ELSE 'catching' END,
  CASE WHEN n % 7 = 3 THEN NULL WHEN n >= {release} THEN 0 ELSE abs(random() % 5) + 1 END,
  CASE WHEN n % 7 = 3 THEN 'lower-psoas' ELSE NULL END, 'right', 'x'
FROM patient AS p, d;

WITH t(k, kind, offset, round) AS (VALUES (0, 'cortisone', {release} - 500, NULL),
  (1, 'prp', {release} - 340, NULL), (2, 'prolotherapy', {release} - 240, 1),
  (3, 'prolotherapy', {release} - 212, 2), (4, 'prolotherapy', {release} - 184, 3),
  (5, 'psoas-release', {release}, NULL))
INSERT INTO treatment (id, uid, patient_id, day, kind, side, round, recorded_at)
SELECT 1 + (p.id - 1) * 10 + k, {uid}, p.id, date('{start}', '+' || offset || ' days'), kind, 'right', round, 'x'
FROM patient AS p, t;

WITH a(k, aid, offset, length, wb) AS (VALUES (0, 'two-crutches', {release}, 14, 'pwb'),
  (1, 'cane', {release} + 14, 14, NULL))
INSERT INTO aid (id, uid, patient_id, aid, from_day, to_day, weight_bearing, recorded_at)
SELECT 200000000 + (p.id - 1) * 10 + k, {uid}, p.id, aid, date('{start}', '+' || offset || ' days'),
  date('{start}', '+' || (offset + length) || ' days'), wb, 'x'
FROM patient AS p, a;
COMMIT;
ANALYZE;
"""


def run(command, **kwargs):
  result = subprocess.run(command, capture_output=True, text=True, **kwargs)
  if result.returncode != 0:
    sys.exit(f"report-bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
  return result.stdout


def make_store(bench, path, patients, days, start, release):
  """A store with the tool's schema, filled by the sqlite3 shell."""
  run([bench, "schema", path])
  sql = FILL.format(patients=patients, days=days, start=start, release=release, uid=UID)
  run(["sqlite3", path], input=sql)


def copy_patient(bench, big, small, patient_id):
  """A store holding exactly one patient's rows of `big` (same uids, same values)."""
  run([bench, "schema", small])
  sql = f"""
  ATTACH '{big}' AS big;
  BEGIN;
  INSERT INTO patient SELECT * FROM big.patient WHERE id = {patient_id};
  INSERT INTO treatment SELECT * FROM big.treatment WHERE patient_id = {patient_id};
  INSERT INTO pain SELECT * FROM big.pain WHERE patient_id = {patient_id};
  INSERT INTO symptom SELECT * FROM big.symptom WHERE patient_id = {patient_id};
  INSERT INTO aid SELECT * FROM big.aid WHERE patient_id = {patient_id};
  COMMIT;
  ANALYZE;
  """
  run(["sqlite3", small], input=sql)


def checked_report(command, treatments):
  """The report's JSON, after checking that it shows the stores' treatments: a harness that filled
  nothing, or filled rows the tool cannot read, fails here instead of timing an empty report."""
  output = run(command)
  shown = len(json.loads(output)["treatments"])
  if shown != treatments:
    sys.exit(f"report-bench: {' '.join(command)} shows {shown} treatments, expected {treatments}")
  return output


def timed_with_rss(command, rss_file):
  start = time.perf_counter()
  result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file] + command,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
  elapsed = time.perf_counter() - start
  if result.returncode != 0:
    sys.exit(f"report-bench: {' '.join(command)} failed: {result.stderr.decode()}")
  with open(rss_file) as f:
    return elapsed, int(f.read().split()[-1])


def compare(name, a_label, a_cmd, b_label, b_cmd, runs, warmup, target, rss_file):
  a_times, b_times, a_rss, b_rss = [], [], [], []
  for i in range(warmup + runs):
    ta, ra = timed_with_rss(a_cmd, rss_file)
    tb, rb = timed_with_rss(b_cmd, rss_file)
    if i >= warmup:
      a_times.append(ta)
      b_times.append(tb)
      a_rss.append(ra)
      b_rss.append(rb)
  a_med, b_med = statistics.median(a_times), statistics.median(b_times)
  ratio = a_med / b_med
  print(f"\n{name} ({runs} runs each, interleaved, after {warmup} warm-up)")
  print(f"  {a_label:<44} median {a_med * 1000:8.1f} ms   peak RSS {max(a_rss) / 1024:7.1f} MiB")
  print(f"  {b_label:<44} median {b_med * 1000:8.1f} ms   peak RSS {max(b_rss) / 1024:7.1f} MiB")
  print(f"  ratio {ratio:.2f}x   target <= {target}x   {'met' if ratio <= target else 'MISSED'}")
  return ratio <= target


def main():
  parser = argparse.ArgumentParser()
  parser.add_argument("--recovery", required=True, help="the release build of recovery")
  parser.add_argument("--bench", required=True, help="the release build of recovery-bench")
  parser.add_argument("--patients", type=int, default=1000, help="patients in A's large store")
  parser.add_argument("--runs", type=int, default=15, help="timed reports per side")
  parser.add_argument("--warmup", type=int, default=2, help="untimed reports per side first")
  parser.add_argument("--keep", action="store_true", help="keep the stores")
  parser.add_argument(
    "--smoke", action="store_true",
    help="one pass at a tiny size (4 patients, 2 runs): checks the harness, judges no timing")
  args = parser.parse_args()
  if args.smoke:
    args.patients, args.runs, args.warmup = 4, 2, 1

  folder = tempfile.mkdtemp(prefix="recovery-report-bench-")
  rss_file = os.path.join(folder, "rss")
  try:
    big = os.path.join(folder, "many.sqlite")
    one = os.path.join(folder, "one.sqlite")
    two_years = os.path.join(folder, "two-years.sqlite")
    twenty_years = os.path.join(folder, "twenty-years.sqlite")
    start = time.perf_counter()
    make_store(args.bench, big, args.patients, 730, "2023-01-01", 600)
    patient = (args.patients + 1) // 2
    copy_patient(args.bench, big, one, patient)
    rows = run(["sqlite3", big, "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM symptom)"
                " + (SELECT count(*) FROM treatment) + (SELECT count(*) FROM aid)"]).strip()
    print(f"store of {args.patients} patients: {rows} rows, {os.path.getsize(big) / 2**20:.0f} MiB,"
          f" made in {time.perf_counter() - start:.1f} s")
    make_store(args.bench, two_years, 1, 730, "2023-01-01", 600)
    make_store(args.bench, twenty_years, 1, 7300, "2005-01-01", 7170)

    name = f"p{patient:04d}"
    report = [args.recovery, "report", "--format", "json", "--as-of", "2024-12-31"]
    if checked_report(report + ["--db", big, "--patient", name], 6) != checked_report(
        report + ["--db", one, "--patient", name], 6):
      sys.exit(f"report-bench: {name}'s report differs between the two stores of A")
    for store in (two_years, twenty_years):
      checked_report(report + ["--db", store, "--patient", "p0001"], 6)
    ok_a = compare(
      "A. one patient's JSON report: store of many patients vs store of that patient only",
      f"{args.patients} patients (--patient {name})", report + ["--db", big, "--patient", name],
      "that patient alone", report + ["--db", one, "--patient", name],
      args.runs, args.warmup, 1.5, rss_file)
    ok_b = compare(
      "B. single-patient JSON report: 20-year history vs 2-year history",
      "20 years", report + ["--db", twenty_years, "--patient", "p0001"],
      "2 years", report + ["--db", two_years, "--patient", "p0001"],
      args.runs, args.warmup, 10, rss_file)
    if args.smoke:
      print("\nsmoke run: the harness works; timings at this size mean nothing")
      return 0
    return 0 if ok_a and ok_b else 1
  finally:
    if args.keep:
      print(f"\nstores kept in {folder}")
    else:
      shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
  sys.exit(main())
