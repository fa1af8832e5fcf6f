package main

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

// twoInstances runs two full instances of the service, each with its own
// HTTP server, mail worker and caches, on one PostgreSQL database: what a
// deployment behind a load balancer looks like.
func twoInstances(t *testing.T, args ...string) (*testApp, *testApp) {
	t.Helper()
	url := testdb.URL(t, testdb.Postgres)
	start := func() *testApp {
		cfg, err := parseServeConfig(append(append([]string{"--database", url}, quietFlags...), withSecretKey(testdb.Postgres, args)...), noEnv, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		return startApp(t, cfg)
	}
	return start(), start()
}

// onOther returns a browser for instance b carrying the cookies br got from
// another instance, as a load balancer would route the same person.
func onOther(t *testing.T, br *browser, b *testApp) *browser {
	other := b.browser(t)
	other.c.Jar.SetCookies(mustURL(b.srv.URL), []*http.Cookie{br.cookie(session.CookieName)})
	return other
}

func TestTwoInstancesOnOnePostgreSQLShareEverything(t *testing.T) {
	if len(testdb.Backends(t)) < 2 {
		t.Fatal("this test needs PostgreSQL; LATCHKEY_TEST_POSTGRES=off cannot run it")
	}
	smtp := mailtest.Start(t)
	a, b := twoInstances(t, "--smtp", smtp.URL())
	aliceID := a.createUser(t, "alice@example.com", "alice", false)
	a.createUser(t, "root@example.com", "root", true)

	t.Run("a session made on one instance works on the other", func(t *testing.T) {
		br := a.signedIn(t, "alice")
		if me := onOther(t, br, b).me(); me == nil || me.ID != aliceID {
			t.Fatalf("instance B does not know the session: %+v", me)
		}
	})

	t.Run("a forced sign-in on one instance ends sessions on the other at once", func(t *testing.T) {
		br := a.signedIn(t, "alice")
		admin := b.signedIn(t, "root")
		var out struct {
			ForceSignIn struct{ RevokedSessions int } `json:"forceSignIn"`
		}
		admin.gql(`mutation($id: ID!) { forceSignIn(input: {userId: $id}) { revokedSessions } }`, map[string]any{"id": aliceID}).into(t, &out)
		if out.ForceSignIn.RevokedSessions < 1 {
			t.Fatalf("revoked %d sessions", out.ForceSignIn.RevokedSessions)
		}
		if br.me() != nil {
			t.Fatal("instance A still honours a session revoked on instance B")
		}
	})

	t.Run("lockout counts failures from every instance", func(t *testing.T) {
		a.createUser(t, "bob@example.com", "bob", false)
		var last signInResult
		for i := 0; i < 5; i++ {
			inst := a
			if i%2 == 1 {
				inst = b
			}
			last = inst.browser(t).signIn("bob", "Wrong-Horse-9")
		}
		if len(last.SignIn.UserErrors) == 0 || last.SignIn.UserErrors[0].Code != "ACCOUNT_LOCKED" {
			t.Fatalf("5 failures across two instances: %+v", last.SignIn.UserErrors)
		}
		if r := a.browser(t).signIn("bob", goodPassword); r.SignIn.User != nil {
			t.Fatal("the locked account signed in on the other instance")
		}
		smtp.WaitTo("bob@example.com", "Your account was locked", mailWait)
	})

	t.Run("the per-client rate limit is shared", func(t *testing.T) {
		a.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(4) })
		codes := []string{}
		for i := 0; i < 6; i++ {
			inst := a
			if i%2 == 1 {
				inst = b
			}
			var out struct {
				RequestReset struct{ UserErrors []userErrorJSON } `json:"requestReset"`
			}
			inst.browser(t).gql(`mutation { requestReset(input: {login: "nobody"}) { userErrors { code } } }`, nil).into(t, &out)
			code := ""
			if len(out.RequestReset.UserErrors) > 0 {
				code = out.RequestReset.UserErrors[0].Code
			}
			codes = append(codes, code)
		}
		// The limit may have been partly used by the subtests above within
		// this minute; what matters is that the two instances add up.
		if codes[len(codes)-1] != "RATE_LIMITED" || codes[len(codes)-2] != "RATE_LIMITED" {
			t.Fatalf("codes across two instances: %q", codes)
		}
		a.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0) })
	})

	t.Run("both mail workers together send each email once", func(t *testing.T) {
		before := len(smtp.Messages())
		const n = 12
		for i := 0; i < n; i++ {
			email := "carol" + string(rune('a'+i)) + "@example.com"
			a.createUser(t, email, "carol"+string(rune('a'+i)), false)
			inst := a
			if i%2 == 1 {
				inst = b
			}
			inst.browser(t).gql(`mutation($l: String!) { requestReset(input: {login: $l}) { userErrors { code } } }`, map[string]any{"l": email})
		}
		a.background.Wait()
		b.background.Wait()
		deadline := time.Now().Add(15 * time.Second)
		for len(smtp.Messages()) < before+n && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond) // a duplicate would arrive now
		seen := map[string]int{}
		for _, m := range smtp.Messages()[before:] {
			seen[m.To[0]]++
		}
		if len(seen) != n {
			t.Fatalf("%d recipients got mail, want %d", len(seen), n)
		}
		for to, c := range seen {
			if c != 1 {
				t.Fatalf("%s got %d copies", to, c)
			}
		}
	})
}
