package mail_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/testdb"
)

// BenchmarkOutboxThroughput writes 500 reset emails to the outbox and
// measures how fast one worker delivers them to a real SMTP server in this
// process (one SMTP connection per message, as in production).
//
//	go test ./internal/mail -run '^$' -bench Outbox -benchtime 1x
func BenchmarkOutboxThroughput(b *testing.B) {
	for i := 0; i < b.N; i++ {
		backend := testdb.SQLite
		if os.Getenv("LATCHKEY_BENCH_BACKEND") == "postgres" {
			backend = testdb.Postgres
		}
		db := testdb.New(b, backend)
		smtp := mailtest.Start(b)
		o := mail.NewOutbox("http://localhost:8080", nil)
		const n = 500
		for j := 0; j < n; j++ {
			if _, err := o.Enqueue(context.Background(), db.Client, mail.Email{To: fmt.Sprintf("u%d@example.com", j), Locale: "en", Kind: mail.KindResetLink,
				Data: mail.Data{Link: o.Link("/reset-password", "lk_rst_x"), Valid: time.Hour}}); err != nil {
				b.Fatal(err)
			}
		}
		s, _ := mail.NewSMTP(smtp.URL(), "Latchkey <no-reply@example.com>")
		w := &mail.Worker{Client: db.Client, Dialect: db.Dialect, Sender: s, Keys: o.Keys, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		start := time.Now()
		for sent := 0; sent < n; {
			c, err := w.RunOnce(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			sent += c
		}
		smtp.Wait(n, time.Minute)
		b.ReportMetric(n/time.Since(start).Seconds(), "emails/s")
	}
}
