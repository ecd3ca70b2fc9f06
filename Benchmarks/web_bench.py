"""Load and fault benchmark of `recovery serve` (see web-bench.sh).

1. Load: N clients post M pain entries each, every one with its own uid, through POST /api/entries;
   checks that every entry is stored exactly once (recovery list --format json) and reports the
   latency of the POSTs (p50, p99, max) and the throughput. The clients are threads of several
   processes (ten to a process by default): in one process, fifty threads wait for one interpreter
   lock, and a response that has arrived waits for it too, which the latency would count.
2. Fault: the same load on a new database, the server killed with SIGKILL in the middle of it;
   checks that `recovery check` passes and that every entry whose POST was answered 201 is stored.
3. The report page: GET /report/view against `recovery report --format html` on the demo's database,
   interleaved, as a ratio of medians.
4. Latency measured by `wrk` (when installed: apt-get install -y wrk), 50 connections for 5 seconds,
   each request a new pain entry: the same POSTs as in 1, timed by a client written in C. The Python
   clients of 1 share one interpreter lock, and on a 2-core machine they take about as much CPU as
   the server, so their latencies include their own waiting; wrk's take a tenth of that.
"""

import argparse
import http.client
import multiprocessing
import re
import shutil
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid


def start(recovery, database):
    process = subprocess.Popen(
        [recovery, "serve", "--port", "0", "--db", database],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline().strip()
    if not line.startswith("Open http://127.0.0.1:"):
        process.kill()
        sys.exit(f"web_bench: recovery serve printed {line!r}")
    address = line[len("Open "):]
    port = int(address.split(":")[2].split("/")[0])
    token = address.split("token=")[1]
    return process, port, token


def load(port, token, clients, entries, answered, stop=None, first=0):
    """Each client posts its entries over one connection; returns the latencies in ms."""
    latencies = []
    lock = threading.Lock()
    errors = []

    def client(number):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        mine = []
        for index in range(entries):
            if stop is not None and stop.is_set():
                break
            uid = str(uuid.uuid4())
            day = f"2024-{1 + index % 12:02d}-{1 + number % 28:02d}"
            body = json.dumps({"type": "pain", "score": index % 11, "date": day, "uid": uid,
                               "note": f"client {number} entry {index}"})
            began = time.perf_counter()
            try:
                connection.request("POST", "/api/entries", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                if stop is None:
                    errors.append(repr(error))
                break
            mine.append((time.perf_counter() - began) * 1000)
            if response.status == 201:
                with lock:
                    answered.add(uid)
            elif stop is None:
                errors.append(f"status {response.status}")
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(first + number,)) for number in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, time.perf_counter() - began, errors


def load_share(arguments):
    """One process's clients of the load: returns their latencies, the uids answered 201, errors."""
    port, token, clients, entries, first = arguments
    answered = set()
    latencies, _, errors = load(port, token, clients, entries, answered, first=first)
    return latencies, answered, errors


def load_in_processes(port, token, clients, entries, processes):
    """The load of `clients` clients spread over `processes` processes; as load() returns, with the
    uids answered 201."""
    processes = max(1, min(processes, clients))
    shares = [clients // processes + (1 if index < clients % processes else 0) for index in range(processes)]
    firsts = [sum(shares[:index]) for index in range(processes)]
    began = time.perf_counter()
    with multiprocessing.Pool(processes) as pool:
        results = pool.map(load_share, [(port, token, share, entries, first)
                                        for share, first in zip(shares, firsts)])
    seconds = time.perf_counter() - began
    latencies = [latency for result in results for latency in result[0]]
    answered = set().union(*(result[1] for result in results))
    errors = [error for result in results for error in result[2]]
    return latencies, seconds, errors, answered


def stored_uids(recovery, database):
    listed = subprocess.run([recovery, "list", "--format", "json", "--db", database],
                            capture_output=True, text=True, check=True)
    return [entry["uid"] for entry in json.loads(listed.stdout)]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--recovery", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--report-runs", type=int, default=15)
    parser.add_argument("--wrk-seconds", type=int, default=5)
    parser.add_argument("--processes", type=int, help="client processes of the load (default: clients / 10)")
    parser.add_argument("--smoke", action="store_true")
    options = parser.parse_args()
    if options.smoke:
        options.clients, options.entries, options.report_runs, options.wrk_seconds = 4, 10, 2, 1
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        # 1. Load.
        database = os.path.join(folder, "load.sqlite")
        process, port, token = start(options.recovery, database)
        processes = options.processes or max(1, options.clients // 10)
        latencies, seconds, errors, answered = load_in_processes(
            port, token, options.clients, options.entries, processes)
        process.send_signal(signal.SIGTERM)
        process.wait()
        uids = stored_uids(options.recovery, database)
        expected = options.clients * options.entries
        once = len(uids) == len(set(uids)) == expected and set(uids) == answered
        print(f"load: {options.clients} clients ({processes} processes) x {options.entries} entries: {len(uids)} stored,"
              f" {len(set(uids))} distinct, expected {expected}: {'ok' if once else 'WRONG'}")
        print(f"  POST latency p50 {percentile(latencies, 0.5):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms,"
              f" max {max(latencies):.1f} ms; {len(latencies) / seconds:.0f} entries/s")
        if errors:
            print(f"  errors: {errors[:5]}")
        failed |= not once or bool(errors)

        # 2. SIGKILL during the load.
        database = os.path.join(folder, "kill.sqlite")
        process, port, token = start(options.recovery, database)
        answered = set()
        stop = threading.Event()
        loader = threading.Thread(
            target=load, args=(port, token, options.clients, options.entries, answered, stop))
        loader.start()
        time.sleep(0.5 if options.smoke else 2.0)
        process.kill()
        process.wait()
        stop.set()
        loader.join()
        check = subprocess.run([options.recovery, "check", "--db", database], capture_output=True, text=True)
        present = set(stored_uids(options.recovery, database))
        missing = answered - present
        fault_ok = check.returncode == 0 and not missing
        print(f"kill: {len(answered)} answered 201 before SIGKILL, {len(present)} stored, {len(missing)} missing;"
              f" recovery check {'passed' if check.returncode == 0 else 'FAILED: ' + check.stdout + check.stderr}")
        failed |= not fault_ok

        # 3. The report page against the command line, interleaved.
        database = os.path.join(folder, "demo.sqlite")
        subprocess.run([options.recovery, "demo", "--db", database, "--output", os.path.join(folder, "demo.txt")],
                       check=True, capture_output=True)
        process, port, token = start(options.recovery, database)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}"}
        page, command = [], []
        for _ in range(options.report_runs):
            began = time.perf_counter()
            subprocess.run([options.recovery, "report", "--format", "html", "--patient", "demo", "--db", database],
                           check=True, capture_output=True)
            command.append(time.perf_counter() - began)
            began = time.perf_counter()
            connection.request("GET", "/report/view?patient=demo", headers=headers)
            response = connection.getresponse()
            body = response.read()
            page.append(time.perf_counter() - began)
            if response.status != 200 or b"<html" not in body:
                failed = True
        process.send_signal(signal.SIGTERM)
        process.wait()
        ratio = statistics.median(page) / statistics.median(command)
        print(f"report page: median {statistics.median(page) * 1000:.1f} ms, recovery report --format html"
              f" {statistics.median(command) * 1000:.1f} ms: {ratio:.2f}x")
        # 4. Latency as wrk sees it.
        if shutil.which("wrk") is None:
            print("wrk: not installed (apt-get install -y wrk): latency by a C client skipped")
        else:
            failed |= not wrk_latency(options, os.path.join(folder, "wrk.sqlite"))
    if failed:
        sys.exit("web_bench: a check failed")


def wrk_latency(options, database):
    """Runs wrk against a new database; returns whether every request was answered 201 and stored."""
    process, port, token = start(options.recovery, database)
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "web_post.lua")
    result = subprocess.run(
        ["wrk", "-t2", f"-c{options.clients}", f"-d{options.wrk_seconds}s", "--latency", "-s", script,
         "-H", f"Authorization: Bearer {token}", "-H", "Content-Type: application/json",
         f"http://127.0.0.1:{port}/"], capture_output=True, text=True)
    process.send_signal(signal.SIGTERM)
    process.wait()
    output = result.stdout

    def milliseconds(label):
        match = re.search(rf"^\s*{label}\s+([0-9.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        if match is None:
            return float("nan")
        return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]

    answered = re.search(r"(\d+) requests in", output)
    rate = re.search(r"Requests/sec:\s+([0-9.]+)", output)
    refused = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    stored = len(stored_uids(options.recovery, database))
    ok = result.returncode == 0 and answered is not None and refused is None and stored >= int(answered.group(1))
    print(f"wrk: {options.clients} connections for {options.wrk_seconds} s: POST latency p50"
          f" {milliseconds('50%'):.1f} ms, p90 {milliseconds('90%'):.1f} ms, p99 {milliseconds('99%'):.1f} ms;"
          f" {rate.group(1) if rate else '?'} entries/s; {answered.group(1) if answered else '?'} answered,"
          f" {stored} stored{'' if refused is None else ', ' + refused.group(1) + ' not 2xx'}:"
          f" {'ok' if ok else 'WRONG'}")
    return ok


if __name__ == "__main__":
    main()
