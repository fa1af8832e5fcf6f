package mail_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/testdb"
)

func enqueue(t *testing.T, db *database.DB, o *mail.Outbox, to string) *ent.OutboxMessage {
	t.Helper()
	m, err := o.Enqueue(context.Background(), db.Client, mail.Email{To: to, Locale: "en", Kind: mail.KindResetLink,
		Data: mail.Data{Name: "Alice", Email: to, Link: o.Link("/reset-password", "lk_rst_abc"), Valid: 24 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	o.Committed(m)
	return m
}

func worker(db *database.DB, smtpURL string, o *mail.Outbox) *mail.Worker {
	s, err := mail.NewSMTP(smtpURL, "Latchkey <no-reply@example.com>")
	if err != nil {
		panic(err)
	}
	s.Timeout = 5 * time.Second
	return &mail.Worker{Client: db.Client, Dialect: db.Dialect, Sender: s, Keys: o.Keys, MaxBackoff: 50 * time.Millisecond, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

func status(t *testing.T, db *database.DB, id string) *ent.OutboxMessage {
	t.Helper()
	return db.Client.OutboxMessage.GetX(context.Background(), id)
}

func TestWorkerDeliversTheOutboxOverSMTP(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		smtp := mailtest.Start(t)
		o := mail.NewOutbox("https://id.example.com", nil)
		m := enqueue(t, db, o, "alice@example.com")
		n, err := worker(db, smtp.URL(), o).RunOnce(context.Background())
		if err != nil || n != 1 {
			t.Fatalf("RunOnce = %d, %v", n, err)
		}
		got := smtp.WaitTo("alice@example.com", "Reset your password", 5*time.Second)
		if !strings.Contains(got.Text, "https://id.example.com/reset-password?token=lk_rst_abc") || !strings.Contains(got.HTML, `href="https://id.example.com/reset-password?token=lk_rst_abc"`) {
			t.Fatalf("link missing from the text or HTML part:\n%s\n%s", got.Text, got.HTML)
		}
		if !strings.Contains(got.Text, "24 hours") || !strings.Contains(got.Text, "If you did not ask for this") {
			t.Fatalf("the email must say how long the link works and what to do if you did not ask:\n%s", got.Text)
		}
		if got.From != "no-reply@example.com" {
			t.Errorf("envelope sender %q", got.From)
		}
		row := status(t, db, m.ID)
		if row.Status != outboxmessage.StatusSENT || row.SentAt == nil || row.Attempts != 1 || row.LockedUntil != nil {
			t.Fatalf("after delivery: %+v", row)
		}
		if n, _ := worker(db, smtp.URL(), o).RunOnce(context.Background()); n != 0 {
			t.Fatalf("a sent message was claimed again")
		}
	})
}

func TestMailAcceptedWhileSMTPIsDownGoesOutWhenItReturns(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		smtp := mailtest.Start(t)
		smtp.Down()
		o := mail.NewOutbox("https://id.example.com", nil)
		m := enqueue(t, db, o, "bob@example.com")
		w := worker(db, smtp.URL(), o)
		w.RunOnce(context.Background())
		row := status(t, db, m.ID)
		if row.Status != outboxmessage.StatusPENDING || row.Attempts != 1 || row.LastError == "" || !row.NextAttemptAt.After(row.CreatedAt) {
			t.Fatalf("a failed send must stay pending for a retry: %+v", row)
		}
		smtp.Up()
		ctx, cancel := context.WithCancel(context.Background())
		w.Poll = 20 * time.Millisecond
		done := make(chan struct{})
		go func() { defer close(done); w.Run(ctx) }()
		smtp.WaitTo("bob@example.com", "Reset your password", 10*time.Second)
		cancel()
		<-done
		if got := len(smtp.Messages()); got != 1 {
			t.Fatalf("%d copies delivered, want 1", got)
		}
		if row := status(t, db, m.ID); row.Status != outboxmessage.StatusSENT || row.Attempts < 2 {
			t.Fatalf("after the server returned: %+v", row)
		}
	})
}

func TestTemporarySMTPFailuresAreRetried(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	smtp := mailtest.Start(t)
	smtp.FailNext(2)
	o := mail.NewOutbox("http://localhost:8080", nil)
	m := enqueue(t, db, o, "carol@example.com")
	w := worker(db, smtp.URL(), o)
	for i := 0; i < 50 && status(t, db, m.ID).Status == outboxmessage.StatusPENDING; i++ {
		w.RunOnce(context.Background())
		time.Sleep(30 * time.Millisecond)
	}
	row := status(t, db, m.ID)
	if row.Status != outboxmessage.StatusSENT || row.Attempts != 3 || len(smtp.Messages()) != 1 {
		t.Fatalf("after two 451s: %+v, %d delivered", row, len(smtp.Messages()))
	}
}

func TestSeveralWorkersSendEachMessageExactlyOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		smtp := mailtest.Start(t)
		o := mail.NewOutbox("http://localhost:8080", nil)
		const n = 30
		for i := 0; i < n; i++ {
			enqueue(t, db, o, "user"+string(rune('a'+i%26))+string(rune('a'+i/26))+"@example.com")
		}
		var wg sync.WaitGroup
		for i := 0; i < 4; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				w := worker(db, smtp.URL(), o)
				w.Batch = 3
				for j := 0; j < 40; j++ {
					if c, err := w.RunOnce(context.Background()); err != nil {
						t.Error(err)
						return
					} else if c == 0 {
						return
					}
				}
			}()
		}
		wg.Wait()
		msgs := smtp.Messages()
		seen := map[string]int{}
		for _, m := range msgs {
			seen[m.To[0]]++
		}
		if len(msgs) != n || len(seen) != n {
			t.Fatalf("%d messages delivered to %d addresses, want %d each once", len(msgs), len(seen), n)
		}
		if left, _ := mail.Pending(context.Background(), db.Client); left != 0 {
			t.Fatalf("%d left pending", left)
		}
	})
}

func TestWithoutSMTPLinksArePrintedOnlyAfterCommit(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	var console strings.Builder
	o := mail.NewOutbox("http://localhost:8080", &console)
	ctx := context.Background()
	tx, _ := db.Client.Tx(ctx)
	m, err := o.Enqueue(ctx, tx.Client(), mail.Email{To: "dan@example.com", Locale: "sv", Kind: mail.KindResetLink,
		Data: mail.Data{Link: o.Link("/reset-password", "lk_rst_xyz"), Valid: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	if console.Len() != 0 {
		t.Fatal("printed before commit")
	}
	tx.Commit()
	o.Committed(m)
	out := console.String()
	if !strings.Contains(out, "dan@example.com") || !strings.Contains(out, "http://localhost:8080/reset-password?token=lk_rst_xyz") || !strings.Contains(out, "Återställ ditt lösenord") {
		t.Fatalf("console: %q", out)
	}
}

func TestEveryEmailExistsInEveryLanguage(t *testing.T) {
	kinds := []mail.Kind{mail.KindResetLink, mail.KindTemporaryPassword, mail.KindPasswordChanged, mail.KindPasswordReset,
		mail.KindAccountLocked, mail.KindAccountLockedTemporary, mail.KindUsernameReminder, mail.KindEmailChangeLink, mail.KindEmailChanged,
		mail.KindVerifyEmail, mail.KindSetPassword, mail.KindInvitation, mail.KindAddressInUse}
	subjects := map[string]bool{}
	for _, locale := range mail.Locales {
		for _, k := range kinds {
			t.Run(locale+"/"+string(k), func(t *testing.T) {
				subject, text, html, err := mail.Render(k, locale, mail.Data{Name: "Åsa <b>", Username: "asa", Email: "asa@example.com", NewEmail: "new@example.com",
					Link: "https://id.example.com/x?token=t", Password: "Abcde-fghij-23456-KLMNP", Valid: 24 * time.Hour, Attempts: 5, OrgName: "Shop", Inviter: "Bo"})
				if err != nil {
					t.Fatal(err)
				}
				if subject == "" || text == "" || !strings.Contains(html, `lang="`+locale+`"`) {
					t.Fatalf("empty part: %q", subject)
				}
				if strings.Contains(text+subject, "{") {
					t.Fatalf("unfilled placeholder:\n%s", text)
				}
				if strings.Contains(html, "<b>") {
					t.Fatal("HTML part does not escape data")
				}
				subjects[locale+subject+text] = true
			})
		}
	}
	if len(subjects) != len(kinds)*len(mail.Locales) {
		t.Errorf("%d distinct emails, want %d", len(subjects), len(kinds)*len(mail.Locales))
	}
	t.Run("validity is said in the reader's language", func(t *testing.T) {
		for locale, want := range map[string]string{"en": "24 hours", "fr": "24 heures", "sv": "24 timmar"} {
			_, text, _, _ := mail.Render(mail.KindResetLink, locale, mail.Data{Link: "x", Valid: 24 * time.Hour})
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q not in %q", locale, want, text)
			}
		}
		_, text, _, _ := mail.Render(mail.KindResetLink, "de", mail.Data{Link: "x", Valid: 30 * time.Minute})
		if !strings.Contains(text, "30 minutes") {
			t.Errorf("unknown language should fall back to English: %q", text)
		}
	})
}

func TestDeliveredEmailsAreKeptWithoutTheirSecrets(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	smtp := mailtest.Start(t)
	o := mail.NewOutbox("http://localhost:8080", nil)
	m, err := o.Enqueue(context.Background(), db.Client, mail.Email{To: "eve@example.com", Locale: "en", Kind: mail.KindTemporaryPassword,
		Data: mail.Data{Password: "Abcde-fgh2j-23456-KLMNP", Link: o.Link("/reset-password", "lk_rst_0123456789abcdefghijklmnop"), Valid: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	worker(db, smtp.URL(), o).RunOnce(context.Background())
	got := smtp.WaitTo("eve@example.com", "temporary password", 5*time.Second)
	if !strings.Contains(got.Text, "Abcde-fgh2j-23456-KLMNP") {
		t.Fatal("the delivered email must carry the password")
	}
	row := status(t, db, m.ID)
	for _, body := range []string{row.TextBody, row.HTMLBody} {
		if strings.Contains(body, "Abcde-fgh2j-23456-KLMNP") || strings.Contains(body, "lk_rst_0123456789") || !strings.Contains(body, "[redacted]") {
			t.Fatalf("stored body after delivery keeps a secret:\n%s", body)
		}
	}
	if row.Secret != nil {
		t.Fatal("the sealed secrets must be destroyed once the email is delivered")
	}
}

// secretEmails are the emails that carry a secret, each with its secret.
func secretEmails(o *mail.Outbox) []struct {
	name   string
	email  mail.Email
	secret string
} {
	const tok = "lk_rst_0123456789abcdefghijklmnopqrstu"
	const pw = "Qwert-2yuio-3pasd-4fghj"
	link := func(path string) string { return o.Link(path, tok) }
	return []struct {
		name   string
		email  mail.Email
		secret string
	}{
		{"reset link", mail.Email{To: "a@example.com", Kind: mail.KindResetLink, Data: mail.Data{Name: "A", Link: link("/reset-password"), Valid: time.Hour}}, tok},
		{"account locked", mail.Email{To: "a@example.com", Kind: mail.KindAccountLocked, Data: mail.Data{Name: "A", Link: link("/reset-password"), Valid: time.Hour, Attempts: 5}}, tok},
		{"set password", mail.Email{To: "a@example.com", Kind: mail.KindSetPassword, Data: mail.Data{Username: "a", Link: link("/reset-password"), Valid: time.Hour}}, tok},
		{"verification", mail.Email{To: "a@example.com", Kind: mail.KindVerifyEmail, Data: mail.Data{Name: "A", Link: link("/verify-email"), Valid: time.Hour}}, tok},
		{"email change", mail.Email{To: "new@example.com", Kind: mail.KindEmailChangeLink, Data: mail.Data{Name: "A", NewEmail: "new@example.com", Link: link("/confirm-email"), Valid: time.Hour}}, tok},
		{"invitation", mail.Email{To: "b@example.com", Kind: mail.KindInvitation, Data: mail.Data{OrgName: "Shop", Inviter: "A", Link: link("/accept-invitation"), Valid: time.Hour}}, tok},
		{"temporary password", mail.Email{To: "a@example.com", Kind: mail.KindTemporaryPassword, Data: mail.Data{Name: "A", Password: pw, Link: o.Link("/sign-in", ""), Valid: time.Hour}}, pw},
		{"lock with a temporary password", mail.Email{To: "a@example.com", Kind: mail.KindAccountLockedTemporary, Data: mail.Data{Name: "A", Password: pw, Link: o.Link("/sign-in", ""), Valid: time.Hour}}, pw},
	}
}

func TestAnOutboxRowHoldsNoSecretInClear(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		o := mail.NewOutbox("https://id.example.com", nil)
		for _, tt := range secretEmails(o) {
			t.Run(tt.name, func(t *testing.T) {
				smtp := mailtest.Start(t)
				tt.email.Locale = "en"
				m, err := o.Enqueue(context.Background(), db.Client, tt.email)
				if err != nil {
					t.Fatal(err)
				}
				row := status(t, db, m.ID)
				for _, stored := range []string{row.Subject, row.TextBody, row.HTMLBody, row.Link, string(row.Secret)} {
					if strings.Contains(stored, tt.secret) {
						t.Fatalf("stored in clear: %q", stored)
					}
				}
				if row.Link == "" || (tt.secret != "Qwert-2yuio-3pasd-4fghj") != strings.Contains(row.Link, "token=") {
					t.Fatalf("the stored link %q", row.Link)
				}
				redacted := must(o.Shown(context.Background(), db.Client, row, false))
				if strings.Contains(redacted.Link, "lksecret") || strings.Contains(redacted.HTMLBody, "lksecret") {
					t.Fatalf("a marker shown to an admin: %+v", redacted)
				}
				shown := redacted.TextBody
				if strings.Contains(shown, "lksecret") || !strings.Contains(shown, "[redacted]") {
					t.Fatalf("redacted for an admin: %s", shown)
				}
				if shown := must(o.Shown(context.Background(), db.Client, &ent.OutboxMessage{ID: row.ID, TextBody: row.TextBody, HTMLBody: row.HTMLBody}, true)); !strings.Contains(shown.TextBody, tt.secret) || !strings.Contains(shown.HTMLBody, tt.secret) || strings.Contains(shown.TextBody, "lksecret") {
					t.Fatalf("without SMTP the admin reads the secret: %s", shown)
				}
				worker(db, smtp.URL(), o).RunOnce(context.Background())
				got := smtp.WaitTo(tt.email.To, "", 5*time.Second)
				if !strings.Contains(got.Text, tt.secret) || !strings.Contains(got.HTML, tt.secret) || strings.Contains(got.Text+got.HTML, "lksecret") {
					t.Fatalf("the delivered email must carry the secret:\n%s\n%s", got.Text, got.HTML)
				}
				if row := status(t, db, m.ID); row.Secret != nil || strings.Contains(row.TextBody+row.HTMLBody+row.Link, tt.secret) {
					t.Fatalf("after delivery: %+v", row)
				}
			})
		}
	})
}

func TestAStolenOutboxCannotBeSentWithoutTheKey(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	smtp := mailtest.Start(t)
	o := mail.NewOutbox("https://id.example.com", nil)
	m := enqueue(t, db, o, "victim@example.com")
	// Another installation (or an attacker) with the database but not the
	// key: the secret does not open, nothing goes out, the row stays
	// pending for an instance that has the key.
	thief := worker(db, smtp.URL(), mail.NewOutbox("https://id.example.com", nil))
	thief.RunOnce(context.Background())
	if row := status(t, db, m.ID); row.Status != outboxmessage.StatusPENDING || row.Secret == nil || !strings.Contains(row.LastError, "key") {
		t.Fatalf("without the key: %+v", row)
	}
	if len(smtp.Messages()) != 0 {
		t.Fatal("an email went out without its secret")
	}
	// Moved to the attacker's address, it does not open with the key either.
	db.Client.OutboxMessage.UpdateOneID(m.ID).SetToAddress("attacker@example.com").ClearLockedUntil().SetNextAttemptAt(time.Now().Add(-time.Minute)).ExecX(context.Background())
	worker(db, smtp.URL(), o).RunOnce(context.Background())
	if len(smtp.Messages()) != 0 {
		t.Fatal("a secret moved to another address was sent")
	}
}

func TestTheConsoleCannotBeSpoofedByAURLInAName(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	var console strings.Builder
	o := mail.NewOutbox("http://localhost:8080", &console)
	m, err := o.Enqueue(context.Background(), db.Client, mail.Email{To: "dan@example.com", Locale: "en", Kind: mail.KindResetLink,
		Data: mail.Data{Name: "IT Security: re-validate at http://evil.example/login", Link: o.Link("/reset-password", "lk_rst_0123456789abcdefghijklmnop"), Valid: time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	o.Committed(m)
	out := console.String()
	if strings.Contains(out, "evil.example") {
		t.Fatalf("a URL from a name was printed:\n%s", out)
	}
	if !strings.Contains(out, "    http://localhost:8080/reset-password?token=lk_rst_0123456789abcdefghijklmnop\n") {
		t.Fatalf("the link the service built is missing:\n%s", out)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
