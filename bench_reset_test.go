package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
)

// BenchmarkRequestReset measures requestReset through the real HTTP handler
// (SQLite, or PostgreSQL with LATCHKEY_BENCH_BACKEND=postgres), without a mail server (emails stay in the outbox). "known"
// names one of 50 real accounts in turn, "unknown" a login that does not
// exist. Every limit is off, so each known request issues a token and
// writes an email. ns/op is the time until the answer, which should be the
// same for both since the work for a real account runs in the background;
// bg-ns/op is how long that background work was still running after the
// answer (waited for, untimed, before the next request).
//
//	go test -run '^$' -bench RequestReset -benchtime 50x .
func BenchmarkRequestReset(b *testing.B) {
	ta := newTestApp(b, benchBackend())
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) {
		u.SetIPRequestsPerMinute(0).SetResetRequestsPerHour(0).SetResetMinIntervalSeconds(0)
	})
	const users = 50
	logins := make([]string, users)
	for i := range logins {
		logins[i] = fmt.Sprintf("bench%02d", i)
		ta.createUser(b, logins[i]+"@example.com", logins[i], false)
	}
	cases := []struct {
		name  string
		login func(i int) string
	}{
		{"known", func(i int) string { return logins[i%users] }},
		{"unknown", func(i int) string { return fmt.Sprintf("nobody%02d@example.com", i%users) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			br := ta.browser(b)
			ta.background.Wait()
			var background time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				resp := br.gql(requestResetQ, map[string]any{"login": c.login(i)})
				b.StopTimer()
				if resp.Status != 200 || resp.code() != "" || len(resp.Errors) != 0 {
					b.Fatalf("requestReset: %d %s", resp.Status, resp.Raw)
				}
				// Each answer is timed alone: the background work of one
				// request must not slow the next one down.
				start := time.Now()
				ta.background.Wait()
				background += time.Since(start)
				b.StartTimer()
			}
			b.ReportMetric(float64(background.Nanoseconds())/float64(b.N), "bg-ns/op")
		})
	}
}
