// Package mail writes emails to the outbox, in the same transaction as the
// change that causes them, and delivers them over SMTP from a background
// worker with retries, so that no email is lost when SMTP is down and none
// is sent for a change that rolled back.
package mail

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sync"

	"github.com/latchkey/latchkey/ent"
)

// Outbox renders emails and writes them to the outbox table.
type Outbox struct {
	// PublicURL is the only base for links in emails.
	PublicURL string
	// Console, when set, receives each committed email's links: used when
	// no SMTP server is configured so that a newcomer can finish the flows.
	Console io.Writer

	mu   sync.Mutex
	wake chan struct{}
}

// NewOutbox returns an Outbox whose links start with publicURL.
func NewOutbox(publicURL string, console io.Writer) *Outbox {
	return &Outbox{PublicURL: publicURL, Console: console, wake: make(chan struct{}, 1)}
}

// Link returns an absolute link to path in the web app carrying token.
func (o *Outbox) Link(path, token string) string {
	u := o.PublicURL + path
	if token != "" {
		u += "?token=" + url.QueryEscape(token)
	}
	return u
}

// Email is one email to write.
type Email struct {
	To     string
	Locale string
	Kind   Kind
	Data   Data
}

// Enqueue renders e and writes it with tx, which should be the transaction
// of the change that causes it. Call Committed once tx has committed.
func (o *Outbox) Enqueue(ctx context.Context, tx *ent.Client, e Email) (*ent.OutboxMessage, error) {
	subject, text, html, err := Render(e.Kind, e.Locale, e.Data)
	if err != nil {
		return nil, err
	}
	m, err := tx.OutboxMessage.Create().
		SetKind(string(e.Kind)).
		SetToAddress(e.To).
		SetSubject(subject).
		SetTextBody(text).
		SetHTMLBody(html).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("mail: enqueue %s: %w", e.Kind, err)
	}
	return m, nil
}

var linkPattern = regexp.MustCompile(`https?://\S+`)

// Committed tells the outbox that messages are in the database: the worker
// wakes up at once, and without SMTP their links are printed to the console.
func (o *Outbox) Committed(msgs ...*ent.OutboxMessage) {
	if o.Console != nil {
		o.mu.Lock()
		for _, m := range msgs {
			fmt.Fprintf(o.Console, "mail (not sent, no --smtp) to %s: %s\n", m.ToAddress, m.Subject)
			for _, l := range linkPattern.FindAllString(m.TextBody, -1) {
				fmt.Fprintf(o.Console, "    %s\n", l)
			}
		}
		o.mu.Unlock()
	}
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// Wake returns the channel the worker listens on.
func (o *Outbox) Wake() <-chan struct{} { return o.wake }
