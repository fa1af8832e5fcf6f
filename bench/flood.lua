-- wrk script: a credential-stuffing flood: signIn with a different unknown
-- login each time (a spread-out attack: run it with the per-address limit
-- lifted). Each wrk thread counts its own logins.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local body = '{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code } } }","variables":{"i":{"login":"bot' .. n .. '@example.com","password":"Guess-' .. n .. '"}}}'
  return wrk.format(nil, nil, nil, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
