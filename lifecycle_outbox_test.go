package main

import (
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/testdb"
)

const lcOutboxQ = `query($where: OutboxMessageWhereInput) {
  outbox(first: 20, where: $where) {
    totalCount
    edges { node { id kind toAddress subject textBody htmlBody status attempts lastError sentAt } }
  }
}`

type lcOutboxMessage struct {
	ID, Kind, ToAddress, Subject, TextBody, HTMLBody, Status, LastError string
	Attempts                                                            int
	SentAt                                                              *string
}

func lcOutboxOf(t testing.TB, admin *browser, to string) []lcOutboxMessage {
	t.Helper()
	var out struct {
		Outbox struct {
			TotalCount int
			Edges      []struct{ Node lcOutboxMessage }
		}
	}
	admin.gql(lcOutboxQ, map[string]any{"where": map[string]any{"toAddress": to}}).into(t, &out)
	var ms []lcOutboxMessage
	for _, e := range out.Outbox.Edges {
		ms = append(ms, e.Node)
	}
	return ms
}

// lcOutboxUntil polls the outbox as an admin until ok holds for the
// messages to an address.
func lcOutboxUntil(t testing.TB, admin *browser, to string, what string, ok func([]lcOutboxMessage) bool) []lcOutboxMessage {
	t.Helper()
	deadline := time.Now().Add(lcMailWait)
	for {
		ms := lcOutboxOf(t, admin, to)
		if ok(ms) {
			return ms
		}
		if time.Now().After(deadline) {
			t.Fatalf("the outbox never showed %s: %+v", what, ms)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func TestWithoutAMailServerAnAdminFindsTheResetLinkInTheOutbox(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	admin := lcAdmin(t, ta)
	ta.createUser(t, "alice@example.com", "alice", false)

	t.Run("only admins read the outbox", func(t *testing.T) {
		user := ta.browser(t)
		user.mustSignIn("alice", goodPassword)
		for _, c := range []struct {
			br   *browser
			code string
		}{{ta.browser(t), "UNAUTHENTICATED"}, {user, "FORBIDDEN"}} {
			if resp := c.br.gql(lcOutboxQ, nil); resp.code() != c.code || string(resp.Data) != "null" {
				t.Fatalf("got %s, want %s", resp.Raw, c.code)
			}
		}
	})

	lcRequestReset(t, ta.browser(t), "alice")
	ta.background.Wait()
	ms := lcOutboxOf(t, admin, "alice@example.com")
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
	if p := lcResetPassword(t, ta.browser(t), lcTokenIn(t, m.TextBody), lcNewPassword, lcNewPassword); p.code() != "" {
		t.Fatalf("reset with the outbox link: %+v", p)
	}
	if c := lcSignInCode(t, ta.browser(t), "alice", lcNewPassword); c != "" {
		t.Fatalf("sign-in with the new password: %q", c)
	}
	// The sign-in from a new browser adds its own notice on top.
	if ms := lcOutboxOf(t, admin, "alice@example.com"); len(ms) != 3 || ms[0].Kind != "NEW_SIGN_IN_NOTICE" || ms[1].Kind != "PASSWORD_RESET" {
		t.Fatalf("the outbox, newest first, should start with the new sign-in and the reset notices: %+v", ms)
	}
}

func TestTheOutboxShowsAnEmailAsSentOnceDelivered(t *testing.T) {
	ta, smtp := lcMailApp(t, testdb.SQLite)
	admin := lcAdmin(t, ta)
	ta.createUser(t, "alice@example.com", "alice", false)
	lcRequestReset(t, ta.browser(t), "alice")
	smtp.WaitTo("alice@example.com", "Reset your password", lcMailWait)
	ms := lcOutboxUntil(t, admin, "alice@example.com", "SENT", func(ms []lcOutboxMessage) bool {
		return len(ms) == 1 && ms[0].Status == "SENT"
	})
	if ms[0].SentAt == nil || ms[0].Attempts != 1 || ms[0].LastError != "" {
		t.Fatalf("sent message: %+v", ms[0])
	}
}

func TestMailWrittenDuringAnSMTPOutageIsDeliveredOnceItReturns(t *testing.T) {
	ta, smtp := lcMailApp(t, testdb.SQLite)
	admin := lcAdmin(t, ta)
	ta.createUser(t, "alice@example.com", "alice", false)
	// It waits for the worker's backoff: let that overlap other tests. Only
	// now, with the app made: migrating two databases at once races in Ent
	// (schema tables are package globals).
	t.Parallel()

	smtp.Down()
	if p := lcRequestReset(t, ta.browser(t), "alice"); p.code() != "" {
		t.Fatalf("requestReset during the outage: %+v", p)
	}
	ms := lcOutboxUntil(t, admin, "alice@example.com", "a failed attempt", func(ms []lcOutboxMessage) bool {
		return len(ms) == 1 && ms[0].Attempts > 0
	})
	if ms[0].Status != "PENDING" || ms[0].LastError == "" || ms[0].SentAt != nil {
		t.Fatalf("during the outage: %+v", ms[0])
	}
	if len(smtp.Messages()) != 0 {
		t.Fatal("a message arrived while the server was down")
	}

	smtp.Up()
	m := smtp.WaitTo("alice@example.com", "Reset your password", lcMailWait)
	lcDrain(t, ta)
	if n := len(smtp.Messages()); n != 1 {
		t.Fatalf("%d copies delivered, want 1", n)
	}
	ms = lcOutboxOf(t, admin, "alice@example.com")
	if len(ms) != 1 || ms[0].Status != "SENT" || ms[0].LastError != "" {
		t.Fatalf("after the outage: %+v", ms)
	}
	if p := lcResetPassword(t, ta.browser(t), m.Token(), lcNewPassword, lcNewPassword); p.code() != "" {
		t.Fatalf("the delayed link: %+v", p)
	}
}

func TestTemporarySMTPFailuresAreRetriedWithoutDuplicates(t *testing.T) {
	ta, smtp := lcMailApp(t, testdb.SQLite)
	admin := lcAdmin(t, ta)
	ta.createUser(t, "alice@example.com", "alice", false)
	// It waits for the worker's backoff: let that overlap other tests. Only
	// now, with the app made: migrating two databases at once races in Ent
	// (schema tables are package globals).
	t.Parallel()

	smtp.FailNext(2)
	lcRequestReset(t, ta.browser(t), "alice")
	smtp.WaitTo("alice@example.com", "Reset your password", lcMailWait)
	lcDrain(t, ta)
	if n := lcCount(smtp, "alice@example.com", "Reset your password"); n != 1 {
		t.Fatalf("%d copies delivered, want 1", n)
	}
	ms := lcOutboxOf(t, admin, "alice@example.com")
	if len(ms) != 1 || ms[0].Status != "SENT" || ms[0].Attempts != 3 {
		t.Fatalf("after two refusals and a delivery: %+v", ms)
	}
}
