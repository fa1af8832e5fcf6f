package main

import (
	"context"
	"encoding/json"
	"runtime/pprof"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/passkey/passkeytest"
)

// BenchmarkPasskeySignIn compares passkey sign-ins with password sign-ins
// through the real HTTP handler, in the same run (the machine's speed
// drifts): "interleaved" alternates one of each on one browser and reports
// both rates and their ratio; "parallel-*" runs each with two callers per
// CPU. A passkey sign-in is two requests (begin, finish) and a signature
// check; the software authenticator's signing is inside the loop too, as
// the browser's would be on the caller's side. Every timed sign-in starts
// signed out, in a browser that signed in before (its device cookie is
// known): a person coming back. The browser forgets its session cookie in
// between (signing out would be a signed-in request, which the flood
// defence makes the next hash give way to: internal/httpx/lane.go).
//
//	go test -run '^$' -bench BenchmarkPasskeySignIn -benchtime 200x .
func BenchmarkPasskeySignIn(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	ta.createUser(b, "bench@example.com", "bench", false)
	// The password side signs in as an account without a second factor
	// (one with a passkey would be asked for it after the password).
	ta.createUser(b, "pwuser@example.com", "pwuser", false)
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0).SetLockoutThreshold(1 << 30) })
	key := passkeytest.New(testOrigin)
	ta.signedIn(b, "bench").addPasskey(key, "Bench")

	passkeyOnce := func(br *browser) {
		var out struct {
			Begin struct {
				Options json.RawMessage `json:"options"`
			} `json:"beginPasskeySignIn"`
		}
		br.gql(beginSignInMutation, map[string]any{}).into(b, &out)
		cred, err := key.Get(out.Begin.Options)
		if err != nil {
			b.Fatal(err)
		}
		if code := onlyCode(br.finishPasskeySignIn(cred).userErrors(b, "finishPasskeySignIn")); code != "" {
			b.Fatalf("passkey sign-in: %s", code)
		}
	}
	signOut := func(br *browser) { br.forgetAllBut(device.CookieName) }
	passwordOnce := func(br *browser) {
		if code := br.signInCode("pwuser", goodPassword); code != "" {
			b.Fatalf("password sign-in: %s", code)
		}
	}

	b.Run("interleaved", func(b *testing.B) {
		br := ta.browser(b)
		passkeyOnce(br)
		passwordOnce(br)
		var pk, pw time.Duration
		for i := 0; i < b.N; i++ {
			signOut(br)
			start := time.Now()
			passkeyOnce(br)
			pk += time.Since(start)
			signOut(br)
			start = time.Now()
			passwordOnce(br)
			pw += time.Since(start)
		}
		pkRate, pwRate := float64(b.N)/pk.Seconds(), float64(b.N)/pw.Seconds()
		b.ReportMetric(pkRate, "passkey/s")
		b.ReportMetric(pwRate, "password/s")
		b.ReportMetric(pkRate/pwRate, "ratio")
	})
	// sequential-passkey signs in with the passkey alone, one after
	// another. The caller's goroutines carry the profiler label
	// side=client, so that `go tool pprof -tagignore side=client` shows
	// the server's share of a -cpuprofile.
	b.Run("sequential-passkey", func(b *testing.B) {
		pprof.Do(context.Background(), pprof.Labels("side", "client"), func(context.Context) {
			br := ta.browser(b)
			passkeyOnce(br)
			for i := 0; i < b.N; i++ {
				signOut(br)
				passkeyOnce(br)
			}
		})
	})
	for _, c := range []struct {
		name string
		once func(*browser)
	}{{"parallel-passkey", passkeyOnce}, {"parallel-password", passwordOnce}} {
		b.Run(c.name, func(b *testing.B) {
			// Each caller's browser signs in once before the clock
			// starts (its device becomes known), then forgets its
			// session and signs in again.
			b.SetParallelism(2)
			b.RunParallel(func(pb *testing.PB) {
				br := ta.browser(b)
				c.once(br)
				for pb.Next() {
					signOut(br)
					c.once(br)
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "signins/s")
		})
	}
}
