#!/usr/bin/env bash
# The subsidy benchmarks (see README.md): duplicate and limit checks of 10,000 new claims against 1,000,000 live
# grants, and a 50,000-line disbursement batch built and exported. Run from anywhere; sizes via BENCH_GRANTS,
# BENCH_CLAIMS, BENCH_LINES. Uses the embedded PostgreSQL of the test database mechanism (nothing to install).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl subsidy -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=SubsidyBenchmark \
  -Dbench.grants="${BENCH_GRANTS:-1000000}" -Dbench.claims="${BENCH_CLAIMS:-10000}" -Dbench.lines="${BENCH_LINES:-50000}"
cat subsidy/target/bench-subsidy.txt
