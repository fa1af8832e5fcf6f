package main

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestPersonSignsInWithATemporaryPasswordAndMustChangeIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		admin := ta.newAdmin(t)
		setSettingsAsAdmin(t, admin, map[string]any{"resetMethod": "TEMPORARY_PASSWORD", "ipRequestsPerMinute": 0})
		// Alice is an admin too, so that a refused `users` is the gate's
		// doing and not the role check's.
		id := ta.createUser(t, "alice@example.com", "alice", true)
		earlier := ta.signedIn(t, "alice")

		requestReset(t, ta.browser(t), "alice")
		m := smtp.WaitTo("alice@example.com", "Your temporary password", mailWait)
		temp := tempPassword(m.Text)
		if temp == "" {
			t.Fatalf("no temporary password on a line of its own:\n%s", m.Text)
		}
		if err := password.Default.Check(temp, password.Personal{Username: "alice", Email: "alice@example.com"}); err != nil {
			t.Fatalf("the temporary password %q fails the policy: %v", temp, err)
		}
		if err := password.NIST.Check(temp, password.Personal{Username: "alice", Email: "alice@example.com"}); err != nil {
			t.Fatalf("the temporary password %q fails the NIST policy: %v", temp, err)
		}
		if !strings.Contains(m.Text, "24 hours") || !strings.Contains(m.HTML, temp) || strings.Contains(m.Text, "token=") {
			t.Fatalf("the email should give the validity and the password (also in HTML), and no token link:\n%s", m.Text)
		}

		t.Run("the old password keeps working until the temporary one is used", func(t *testing.T) {
			br := ta.browser(t)
			r := br.signIn("alice", goodPassword)
			if r.SignIn.User == nil || r.SignIn.MustChangePassword {
				t.Fatalf("old password: %+v", r)
			}
		})

		br := ta.browser(t)
		r := br.signIn("alice@example.com", temp)
		if r.SignIn.User == nil || r.SignIn.User.ID != id || !r.SignIn.MustChangePassword {
			t.Fatalf("sign-in with the temporary password: %+v", r)
		}

		t.Run("until it is changed only me, signOut, changePassword and passwordPolicy work", func(t *testing.T) {
			allowed := []string{`{ me { id mustChangePassword } }`, `{ passwordPolicy { minLength } }`, `{ __typename }`}
			for _, q := range allowed {
				if resp := br.gql(q, nil); len(resp.Errors) != 0 {
					t.Errorf("%s refused: %s", q, resp.Raw)
				}
			}
			if me := br.me(); me == nil || !me.MustChangePassword {
				t.Fatalf("me: %+v", me)
			}
			refused := []struct {
				name, query string
				vars        map[string]any
			}{
				{"users", usersQuery, nil},
				{"securitySettings", settingsQ, nil},
				{"outbox", `{ outbox { totalCount } }`, nil},
				{"updateMe", updateMeQ, map[string]any{"locale": "fr"}},
				{"requestEmailChange", requestEmailChangeQ, map[string]any{"email": "elsewhere@example.com", "pw": temp}},
				{"createAccessToken", `mutation { createAccessToken(input: {name: "x"}) { token userErrors { code } } }`, nil},
				{"requestReset", requestResetQ, map[string]any{"login": "alice"}},
			}
			for _, q := range refused {
				resp := br.gql(q.query, q.vars)
				if resp.code() != "PASSWORD_CHANGE_REQUIRED" || string(resp.Data) != "null" {
					t.Errorf("%s: %s, want PASSWORD_CHANGE_REQUIRED", q.name, resp.Raw)
				}
			}
			if u := ta.db.Client.User.GetX(t.Context(), id); u.Locale != "en" {
				t.Fatalf("a refused updateMe changed the locale to %q", u.Locale)
			}
		})

		if earlier.me() != nil {
			t.Fatal("a session from before the temporary password was used still works")
		}
		if c := ta.browser(t).signInCode("alice", goodPassword); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the old password after the temporary one was used: %q", c)
		}
		tok := ta.db.Client.ResetToken.Query().Where(resettoken.UserID(id), resettoken.PurposeEQ(resettoken.PurposeTEMPORARY_PASSWORD)).OnlyX(t.Context())
		if tok.UsedAt == nil {
			t.Fatal("the temporary password is not marked used")
		}

		t.Run("signOut works before the change", func(t *testing.T) {
			other := ta.browser(t)
			if r := other.signIn("alice", temp); r.SignIn.User == nil || !r.SignIn.MustChangePassword {
				t.Fatalf("second sign-in with the temporary password: %+v", r)
			}
			if resp := other.gql(`mutation { signOut { userErrors { code } } }`, nil); len(resp.Errors) != 0 {
				t.Fatalf("signOut refused: %s", resp.Raw)
			}
			if other.me() != nil {
				t.Fatal("still signed in after signOut")
			}
		})

		p := changePassword(t, br, temp, newPassword, newPassword)
		if p.code() != "" || p.User == nil || p.User.MustChangePassword {
			t.Fatalf("changePassword from the temporary password: %+v", p)
		}
		if me := br.me(); me == nil || me.MustChangePassword {
			t.Fatalf("me after the change: %+v", me)
		}
		var users usersResult
		br.gql(usersQuery, nil).into(t, &users)
		if users.Users.TotalCount != 2 {
			t.Fatalf("users after the change: %+v", users)
		}
		if p := payloadOf(t, br, "updateMe", updateMeQ, map[string]any{"locale": "sv"}); p.code() != "" {
			t.Fatalf("updateMe after the change: %+v", p)
		}
		if c := ta.browser(t).signInCode("alice", temp); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the temporary password a second time: %q", c)
		}
		if c := ta.browser(t).signInCode("alice", newPassword); c != "" {
			t.Fatalf("the new password: %q", c)
		}
		if n := len(ta.auditRows(t, "TEMPORARY_PASSWORD_USED", id)); n != 1 {
			t.Fatalf("%d TEMPORARY_PASSWORD_USED events, want 1", n)
		}
	})
}

func TestATemporaryPasswordExpiresLikeALink(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("TEMPORARY_PASSWORD") })
	id := ta.createUser(t, "bob@example.com", "bob", false)
	requestReset(t, ta.browser(t), "bob")
	temp := tempPassword(smtp.WaitTo("bob@example.com", "Your temporary password", mailWait).Text)
	if temp == "" {
		t.Fatal("no temporary password in the email")
	}
	ta.expireTokens(t, id)
	if c := ta.browser(t).signInCode("bob", temp); c != "INVALID_CREDENTIALS" {
		t.Fatalf("an expired temporary password: %q", c)
	}
	if c := ta.browser(t).signInCode("bob", goodPassword); c != "" {
		t.Fatalf("the password after an expired temporary one: %q", c)
	}
}
