package main

// The test kit, part three: the email the service sends, read from the
// in-process SMTP server (newMailApp), from the stored outbox, or from the
// outbox as an admin sees it.

import (
	"context"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
)

// mailWait is how long a test waits for an email: generous, never asserted.
const mailWait = 10 * time.Second

// drainMail waits until background work is done and no email is pending,
// so that what the SMTP server holds is final.
func (ta *testApp) drainMail(t testing.TB) {
	t.Helper()
	ta.background.Wait()
	deadline := time.Now().Add(mailWait)
	for {
		n, err := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.StatusEQ(outboxmessage.StatusPENDING)).Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d email(s) still pending after %v", n, mailWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// mailCount counts the received emails to addr (any letter case) whose
// subject contains subject.
func mailCount(smtp *mailtest.Server, addr, subject string) int {
	n := 0
	for _, m := range smtp.To(addr) {
		if strings.Contains(m.Subject, subject) {
			n++
		}
	}
	return n
}

// lastMail waits until the outbox is delivered and returns the last
// message to addr about subject.
func (ta *testApp) lastMail(t testing.TB, smtp *mailtest.Server, addr, subject string) mailtest.Message {
	t.Helper()
	ta.drainMail(t)
	msgs := smtp.To(addr)
	for i := len(msgs) - 1; i >= 0; i-- {
		if strings.Contains(msgs[i].Subject, subject) {
			return msgs[i]
		}
	}
	t.Fatalf("no message to %s about %q", addr, subject)
	return mailtest.Message{}
}

// linkToken returns the token of the first link to path in m.
func linkToken(t testing.TB, m mailtest.Message, path string) string {
	t.Helper()
	for _, l := range m.Links() {
		u, err := url.Parse(l)
		if err != nil || u.Path != path {
			continue
		}
		if tok := u.Query().Get("token"); tok != "" {
			return tok
		}
	}
	t.Fatalf("no link to %s?token= in email %q: %s", path, m.Subject, m.Text)
	return ""
}

var tokenPattern = regexp.MustCompile(`token=([A-Za-z0-9_%-]+)`)

// tokenIn returns the token of the first link in a text body (of a stored
// or listed outbox message; linkToken reads a received one).
func tokenIn(t testing.TB, text string) string {
	t.Helper()
	m := tokenPattern.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no token link in %q", text)
	}
	return m[1]
}

var tempPasswordPattern = regexp.MustCompile(`(?m)^\s*([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3})\s*$`)

// tempPassword returns the temporary password on its own line of text, or "".
func tempPassword(text string) string {
	m := tempPasswordPattern.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return m[1]
}

// outboxRows returns the stored outbox rows of a kind, oldest first, their
// bodies opened as their recipient reads them.
func (ta *testApp) outboxRows(t testing.TB, kind string) []*ent.OutboxMessage {
	t.Helper()
	ms, err := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.Kind(kind)).Order(outboxmessage.ByCreatedAt()).All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The stored bodies hold markers: read them as their recipient would.
	for _, m := range ms {
		op, err := mail.Open(ta.outbox.Keys, m)
		if err != nil {
			t.Fatal(err)
		}
		m.TextBody, m.HTMLBody, m.Link = op.TextBody, op.HTMLBody, op.Link
	}
	return ms
}

const outboxQ = `query($where: OutboxMessageWhereInput) {
  outbox(first: 20, where: $where) {
    totalCount
    edges { node { id kind toAddress subject textBody htmlBody status attempts lastError sentAt } }
  }
}`

// outboxMessageJSON is an outbox message as an admin sees it.
type outboxMessageJSON struct {
	ID, Kind, ToAddress, Subject, TextBody, HTMLBody, Status, LastError string
	Attempts                                                            int
	SentAt                                                              *string
}

// outboxOf lists the outbox messages to an address as an admin sees them.
func outboxOf(t testing.TB, admin *browser, to string) []outboxMessageJSON {
	t.Helper()
	var out struct {
		Outbox struct {
			TotalCount int
			Edges      []struct{ Node outboxMessageJSON }
		}
	}
	admin.gql(outboxQ, map[string]any{"where": map[string]any{"toAddress": to}}).into(t, &out)
	var ms []outboxMessageJSON
	for _, e := range out.Outbox.Edges {
		ms = append(ms, e.Node)
	}
	return ms
}

// outboxUntil polls the outbox as an admin until ok holds for the
// messages to an address.
func outboxUntil(t testing.TB, admin *browser, to string, what string, ok func([]outboxMessageJSON) bool) []outboxMessageJSON {
	t.Helper()
	deadline := time.Now().Add(mailWait)
	for {
		ms := outboxOf(t, admin, to)
		if ok(ms) {
			return ms
		}
		if time.Now().After(deadline) {
			t.Fatalf("the outbox never showed %s: %+v", what, ms)
		}
		time.Sleep(25 * time.Millisecond)
	}
}
