#!/usr/bin/env bash
# Real people still get in during a flood (issue 15): 200 flooding client
# addresses (X-Forwarded-For from loopback, trusted with --trusted-proxies)
# and one honest address signing in every second, solving the proof of work
# when asked; on SQLite and PostgreSQL, with the default limits (30 sensitive
# requests per address per minute, challenges at 25 % pressure or after 5
# failures). The honest pace stays under that limit (26 sign-ins in 25 s,
# the first one included): a faster one is refused RATE_LIMITED by the
# per-address limit, by design, whatever the flood does. See bench/honest/main.go for the flags (-bots-solve: the flood
# solves challenges too; -device=false: a browser new to the account).
#
#   bench/honest.sh                  # both backends
#   BACKENDS=sqlite bench/honest.sh
#   ARGS="-bots-solve" bench/honest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-25s}
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG=${PG:-postgres://127.0.0.1:5432/test?sslmode=disable}
port=${PORT:-18140}
pw='Load-test-Passw0rd!'
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${BIN:-}" ]; then go build -o "$work/latchkey" .; BIN="$work/latchkey"; fi
go build -o "$work/honest" ./bench/honest
for backend in $BACKENDS; do
  case $backend in
    sqlite) db="sqlite:$work/bench.db"; extra=() ;;
    postgres)
      schema="honest_$$"
      psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null 2>&1
      db="${PG}&search_path=$schema"; extra=(--secret-key "$(head -c 32 /dev/urandom | base64)") ;;
  esac
  echo "== $backend (load before: $(uptime | sed 's/.*load average: //'))"
  echo "$pw" | "$BIN" user create --database "$db" --email loadtest@example.com --username loader >/dev/null 2>&1
  "$BIN" serve --database "$db" --addr 127.0.0.1:$port --trusted-proxies 127.0.0.1 --log-level warn "${extra[@]}" > "$work/server.log" 2>&1 &
  pid=$!
  until curl -sf http://127.0.0.1:$port/healthz >/dev/null; do sleep 0.05; done
  "$work/honest" -url http://127.0.0.1:$port/graphql -duration "$DURATION" ${ARGS:-}
  echo "  (load after: $(uptime | sed 's/.*load average: //'))"
  curl -s http://127.0.0.1:$port/metrics | grep -E '^latchkey_(challenges_total|refusals_total|hash_pressure|under_pressure|sign_ins_total)' | sed 's/^/  /'
  grep -E 'pressure' "$work/server.log" | sed 's/^/  log: /' | head -6
  kill $pid; wait $pid 2>/dev/null || true
  [ "$backend" = postgres ] && psql "$PG" -qc "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1
done
exit 0
