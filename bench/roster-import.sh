#!/usr/bin/env bash
# The 100,000-row roster import benchmark (see README.md). Run from anywhere; rows via BENCH_ROWS (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl web-app -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=RosterImportBenchmark -Dbench.rows="${BENCH_ROWS:-100000}"
cat web-app/target/bench-roster-import.txt
