-- wrk script: POST signIn with the benchmark account's password.
wrk.method = "POST"
wrk.body = '{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code } } }","variables":{"i":{"login":"loader","password":"Load-test-Passw0rd!"}}}'
wrk.headers["Content-Type"] = "application/json"


done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f (RATE_LIMITED answers are counted by the server: see latchkey_sign_ins_total)\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
