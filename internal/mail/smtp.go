package mail

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	gomail "github.com/wneessen/go-mail"

	"github.com/latchkey/latchkey/ent"
)

// SMTP sends through the server of an smtp:// or smtps:// URL.
type SMTP struct {
	host     string
	port     int
	implicit bool
	user     string
	pass     string
	from     string
	Timeout  time.Duration
}

// NewSMTP parses raw (smtp://[user:pass@]host:port uses STARTTLS when the
// server offers it; smtps:// uses TLS from the start).
func NewSMTP(raw, from string) (*SMTP, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" {
		return nil, errors.New("mail: expected smtp://[user:pass@]host:port or smtps://…")
	}
	port, err := strconv.Atoi(u.Port())
	if err != nil {
		return nil, errors.New("mail: the SMTP URL needs a port")
	}
	s := &SMTP{host: u.Hostname(), port: port, implicit: u.Scheme == "smtps", from: from, Timeout: 30 * time.Second}
	if u.User != nil {
		s.user = u.User.Username()
		s.pass, _ = u.User.Password()
	}
	return s, nil
}

// Send delivers m. Refusals the server calls permanent come back as
// *PermanentError; anything else is worth retrying.
func (s *SMTP) Send(ctx context.Context, m *ent.OutboxMessage) error {
	msg := gomail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return &PermanentError{fmt.Errorf("sender %q: %w", s.from, err)}
	}
	if err := msg.To(m.ToAddress); err != nil {
		return &PermanentError{fmt.Errorf("recipient: %w", err)}
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(m.ID + "@latchkey")
	msg.SetDate()
	msg.SetBodyString(gomail.TypeTextPlain, m.TextBody)
	msg.AddAlternativeString(gomail.TypeTextHTML, m.HTMLBody)

	opts := []gomail.Option{gomail.WithPort(s.port), gomail.WithTimeout(s.Timeout)}
	if s.implicit {
		opts = append(opts, gomail.WithSSL())
	} else {
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSOpportunistic))
	}
	if s.user != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover), gomail.WithUsername(s.user), gomail.WithPassword(s.pass))
	}
	c, err := gomail.NewClient(s.host, opts...)
	if err != nil {
		return fmt.Errorf("smtp client: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.Timeout)
	defer cancel()
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		var se *gomail.SendError
		if errors.As(err, &se) && !se.IsTemp() && se.Reason == gomail.ErrSMTPRcptTo {
			return &PermanentError{err}
		}
		return fmt.Errorf("smtp %s:%d: %w", s.host, s.port, err)
	}
	return nil
}
