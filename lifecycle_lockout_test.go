package main

import (
	"net/http"
	"net/http/cookiejar"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestFiveWrongPasswordsLockTheAccountAndTheEmailUnlocksIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "erin@example.com", "erin", false)

		// A real account and an unknown login answer alike at every step,
		// so the lockout never tells whether an account exists.
		steps := []struct {
			password, want string
		}{
			{"Wrong-Horse-1", "INVALID_CREDENTIALS"},
			{"Wrong-Horse-2", "INVALID_CREDENTIALS"},
			{"Wrong-Horse-3", "INVALID_CREDENTIALS"},
			{"Wrong-Horse-4", "INVALID_CREDENTIALS"},
			{"Wrong-Horse-5", "ACCOUNT_LOCKED"},
			{goodPassword, "ACCOUNT_LOCKED"},
			{"Wrong-Horse-7", "ACCOUNT_LOCKED"},
		}
		for i, s := range steps {
			real := ta.browser(t).gql(signInMutation, map[string]any{"login": "erin", "password": s.password})
			unknown := ta.browser(t).gql(signInMutation, map[string]any{"login": "ghost", "password": s.password})
			var out signInResult
			real.into(t, &out)
			if out.SignIn.User != nil || len(out.SignIn.UserErrors) != 1 || out.SignIn.UserErrors[0].Code != s.want {
				t.Fatalf("attempt %d for the real account: %s, want %s", i+1, real.Raw, s.want)
			}
			if unknown.Raw != real.Raw || unknown.Status != real.Status {
				t.Fatalf("attempt %d: an unknown login answers differently:\n%s\n%s", i+1, unknown.Raw, real.Raw)
			}
		}
		ta.background.Wait() // the account's lock is written after the answer
		if u := ta.db.Client.User.GetX(t.Context(), id); u.LockedAt == nil {
			t.Fatal("the account is not marked locked")
		}

		m := smtp.WaitTo("erin@example.com", "Your account was locked", mailWait)
		for _, want := range []string{"5 failed sign-in attempts", "Yes, create my password", "24 hours"} {
			if !strings.Contains(m.Text, want) {
				t.Errorf("the lock email lacks %q:\n%s", want, m.Text)
			}
		}
		if !strings.HasPrefix(m.Links()[0], "http://localhost:8080/reset-password?token=") {
			t.Fatalf("the lock email's link: %q", m.Links())
		}
		if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
			t.Fatalf("the lock email's link: %+v", p)
		}
		if c := ta.browser(t).signInCode("erin", newPassword); c != "" {
			t.Fatalf("sign-in after unlocking through the email: %q", c)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "erin@example.com", "Your account was locked"); n != 1 {
			t.Fatalf("%d lock emails, want 1", n)
		}
	})
}

func TestWrongPasswordsSentAtOnceLockExactlyOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "erin@example.com", "erin", false)

		const n = 5
		codes := make([]string, n)
		errs := make([]error, n)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				jar, _ := cookiejar.New(nil)
				c := &http.Client{Jar: jar, Timeout: 60 * time.Second}
				<-start
				_, raw, err := rawGQL(c, ta.srv.URL, signInMutation, map[string]any{"login": "erin", "password": "Wrong-Horse-9"})
				if err != nil {
					errs[i] = err
					return
				}
				p, err := rawPayload(raw, "signIn")
				errs[i], codes[i] = err, p.code()
			}(i)
		}
		close(start)
		wg.Wait()
		locked := 0
		for i := range codes {
			if errs[i] != nil {
				t.Fatalf("call %d: %v", i, errs[i])
			}
			if codes[i] == "ACCOUNT_LOCKED" {
				locked++
			} else if codes[i] != "INVALID_CREDENTIALS" {
				t.Fatalf("call %d: %q", i, codes[i])
			}
		}
		if locked == 0 {
			t.Fatalf("no answer said the account is locked: %q", codes)
		}
		ta.background.Wait() // the account's lock is written after the answer
		if c := ta.browser(t).signInCode("erin", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("after 5 parallel failures the right password gives %q, want ACCOUNT_LOCKED", c)
		}
		if k := len(ta.outboxRows(t, "ACCOUNT_LOCKED")); k != 1 {
			t.Fatalf("%d lock emails written, want 1", k)
		}
		if k := len(ta.auditRows(t, "ACCOUNT_LOCKED", id)); k != 1 {
			t.Fatalf("%d ACCOUNT_LOCKED events, want 1", k)
		}
		smtp.WaitTo("erin@example.com", "Your account was locked", mailWait)
		ta.drainMail(t)
		if k := mailCount(smtp, "erin@example.com", "Your account was locked"); k != 1 {
			t.Fatalf("%d lock emails delivered, want 1", k)
		}
	})
}

func TestALockIsLiftedAfterLockoutMinutes(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	var skew atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	ta.accounts.Now = clock
	ta.limits.Now = clock
	ta.noClientLimit(t)
	old := ta.createUser(t, "old@example.com", "oldlock", false)
	ta.createUser(t, "recent@example.com", "recentlock", false)
	ta.createUser(t, "forever@example.com", "foreverlock", false)
	// Each account is locked by five wrong passwords, at its own time.
	for _, l := range []struct {
		login string
		ago   time.Duration
	}{{"foreverlock", 365 * 24 * time.Hour}, {"oldlock", 16 * time.Minute}, {"recentlock", 5 * time.Minute}} {
		skew.Store(int64(-l.ago))
		for i := 0; i < 5; i++ {
			ta.browser(t).signInCode(l.login, "Wrong-Horse-9")
		}
		ta.background.Wait()
	}
	skew.Store(0)

	t.Run("with lockoutMinutes 0 a lock lasts until a reset", func(t *testing.T) {
		if c := ta.browser(t).signInCode("foreverlock", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("a year-old lock: %q", c)
		}
	})
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(15) })
	tests := []struct{ name, login, want string }{
		{"a lock older than lockoutMinutes is lifted", "oldlock", ""},
		{"a newer lock holds", "recentlock", "ACCOUNT_LOCKED"},
		{"the year-old lock is lifted too", "foreverlock", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if c := ta.browser(t).signInCode(tt.login, goodPassword); c != tt.want {
				t.Fatalf("code %q, want %q", c, tt.want)
			}
		})
	}
	if u := ta.db.Client.User.GetX(t.Context(), old); u.LockedAt != nil {
		t.Fatal("the lifted lock is still stored")
	}
	if n := len(ta.auditRows(t, "ACCOUNT_UNLOCKED", old)); n != 1 {
		t.Fatalf("%d ACCOUNT_UNLOCKED events, want 1", n)
	}
}

// When locks last lockoutMinutes, a real account answers INVALID_CREDENTIALS
// again once its lock has lapsed. An unknown login must do the same, or the
// answer after the lapse tells which logins exist.
func TestALapsedLockLooksTheSameForAnUnknownLogin(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	var skew atomic.Int64
	clock := func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	ta.accounts.Now = clock
	ta.limits.Now = clock
	ta.noClientLimit(t)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(15) })
	ta.createUser(t, "erin@example.com", "erin", false)

	for i := 0; i < 5; i++ {
		ta.browser(t).signInCode("erin", "Wrong-Horse-9")
		ta.browser(t).signInCode("ghost", "Wrong-Horse-9")
	}
	for _, login := range []string{"erin", "ghost"} {
		if c := ta.browser(t).signInCode(login, "Wrong-Horse-9"); c != "ACCOUNT_LOCKED" {
			t.Fatalf("%s after 5 failures: %q", login, c)
		}
	}

	skew.Store(int64(16 * time.Minute)) // the locks are now 16 minutes old
	real := ta.browser(t).gql(signInMutation, map[string]any{"login": "erin", "password": "Wrong-Horse-9"})
	unknown := ta.browser(t).gql(signInMutation, map[string]any{"login": "ghost", "password": "Wrong-Horse-9"})
	if !strings.Contains(real.Raw, "INVALID_CREDENTIALS") {
		t.Fatalf("the real account after its lock lapsed: %s", real.Raw)
	}
	if unknown.Raw != real.Raw {
		t.Fatalf("after the lock lapsed an unknown login answers differently from a real one:\nunknown: %s\nreal:    %s", unknown.Raw, real.Raw)
	}
}

func TestALockedAccountCanAlwaysReset(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	id := ta.createUser(t, "erin@example.com", "erin", false)
	ta.db.Client.User.UpdateOneID(id).SetLockedAt(time.Now()).ExecX(t.Context())

	if p := requestReset(t, ta.browser(t), "erin"); p.code() != "" {
		t.Fatalf("requestReset for a locked account: %+v", p)
	}
	m := smtp.WaitTo("erin@example.com", "Reset your password", mailWait)
	p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword)
	if p.code() != "" || p.User.LockedAt != nil {
		t.Fatalf("resetPassword for a locked account: %+v", p)
	}
	if c := ta.browser(t).signInCode("erin", newPassword); c != "" {
		t.Fatalf("sign-in after the reset: %q", c)
	}
}

// With resetMethod TEMPORARY_PASSWORD the lockout email must still give the
// owner a way back in: a working link, or the temporary password itself.
func TestTheLockEmailUnlocksUnderTheTemporaryPasswordMethodToo(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("TEMPORARY_PASSWORD") })
	ta.createUser(t, "erin@example.com", "erin", false)
	for i := 0; i < 5; i++ {
		ta.browser(t).signInCode("erin", "Wrong-Horse-9")
	}
	m := smtp.WaitTo("erin@example.com", "Your account was locked", mailWait)
	switch {
	case m.Token() != "":
		if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
			t.Fatalf("the lock email's link: %+v", p)
		}
	case tempPassword(m.Text) != "":
		r := ta.browser(t).signIn("erin", tempPassword(m.Text))
		if r.SignIn.User == nil || !r.SignIn.MustChangePassword {
			t.Fatalf("the lock email's temporary password: %+v", r)
		}
	default:
		t.Fatalf("the lock email holds neither a reset link nor a temporary password, so it cannot unlock the account:\n%s", m.Text)
	}
}

// The lock email tells the owner that someone is guessing their password.
// Asking for a reset link first (which anyone can do for any account) must
// not silence it.
func TestARecentResetRequestDoesNotSilenceTheLockEmail(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "erin@example.com", "erin", false)
	requestReset(t, ta.browser(t), "erin")
	smtp.WaitTo("erin@example.com", "Reset your password", mailWait)
	for i := 0; i < 5; i++ {
		ta.browser(t).signInCode("erin", "Wrong-Horse-9")
	}
	if c := ta.browser(t).signInCode("erin", goodPassword); c != "ACCOUNT_LOCKED" {
		t.Fatalf("after 5 failures: %q", c)
	}
	ta.drainMail(t)
	if n := mailCount(smtp, "erin@example.com", "Your account was locked"); n != 1 {
		t.Fatalf("%d lock emails after a reset request a moment earlier; want 1", n)
	}
}
