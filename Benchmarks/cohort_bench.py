#!/usr/bin/env python3
"""Cohort benchmark: the whole clinic's cohort report against the sqlite3 shell; started by
cohort-bench.sh.

  Ours:     `recovery cohort --as-of 2025-06-30 --format json` over a store of 1,000 patients x 2 years
            (about two million entries), output to /dev/null.
  Baseline: `sqlite3 STORE "SELECT patient_id, day, max(score) FROM pain GROUP BY patient_id, day"`:
            every patient's daily highest pain score, the figure every response is judged on, output to
            /dev/null. Target: ours at most 2x the baseline's median wall time. The cohort reads patients
            on every processor (at most four), the shell on one, so the CPU time of each (user plus
            system) is reported beside it, and their ratio, which no number of cores changes.
  Memory:   peak RSS of both, and of the cohort over the first 100 of the same patients: the cohort reads
            patient by patient, so its memory should not grow with the number of patients.

The store is made by `recovery-bench cohort-store` through the store's batch API (see CohortPatient.swift
for what each patient's history holds); a patient's history depends only on its number, so the small
store's patients are the large store's first ones. `--store PATH` keeps the large store at PATH and reuses
it on later runs (the small one beside it, PATH with `-100` before the extension). The two sides run
interleaved, the one that goes first alternating, so work elsewhere on the machine slows both alike.
Before timing, the script checks that the cohort counts every patient and that the baseline prints one
row per patient and day with pain.
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

AS_OF = "2025-06-30"
BASELINE_SQL = "SELECT patient_id, day, max(score) FROM pain GROUP BY patient_id, day"


def run(command, **kwargs):
  result = subprocess.run(command, capture_output=True, text=True, **kwargs)
  if result.returncode != 0:
    sys.exit(f"cohort-bench: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
  return result.stdout


def scalar(store, sql):
  return int(run(["sqlite3", store, sql]).strip())


def ensure_store(bench, path, patients, days):
  """The store at `path`, made now when missing (and timed), else checked to hold `patients` patients."""
  if os.path.exists(path):
    held = scalar(path, "SELECT count(*) FROM patient")
    if held != patients:
      sys.exit(f"cohort-bench: {path} holds {held} patients, not {patients}; remove it or pass another --store")
    print(f"store {path}: reused")
  else:
    start = time.perf_counter()
    made = run([bench, "cohort-store", path, "--patients", str(patients), "--days", str(days)]).strip()
    print(f"store {path}: {made}; {time.perf_counter() - start:.1f} s wall")
  entries = scalar(path, "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM symptom)"
                   " + (SELECT count(*) FROM treatment) + (SELECT count(*) FROM aid)")
  print(f"  {patients} patients, {entries} entries, {os.path.getsize(path) / 2**20:.0f} MiB")
  return entries


def check_cohort(command, patients):
  """The cohort's JSON, after checking that it counts every patient and judged some treatments: a
  harness that filled nothing, or rows the tool cannot read, fails here instead of timing nothing."""
  report = json.loads(run(command))
  if report.get("patients") != patients:
    sys.exit(f"cohort-bench: the cohort counts {report.get('patients')} patients, expected {patients}")
  if not report.get("treatments"):
    sys.exit("cohort-bench: the cohort shows no treatments")


def check_baseline(command, store):
  rows = run(command).count("\n")
  expected = scalar(store, "SELECT count(*) FROM (SELECT DISTINCT patient_id, day FROM pain)")
  if rows != expected:
    sys.exit(f"cohort-bench: the baseline printed {rows} rows, expected {expected}")


def timed(command, rss_file, cpu=None):
  """Wall seconds of the whole process, and its peak RSS in KiB from GNU time; its CPU seconds (user
  plus system) are appended to `cpu` when given."""
  start = time.perf_counter()
  result = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", rss_file] + command,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
  elapsed = time.perf_counter() - start
  if result.returncode != 0:
    sys.exit(f"cohort-bench: {' '.join(command)} failed: {result.stderr.decode()}")
  with open(rss_file) as f:
    user, system, peak = f.read().split()[-3:]
  if cpu is not None:
    cpu.append(float(user) + float(system))
  return elapsed, int(peak)


def main():
  parser = argparse.ArgumentParser()
  parser.add_argument("--recovery", required=True, help="the release build of recovery")
  parser.add_argument("--bench", required=True, help="the release build of recovery-bench")
  parser.add_argument("--patients", type=int, default=1000, help="patients in the store")
  parser.add_argument("--days", type=int, default=730, help="days of history per patient")
  parser.add_argument("--memory-patients", type=int, default=100,
                      help="patients in the smaller store whose peak RSS is compared")
  parser.add_argument("--runs", type=int, default=5, help="timed runs per side")
  parser.add_argument("--warmup", type=int, default=1, help="untimed runs per side first")
  parser.add_argument("--store", help="keep the store here and reuse it on later runs")
  parser.add_argument(
    "--smoke", action="store_true",
    help="one pass at a tiny size (5 patients x 60 days, 2 for memory): checks the harness, judges nothing")
  args = parser.parse_args()
  if args.smoke:
    args.patients, args.days, args.memory_patients, args.runs, args.warmup = 5, 60, 2, 1, 0
    args.store = None
  if not 0 < args.memory_patients < args.patients:
    sys.exit("cohort-bench: --memory-patients must be between 0 and --patients")

  folder = tempfile.mkdtemp(prefix="recovery-cohort-bench-")
  rss_file = os.path.join(folder, "rss")
  try:
    big = args.store or os.path.join(folder, "cohort.sqlite")
    stem, extension = os.path.splitext(big)
    small = f"{stem}-{args.memory_patients}{extension}"
    ensure_store(args.bench, big, args.patients, args.days)
    ensure_store(args.bench, small, args.memory_patients, args.days)

    cohort = [args.recovery, "cohort", "--as-of", AS_OF, "--format", "json", "--db"]
    baseline = ["sqlite3", big, BASELINE_SQL]
    check_cohort(cohort + [big], args.patients)
    check_cohort(cohort + [small], args.memory_patients)
    check_baseline(baseline, big)

    ours, theirs, ours_rss, theirs_rss, ours_cpu, theirs_cpu = [], [], [], [], [], []
    for index in range(args.warmup + args.runs):
      pair = [(cohort + [big], ours, ours_rss, ours_cpu), (baseline, theirs, theirs_rss, theirs_cpu)]
      for command, times, rss, cpu in pair if index % 2 == 0 else reversed(pair):
        elapsed, peak = timed(command, rss_file, cpu if index >= args.warmup else None)
        if index >= args.warmup:
          times.append(elapsed)
          rss.append(peak)
    small_rss = [timed(cohort + [small], rss_file)[1] for _ in range(max(1, min(3, args.runs)))]

    ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
    ratio = ours_median / theirs_median
    growth = max(ours_rss) / max(small_rss)
    print(f"\ncohort of {args.patients} patients, {args.runs} runs each, interleaved, after {args.warmup} warm-up")
    print(f"  {'recovery cohort --format json':<44} median {ours_median:8.2f} s   peak RSS {max(ours_rss) / 1024:7.1f} MiB")
    print(f"  {'sqlite3 daily highest pain, GROUP BY':<44} median {theirs_median:8.2f} s   peak RSS {max(theirs_rss) / 1024:7.1f} MiB")
    cpu_ratio = statistics.median(ours_cpu) / max(statistics.median(theirs_cpu), 1e-9)
    print(f"  ratio {ratio:.2f}x   target <= 2x   {'met' if ratio <= 2 else 'MISSED'}")
    print(f"  CPU time (user + system), medians {statistics.median(ours_cpu):.2f} s and"
          f" {statistics.median(theirs_cpu):.2f} s: {cpu_ratio:.2f}x")
    print(f"  cohort peak RSS, {args.memory_patients} vs {args.patients} patients:"
          f" {max(small_rss) / 1024:.1f} vs {max(ours_rss) / 1024:.1f} MiB ({growth:.2f}x)")
    if args.smoke:
      print("\nsmoke run: the harness works; figures at this size mean nothing")
      return 0
    return 0 if ratio <= 3 else 1
  finally:
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
  sys.exit(main())
