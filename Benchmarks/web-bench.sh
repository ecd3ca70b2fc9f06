#!/usr/bin/env bash
# Web app load and fault benchmark, run on demand: builds the release binaries, starts `recovery serve`
# on a free loopback port and posts entries through its JSON API from many clients at once. See
# Benchmarks/README.md.
#
#   Benchmarks/web-bench.sh                  50 clients x 200 entries, a SIGKILL round, the report page
#   Benchmarks/web-bench.sh --clients 10 --entries 50
#   Benchmarks/web-bench.sh --smoke          one pass at a tiny size: checks the harness, judges no timing
set -euo pipefail
cd "$(dirname "$0")"
command -v python3 >/dev/null || { echo "web-bench.sh: python3 is missing (apt-get install -y python3)" >&2; exit 1; }
# `recovery serve` runs the `recovery-serve` beside it.
bin=$(./build.sh recovery-serve)
exec python3 web_bench.py --recovery "$bin/recovery" "$@"
