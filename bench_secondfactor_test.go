package main

import (
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/secondfactor"
)

// BenchmarkVerifySecondFactor measures what a second factor adds to a
// browser sign-in: verifySecondFactor with a right TOTP code through the
// real HTTP handler on SQLite (the pending sign-in, its password hash and
// a new TOTP step are made outside the timer). "password-sign-in" is the
// signIn of an account without a second factor, in the same run, to set
// the figure against.
//
//	go test -run '^$' -bench BenchmarkVerifySecondFactor -benchtime 100x .
func BenchmarkVerifySecondFactor(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0).SetLockoutThreshold(1 << 30) })
	u := newTotpUser(b, ta)
	ta.createUser(b, "plain@example.com", "plain", false)
	b.Run("verify-totp", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			br := ta.browser(b)
			pending(b, br, u)
			u.clk.Advance(secondfactor.Period) // a code not used yet
			code := u.code(b)
			b.StartTimer()
			if v := verify(b, br, map[string]any{"code": code}); v.User == nil {
				b.Fatalf("verify: %+v", v)
			}
		}
	})
	b.Run("verify-recovery-code", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			codes, err := ta.factors.RegenerateRecoveryCodes(b.Context(), &ent.User{ID: u.id})
			if err != nil {
				b.Fatal(err)
			}
			br := ta.browser(b)
			pending(b, br, u)
			b.StartTimer()
			if v := verify(b, br, map[string]any{"recoveryCode": codes[0]}); v.User == nil {
				b.Fatalf("verify: %+v", v)
			}
		}
	})
	b.Run("password-sign-in", func(b *testing.B) {
		br := ta.browser(b)
		for i := 0; i < b.N; i++ {
			br.gql(signInMutation, map[string]any{"login": "plain", "password": goodPassword})
		}
	})
}
