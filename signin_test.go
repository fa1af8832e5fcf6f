package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestPersonSignsInAndOut(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		id := ta.createUser(t, "Alice@Example.com", "alice", false)

		tests := []struct{ name, login string }{
			{"with the email as stored", "Alice@Example.com"},
			{"with the email in another letter case", "alice@EXAMPLE.com"},
			{"with the username", "alice"},
			{"with the username in capitals", "ALICE"},
			{"with spaces around the login", "  alice  "},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				br := ta.browser(t)
				if br.me() != nil {
					t.Fatal("me should be null before signing in")
				}
				r := br.signIn(tt.login, goodPassword)
				if r.SignIn.User == nil || r.SignIn.User.ID != id || len(r.SignIn.UserErrors) != 0 {
					t.Fatalf("sign in: %+v", r)
				}
				if me := br.me(); me == nil || me.ID != id {
					t.Fatalf("me after sign in = %+v", me)
				}
				stolen := *br.cookie(session.CookieName)
				var out struct {
					SignOut struct{ UserErrors []userErrorJSON } `json:"signOut"`
				}
				br.gql(`mutation { signOut { userErrors { code } } }`, nil).into(t, &out)
				if br.me() != nil {
					t.Fatal("me should be null after signing out")
				}
				// The cookie from before sign-out is dead on the server,
				// not merely forgotten by the browser.
				replay := ta.browser(t)
				replay.c.Jar.SetCookies(mustURL(ta.srv.URL), []*http.Cookie{&stolen})
				if replay.me() != nil {
					t.Fatal("a signed-out session cookie still works")
				}
			})
		}
	})
}

func TestSessionCookieIsHttpOnlyLaxAndRenewedAtSignIn(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "bob@example.com", "bob", false)
	br := ta.browser(t)
	resp := br.gql(signInMutation, map[string]any{"login": "bob", "password": goodPassword})
	setCookie := setCookieNamed(resp.Header, session.CookieName)
	for _, want := range []string{session.CookieName + "=", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(setCookie, want) {
			t.Errorf("Set-Cookie %q lacks %q", setCookie, want)
		}
	}
	if strings.Contains(setCookie, "Secure") {
		t.Errorf("cookie over plain http should not be Secure: %q", setCookie)
	}
	first := br.cookie(session.CookieName).Value
	if len(first) < 22 { // 128 bits in base64 is 22 characters
		t.Fatalf("session token %q is shorter than 128 bits", first)
	}
	// Signing in again from the same browser issues a new token and kills
	// the old one: a token known before sign-in never becomes signed in.
	br.mustSignIn("bob", goodPassword)
	second := br.cookie(session.CookieName).Value
	if second == first {
		t.Fatal("sign-in kept the session token; expected a new one")
	}
	old := ta.browser(t)
	old.c.Jar.SetCookies(mustURL(ta.srv.URL), []*http.Cookie{{Name: session.CookieName, Value: first}})
	if old.me() != nil {
		t.Fatal("the pre-sign-in token still works after renewal")
	}
}

func TestSessionCookieIsSecureAndHostPrefixedBehindHTTPS(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite, "--public-url", "https://id.example.com")
	ta.createUser(t, "bob@example.com", "bob", false)
	resp := ta.browser(t).gql(signInMutation, map[string]any{"login": "bob", "password": goodPassword}, "Origin", "https://id.example.com")
	setCookie := setCookieNamed(resp.Header, "__Host-"+session.CookieName)
	for _, want := range []string{"__Host-" + session.CookieName + "=", "Secure", "HttpOnly", "Path=/"} {
		if !strings.Contains(setCookie, want) {
			t.Errorf("Set-Cookie %q lacks %q", setCookie, want)
		}
	}
	if strings.Contains(setCookie, "Domain=") {
		t.Errorf("__Host- cookies must not carry a Domain: %q", setCookie)
	}
}

func TestSessionsAreRecordedAgainstTheirUser(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		id := ta.createUser(t, "carol@example.com", "carol", false)
		br := ta.browser(t)
		br.gql(signInMutation, map[string]any{"login": "carol", "password": goodPassword}, "User-Agent", "TestBrowser/1.0")
		rows, err := ta.db.Client.Session.Query().All(t.Context())
		if err != nil || len(rows) != 1 {
			t.Fatalf("sessions = %v, %v; want one", rows, err)
		}
		s := rows[0]
		if s.UserID == nil || *s.UserID != id {
			t.Errorf("session user = %v, want %s", s.UserID, id)
		}
		if s.IP != "127.0.0.1" || s.UserAgent != "TestBrowser/1.0" {
			t.Errorf("session ip/ua = %q/%q", s.IP, s.UserAgent)
		}
		if s.TokenHash == br.cookie(session.CookieName).Value {
			t.Error("the session token is stored in clear")
		}
		if time.Until(s.ExpiresAt) > 168*time.Hour+time.Minute {
			t.Errorf("session expires at %v, beyond the 168h lifetime", s.ExpiresAt)
		}
		// Unused for longer than the 12h idle timeout: the session is over.
		ta.db.Client.Session.UpdateOne(s).SetLastSeenAt(time.Now().Add(-13 * time.Hour)).ExecX(t.Context())
		if br.me() != nil {
			t.Error("a session idle for 13h still works")
		}
	})
}

func TestFailedSignInLooksTheSameWhetherOrNotTheAccountExists(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.createUser(t, "dave@example.com", "dave", false)
		// This test is about the answers, not the lockout.
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutThreshold(100) })
		tests := []struct{ name, login, password string }{
			{"wrong password for a real email", "dave@example.com", "Wrong-Horse-9"},
			{"wrong password for a real username", "dave", "Wrong-Horse-9"},
			{"unknown email", "nobody@example.com", "Wrong-Horse-9"},
			{"unknown username", "nobody", "Wrong-Horse-9"},
			{"empty login", "", "Wrong-Horse-9"},
			{"empty password", "dave", ""},
			{"huge password", "dave", strings.Repeat("A-b1", 100000)},
			{"look-alike email (Cyrillic e)", "dav\u0435@example.com", goodPassword},
			{"the right password with extra characters", "dave", goodPassword + "x"},
		}
		var first *gqlResponse
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				resp := ta.browser(t).gql(signInMutation, map[string]any{"login": tt.login, "password": tt.password})
				if resp.Status != http.StatusOK {
					t.Fatalf("status %d: %s", resp.Status, resp.Raw)
				}
				if first == nil {
					first = resp
				}
				if resp.Raw != first.Raw {
					t.Fatalf("answer differs:\n%s\n%s", resp.Raw, first.Raw)
				}
				if resp.Header.Get("Set-Cookie") != "" {
					t.Fatal("a failed sign-in set a cookie")
				}
				var out signInResult
				resp.into(t, &out)
				if out.SignIn.User != nil || len(out.SignIn.UserErrors) != 1 || out.SignIn.UserErrors[0].Code != "INVALID_CREDENTIALS" {
					t.Fatalf("got %+v", out)
				}
			})
		}
	})
}

func TestLockedAccountCannotSignInEvenWithTheRightPassword(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "erin@example.com", "erin", false)
	for i := 0; i < 5; i++ {
		ta.browser(t).signIn("erin", "Wrong-Horse-9")
	}
	r := ta.browser(t).signIn("erin", goodPassword)
	if r.SignIn.User != nil || len(r.SignIn.UserErrors) != 1 || r.SignIn.UserErrors[0].Code != "ACCOUNT_LOCKED" {
		t.Fatalf("got %+v", r)
	}
}

func TestLogsNeverContainPasswordsCookiesOrTokens(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "frank@example.com", "frank", false)
	br := ta.signedIn(t, "frank")
	br.signIn("frank", "Wrong-Secret-77")
	br.me()
	req, _ := http.NewRequest("GET", ta.srv.URL+"/reset-password?token=lk_rst_secretvalue", nil)
	br.c.Do(req)
	logs := ta.logs.String()
	if !strings.Contains(logs, `"msg":"request"`) {
		t.Fatalf("expected request logs, got %q", logs)
	}
	for _, secret := range []string{goodPassword, "Wrong-Secret-77", br.cookie(session.CookieName).Value, "lk_rst_secretvalue"} {
		if strings.Contains(logs, secret) {
			t.Errorf("log contains a secret %q", secret)
		}
	}
}

// setCookieNamed is the Set-Cookie header that sets name (a sign-in also
// sets the device cookie), or "".
func setCookieNamed(h http.Header, name string) string {
	for _, v := range h.Values("Set-Cookie") {
		if strings.HasPrefix(v, name+"=") {
			return v
		}
	}
	return ""
}
