package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/testdb"
)

// The same address in NFC and NFD (é as one code point, or e and a
// combining accent) looks the same everywhere and reaches the same
// mailbox: it must be one account.
const (
	heNFC = "jos\u00e9@example.com"
	heNFD = "jose\u0301@example.com"
)

func TestSignUpWithTheNFDSpellingOfATakenAddressMakesNoSecondAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, _ := newMailApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})
		ctx := context.Background()

		// The first person signs up with the NFD spelling: stored in NFC.
		if p := payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": heNFD, "username": "jose", "pw": newPassword, "confirm": newPassword}); p.code() != "" {
			t.Fatalf("signUp: %+v", p)
		}
		u := ta.db.Client.User.Query().Where(user.Username("jose")).OnlyX(ctx)
		if u.Email != heNFC || u.EmailKey != heNFC {
			t.Fatalf("stored %q (key %q), want the NFC spelling", u.Email, u.EmailKey)
		}
		// Whichever spelling comes next finds the account.
		for _, email := range []string{heNFC, heNFD} {
			payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": email, "username": "jose2", "pw": newPassword, "confirm": newPassword})
			resp := admin.gql(adminCreateUserMutation, map[string]any{"input": map[string]any{"email": email, "username": "jose3"}})
			var out struct{ CreateUser payload }
			resp.into(t, &out)
			if out.CreateUser.code() != "ALREADY_EXISTS" || out.CreateUser.field() != "input.email" {
				t.Fatalf("an admin creating %q: %s", email, resp.Raw)
			}
		}
		if n := ta.db.Client.User.Query().Where(user.UsernameIn("jose2", "jose3")).CountX(ctx); n != 0 {
			t.Fatalf("%d second accounts for the same address", n)
		}
		if c := ta.browser(t).signInCode(heNFD, newPassword); c != "" {
			t.Fatalf("signing in with the NFD spelling: %q", c)
		}
	})
}

// requestEmailChange to another person's address told the requester that
// the address was taken: any signed-in person could test any address.
func TestEmailChangeToATakenAddressAnswersAsForAFreeOneAndNoticesTheOwner(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "alice@example.com", "alice", false)
		ta.createUser(t, "Bob@Example.com", "bob", false)
		alice := ta.signedIn(t, "alice")

		var first string
		for _, email := range []string{"free@example.com", "bob@example.com", "BOB@example.com", "bob@example.com"} {
			resp := alice.gql(requestEmailChangeQ, map[string]any{"email": email, "pw": goodPassword})
			if first == "" {
				first = resp.Raw
				var out struct{ RequestEmailChange payload }
				resp.into(t, &out)
				if len(out.RequestEmailChange.UserErrors) != 0 {
					t.Fatalf("userErrors: %s", resp.Raw)
				}
			}
			if resp.Raw != first {
				t.Fatalf("%q answers differently from a free address:\n%s\n%s", email, resp.Raw, first)
			}
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "free@example.com", "Confirm your new email address"); n != 1 {
			t.Fatalf("%d confirmations to the free address", n)
		}
		if n := mailCount(smtp, "alice@example.com", "A change of email address was requested"); n != 4 {
			t.Fatalf("alice got %d notices; want one for each request, taken or not", n)
		}
		bob := smtp.To("bob@example.com")
		if len(bob) != 2 {
			t.Fatalf("the owner got %d emails; want the two notices the hourly limit allows", len(bob))
		}
		for _, m := range bob {
			if m.Subject != "Your email address was used again" || m.To[0] != "Bob@Example.com" {
				t.Fatalf("to %q: %q", m.To, m.Subject)
			}
			if strings.Contains(m.Text, "token=") || strings.Contains(m.Text, "Alice") || strings.Contains(m.Text, "alice") {
				t.Fatalf("the notice carries a link to confirm, or the requester's name:\n%s", m.Text)
			}
		}
		var out struct{ Me struct{ Email string } }
		alice.gql(`{ me { email } }`, nil).into(t, &out)
		if out.Me.Email != "alice@example.com" {
			t.Fatalf("alice's address is now %q", out.Me.Email)
		}
		if n := ta.db.Client.User.Query().Where(user.EmailKey("bob@example.com")).CountX(context.Background()); n != 1 {
			t.Fatalf("%d accounts with bob's address", n)
		}
	})
}

// requestEmailChange had no limit: 40 emails to an address of the
// requester's choosing in 1.2 s, with ipRequestsPerMinute at 5.
func TestFortyEmailChangeRequestsAreRateLimited(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		tests := []struct {
			name  string
			perIP int
			want  int // requests that go through
		}{
			{"by the per-address limit", 3, 3},
			{"by the per-account limit when the per-address limit is off", 0, 5},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ta, smtp := newMailApp(t, b)
				ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(tt.perIP) })
				ta.createUser(t, "mallory@example.com", "mallory", false)
				// The sign-in and the 40 requests in one window of each limit.
				awayFromWindowEdge(time.Hour, 30*time.Second)
				awayFromWindowEdge(time.Minute, 15*time.Second) // 40 requests take a few seconds
				br := ta.signedIn(t, "mallory")
				ok, limited := 0, 0
				for range 40 {
					switch p := payloadOf(t, br, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "victim@example.org", "pw": goodPassword}); p.code() {
					case "":
						ok++
					case "RATE_LIMITED":
						limited++
					default:
						t.Fatalf("got %+v", p)
					}
				}
				// The sign-in above counted against the per-address limit too.
				want := tt.want
				if tt.perIP > 0 {
					want--
				}
				if ok != want || limited != 40-want {
					t.Fatalf("%d went through and %d were limited; want %d and %d", ok, limited, want, 40-want)
				}
				ta.drainMail(t)
				// One address gets at most so many links an hour, whoever asks.
				if n := len(smtp.To("victim@example.org")); n != min(want, account.EmailChangeLinksPerAddressPerHour) {
					t.Fatalf("%d emails to the victim", n)
				}
			})
		}
	})
}

// A person's name, set to "IT Security: re-validate at http://evil.example",
// opened the email sent to an address of their choosing.
func TestNameWithAURLIsRefusedAndNeverReachesAnUnprovenAddress(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "mallory@example.com", "mallory", false)
		br := ta.signedIn(t, "mallory")
		for _, name := range []string{
			"IT Security: re-validate at http://evil.example",
			"https://evil.example",
			"Support www.evil.example",
			"evil.example/login",
			"Mallory <mailto:boss@example.com>",
		} {
			if p := payloadOf(t, br, "updateMe", htUpdateMeQ, map[string]any{"name": name}); p.code() != "INVALID_INPUT" || p.field() != "input.name" {
				t.Fatalf("updateMe(name: %q): %+v", name, p)
			}
		}
		// A name stored before the rule (or by other means) still never
		// reaches an address nobody has proven.
		ta.exec(t, `UPDATE users SET name = ?, username = ? WHERE id = ?`, "IT Security: re-validate at http://evil.example", "www.evil.example", id)
		if p := payloadOf(t, br, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "victim@example.org", "pw": goodPassword}); p.code() != "" {
			t.Fatalf("requestEmailChange: %+v", p)
		}
		m := smtp.WaitTo("victim@example.org", "Confirm your new email address", mailWait)
		if strings.Contains(m.Text+m.HTML+m.Subject, "evil") || strings.Contains(m.Text, "mallory@example.com") {
			t.Fatalf("the confirmation relays the requester's text:\n%s", m.Text)
		}
		if l := m.Links(); len(l) != 1 || !strings.HasPrefix(l[0], "http://localhost:8080/confirm-email?token=") {
			t.Fatalf("links: %q", l)
		}
	})
}

// signUp answered ALREADY_EXISTS for a taken email: anyone could test
// whether an address has an account.
func TestSignUpWithATakenEmailAnswersAsANewOneAndNoticesTheOwner(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})
		ownerID := ta.createUser(t, "Owner@Example.com", "owner", false)
		ctx := context.Background()

		signUp := func(email, username, pw string) *gqlResponse {
			return ta.browser(t).gql(signUpQ, map[string]any{"email": email, "username": username, "pw": pw, "confirm": pw})
		}
		free := signUp("fresh@example.com", "newbie", newPassword)
		for _, email := range []string{"owner@example.com", "OWNER@example.com", "owner@example.com"} {
			if resp := signUp(email, "intruder", newPassword); resp.Raw != free.Raw {
				t.Fatalf("%q answers differently from a new address:\n%s\n%s", email, resp.Raw, free.Raw)
			}
		}
		var out struct{ SignUp payload }
		free.into(t, &out)
		if out.SignUp.code() != "" || out.SignUp.User != nil {
			t.Fatalf("signUp: %s", free.Raw)
		}
		// The same refusals for both, in the same order.
		for _, tt := range []struct{ name, username, pw, code, field string }{
			{"a weak password", "someone", "password", "PASSWORD_POLICY", "input.password"},
			{"a taken username (usernames are public)", "owner", newPassword, "ALREADY_EXISTS", "input.username"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				a, b := signUp("another@example.com", tt.username, tt.pw), signUp("owner@example.com", tt.username, tt.pw)
				var pa, pb struct{ SignUp payload }
				a.into(t, &pa)
				b.into(t, &pb)
				if pa.SignUp.code() != tt.code || pa.SignUp.field() != tt.field || a.Raw != b.Raw {
					t.Fatalf("a new address: %s\na taken one: %s", a.Raw, b.Raw)
				}
			})
		}
		ta.drainMail(t)
		if n := ta.db.Client.User.Query().Where(user.Username("intruder")).CountX(ctx); n != 0 {
			t.Fatal("a second account was made")
		}
		owner := smtp.To("Owner@Example.com")
		if len(owner) != 2 {
			t.Fatalf("the owner got %d emails; want the two notices the hourly limit allows", len(owner))
		}
		for _, m := range owner {
			if m.Subject != "Your email address was used again" || strings.Contains(m.Text, "token=") {
				t.Fatalf("to the owner: %q\n%s", m.Subject, m.Text)
			}
		}
		if n := mailCount(smtp, "fresh@example.com", "Confirm your email address"); n != 1 {
			t.Fatalf("%d verification emails to the new address", n)
		}
		if c := ta.browser(t).signInCode("owner", goodPassword); c != "" {
			t.Fatalf("the owner's password changed: %q", c)
		}
		if n := len(ta.auditRows(t, "SIGNED_UP", ownerID)); n != 0 {
			t.Fatalf("%d SIGNED_UP events about the owner", n)
		}
	})
}

// "Nothing half-done": the account, its events and its email commit
// together. A sign-up whose email cannot be queued leaves no account.
func TestSignUpThatFailsHalfwayLeavesNoAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, _ := newMailApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})
		// The outbox refuses every new row: the email is the last write.
		ta.exec(t, `DROP TABLE outbox_messages`)
		resp := ta.browser(t).gql(signUpQ, map[string]any{"email": "half@example.com", "username": "half", "pw": newPassword, "confirm": newPassword})
		if resp.code() == "" {
			t.Fatalf("signUp without an outbox succeeded: %s", resp.Raw)
		}
		if n := ta.db.Client.User.Query().Where(user.Username("half")).CountX(context.Background()); n != 0 {
			t.Fatal("the account was stored without its email")
		}
		if n := len(ta.auditRows(t, "SIGNED_UP", "")); n != 0 {
			t.Fatalf("%d SIGNED_UP events for a sign-up that failed", n)
		}
	})
}
