#!/usr/bin/env bash
# Passkey sign-ins per second against password sign-ins per second, in the
# same run (issue 12's figure), against the real binary: the server runs on
# one core (taskset -c 0, so one hashing slot) and bench/passkeyload on the
# other, so that what is measured is the server's work and not the load
# generator's (a passkey sign-in costs its caller a P-256 signature and two
# HTTP requests, a password sign-in almost nothing). Rounds of a passkey
# phase then a password phase, each -phase long (PHASE), with WORKERS callers
# who are PEOPLE distinct people (WORKERS by default): each with an account,
# a passkey and an address of their own (sent as X-Forwarded-For), as a
# crowd signing in is. PEOPLE=1 makes every caller the same person: on
# PostgreSQL their sign-ins then queue on one passkey's row and one
# address's counter.
#
#   bench/passkey.sh                      # SQLite
#   BACKEND=postgres bench/passkey.sh     # PostgreSQL (its backends are not pinned)
#   BIN=/tmp/old-latchkey bench/passkey.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND=${BACKEND:-sqlite}
PG=${PG:-postgres://127.0.0.1:5432/test?sslmode=disable}
SERVER_CPUS=${SERVER_CPUS:-0}
LOAD_CPUS=${LOAD_CPUS:-1}
port=${PORT:-18150}
pw='Load-test-Passw0rd!'
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${BIN:-}" ]; then go build -o "$work/latchkey" .; BIN="$work/latchkey"; fi
go build -o "$work/passkeyload" ./bench/passkeyload
case $BACKEND in
  sqlite) db="sqlite:$work/bench.db"; extra=(); load=() ;;
  postgres)
    schema="passkey_$$"
    psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >/dev/null 2>&1
    trap 'kill $(jobs -p) 2>/dev/null || true; psql "$PG" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1; rm -rf "$work"' EXIT
    db="${PG}&search_path=$schema"; extra=(--secret-key "$(head -c 32 /dev/urandom | base64)"); load=(-db-process postgres) ;;
esac
echo "$pw" | "$BIN" user create --database "$db" --email loadtest@example.com --username loader --admin >/dev/null 2>&1
# The password phase signs in to an account without a passkey (the passkey's
# account, after a correct password, is only asked for its second factor).
echo "$pw" | "$BIN" user create --database "$db" --email pwuser@example.com --username pwuser >/dev/null 2>&1
workers=${WORKERS:-4}
people=${PEOPLE:-$workers}
if [ "$people" -gt 1 ]; then
  for i in $(seq "$people"); do
    echo "$pw" | "$BIN" user create --database "$db" --email "loader$i@example.com" --username "loader$i" >/dev/null 2>&1
    echo "$pw" | "$BIN" user create --database "$db" --email "pwuser$i@example.com" --username "pwuser$i" >/dev/null 2>&1
  done
fi
taskset -c "$SERVER_CPUS" "$BIN" serve --database "$db" --addr 127.0.0.1:$port --public-url http://localhost:$port \
  --trusted-proxies 127.0.0.1/32 --log-level error "${extra[@]}" >"$work/server.log" 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:$port/healthz >/dev/null; do sleep 0.05; done
# The per-address limit is lifted: every sign-in here comes from loopback.
q='{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }","variables":{"i":{"login":"loader","password":"'"$pw"'"}}}'
cookie=$(curl -s -c - -H 'Content-Type: application/json' -d "$q" http://127.0.0.1:$port/graphql | awk '/latchkey_session/ {print $7}')
s='{"query":"mutation { updateSecuritySettings(input: {ipRequestsPerMinute: 0}) { userErrors { code } } }"}'
[ -n "$cookie" ] || { echo "passkey.sh: the admin's sign-in gave no session cookie" >&2; exit 1; }
answer=$(curl -s -H "Cookie: latchkey_session=$cookie" -H 'Content-Type: application/json' -d "$s" http://127.0.0.1:$port/graphql)
case $answer in *'"userErrors":[]'*) ;; *) echo "passkey.sh: lifting the per-address limit failed: $answer" >&2; exit 1 ;; esac
echo "== $BACKEND: $workers callers, $people people; server on CPU $SERVER_CPUS, load on CPU $LOAD_CPUS (load before: $(uptime | sed 's/.*load average: //'))"
taskset -c "$LOAD_CPUS" "$work/passkeyload" -url http://localhost:$port -login loader -password "$pw" \
  -pid "$pid" "${load[@]}" -people "$people" -forwarded-for -workers "$workers" -phase "${PHASE:-5s}" -rounds "${ROUNDS:-3}"
echo "(load after: $(uptime | sed 's/.*load average: //'))"
