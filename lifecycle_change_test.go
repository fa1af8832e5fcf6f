package main

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestPersonChangesTheirPassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "Alice@Example.com", "alice", false)

		// A reset link asked for earlier must die with the change.
		requestReset(t, ta.browser(t), "alice")
		resetToken := smtp.WaitTo("Alice@Example.com", "Reset your password", mailWait).Token()

		here, elsewhere := ta.browser(t), ta.browser(t)
		here.mustSignIn("alice", goodPassword)
		elsewhere.mustSignIn("alice@example.com", goodPassword)
		cookieBefore := here.cookie(session.CookieName).Value

		p := changePassword(t, here, goodPassword, newPassword, newPassword)
		if p.code() != "" || p.User == nil || p.User.ID != id {
			t.Fatalf("changePassword: %+v", p)
		}
		if me := here.me(); me == nil || me.ID != id {
			t.Fatal("the browser that changed the password was signed out")
		}
		if here.cookie(session.CookieName).Value == cookieBefore {
			t.Error("the session token was not renewed after the change")
		}
		if elsewhere.me() != nil {
			t.Fatal("another session of the account survived the change")
		}
		if c := ta.browser(t).signInCode("alice", goodPassword); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the old password: %q", c)
		}
		if c := ta.browser(t).signInCode("alice", newPassword); c != "" {
			t.Fatalf("the new password: %q", c)
		}
		m := smtp.WaitTo("Alice@Example.com", "Your password was changed", mailWait)
		if m.To[0] != "Alice@Example.com" || !strings.Contains(m.Text, "Alice@Example.com") || m.HTML == "" {
			t.Fatalf("notice to %q:\n%s", m.To, m.Text)
		}
		if p := resetPassword(t, ta.browser(t), resetToken, "Another-Pass-77", "Another-Pass-77"); p.code() != "TOKEN_INVALID" {
			t.Fatalf("a reset link from before the change: %+v", p)
		}
		if n := len(ta.auditRows(t, "PASSWORD_CHANGED", id)); n != 1 {
			t.Fatalf("%d PASSWORD_CHANGED events", n)
		}
	})
}

func TestChangingThePasswordRefusesBadInput(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	ta.createUser(t, "bob@example.com", "bob", false)

	t.Run("anonymous callers must sign in", func(t *testing.T) {
		resp := ta.browser(t).gql(changePasswordQ, map[string]any{"current": goodPassword, "pw": newPassword, "confirm": newPassword})
		if resp.code() != "UNAUTHENTICATED" || string(resp.Data) != "null" {
			t.Fatalf("got %s", resp.Raw)
		}
	})

	br := ta.signedIn(t, "alice")
	tests := []struct {
		name, current, pw, confirm string
		code, field                string
		mentions, notMentions      []string
	}{
		{name: "wrong current password", current: "Wrong-Horse-9", pw: newPassword, confirm: newPassword,
			code: "INVALID_CREDENTIALS", field: "input.currentPassword"},
		{name: "too weak, every unmet rule named", current: goodPassword, pw: "zq", confirm: "zq",
			code: "PASSWORD_POLICY", field: "input.newPassword",
			mentions:    []string{"at least 9 characters", "an upper-case letter", "a digit", "a symbol"},
			notMentions: []string{"lower-case", "commonly used", "username"}},
		{name: "a common password", current: goodPassword, pw: "Password1!", confirm: "Password1!",
			code: "PASSWORD_POLICY", field: "input.newPassword", mentions: []string{"not a commonly used password"}},
		{name: "containing the username", current: goodPassword, pw: "My-alice-Pass-7", confirm: "My-alice-Pass-7",
			code: "PASSWORD_POLICY", field: "input.newPassword", mentions: []string{"not containing your username or email"}},
		{name: "confirmation differs", current: goodPassword, pw: newPassword, confirm: "Brand-New-Pass-43",
			code: "PASSWORD_MISMATCH", field: "input.newPasswordConfirmation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := changePassword(t, br, tt.current, tt.pw, tt.confirm)
			if p.code() != tt.code || p.field() != tt.field || p.User != nil {
				t.Fatalf("got %+v, want %s on %s", p, tt.code, tt.field)
			}
			for _, w := range tt.mentions {
				if !strings.Contains(p.UserErrors[0].Message, w) {
					t.Errorf("message %q does not name %q", p.UserErrors[0].Message, w)
				}
			}
			for _, w := range tt.notMentions {
				if strings.Contains(p.UserErrors[0].Message, w) {
					t.Errorf("message %q names %q, which the password meets", p.UserErrors[0].Message, w)
				}
			}
		})
	}
	if c := ta.browser(t).signInCode("alice", goodPassword); c != "" {
		t.Fatalf("a refused change changed the password: %q", c)
	}

	t.Run("five wrong current passwords lock the account", func(t *testing.T) {
		bob := ta.signedIn(t, "bob")
		for i := 1; i <= 5; i++ {
			want := "INVALID_CREDENTIALS"
			if i == 5 {
				want = "ACCOUNT_LOCKED"
			}
			p := changePassword(t, bob, "Wrong-Horse-9", newPassword, newPassword)
			if p.code() != want || p.field() != "input.currentPassword" {
				t.Fatalf("attempt %d: %+v, want %s", i, p, want)
			}
		}
		if c := ta.browser(t).signInCode("bob", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("sign-in after five wrong current passwords: %q", c)
		}
		smtp.WaitTo("bob@example.com", "Your account was locked", mailWait)
	})
}

func TestPersonChangesTheirEmailAddress(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "alice@example.com", "alice", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		br := ta.signedIn(t, "alice")

		request := func(t *testing.T, email, pw string) payload {
			t.Helper()
			return payloadOf(t, br, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": email, "pw": pw})
		}
		t.Run("anonymous callers must sign in", func(t *testing.T) {
			resp := ta.browser(t).gql(requestEmailChangeQ, map[string]any{"email": "x@example.com", "pw": goodPassword})
			if resp.code() != "UNAUTHENTICATED" {
				t.Fatalf("got %s", resp.Raw)
			}
		})
		refusals := []struct {
			name, email, pw, code, field string
		}{
			{"wrong current password", "alice.new@example.org", "Wrong-Horse-9", "INVALID_CREDENTIALS", "input.currentPassword"},
			{"not an address", "not-an-email", goodPassword, "INVALID_INPUT", "input.newEmail"},
			{"a name and an address", "Alice <alice.new@example.org>", goodPassword, "INVALID_INPUT", "input.newEmail"},
			{"the current address", "ALICE@example.com", goodPassword, "INVALID_INPUT", "input.newEmail"},
		}
		for _, r := range refusals {
			t.Run(r.name, func(t *testing.T) {
				if p := request(t, r.email, r.pw); p.code() != r.code || p.field() != r.field {
					t.Fatalf("got %+v, want %s on %s", p, r.code, r.field)
				}
			})
		}
		if got := len(smtp.Messages()); got != 0 {
			t.Fatalf("refused requests sent %d emails", got)
		}

		// A reset link sent to the old address must die with the change.
		requestReset(t, ta.browser(t), "alice")
		resetToken := smtp.WaitTo("alice@example.com", "Reset your password", mailWait).Token()

		if p := request(t, "alice.new@example.org", goodPassword); p.code() != "" {
			t.Fatalf("requestEmailChange: %+v", p)
		}
		link := smtp.WaitTo("alice.new@example.org", "Confirm your new email address", mailWait)
		if l := link.Links(); len(l) != 1 || !strings.HasPrefix(l[0], "http://localhost:8080/confirm-email?token=") {
			t.Fatalf("confirmation links %q", l)
		}
		notice := smtp.WaitTo("alice@example.com", "A change of email address was requested", mailWait)
		if notice.Token() != "" || !strings.Contains(notice.Text, "alice.new@example.org") {
			t.Fatalf("the notice to the old address:\n%s", notice.Text)
		}
		if me := br.me(); me.Email != "alice@example.com" {
			t.Fatalf("the address changed before confirmation: %q", me.Email)
		}
		if c := ta.browser(t).signInCode("alice.new@example.org", goodPassword); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the new address signs in before confirmation: %q", c)
		}

		// A link is good for its own purpose only.
		if p := resetPassword(t, ta.browser(t), link.Token(), newPassword, newPassword); p.code() != "TOKEN_INVALID" {
			t.Fatalf("the confirmation link used to reset the password: %+v", p)
		}
		if p := payloadOf(t, ta.browser(t), "confirmEmailChange", confirmEmailChangeQ, map[string]any{"token": resetToken}); p.code() != "TOKEN_INVALID" {
			t.Fatalf("a reset link used to confirm the address: %+v", p)
		}

		p := payloadOf(t, ta.browser(t), "confirmEmailChange", confirmEmailChangeQ, map[string]any{"token": link.Token()})
		if p.code() != "" || p.User == nil || p.User.Email != "alice.new@example.org" || p.User.EmailVerifiedAt == nil {
			t.Fatalf("confirmEmailChange: %+v", p)
		}
		if me := br.me(); me == nil || me.Email != "alice.new@example.org" {
			t.Fatalf("me after the change: %+v", me)
		}
		if c := ta.browser(t).signInCode("alice.new@example.org", goodPassword); c != "" {
			t.Fatalf("the new address: %q", c)
		}
		if c := ta.browser(t).signInCode("alice@example.com", goodPassword); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the old address: %q", c)
		}
		if p := payloadOf(t, ta.browser(t), "confirmEmailChange", confirmEmailChangeQ, map[string]any{"token": link.Token()}); p.code() != "TOKEN_INVALID" {
			t.Fatalf("the confirmation link a second time: %+v", p)
		}
		if p := resetPassword(t, ta.browser(t), resetToken, newPassword, newPassword); p.code() != "TOKEN_INVALID" {
			t.Fatalf("a reset link sent to the old address: %+v", p)
		}
		if n := len(ta.auditRows(t, "EMAIL_CHANGED", id)); n != 1 {
			t.Fatalf("%d EMAIL_CHANGED events", n)
		}
	})
}

// A wrong current password counts as a failed sign-in so that someone who
// holds a session (a stolen cookie) cannot guess the password without
// limit. Once the account is locked, the right guess must not succeed
// either: otherwise the lock answers "wrong" and "right" differently and
// guessing goes on.
func TestALockStopsGuessingTheCurrentPasswordToo(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "bob@example.com", "bob", false)
	thief := ta.signedIn(t, "bob")
	for i := 1; i <= 5; i++ {
		changePassword(t, thief, "Guess-Number-"+string(rune('0'+i)), "Thief-Chosen-99", "Thief-Chosen-99")
	}
	if c := ta.browser(t).signInCode("bob", goodPassword); c != "ACCOUNT_LOCKED" {
		t.Fatalf("after five wrong current passwords: %q", c)
	}
	if p := payloadOf(t, thief, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "thief@example.net", "pw": goodPassword}); p.code() != "ACCOUNT_LOCKED" {
		t.Errorf("requestEmailChange with the right password on a locked account: %+v, want ACCOUNT_LOCKED", p)
	}
	if p := changePassword(t, thief, goodPassword, "Thief-Chosen-99", "Thief-Chosen-99"); p.code() != "ACCOUNT_LOCKED" {
		t.Errorf("changePassword with the right current password on a locked account: %+v, want ACCOUNT_LOCKED", p)
	}
	// The owner unlocks with the lock email, and their password is theirs.
	m := smtp.WaitTo("bob@example.com", "Your account was locked", mailWait)
	if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
		t.Fatalf("reset from the lock email: %+v", p)
	}
	if c := ta.browser(t).signInCode("bob", newPassword); c != "" {
		t.Fatalf("sign-in after the reset: %q", c)
	}
}
