#!/usr/bin/env bash
# Signed-in traffic during a credential-stuffing flood (issue 15), against
# the real binary on loopback: `me` by cookie (wrk, 8 connections) quiet,
# then while bench/flood.lua floods signIn with unknown logins (the
# per-address limit lifted, as a spread-out attack gets in effect); and
# sign-ins per second of the real account on a quiet server (4 connections).
#
#   bench/flood.sh                        # SQLite, this tree's binary
#   BIN=/tmp/old-latchkey bench/flood.sh  # another build, for comparison
#   BACKEND=postgres bench/flood.sh
#
# Every figure is printed with the machine's load (uptime): this machine is
# shared, so repeat a run whose load is high.
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk from Debian, installed if missing (as bench/load.sh does).
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
DURATION=${DURATION:-10s}
ME_CONNS=${ME_CONNS:-8}
FLOOD_CONNS=${FLOOD_CONNS:-256}
BACKEND=${BACKEND:-sqlite}
PG=${PG:-postgres://127.0.0.1:5432/test?sslmode=disable}
port=${PORT:-18131}
pw='Load-test-Passw0rd!'
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${BIN:-}" ]; then go build -o "$work/latchkey" .; BIN="$work/latchkey"; fi
case $BACKEND in
  sqlite) db="sqlite:$work/bench.db"; extra=() ;;
  postgres)
    schema="flood_$$"
    psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null 2>&1
    db="${PG}&search_path=$schema"; extra=(--secret-key "$(head -c 32 /dev/urandom | base64)") ;;
esac
load() { echo "(load: $(uptime | sed 's/.*load average: //'))"; }
echo "$pw" | "$BIN" user create --database "$db" --email loadtest@example.com --username loader --admin >/dev/null 2>&1
"$BIN" serve --database "$db" --addr 127.0.0.1:$port --log-level error "${extra[@]}" >/dev/null 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:$port/healthz >/dev/null; do sleep 0.05; done
q='{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }","variables":{"i":{"login":"loader","password":"'"$pw"'"}}}'
cookie=$(curl -s -c - -H 'Content-Type: application/json' -d "$q" http://127.0.0.1:$port/graphql | awk '/latchkey_session/ {print $7}')
s='{"query":"mutation { updateSecuritySettings(input: {ipRequestsPerMinute: 0, lockoutThreshold: 100}) { userErrors { code } } }"}'
curl -s -H "Cookie: latchkey_session=$cookie" -H 'Content-Type: application/json' -d "$s" http://127.0.0.1:$port/graphql >/dev/null 2>&1
successes() { curl -s http://127.0.0.1:$port/metrics | awk '/^latchkey_sign_ins_total\{outcome="success"\}/ {print $2}'; }

wrk -t1 -c"$ME_CONNS" -d2s -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql >/dev/null 2>&1
echo -n "quiet: me by cookie ($ME_CONNS connections): "
wrk -t1 -c"$ME_CONNS" -d"$DURATION" --latency -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql | grep RESULT | tr -d '\n'; load

echo -n "quiet: sign-ins of the real account (4 connections): "
before=$(successes); t0=$(date +%s%N)
wrk -t1 -c4 -d"$DURATION" --timeout 10s -s bench/signin.lua http://127.0.0.1:$port/graphql >/dev/null 2>&1
ok=$(( $(successes) - ${before:-0} ))
awk -v n="$ok" -v t0="$t0" -v t1="$(date +%s%N)" 'BEGIN {printf "%.1f successful sign-ins/s ", n / ((t1 - t0) / 1e9)}'; load

echo -n "flood alone ($FLOOD_CONNS connections): "
wrk -t1 -c"$FLOOD_CONNS" -d"$DURATION" --timeout 10s --latency -s bench/flood.lua http://127.0.0.1:$port/graphql | grep RESULT | tr -d '\n'; load

wrk -t1 -c"$FLOOD_CONNS" -d"$(( ${DURATION%s} + 4 ))s" --timeout 10s -s bench/flood.lua http://127.0.0.1:$port/graphql > "$work/flood.out" &
flood=$!
sleep 2
echo -n "flood: me by cookie ($ME_CONNS connections): "
wrk -t1 -c"$ME_CONNS" -d"$DURATION" --latency -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql | grep RESULT | tr -d '\n'; load
wait $flood
echo "  the flood meanwhile: $(grep RESULT "$work/flood.out")"
curl -s http://127.0.0.1:$port/metrics | grep -E '^latchkey_(sign_ins_total|anonymous_refusals_total|hash_pressure)' | sed 's/^/  /' || true
kill $pid; wait $pid 2>/dev/null || true
[ "$BACKEND" = postgres ] && psql "$PG" -qc "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
exit 0
