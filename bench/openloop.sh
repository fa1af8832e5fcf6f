#!/usr/bin/env bash
# Signed-in traffic during an OPEN-LOOP credential-stuffing flood (issue 15):
# bench/openloop (Go) offers signIn with a new unknown login each time at a
# fixed rate (RATE, default 14,000/s, the issue's baseline flood), whatever
# the server answers, while wrk measures `me` by cookie (8 connections),
# quiet first, then during the flood (wrk opens its connections just before
# the flood starts: opened once the flood runs, they wait behind the flood's
# own connections to be accepted, and wrk often gets nothing at all). The
# server's resident memory is sampled every second meanwhile. The per-address limit is lifted, as a
# spread-out attack gets in effect. Unlike bench/flood.sh (wrk, closed
# loop), a delayed refusal does not slow this flood down.
#
#   bench/openloop.sh                          # SQLite, this tree's binary
#   BACKEND=postgres bench/openloop.sh
#   RATE=7000 BIN=/tmp/other bench/openloop.sh
#   TARGET=null bench/openloop.sh              # the ceiling: see below
#
# TARGET=null floods bench/nullserver (a process that answers 503 at once
# and reads nothing) instead of Latchkey, while `me` is measured on an
# otherwise idle Latchkey: what the generator and the bare cost of
# answering leave of this machine, the most any defence inside the
# service could keep.
#
# The generator runs on the same machine: on 2 cores it takes a share of
# them too (its CPU time is printed), so the flood costs the server more
# than an attacker's would. Every figure is printed with the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk from Debian, installed if missing (as bench/load.sh does).
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
DURATION=${DURATION:-10s}
RATE=${RATE:-14000}
ME_CONNS=${ME_CONNS:-8}
BACKEND=${BACKEND:-sqlite}
PG=${PG:-postgres://127.0.0.1:5432/test?sslmode=disable}
port=${PORT:-18135}
pw='Load-test-Passw0rd!'
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${BIN:-}" ]; then go build -o "$work/latchkey" .; BIN="$work/latchkey"; fi
go build -o "$work/openloop" ./bench/openloop
TARGET=${TARGET:-latchkey}
flood_url=http://127.0.0.1:$port/graphql
if [ "$TARGET" = null ]; then
  go build -o "$work/nullserver" ./bench/nullserver
  "$work/nullserver" 127.0.0.1:$((port + 1)) 2>/dev/null &
  flood_url=http://127.0.0.1:$((port + 1))/graphql
  until curl -s -o /dev/null "$flood_url"; do sleep 0.05; done
fi
case $BACKEND in
  sqlite) db="sqlite:$work/bench.db"; extra=() ;;
  postgres)
    schema="openloop_$$"
    psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null 2>&1
    db="${PG}&search_path=$schema"; extra=(--secret-key "$(head -c 32 /dev/urandom | base64)") ;;
esac
load() { echo "(load: $(uptime | sed 's/.*load average: //'))"; }
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$pid/status; }
echo "$pw" | "$BIN" user create --database "$db" --email loadtest@example.com --username loader --admin >/dev/null 2>&1
"$BIN" serve --database "$db" --addr 127.0.0.1:$port --log-level error "${extra[@]}" >/dev/null 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:$port/healthz >/dev/null; do sleep 0.05; done
q='{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }","variables":{"i":{"login":"loader","password":"'"$pw"'"}}}'
cookie=$(curl -s -c - -H 'Content-Type: application/json' -d "$q" http://127.0.0.1:$port/graphql | awk '/latchkey_session/ {print $7}')
s='{"query":"mutation { updateSecuritySettings(input: {ipRequestsPerMinute: 0, lockoutThreshold: 100}) { userErrors { code } } }"}'
curl -s -H "Cookie: latchkey_session=$cookie" -H 'Content-Type: application/json' -d "$s" http://127.0.0.1:$port/graphql >/dev/null 2>&1

wrk -t1 -c"$ME_CONNS" -d2s -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql >/dev/null 2>&1
echo -n "quiet: me by cookie ($ME_CONNS connections): "
wrk -t1 -c"$ME_CONNS" -d"$DURATION" --latency -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql | grep RESULT | tr -d '\n'; load
echo "quiet: server RSS $(rss) MiB"

# wrk opens its connections first (a signed-in browser keeps its
# connections open); the flood starts a moment later, and runs a little
# longer than wrk.
wrk -t1 -c"$ME_CONNS" -d"$DURATION" --latency -s bench/me.lua -H "Cookie: latchkey_session=$cookie" http://127.0.0.1:$port/graphql > "$work/me.out" &
me=$!
sleep 0.3
/usr/bin/time -f "  the generator used %U s user + %S s system CPU in %e s" \
  "$work/openloop" -url "$flood_url" -rate "$RATE" -duration "$(( ${DURATION%s} + 1 ))s" > "$work/flood.out" 2> "$work/flood.err" &
flood=$!
( peak=0; while kill -0 $flood 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$work/peak"; sleep 1; done ) &
wait $me
echo -n "open-loop flood at $RATE/s of $TARGET: me by cookie ($ME_CONNS connections): $(grep RESULT "$work/me.out" | tr -d '\n')"; load
wait $flood || true
echo "  the flood: $(grep 'RESULT openloop' "$work/flood.out")"
cat "$work/flood.err" | sed 's/^/  /'
echo "  server RSS: peak $(cat "$work/peak" 2>/dev/null || echo '?') MiB during the flood, $(rss) MiB after"
curl -s http://127.0.0.1:$port/metrics | grep -E '^latchkey_(sign_ins_total|refusals_total|under_pressure)' | sed 's/^/  /' || true
kill $pid; wait $pid 2>/dev/null || true
[ "$BACKEND" = postgres ] && psql "$PG" -qc "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
exit 0
