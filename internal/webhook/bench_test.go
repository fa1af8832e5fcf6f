package webhook_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/webhook"
	"github.com/latchkey/latchkey/internal/webhook/event"
)

func benchDB(b *testing.B) *database.DB {
	backend := testdb.SQLite
	if os.Getenv("LATCHKEY_BENCH_BACKEND") == "postgres" {
		backend = testdb.Postgres
	}
	return testdb.New(b, backend)
}

// BenchmarkWebhookDeliveryThroughput writes 2,000 events the way the domain
// does (audit.Record in a transaction), then measures how fast one worker
// fans them out and delivers them, signed, to a real HTTP receiver in this
// process that checks each signature.
//
//	go test ./internal/webhook -run '^$' -bench DeliveryThroughput -benchtime 3x
func BenchmarkWebhookDeliveryThroughput(b *testing.B) {
	for i := 0; i < b.N; i++ {
		db := benchDB(b)
		ctx := context.Background()
		f := &fixture{db: db, now: time.Now()}
		f.keys = keyringEphemeral()
		f.svc = &webhook.Service{Client: db.Client, Keys: f.keys, Guard: webhook.Guard{AllowPrivate: true}, Now: f.clock}
		var got atomic.Int64
		var secret string
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			if webhook.Verify(secret, r.Header, body, time.Minute, time.Now()) != nil {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			got.Add(1)
			w.WriteHeader(http.StatusNoContent)
		}))
		u := newUser(b, db, "bench")
		_, s, err := f.svc.Create(ctx, webhook.Actor{User: u, Admin: true}, webhook.CreateInput{URL: srv.URL})
		if err != nil {
			b.Fatal(err)
		}
		secret = s
		const n = 2000
		for j := 0; j < n; j += 100 {
			err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
				for k := 0; k < 100; k++ {
					if err := audit.Record(ctx, tx, audit.Event{Type: audit.SessionRevoked, ActorID: u.ID, SubjectID: u.ID}); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		w := &webhook.Worker{Client: db.Client, Dialect: db.Dialect, Keys: f.keys, HTTP: webhook.Guard{AllowPrivate: true}.Client(5 * time.Second),
			Now: time.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		start := time.Now()
		for got.Load() < n {
			if _, err := w.RunOnce(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(n/time.Since(start).Seconds(), "events/s")
		srv.Close()
	}
}

// BenchmarkEventWriteCost is what writing the webhook event adds to a
// change: a transaction that records an audit event that causes no webhook
// event (sign-in) against one that causes one (a revoked session). The
// difference of the two ns/op is the event's cost.
//
//	go test ./internal/webhook -run '^$' -bench EventWriteCost -benchtime 3000x
func BenchmarkEventWriteCost(b *testing.B) {
	db := benchDB(b)
	ctx := context.Background()
	u := newUser(b, db, "cost")
	for _, c := range []struct{ name, typ string }{{"audit_only", audit.SignInSucceeded}, {"audit_and_event", audit.SessionRevoked}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
					if _, err := tx.User.UpdateOneID(u.ID).SetFailedAttempts(0).Save(ctx); err != nil {
						return err
					}
					return audit.Record(ctx, tx, audit.Event{Type: c.typ, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"session_id": "ses_x"}})
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// The write alone, inside one open transaction (no commit in the
	// loop, whose cost is the same with or without the event and, on
	// PostgreSQL, varies with the disk far more than the write itself).
	b.Run("event_write_in_open_tx", func(b *testing.B) {
		tx, err := db.Client.Tx(ctx)
		if err != nil {
			b.Fatal(err)
		}
		defer tx.Commit() //nolint:errcheck
		e := audit.Event{Type: audit.SessionRevoked, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"session_id": "ses_x"}}
		data := map[string]string{"user_id": e.SubjectID, "actor_id": e.ActorID, "session_id": "ses_x"}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := event.Write(ctx, tx.Client(), "session.revoked", data, ""); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func keyringEphemeral() *keyring.Ring { return keyring.Ephemeral() }
