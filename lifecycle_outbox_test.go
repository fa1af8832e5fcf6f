package main

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

func TestWithoutAMailServerAnAdminFindsTheResetLinkInTheOutbox(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "alice@example.com", "alice", false)

	t.Run("only admins read the outbox", func(t *testing.T) {
		user := ta.signedIn(t, "alice")
		for _, c := range []struct {
			br   *browser
			code string
		}{{ta.browser(t), "UNAUTHENTICATED"}, {user, "FORBIDDEN"}} {
			if resp := c.br.gql(outboxQ, nil); resp.code() != c.code || string(resp.Data) != "null" {
				t.Fatalf("got %s, want %s", resp.Raw, c.code)
			}
		}
	})

	requestReset(t, ta.browser(t), "alice")
	ta.background.Wait()
	ms := outboxOf(t, admin, "alice@example.com")
	if len(ms) != 1 {
		t.Fatalf("outbox for alice: %+v", ms)
	}
	m := ms[0]
	if m.Kind != "RESET_LINK" || m.Status != "PENDING" || m.Subject != "Reset your password" || m.SentAt != nil || m.Attempts != 0 {
		t.Fatalf("outbox message: %+v", m)
	}
	if !strings.Contains(m.TextBody, "http://localhost:8080/reset-password?token=lk_rst_") || !strings.Contains(m.HTMLBody, "/reset-password?token=") {
		t.Fatalf("the outbox message lacks the link:\n%s", m.TextBody)
	}
	if p := resetPassword(t, ta.browser(t), tokenIn(t, m.TextBody), newPassword, newPassword); p.code() != "" {
		t.Fatalf("reset with the outbox link: %+v", p)
	}
	if c := ta.browser(t).signInCode("alice", newPassword); c != "" {
		t.Fatalf("sign-in with the new password: %q", c)
	}
	// The sign-in from a new browser adds its own notice on top.
	if ms := outboxOf(t, admin, "alice@example.com"); len(ms) != 3 || ms[0].Kind != "NEW_SIGN_IN_NOTICE" || ms[1].Kind != "PASSWORD_RESET" {
		t.Fatalf("the outbox, newest first, should start with the new sign-in and the reset notices: %+v", ms)
	}
}

func TestTheOutboxShowsAnEmailAsSentOnceDelivered(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	requestReset(t, ta.browser(t), "alice")
	smtp.WaitTo("alice@example.com", "Reset your password", mailWait)
	ms := outboxUntil(t, admin, "alice@example.com", "SENT", func(ms []outboxMessageJSON) bool {
		return len(ms) == 1 && ms[0].Status == "SENT"
	})
	if ms[0].SentAt == nil || ms[0].Attempts != 1 || ms[0].LastError != "" {
		t.Fatalf("sent message: %+v", ms[0])
	}
}

func TestMailWrittenDuringAnSMTPOutageIsDeliveredOnceItReturns(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	// It waits for the worker's backoff: let that overlap other tests. Only
	// now, with the app made: migrating two databases at once races in Ent
	// (schema tables are package globals).
	t.Parallel()

	smtp.Down()
	if p := requestReset(t, ta.browser(t), "alice"); p.code() != "" {
		t.Fatalf("requestReset during the outage: %+v", p)
	}
	ms := outboxUntil(t, admin, "alice@example.com", "a failed attempt", func(ms []outboxMessageJSON) bool {
		return len(ms) == 1 && ms[0].Attempts > 0
	})
	if ms[0].Status != "PENDING" || ms[0].LastError == "" || ms[0].SentAt != nil {
		t.Fatalf("during the outage: %+v", ms[0])
	}
	if len(smtp.Messages()) != 0 {
		t.Fatal("a message arrived while the server was down")
	}

	smtp.Up()
	m := smtp.WaitTo("alice@example.com", "Reset your password", mailWait)
	ta.drainMail(t)
	if n := len(smtp.Messages()); n != 1 {
		t.Fatalf("%d copies delivered, want 1", n)
	}
	ms = outboxOf(t, admin, "alice@example.com")
	if len(ms) != 1 || ms[0].Status != "SENT" || ms[0].LastError != "" {
		t.Fatalf("after the outage: %+v", ms)
	}
	if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
		t.Fatalf("the delayed link: %+v", p)
	}
}

func TestTemporarySMTPFailuresAreRetriedWithoutDuplicates(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	// It waits for the worker's backoff: let that overlap other tests. Only
	// now, with the app made: migrating two databases at once races in Ent
	// (schema tables are package globals).
	t.Parallel()

	smtp.FailNext(2)
	requestReset(t, ta.browser(t), "alice")
	smtp.WaitTo("alice@example.com", "Reset your password", mailWait)
	ta.drainMail(t)
	if n := mailCount(smtp, "alice@example.com", "Reset your password"); n != 1 {
		t.Fatalf("%d copies delivered, want 1", n)
	}
	ms := outboxOf(t, admin, "alice@example.com")
	if len(ms) != 1 || ms[0].Status != "SENT" || ms[0].Attempts != 3 {
		t.Fatalf("after two refusals and a delivery: %+v", ms)
	}
}
