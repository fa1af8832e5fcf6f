package main

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestUsernameReminderAnswersTheSameWhetherOrNotTheAddressIsKnown(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "Alice@Example.com", "alice.w", false)

	var first *gqlResponse
	for _, email := range []string{"alice@example.com", "nobody@example.com", "alice@exampl\u0435.com", "  ALICE@example.com  "} {
		resp := ta.browser(t).gql(reminderQ, map[string]any{"email": email})
		if resp.Status != http.StatusOK {
			t.Fatalf("%q: status %d", email, resp.Status)
		}
		if first == nil {
			first = resp
			var out struct{ RequestUsernameReminder payload }
			resp.into(t, &out)
			if len(out.RequestUsernameReminder.UserErrors) != 0 {
				t.Fatalf("userErrors: %s", resp.Raw)
			}
		}
		if resp.Raw != first.Raw {
			t.Fatalf("%q answers differently:\n%s\n%s", email, resp.Raw, first.Raw)
		}
	}
	m := smtp.WaitTo("Alice@Example.com", "Your username", mailWait)
	if m.To[0] != "Alice@Example.com" {
		t.Fatalf("the reminder went to %q, not the stored address", m.To)
	}
	found := false
	for _, line := range strings.Split(m.Text, "\n") {
		if strings.TrimSpace(line) == "alice.w" {
			found = true
		}
	}
	if !found || !strings.Contains(m.HTML, "alice.w") {
		t.Fatalf("the reminder does not give the username on a line of its own:\n%s", m.Text)
	}
	ta.drainMail(t)
	if msgs := smtp.Messages(); len(msgs) != 2 {
		// Alice asked twice (the reminder limit is per hour, not per minute).
		t.Fatalf("%d emails; want the two reminders to Alice only", len(msgs))
	}
	for _, m := range smtp.Messages() {
		if m.To[0] != "Alice@Example.com" {
			t.Fatalf("an email went to %q", m.To)
		}
	}
}

func TestPersonSignsUpWhenRegistrationIsOpen(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "taken@example.com", "taken", false)
	signUp := func(t *testing.T, email, username, pw, confirm string, locale any) payload {
		t.Helper()
		return payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": email, "username": username, "pw": pw, "confirm": confirm, "locale": locale})
	}

	t.Run("closed by default", func(t *testing.T) {
		if p := signUp(t, "joiner@example.com", "joiner", newPassword, newPassword, nil); p.code() != "REGISTRATION_CLOSED" || p.User != nil {
			t.Fatalf("got %+v", p)
		}
	})
	setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})

	refusals := []struct {
		name, email, username, pw, confirm string
		code, field                        string
	}{
		{"confirmation differs", "joiner@example.com", "joiner", newPassword, newPassword + "!", "PASSWORD_MISMATCH", "input.passwordConfirmation"},
		{"weak password", "joiner@example.com", "joiner", "password", "password", "PASSWORD_POLICY", "input.password"},
		{"username in use", "joiner@example.com", "Taken", newPassword, newPassword, "ALREADY_EXISTS", "input.username"},
		{"invalid email", "new@", "joiner", newPassword, newPassword, "INVALID_INPUT", "input.email"},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			if p := signUp(t, r.email, r.username, r.pw, r.confirm, nil); p.code() != r.code || p.field() != r.field || p.User != nil {
				t.Fatalf("got %+v, want %s on %s", p, r.code, r.field)
			}
		})
	}

	p := signUp(t, "Joiner@Example.com", "joiner", newPassword, newPassword, nil)
	if p.code() != "" || p.User != nil {
		t.Fatalf("signUp: %+v (the answer shows no account: a taken address answers the same)", p)
	}
	joiner := ta.db.Client.User.Query().Where(user.Username("joiner")).OnlyX(context.Background())
	if joiner.Email != "Joiner@Example.com" || joiner.EmailVerifiedAt != nil {
		t.Fatalf("stored %+v", joiner)
	}
	m := smtp.WaitTo("Joiner@Example.com", "Confirm your email address", mailWait)
	if l := m.Links(); len(l) != 1 || !strings.HasPrefix(l[0], "http://localhost:8080/verify-email?token=lk_vfy_") || !strings.Contains(m.Text, "24 hours") {
		t.Fatalf("verification email links %q:\n%s", l, m.Text)
	}
	v := payloadOf(t, ta.browser(t), "verifyEmail", verifyEmailQ, map[string]any{"token": m.Token()})
	if v.code() != "" || v.User == nil || v.User.ID != joiner.ID || v.User.EmailVerifiedAt == nil {
		t.Fatalf("verifyEmail: %+v", v)
	}
	if v := payloadOf(t, ta.browser(t), "verifyEmail", verifyEmailQ, map[string]any{"token": m.Token()}); v.code() != "TOKEN_INVALID" {
		t.Fatalf("the verification link a second time: %+v", v)
	}
	br := ta.browser(t)
	if c := br.signInCode("joiner", newPassword); c != "" {
		t.Fatalf("sign-in as the new account: %q", c)
	}
	if me := br.me(); me == nil || me.EmailVerifiedAt == nil {
		t.Fatalf("me: %+v", me)
	}
	if p := signUp(t, "joiner@example.com", "joiner2", newPassword, newPassword, nil); p.code() != "" || p.User != nil {
		t.Fatalf("signing up again with the address: %+v", p)
	}

	t.Run("the confirmation is in the chosen language", func(t *testing.T) {
		if p := signUp(t, "marie@example.com", "marie", newPassword, newPassword, "fr"); p.code() != "" {
			t.Fatalf("signUp: %+v", p)
		}
		m := smtp.WaitTo("marie@example.com", "Confirmez votre adresse e-mail", mailWait)
		if !strings.Contains(m.Text, "24 heures") {
			t.Fatalf("French text:\n%s", m.Text)
		}
	})
}
