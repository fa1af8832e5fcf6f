#!/usr/bin/env bash
# The Go benchmarks behind docs/benchmarks.md, on SQLite and on PostgreSQL
# (LATCHKEY_TEST_POSTGRES names the server; each run uses its own schema).
#
#   bench/go.sh                      # both backends
#   BACKENDS=sqlite bench/go.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BACKENDS=${BACKENDS:-"sqlite postgres"}
export LATCHKEY_TEST_POSTGRES="${LATCHKEY_TEST_POSTGRES:-postgres://127.0.0.1:5432/test?sslmode=disable}"
run() { go test "$1" -run '^$' -bench "$2" -benchtime "$3" -benchmem=false | grep -E '^Benchmark' || true; }

echo "== argon2id (no database)"
run ./internal/password 'HashOWASP|VerifyParallel' 40x
for backend in $BACKENDS; do
  export LATCHKEY_BENCH_BACKEND=$backend
  echo "== $backend"
  run . 'BenchmarkSignIn$' 300x
  run . 'BenchmarkSignInFlood' 5x
  run . 'BenchmarkRequestReset' 200x
  run . 'BenchmarkMe' 20000x
  run . 'BenchmarkUsersGrid' 50x
  run . 'BenchmarkWorstAcceptedQuery' 20x
  run . 'BenchmarkExportMyData' 20x
  run . 'BenchmarkImport$' 3x
  run . 'BenchmarkSignInImported' 100x
  run . 'BenchmarkVerifySecondFactor' 100x
  run ./internal/usersearch 'BenchmarkFilter' 50x
  run ./internal/mail 'BenchmarkOutboxThroughput' 5x
done
