package main

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
)

// BenchmarkSignIn measures sign-ins through the real HTTP handler on SQLite,
// one browser per goroutine. "ok" is a successful sign-in, "wrong" a wrong
// password for a real account and "unknown" a login that does not exist:
// the last two should cost the same (a dummy hash is verified).
//
//	go test -run '^$' -bench BenchmarkSignIn -benchtime 40x .
func BenchmarkSignIn(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	ta.createUser(b, "bench@example.com", "bench", false)
	// Measure hashing, not the per-address limit or the lockout.
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0).SetLockoutThreshold(1 << 30) })
	cases := []struct{ name, login, password string }{
		{"ok", "bench", goodPassword},
		{"wrong", "bench", "Wrong-Horse-9"},
		{"unknown", "nobody", "Wrong-Horse-9"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			br := ta.browser(b)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				br.gql(signInMutation, map[string]any{"login": c.login, "password": c.password})
			}
		})
	}
	// The same two failures interleaved, so that the machine's drift falls
	// on both alike: the gap is what a caller could time.
	b.Run("wrong-vs-unknown", func(b *testing.B) {
		br := ta.browser(b)
		var wrong, unknown time.Duration
		for i := 0; i < b.N; i++ {
			for _, c := range []struct {
				login string
				total *time.Duration
			}{{"bench", &wrong}, {"nobody", &unknown}} {
				start := time.Now()
				br.gql(signInMutation, map[string]any{"login": c.login, "password": "Wrong-Horse-9"})
				*c.total += time.Since(start)
			}
		}
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
		b.ReportMetric(ms(wrong), "wrong-ms")
		b.ReportMetric(ms(unknown), "unknown-ms")
		b.ReportMetric(ms(unknown)-ms(wrong), "gap-ms")
	})
	b.Run("parallel", func(b *testing.B) {
		// Two callers per hashing slot, as a busy site has: while one
		// caller's request does its reads and writes, the other's hash
		// keeps the slot busy.
		b.SetParallelism(2)
		b.StopTimer()
		// The bounds, measured in the same run, before and after (this
		// machine's speed drifts from minute to minute): cores / one hash
		// alone, and what the hasher itself does with every slot busy (on a
		// machine whose cores share one cache, two 19 MiB hashes slow each
		// other down).
		one1, all1 := hashRates(b, ta)
		b.StartTimer()
		b.RunParallel(func(pb *testing.PB) {
			br := ta.browser(b)
			for pb.Next() {
				br.gql(signInMutation, map[string]any{"login": "bench", "password": goodPassword})
			}
		})
		rate := float64(b.N) / b.Elapsed().Seconds()
		b.StopTimer()
		one2, all2 := hashRates(b, ta)
		one, all := (one1+one2)/2, (all1+all2)/2
		b.ReportMetric(rate, "signins/s")
		b.ReportMetric(one, "bound/s")
		b.ReportMetric(100*rate/one, "%bound")
		b.ReportMetric(100*rate/all, "%hashing")
	})
}

// hashRates measures argon2id with the service's parameters: the bound
// cores / (time of one hash alone), and hashes per second with one goroutine
// per core hashing flat out.
func hashRates(b *testing.B, ta *testApp) (bound, parallel float64) {
	ctx := context.Background()
	const n = 20
	start := time.Now()
	for i := 0; i < n; i++ {
		if _, err := ta.accounts.Hasher.Hash(ctx, goodPassword); err != nil {
			b.Fatal(err)
		}
	}
	bound = float64(runtime.NumCPU()) * n / time.Since(start).Seconds()
	var wg sync.WaitGroup
	start = time.Now()
	for g := 0; g < runtime.NumCPU(); g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				ta.accounts.Hasher.Hash(ctx, goodPassword) //nolint:errcheck // measured above
			}
		}()
	}
	wg.Wait()
	parallel = float64(runtime.NumCPU()*n) / time.Since(start).Seconds()
	return bound, parallel
}

// BenchmarkSignInFlood sends 200 concurrent sign-ins at a server whose
// hashing is bounded to one slot per CPU with a small queue: the rest are
// refused at once with RATE_LIMITED instead of each holding 19 MiB of
// argon2 memory. It reports how many were refused and the peak number of
// hashes that ran at once (never above the bound).
func BenchmarkSignInFlood(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error", "--hash-queue", "8")
	ta.createUser(b, "flood@example.com", "flood", false)
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0) })
	for i := 0; i < b.N; i++ {
		var refused, peak atomic.Int64
		stop := make(chan struct{})
		go func() {
			for {
				select {
				case <-stop:
					return
				default:
					if r, _ := ta.accounts.Hasher.InFlight(); r > peak.Load() {
						peak.Store(r)
					}
					time.Sleep(time.Millisecond)
				}
			}
		}()
		var wg sync.WaitGroup
		for g := 0; g < 200; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var out signInResult
				ta.browser(b).gql(signInMutation, map[string]any{"login": "flood", "password": goodPassword}).into(b, &out)
				if len(out.SignIn.UserErrors) > 0 && out.SignIn.UserErrors[0].Code == "RATE_LIMITED" {
					refused.Add(1)
				}
			}()
		}
		wg.Wait()
		close(stop)
		if peak.Load() > int64(runtime.NumCPU()) {
			b.Fatalf("%d hashes ran at once, above the bound of %d", peak.Load(), runtime.NumCPU())
		}
		b.ReportMetric(float64(refused.Load()), "refused/200")
		b.ReportMetric(float64(peak.Load()), "peak-hashes")
	}
}
