package main

import (
	"net/http"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

const hpChangePasswordQ = `mutation($current: String!, $pw: String!, $keep: Boolean) {
  changePassword(input: {currentPassword: $current, newPassword: $pw, newPasswordConfirmation: $pw, keepAccessTokens: $keep}) {
    user { id }
    revokedSessions
    revokedTokens
    userErrors { code field message }
  }
}`

type hpChangePayload struct {
	User            *struct{ ID string }
	RevokedSessions int             `json:"revokedSessions"`
	RevokedTokens   int             `json:"revokedTokens"`
	UserErrors      []userErrorJSON `json:"userErrors"`
}

func hpChangePassword(t *testing.T, br *browser, current, pw string, keep any) hpChangePayload {
	t.Helper()
	var out struct{ ChangePassword hpChangePayload }
	br.gql(hpChangePasswordQ, map[string]any{"current": current, "pw": pw, "keep": keep}).into(t, &out)
	if len(out.ChangePassword.UserErrors) != 0 || out.ChangePassword.User == nil {
		t.Fatalf("changePassword: %+v", out.ChangePassword)
	}
	return out.ChangePassword
}

// A thief who made an access token from a stolen session must lose API
// access when the owner changes the password.
func TestThiefsAccessTokenDiesWhenTheOwnerChangesThePassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "alice@example.com", "alice", false)
		owner, thief := ta.browser(t), ta.browser(t)
		owner.mustSignIn("alice", goodPassword)
		thief.mustSignIn("alice", goodPassword)
		stolen, other := ta.accessToken(t, id), ta.accessToken(t, id)
		bystander := ta.accessToken(t, ta.createUser(t, "bob@example.com", "bob", false))

		p := hpChangePassword(t, owner, goodPassword, newPassword, nil)
		if p.RevokedSessions != 1 || p.RevokedTokens != 2 {
			t.Fatalf("revoked %d sessions and %d tokens, want 1 and 2", p.RevokedSessions, p.RevokedTokens)
		}
		for _, tok := range []string{stolen, other} {
			if s := ta.bearerStatus(t, tok); s != http.StatusUnauthorized {
				t.Fatalf("an access token of the account answers %d after the change", s)
			}
		}
		if s := ta.bearerStatus(t, bystander); s != http.StatusOK {
			t.Fatalf("another account's token answers %d", s)
		}
		if thief.me() != nil || owner.me() == nil {
			t.Fatal("the sessions are not as they should be: the thief's ended, the owner's kept")
		}
		m := smtp.WaitTo("alice@example.com", "Your password was changed", mailWait)
		for _, want := range []string{"Your other session was signed out.", "Its 2 access tokens were revoked."} {
			if !strings.Contains(m.Text, want) || !strings.Contains(m.HTML, want) {
				t.Fatalf("the notice does not say %q:\n%s", want, m.Text)
			}
		}
		ev := ta.auditRows(t, "PASSWORD_CHANGED", id)
		if len(ev) != 1 || ev[0].Details["tokens"] != "2" || ev[0].Details["sessions"] != "1" {
			t.Fatalf("audit: %+v", ev)
		}
	})
}

func TestOwnerKeepsAccessTokensDeliberatelyWithKeepAccessTokens(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "alice@example.com", "alice", false)
		owner, elsewhere := ta.browser(t), ta.browser(t)
		owner.mustSignIn("alice", goodPassword)
		elsewhere.mustSignIn("alice", goodPassword)
		ci := ta.accessToken(t, id)

		p := hpChangePassword(t, owner, goodPassword, newPassword, true)
		if p.RevokedSessions != 1 || p.RevokedTokens != 0 {
			t.Fatalf("revoked %d sessions and %d tokens, want 1 and 0", p.RevokedSessions, p.RevokedTokens)
		}
		if s := ta.bearerStatus(t, ci); s != http.StatusOK {
			t.Fatalf("a kept token answers %d", s)
		}
		if elsewhere.me() != nil {
			t.Fatal("keeping tokens kept the other sessions too")
		}
		m := smtp.WaitTo("alice@example.com", "Your password was changed", mailWait)
		if !strings.Contains(m.Text, "Its access tokens were kept, as chosen") {
			t.Fatalf("the notice does not say the tokens were kept:\n%s", m.Text)
		}

		t.Run("false is the default", func(t *testing.T) {
			p := hpChangePassword(t, owner, newPassword, "Third-Pass-word-9", false)
			if p.RevokedSessions != 0 || p.RevokedTokens != 1 {
				t.Fatalf("revoked %d sessions and %d tokens, want 0 and 1", p.RevokedSessions, p.RevokedTokens)
			}
			if s := ta.bearerStatus(t, ci); s != http.StatusUnauthorized {
				t.Fatalf("the token answers %d", s)
			}
		})
	})
}

func TestPasswordChangedNoticeSaysWhatWasEndedInEachLanguage(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	tests := []struct{ locale, subject, sessions, tokens string }{
		{"fr", "Votre mot de passe a été modifié", "Aucune autre session n'était ouverte.", "Son jeton d'accès a été révoqué."},
		{"sv", "Ditt lösenord har ändrats", "Inga andra sessioner var inloggade.", "Dess åtkomsttoken har återkallats."},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			email := tt.locale + "@example.com"
			id := ta.createUser(t, email, "user"+tt.locale, false)
			ta.exec(t, `UPDATE users SET locale = ? WHERE id = ?`, tt.locale, id)
			ta.accessToken(t, id)
			br := ta.browser(t)
			br.mustSignIn(email, goodPassword)
			hpChangePassword(t, br, goodPassword, newPassword, nil)
			m := smtp.WaitTo(email, tt.subject, mailWait)
			if !strings.Contains(m.Text, tt.sessions) || !strings.Contains(m.Text, tt.tokens) {
				t.Fatalf("notice:\n%s", m.Text)
			}
		})
	}
}
