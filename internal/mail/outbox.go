// Package mail writes emails to the outbox, in the same transaction as the
// change that causes them, and delivers them over SMTP from a background
// worker with retries, so that no email is lost when SMTP is down and none
// is sent for a change that rolled back.
//
// No secret an email carries (a link's token, a temporary password) is ever
// written to the database in clear: the stored bodies and link hold a random
// marker in its place, and the secrets are sealed with a key the database
// does not hold (internal/keyring). The worker puts them back just before it
// sends, then clears the sealed copy.
package mail

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"sync"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
)

// Outbox renders emails and writes them to the outbox table.
type Outbox struct {
	// PublicURL is the only base for links in emails.
	PublicURL string
	// Console, when set, receives each committed email's link: used when
	// no SMTP server is configured so that a newcomer can finish the flows.
	Console io.Writer
	// Keys seals the secrets of emails. NewOutbox sets a key that lives
	// only in this process; the service sets the key file's.
	Keys *keyring.Ring

	mu   sync.Mutex
	wake chan struct{}
}

// NewOutbox returns an Outbox whose links start with publicURL.
func NewOutbox(publicURL string, console io.Writer) *Outbox {
	return &Outbox{PublicURL: publicURL, Console: console, Keys: keyring.Ephemeral(), wake: make(chan struct{}, 1)}
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
	// Data fills the template. Data.Link is the one link the email is
	// about (the console prints it and nothing else); its token= and
	// Data.Password are the email's secrets.
	Data Data
}

// ErrSecretInClear means an email's secret would have been written to the
// outbox readable: it is refused rather than stored.
var ErrSecretInClear = errors.New("mail: a secret would be stored in clear")

// Enqueue renders e and writes it with tx, which should be the transaction
// of the change that causes it. Call Committed once tx has committed.
func (o *Outbox) Enqueue(ctx context.Context, tx *ent.Client, e Email) (*ent.OutboxMessage, error) {
	d := e.Data
	secrets := map[string]string{}
	if tok := linkToken(d.Link); tok != "" {
		m, in := newMarker(), "token="+url.QueryEscape(tok)
		if !strings.Contains(d.Link, in) {
			return nil, fmt.Errorf("%w: the token of %s is not where Link puts it", ErrSecretInClear, e.Kind)
		}
		d.Link = strings.Replace(d.Link, in, "token="+m, 1)
		secrets[m] = url.QueryEscape(tok)
	}
	if d.Password != "" {
		m := newMarker()
		secrets[m], d.Password = d.Password, m
	}
	subject, text, html, err := Render(e.Kind, e.Locale, d)
	if err != nil {
		return nil, err
	}
	create := tx.OutboxMessage.Create().
		SetKind(string(e.Kind)).
		SetToAddress(e.To).
		SetSubject(subject).
		SetTextBody(text).
		SetHTMLBody(html).
		SetLink(d.Link)
	if len(secrets) > 0 {
		for _, v := range secrets {
			if strings.Contains(subject+text+html+d.Link, v) {
				return nil, fmt.Errorf("%w: in the %s email's text", ErrSecretInClear, e.Kind)
			}
		}
		if o.Keys == nil {
			return nil, fmt.Errorf("%w: the outbox has no key", ErrSecretInClear)
		}
		plain, err := json.Marshal(secrets)
		if err != nil {
			return nil, err
		}
		create.SetSecret(o.Keys.Seal(plain, aad(string(e.Kind), e.To)))
	}
	m, err := create.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("mail: enqueue %s: %w", e.Kind, err)
	}
	return m, nil
}

// linkToken is the token= of a link made by Link.
func linkToken(link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	return u.Query().Get("token")
}

// aad binds a sealed secret to its message: copied to a message for
// another address, it does not open.
func aad(kind, to string) []byte { return []byte("latchkey outbox\x00" + kind + "\x00" + to) }

var markerEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// newMarker is a random stand-in for a secret in a stored body: nobody can
// write one into their name to have a secret put there.
func newMarker() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic("mail: crypto/rand failed: " + err.Error())
	}
	return "lksecret" + markerEncoding.EncodeToString(b)
}

// Opened is a message with its secrets back in place, as it is sent.
type Opened struct {
	TextBody, HTMLBody, Link string
}

// Open puts m's secrets back into its bodies and link. A message without
// secrets (or whose secrets were cleared after delivery) comes back as
// stored.
func Open(keys *keyring.Ring, m *ent.OutboxMessage) (Opened, error) {
	out := Opened{TextBody: m.TextBody, HTMLBody: m.HTMLBody, Link: m.Link}
	if len(m.Secret) == 0 {
		return out, nil
	}
	if keys == nil {
		return out, errors.New("mail: no key to open the email's secrets")
	}
	plain, err := keys.Open(m.Secret, aad(m.Kind, m.ToAddress))
	if err != nil {
		return out, fmt.Errorf("mail: opening the secrets of %s: %w", m.ID, err)
	}
	var secrets map[string]string
	if err := json.Unmarshal(plain, &secrets); err != nil {
		return out, fmt.Errorf("mail: opening the secrets of %s: %w", m.ID, err)
	}
	var text, html []string
	for marker, v := range secrets {
		text = append(text, marker, v)
		html = append(html, marker, template.HTMLEscapeString(v))
	}
	tr, hr := strings.NewReplacer(text...), strings.NewReplacer(html...)
	return Opened{TextBody: tr.Replace(m.TextBody), HTMLBody: hr.Replace(m.HTMLBody), Link: tr.Replace(m.Link)}, nil
}

// Shown is m's bodies and link as an admin may see them: with their secrets
// when reveal is true (no SMTP server: the outbox is then the only way to
// finish a flow), else with [redacted] in their place. m may have been read
// with only some columns (GraphQL reads what was asked): when a secret is to
// be shown, its sealed copy is read with c.
func (o *Outbox) Shown(ctx context.Context, c *ent.Client, m *ent.OutboxMessage, reveal bool) (Opened, error) {
	redacted := Opened{TextBody: Redact(m.TextBody), HTMLBody: Redact(m.HTMLBody), Link: Redact(m.Link)}
	if !reveal || !markerPattern.MatchString(m.TextBody+m.HTMLBody+m.Link) {
		return redacted, nil
	}
	if len(m.Secret) == 0 {
		full, err := c.OutboxMessage.Query().Where(outboxmessage.ID(m.ID)).
			Select(outboxmessage.FieldKind, outboxmessage.FieldToAddress, outboxmessage.FieldSecret).
			Only(ctx)
		if err != nil {
			return redacted, fmt.Errorf("mail: reading %s: %w", m.ID, err)
		}
		cp := *m
		cp.Kind, cp.ToAddress, cp.Secret = full.Kind, full.ToAddress, full.Secret
		m = &cp
	}
	op, err := Open(o.Keys, m)
	if err != nil {
		return redacted, err
	}
	return op, nil
}

// Send puts an email in the outbox, in the transaction InTx runs.
type Send func(Email) error

// InTx runs fn in one transaction of c (database.WithTx) and gives it send,
// which puts an email in the outbox with the transaction's client: a change,
// its audit event and its emails are written together or not at all. Only
// once the transaction has committed is the outbox told of the emails
// (Committed); on an error nothing is. On a nil Outbox send does nothing.
func (o *Outbox) InTx(ctx context.Context, c *ent.Client, fn func(tx *ent.Client, send Send) error) error {
	var msgs []*ent.OutboxMessage
	err := database.WithTx(ctx, c, func(tx *ent.Client) error {
		return fn(tx, func(e Email) error {
			if o == nil {
				return nil
			}
			m, err := o.Enqueue(ctx, tx, e)
			if err != nil {
				return err
			}
			msgs = append(msgs, m)
			return nil
		})
	})
	if err != nil {
		return err
	}
	if o != nil && len(msgs) > 0 {
		o.Committed(msgs...)
	}
	return nil
}

// Committed tells the outbox that messages are in the database: the worker
// wakes up at once, and without SMTP their links are printed to the console.
// Only the link the service built is printed, never one found in the text
// (where a person's name could have put one).
func (o *Outbox) Committed(msgs ...*ent.OutboxMessage) {
	if o.Console != nil {
		o.mu.Lock()
		for _, m := range msgs {
			fmt.Fprintf(o.Console, "mail (not sent, no --smtp) to %s: %s\n", printable(m.ToAddress), printable(m.Subject))
			op, err := Open(o.Keys, m)
			switch {
			case err != nil:
				fmt.Fprintf(o.Console, "    (link not shown: %v)\n", err)
			case op.Link != "":
				fmt.Fprintf(o.Console, "    %s\n", printable(op.Link))
			}
		}
		o.mu.Unlock()
	}
	select {
	case o.wake <- struct{}{}:
	default:
	}
}

// printable drops control characters, so that nothing in an email's
// subject can move the cursor or forge a line of the console.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}

// Wake returns the channel the worker listens on.
func (o *Outbox) Wake() <-chan struct{} { return o.wake }
