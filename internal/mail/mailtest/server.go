// Package mailtest runs a real SMTP server (github.com/emersion/go-smtp) in
// the test process, receiving what the service sends so that tests read the
// emails a person would get.
package mailtest

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one email as received.
type Message struct {
	From    string
	To      []string
	Subject string
	Header  mail.Header
	Text    string
	HTML    string
	Raw     []byte
}

// Links returns the http(s) links in the text part.
func (m Message) Links() []string { return linkPattern.FindAllString(m.Text, -1) }

// Token returns the token= parameter of the first link that has one.
func (m Message) Token() string {
	for _, l := range m.Links() {
		if i := strings.Index(l, "token="); i >= 0 {
			return l[i+len("token="):]
		}
	}
	return ""
}

var linkPattern = regexp.MustCompile(`https?://\S+`)

// Server is an SMTP server on 127.0.0.1.
type Server struct {
	t        testing.TB
	addr     string
	User     string
	Password string

	mu       sync.Mutex
	msgs     []Message
	failNext int
	srv      *smtp.Server
	ln       net.Listener
	arrived  chan struct{}
}

// Start runs a server on a free port, stopped when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, arrived: make(chan struct{}, 1000)}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.addr = ln.Addr().String()
	s.serve(ln)
	t.Cleanup(s.Down)
	return s
}

func (s *Server) serve(ln net.Listener) {
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &session{s: s}, nil }))
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.MaxMessageBytes = 10 << 20
	s.mu.Lock()
	s.srv, s.ln = srv, ln
	s.mu.Unlock()
	go srv.Serve(ln) //nolint:errcheck // ends with Close
}

// URL is the smtp:// URL to configure the service with.
func (s *Server) URL() string {
	if s.User != "" {
		return fmt.Sprintf("smtp://%s:%s@%s", s.User, s.Password, s.addr)
	}
	return "smtp://" + s.addr
}

// Down stops accepting connections, as when the mail server is down.
func (s *Server) Down() {
	s.mu.Lock()
	srv, ln := s.srv, s.ln
	s.srv, s.ln = nil, nil
	s.mu.Unlock()
	if ln != nil {
		// Close the listener ourselves: the server may not have started
		// serving on it yet.
		ln.Close()
	}
	if srv != nil {
		srv.Close()
	}
}

// Up starts accepting again on the same address.
func (s *Server) Up() {
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", s.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		s.t.Fatalf("mailtest: restart on %s: %v", s.addr, err)
	}
	s.serve(ln)
}

// FailNext makes the next n deliveries fail with a temporary error (451).
func (s *Server) FailNext(n int) {
	s.mu.Lock()
	s.failNext = n
	s.mu.Unlock()
}

// Messages returns what has arrived so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msgs...)
}

// To returns the messages sent to addr.
func (s *Server) To(addr string) []Message {
	var out []Message
	for _, m := range s.Messages() {
		for _, to := range m.To {
			if strings.EqualFold(to, addr) {
				out = append(out, m)
			}
		}
	}
	return out
}

// Wait waits until n messages in all have arrived, or fails the test.
func (s *Server) Wait(n int, timeout time.Duration) []Message {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		if msgs := s.Messages(); len(msgs) >= n {
			return msgs
		}
		select {
		case <-s.arrived:
		case <-deadline:
			s.t.Fatalf("mailtest: %d message(s) arrived, waited for %d", len(s.Messages()), n)
		}
	}
}

// WaitTo waits for a message to addr whose subject contains subject.
func (s *Server) WaitTo(addr, subject string, timeout time.Duration) Message {
	s.t.Helper()
	deadline := time.After(timeout)
	for {
		for _, m := range s.To(addr) {
			if strings.Contains(m.Subject, subject) {
				return m
			}
		}
		select {
		case <-s.arrived:
		case <-deadline:
			var got []string
			for _, m := range s.Messages() {
				got = append(got, fmt.Sprintf("%v %q", m.To, m.Subject))
			}
			s.t.Fatalf("mailtest: no message to %s about %q; got %v", addr, subject, got)
		}
	}
}

type session struct {
	s    *Server
	from string
	to   []string
}

func (ss *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (ss *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != ss.s.User || password != ss.s.Password {
			return errors.New("invalid credentials")
		}
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error { ss.from = from; return nil }
func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error   { ss.to = append(ss.to, to); return nil }
func (ss *session) Reset()                                      { ss.from, ss.to = "", nil }
func (ss *session) Logout() error                               { return nil }

func (ss *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	ss.s.mu.Lock()
	if ss.s.failNext > 0 {
		ss.s.failNext--
		ss.s.mu.Unlock()
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	ss.s.mu.Unlock()
	m, err := parse(raw)
	if err != nil {
		return err
	}
	m.From, m.To = ss.from, append([]string(nil), ss.to...)
	ss.s.mu.Lock()
	ss.s.msgs = append(ss.s.msgs, m)
	ss.s.mu.Unlock()
	ss.s.arrived <- struct{}{}
	return nil
}

func parse(raw []byte) (Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return Message{}, err
	}
	dec := new(mime.WordDecoder)
	subject, err := dec.DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		subject = msg.Header.Get("Subject")
	}
	m := Message{Subject: subject, Header: msg.Header, Raw: raw}
	mediaType, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return m, err
	}
	if !strings.HasPrefix(mediaType, "multipart/") {
		body, err := decode(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
		m.Text = body
		return m, err
	}
	return m, walk(multipart.NewReader(msg.Body, params["boundary"]), &m)
}

func walk(mr *multipart.Reader, m *Message) error {
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		ct, params, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		switch {
		case strings.HasPrefix(ct, "multipart/"):
			if err := walk(multipart.NewReader(p, params["boundary"]), m); err != nil {
				return err
			}
		case ct == "text/plain":
			m.Text, err = decode(p, p.Header.Get("Content-Transfer-Encoding"))
		case ct == "text/html":
			m.HTML, err = decode(p, p.Header.Get("Content-Transfer-Encoding"))
		}
		if err != nil {
			return err
		}
	}
}

func decode(r io.Reader, enc string) (string, error) {
	switch strings.ToLower(enc) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	b, err := io.ReadAll(r)
	return string(b), err
}
