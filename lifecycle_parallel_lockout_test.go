package main

import (
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/testdb"
)

// lkFlood sends n requests at once, the i-th to bases[i%len(bases)] with
// vars(i), each on a client of its own unless client gives one, and returns
// the first userError code of data[field] of each ("" for none).
func lkFlood(t *testing.T, bases []string, client func() *http.Client, query, field string, n int, vars func(i int) map[string]any) []string {
	t.Helper()
	codes := make([]string, n)
	errs := make([]error, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var c *http.Client
			if client != nil {
				c = client()
			} else {
				jar, _ := cookiejar.New(nil)
				c = &http.Client{Jar: jar, Timeout: 120 * time.Second}
			}
			<-start
			_, raw, err := rawGQL(c, bases[i%len(bases)], query, vars(i))
			if err != nil {
				errs[i] = err
				return
			}
			p, err := rawPayload(raw, field)
			errs[i], codes[i] = err, p.code()
		}(i)
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	return codes
}

// lkReasons counts the SIGN_IN_FAILED events of an account by reason.
func lkReasons(t *testing.T, ta *testApp, id string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, ev := range ta.auditRows(t, "SIGN_IN_FAILED", id) {
		out[ev.Details["reason"]]++
	}
	return out
}

// The attack: 59 wrong passwords and the right one, sent at once. Today's
// main checks every one of them (the lock is read before the hash and the
// failure counted after it), and the right one signs in. Now at most
// lockoutThreshold passwords are checked, the account is locked, and the
// right password afterwards is ACCOUNT_LOCKED.
func TestParallelGuessesStopAtLockoutThreshold(t *testing.T) {
	const right = 37 // where the right password sits in the flood
	tests := []struct {
		name, query, field string
		vars               func(pw string) map[string]any
		successEvent       string
	}{
		{"signIn", signInMutation, "signIn", func(pw string) map[string]any {
			return map[string]any{"login": "erin", "password": pw}
		}, "SIGN_IN_SUCCEEDED"},
		{"generateToken", tokensGenerateMutation, "generateToken", func(pw string) map[string]any {
			return map[string]any{"login": "erin", "password": pw, "name": "ci"}
		}, "ACCESS_TOKEN_CREATED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			eachBackend(t, func(t *testing.T, b testdb.Backend) {
				ta, _ := newMailApp(t, b)
				ta.noClientLimit(t)
				id := ta.createUser(t, "erin@example.com", "erin", false)
				codes := lkFlood(t, []string{ta.srv.URL}, nil, tt.query, tt.field, 60, func(i int) map[string]any {
					if i == right {
						return tt.vars(goodPassword)
					}
					return tt.vars(fmt.Sprintf("Wrong-Horse-%d", i))
				})
				ta.background.Wait()
				lkWantStopped(t, ta, id, codes, len(ta.auditRows(t, tt.successEvent, id)))
				r := payloadOf(t, ta.browser(t), tt.field, tt.query, tt.vars(goodPassword))
				if r.code() != "ACCOUNT_LOCKED" {
					t.Fatalf("the right password after the flood: %+v, want ACCOUNT_LOCKED", r)
				}
			})
		})
	}
}

// lkWantStopped checks what a flood of guesses at one account did: at most
// lockoutThreshold (5) passwords were checked (failed ones plus successes),
// the account is locked, and it was locked once.
func lkWantStopped(t *testing.T, ta *testApp, id string, codes []string, successes int) {
	t.Helper()
	reasons := lkReasons(t, ta, id)
	checked := reasons["wrong_password"] + reasons["wrong_current_password"]
	if checked+successes > 5 {
		t.Fatalf("%d wrong passwords and %d right ones were checked, want at most 5 in all (events %v, answers %q)", checked, successes, reasons, codes)
	}
	if u := ta.db.Client.User.GetX(t.Context(), id); u.LockedAt == nil {
		t.Fatalf("the account is not locked after the flood (answers %q)", codes)
	}
	if n := len(ta.auditRows(t, "ACCOUNT_LOCKED", id)); n != 1 {
		t.Fatalf("%d ACCOUNT_LOCKED events, want 1", n)
	}
	if n := len(ta.outboxRows(t, "ACCOUNT_LOCKED")); n != 1 {
		t.Fatalf("%d lock emails, want 1", n)
	}
	for i, c := range codes {
		if c != "" && c != "INVALID_CREDENTIALS" && c != "ACCOUNT_LOCKED" {
			t.Fatalf("answer %d: %q", i, c)
		}
	}
}

// The same through a stolen session: 59 wrong current passwords and the
// right one, at once, to changePassword.
func TestParallelCurrentPasswordGuessesStopAtLockoutThreshold(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, _ := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "bob@example.com", "bob", false)
		thief := ta.signedIn(t, "bob")
		codes := lkFlood(t, []string{ta.srv.URL}, func() *http.Client { return thief.c }, changePasswordQ, "changePassword", 60, func(i int) map[string]any {
			current := fmt.Sprintf("Guess-Number-%d", i)
			if i == 41 {
				current = goodPassword
			}
			return map[string]any{"current": current, "pw": "Thief-Chosen-99", "confirm": "Thief-Chosen-99"}
		})
		ta.background.Wait()
		lkWantStopped(t, ta, id, codes, len(ta.auditRows(t, "PASSWORD_CHANGED", id)))
		for _, pw := range []string{goodPassword, "Thief-Chosen-99"} {
			if c := ta.browser(t).signInCode("bob", pw); c != "ACCOUNT_LOCKED" {
				t.Fatalf("sign-in after the flood: %q, want ACCOUNT_LOCKED", c)
			}
		}
	})
}

// Two instances behind a load balancer share the count: the flood split
// across them checks no more passwords than it would on one.
func TestParallelGuessesOnTwoInstancesStopAtLockoutThreshold(t *testing.T) {
	if len(testdb.Backends(t)) < 2 {
		t.Fatal("this test needs PostgreSQL; LATCHKEY_TEST_POSTGRES=off cannot run it")
	}
	a, b := twoInstances(t)
	a.noClientLimit(t)
	id := a.createUser(t, "erin@example.com", "erin", false)
	codes := lkFlood(t, []string{a.srv.URL, b.srv.URL}, nil, signInMutation, "signIn", 60, func(i int) map[string]any {
		if i == 23 {
			return map[string]any{"login": "erin", "password": goodPassword}
		}
		return map[string]any{"login": "erin", "password": fmt.Sprintf("Wrong-Horse-%d", i)}
	})
	a.background.Wait()
	b.background.Wait()
	reasons := lkReasons(t, a, id)
	successes := len(a.auditRows(t, "SIGN_IN_SUCCEEDED", id))
	if reasons["wrong_password"]+successes > 5 {
		t.Fatalf("%d wrong and %d right passwords checked on two instances, want at most 5 (%v, %q)", reasons["wrong_password"], successes, reasons, codes)
	}
	if n := len(a.auditRows(t, "ACCOUNT_LOCKED", id)); n != 1 {
		t.Fatalf("%d ACCOUNT_LOCKED events, want 1", n)
	}
	for _, ta := range []*testApp{a, b} {
		if c := ta.browser(t).signInCode("erin", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("the right password after the flood: %q", c)
		}
	}
}

// The attack: 4 wrong passwords typed as a username and 1 typed as an
// email address lock the account only if both are the same account's, so
// the answers told whether they belong together (and the test locked the
// victim). Now each login answers by its own count: a linked pair, two
// accounts' logins and logins nobody has answer alike at every step, while
// the account still checks no more than lockoutThreshold passwords.
func TestMixingUsernameAndEmailGuessesRevealsNoLink(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		erin := ta.createUser(t, "erin@example.com", "erin", false)
		ta.createUser(t, "frank@example.com", "frank", false)
		ta.createUser(t, "gina@example.com", "gina", false)
		pairs := []struct{ name, username, email string }{
			{"one account's username and email", "erin", "erin@example.com"},
			{"two accounts' logins", "frank", "gina@example.com"},
			{"logins nobody has", "nobody", "nobody@example.com"},
		}
		steps := []struct {
			asEmail bool
			want    string
		}{
			{false, "INVALID_CREDENTIALS"}, {false, "INVALID_CREDENTIALS"}, {false, "INVALID_CREDENTIALS"}, {false, "INVALID_CREDENTIALS"},
			{true, "INVALID_CREDENTIALS"}, // the 5th failure on the account: nothing tells
			{true, "INVALID_CREDENTIALS"},
			{false, "ACCOUNT_LOCKED"}, // the username's own 5th
			{true, "INVALID_CREDENTIALS"}, {true, "INVALID_CREDENTIALS"},
			{true, "ACCOUNT_LOCKED"}, // the email's own 5th
			{false, "ACCOUNT_LOCKED"}, {true, "ACCOUNT_LOCKED"},
		}
		for i, s := range steps {
			var first string
			for _, p := range pairs {
				login := p.username
				if s.asEmail {
					login = p.email
				}
				resp := ta.browser(t).gql(signInMutation, map[string]any{"login": login, "password": fmt.Sprintf("Wrong-Horse-%d", i)})
				var out signInResult
				resp.into(t, &out)
				if c := onlyCode(out.SignIn.UserErrors); c != s.want {
					t.Fatalf("step %d, %s (%s): %s, want %s", i+1, p.name, login, resp.Raw, s.want)
				}
				if first == "" {
					first = resp.Raw
				} else if resp.Raw != first {
					t.Fatalf("step %d: %s answer differently:\n%s\n%s", i+1, p.name, resp.Raw, first)
				}
			}
		}
		ta.background.Wait()
		// Bounded: 12 guesses at erin, 5 passwords checked.
		if n := lkReasons(t, ta, erin)["wrong_password"]; n > 5 {
			t.Fatalf("%d passwords checked against the account, want at most 5", n)
		}
		if u := ta.db.Client.User.GetX(t.Context(), erin); u.LockedAt == nil {
			t.Fatal("the account is not locked")
		}
		// The owner unlocks with the lock email; both logins work again.
		m := smtp.WaitTo("erin@example.com", "Your account was locked", mailWait)
		if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
			t.Fatalf("reset from the lock email: %+v", p)
		}
		for _, login := range []string{"erin", "erin@example.com"} {
			if c := ta.browser(t).signInCode(login, newPassword); c != "" {
				t.Fatalf("sign-in as %s after the reset: %q", login, c)
			}
		}
	})
}

// The lockout lapses (lockoutMinutes) and a flood of wrong passwords
// arrives at once through both logins: every try that saw the lapsed lock
// lifted it and cleared the account's count, each clearing after others
// had begun counting afresh, so more than lockoutThreshold passwords were
// checked before the next lock. Only the try that lifts a lock clears it.
func TestParallelGuessesAfterALockLapsesStopAtLockoutThreshold(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := t.Context()
		ta, _ := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(15) })
		id := ta.createUser(t, "erin@example.com", "erin", false)
		for i := range 5 {
			ta.browser(t).gql(signInMutation, map[string]any{"login": "erin", "password": fmt.Sprintf("Wrong-Horse-%d", i)})
		}
		ta.background.Wait()
		before := lkReasons(t, ta, id)["wrong_password"]
		if before != 5 {
			t.Fatalf("%d wrong passwords checked before the lock", before)
		}
		// An hour later: the account's lock and the login's have lapsed.
		ta.db.Client.User.UpdateOneID(id).SetLockedAt(time.Now().Add(-time.Hour)).ExecX(ctx)
		for _, c := range ta.db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasPrefix("lock:login:")).AllX(ctx) {
			ta.db.Client.RateLimitCounter.UpdateOne(c).SetExpiresAt(c.ExpiresAt.Add(-time.Hour)).ExecX(ctx)
		}
		logins := []string{"erin", "erin@example.com"}
		codes := lkFlood(t, []string{ta.srv.URL}, nil, signInMutation, "signIn", 60, func(i int) map[string]any {
			return map[string]any{"login": logins[i%2], "password": fmt.Sprintf("Wrong-Again-%d", i)}
		})
		ta.background.Wait()
		checked := lkReasons(t, ta, id)["wrong_password"] - before
		if checked > 5 {
			t.Fatalf("%d wrong passwords were checked after the lock lapsed, want at most 5 (answers %q)", checked, codes)
		}
		// (Nothing checked at all is fine: a flood that outnumbers the
		// lifting try can use up the fresh count before it.)
		if u := ta.db.Client.User.GetX(ctx, id); u.LockedAt != nil && u.LockedAt.Before(time.Now().Add(-30*time.Minute)) {
			t.Fatal("the lapsed lock was never lifted")
		}
	})
}
