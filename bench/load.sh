#!/usr/bin/env bash
# Load benchmarks against the real binary on this machine's loopback:
# `me` with a session cookie and with a bearer token (wrk, 32 connections),
# sign-ins against the argon2id bound measured in the same run, idle and
# peak RSS, start-up time and binary size, on SQLite and on PostgreSQL.
# Every request goes to 127.0.0.1 only, bounded in time.
#
# wrk shares the machine's cores with the server; one wrk thread drives
# 15,000 requests a second, so it runs one thread (WRK_THREADS) to leave the
# server the rest. Each `me` run follows a 2-second warm-up.
#
#   bench/load.sh                 # both backends
#   BACKENDS=sqlite bench/load.sh
#   PG=postgres://127.0.0.1:5432/test?sslmode=disable bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
CONNS=${CONNS:-32}
WRK_THREADS=${WRK_THREADS:-1}
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG=${PG:-postgres://127.0.0.1:5432/test?sslmode=disable}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
command -v curl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl; }

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/latchkey" .
echo "binary size: $(du -h "$work/latchkey" | cut -f1) ($(stat -c %s "$work/latchkey") bytes)"
# The sign-in bound: cores / the time of one argon2id hash at the service's
# parameters, measured right before each sign-in run (the machine's speed
# drifts; a bound from another minute would not compare).
go test -c -o "$work/password.test" ./internal/password
hash_bound() {
  local ns
  ns=$("$work/password.test" -test.run '^$' -test.bench '^BenchmarkHashOWASP$' -test.benchtime 20x | awk '/^BenchmarkHashOWASP/ {print $3}')
  awk -v ns="$ns" -v c="$(nproc)" 'BEGIN {printf "%.1f", c * 1e9 / ns}'
}

port=18123
pw='Load-test-Passw0rd!'
rss() { awk '/VmRSS/ {r=$2} /RssAnon/ {a=$2} /RssFile/ {f=$2} END {printf "%.1f MiB (anonymous %.1f, file-backed %.1f)", r/1024, a/1024, f/1024}' "/proc/$1/status"; }
successes() { curl -s http://127.0.0.1:$port/metrics | awk '/^latchkey_sign_ins_total\{outcome="success"\}/ {print $2}'; }
peak() { awk '/VmHWM/ {printf "%.1f MiB", $2/1024}' "/proc/$1/status"; }

for backend in $BACKENDS; do
  case $backend in
    sqlite) db="sqlite:$work/bench.db" ;;
    postgres)
      schema="bench_$$"
      psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null
      db="${PG}&search_path=$schema" ;;
  esac
  echo "== $backend"
  echo "$pw" | "$work/latchkey" user create --database "$db" --email loadtest@example.com --username loader --admin >/dev/null
  # Start as after a boot or a fresh install: the binary's pages not yet in
  # memory. (Just after `go build` its pages sit in the page cache in large
  # runs that the kernel maps whole, adding ~12 MiB of file-backed RSS.)
  sync "$work/latchkey"  # only written-back pages can be dropped
  dd if="$work/latchkey" iflag=nocache count=0 status=none 2>/dev/null || true
  start=$(date +%s%N)
  "$work/latchkey" serve --database "$db" --addr 127.0.0.1:$port --log-level error >/dev/null 2>&1 &
  pid=$!
  until curl -sf http://127.0.0.1:$port/healthz >/dev/null; do sleep 0.01; done
  echo "start-up on an existing database: $(( ($(date +%s%N) - start) / 1000000 )) ms"
  sleep 1
  echo "idle RSS: $(rss $pid)"

  q='{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }","variables":{"i":{"login":"loader","password":"'"$pw"'"}}}'
  cookie=$(curl -s -c - -H 'Content-Type: application/json' -d "$q" http://127.0.0.1:$port/graphql | awk '/latchkey_session/ {print $7}')
  t='{"query":"mutation { createAccessToken(input: {name: \"bench\"}) { token } }"}'
  token=$(curl -s -H "Cookie: latchkey_session=$cookie" -H 'Content-Type: application/json' -d "$t" http://127.0.0.1:$port/graphql | sed -E 's/.*"token":"([^"]+)".*/\1/')

  for auth in "Cookie: latchkey_session=$cookie" "Authorization: Bearer $token"; do
    wrk -t"$WRK_THREADS" -c"$CONNS" -d2s -s bench/me.lua -H "$auth" http://127.0.0.1:$port/graphql >/dev/null
    echo -n "me with ${auth%%:*} ($CONNS connections): "
    wrk -t"$WRK_THREADS" -c"$CONNS" -d"$DURATION" --latency -s bench/me.lua -H "$auth" http://127.0.0.1:$port/graphql | grep RESULT
  done
  echo "RSS after the me load: $(rss $pid), peak so far: $(peak $pid)"
  # 200 concurrent sign-ins (ipRequestsPerMinute off for the run).
  s='{"query":"mutation { updateSecuritySettings(input: {ipRequestsPerMinute: 0, lockoutThreshold: 100}) { userErrors { code } } }"}'
  curl -s -H "Cookie: latchkey_session=$cookie" -H 'Content-Type: application/json' -d "$s" http://127.0.0.1:$port/graphql >/dev/null
  bound_before=$(hash_bound)
  echo -n "sign-ins, 4 connections: "
  before=$(successes); t0=$(date +%s%N)
  wrk -t1 -c4 -d"$DURATION" --timeout 10s --latency -s bench/signin.lua http://127.0.0.1:$port/graphql | grep RESULT
  ok=$(( $(successes) - ${before:-0} )); secs=$(awk -v t0="$t0" -v t1="$(date +%s%N)" 'BEGIN {print (t1 - t0) / 1e9}')
  bound_after=$(hash_bound)
  bound=$(awk -v a="$bound_before" -v b="$bound_after" 'BEGIN {printf "%.1f", (a + b) / 2}')
  echo "  argon2id bound with $(nproc) cores (cores / one hash, measured before and after): $bound_before, $bound_after sign-ins/s"
  awk -v n="$ok" -v s="$secs" -v b="$bound" 'BEGIN {printf "  successful sign-ins: %.1f/s = %.0f %% of the bound (%s/s)\n", n / s, 100 * n / s / b, b}'
  echo -n "sign-ins, 200 connections: "
  wrk -t2 -c200 -d"$DURATION" --timeout 10s --latency -s bench/signin.lua http://127.0.0.1:$port/graphql | grep RESULT
  echo "peak RSS under 200 concurrent sign-ins: $(peak $pid)"
  curl -s http://127.0.0.1:$port/metrics | grep '^latchkey_sign_ins_total' | sed 's/^/  /' 
  kill $pid; wait $pid 2>/dev/null || true
  [ "$backend" = postgres ] && psql "$PG" -qc "DROP SCHEMA $schema CASCADE" >/dev/null
done
