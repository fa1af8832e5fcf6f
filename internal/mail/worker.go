package mail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/keyring"
)

// Sender delivers one email.
type Sender interface {
	Send(ctx context.Context, m *ent.OutboxMessage) error
}

// PermanentError marks a failure that retrying cannot fix (the server
// refused the recipient): the message is marked FAILED at once.
type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

// Worker delivers the outbox. Every instance may run one: a message is
// claimed with a lease (under FOR UPDATE SKIP LOCKED on PostgreSQL), so that
// only one worker sends it, and is marked SENT right after the SMTP server
// accepts it.
type Worker struct {
	Client  *ent.Client
	Dialect string
	Sender  Sender
	Outbox  *Outbox
	// Keys opens the secrets of emails; nil: Outbox.Keys.
	Keys *keyring.Ring
	Log  *slog.Logger
	// Lease is how long a claimed message is reserved; it must exceed the
	// SMTP timeout so that a slow send is never sent again by another.
	Lease time.Duration
	// MaxBackoff caps the wait between retries, so that mail accepted while
	// SMTP is down goes out soon after it returns.
	MaxBackoff time.Duration
	// Poll is how often the worker looks for due messages when not woken.
	Poll  time.Duration
	Batch int
	Now   clock.Clock
	// Observe, when set, is told each delivery's result: sent, retry or
	// failed (for metrics).
	Observe func(result string)
}

func (w *Worker) defaults() {
	if w.Lease == 0 {
		w.Lease = 2 * time.Minute
	}
	if w.MaxBackoff == 0 {
		w.MaxBackoff = 30 * time.Second
	}
	if w.Poll == 0 {
		w.Poll = time.Second
	}
	if w.Batch == 0 {
		w.Batch = 20
	}
	if w.Log == nil {
		w.Log = slog.Default()
	}
}

// Run delivers until ctx ends. A send in progress when ctx ends is allowed
// to finish (bounded by the SMTP timeout) and is recorded.
func (w *Worker) Run(ctx context.Context) {
	w.defaults()
	t := time.NewTicker(w.Poll)
	defer t.Stop()
	for {
		for {
			n, err := w.runOnce(ctx)
			if err != nil {
				w.Log.Error("outbox: delivering", "err", err)
				break
			}
			if n < w.Batch || ctx.Err() != nil {
				break
			}
		}
		var wake <-chan struct{}
		if w.Outbox != nil {
			wake = w.Outbox.Wake()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-wake:
		}
	}
}

// RunOnce claims and sends one batch of due messages and returns how many
// it claimed.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	return w.runOnce(ctx)
}

// runOnce sends a batch. When stop ends (shutdown), the send in progress
// finishes and is recorded, and the rest of the batch is released at once
// for another instance (or the next start) to send.
func (w *Worker) runOnce(stop context.Context) (int, error) {
	w.defaults()
	ctx := context.WithoutCancel(stop)
	msgs, until, err := w.claim(ctx)
	if err != nil {
		return 0, err
	}
	for i, m := range msgs {
		if stop.Err() != nil {
			w.release(ctx, msgs[i:], until)
			break
		}
		w.deliver(ctx, m, until)
	}
	return len(msgs), nil
}

// release gives up the lease on messages this worker will not send.
func (w *Worker) release(ctx context.Context, msgs []*ent.OutboxMessage, until time.Time) {
	ids := make([]string, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	err := w.Client.OutboxMessage.Update().
		Where(outboxmessage.IDIn(ids...), outboxmessage.LockedUntil(until)).
		ClearLockedUntil().Exec(ctx)
	if err != nil {
		w.Log.Error("outbox: releasing leases", "err", err)
	}
}

// claim reserves due messages by setting their lease.
func (w *Worker) claim(ctx context.Context) ([]*ent.OutboxMessage, time.Time, error) {
	now := w.Now.Now()
	until := now.Add(w.Lease)
	tx, err := w.Client.Tx(ctx)
	if err != nil {
		return nil, until, fmt.Errorf("outbox: begin: %w", err)
	}
	defer func() {
		// As database.WithTx: a panic must not leave the transaction
		// (and SQLite's write lock) held for the worker's lifetime.
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
	}()
	q := tx.OutboxMessage.Query().
		Where(
			outboxmessage.StatusEQ(outboxmessage.StatusPENDING),
			outboxmessage.NextAttemptAtLTE(now),
			outboxmessage.Or(outboxmessage.LockedUntilIsNil(), outboxmessage.LockedUntilLT(now)),
		).
		Order(outboxmessage.ByNextAttemptAt()).
		Limit(w.Batch)
	if w.Dialect == dialect.Postgres {
		q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	msgs, err := q.All(ctx)
	if err != nil {
		tx.Rollback()
		return nil, until, fmt.Errorf("outbox: claim: %w", err)
	}
	if len(msgs) == 0 {
		tx.Rollback()
		return nil, until, nil
	}
	ids := make([]string, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	if err := tx.OutboxMessage.Update().Where(outboxmessage.IDIn(ids...)).SetLockedUntil(until).Exec(ctx); err != nil {
		tx.Rollback()
		return nil, until, fmt.Errorf("outbox: lease: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, until, fmt.Errorf("outbox: commit claim: %w", err)
	}
	return msgs, until, nil
}

func (w *Worker) keys() *keyring.Ring {
	if w.Keys == nil && w.Outbox != nil {
		return w.Outbox.Keys
	}
	return w.Keys
}

func (w *Worker) deliver(ctx context.Context, m *ent.OutboxMessage, until time.Time) {
	// The secrets are put back into a copy, only for the SMTP server.
	op, err := Open(w.keys(), m)
	if err == nil {
		send := *m
		send.TextBody, send.HTMLBody, send.Link = op.TextBody, op.HTMLBody, op.Link
		err = w.Sender.Send(ctx, &send)
	}
	// Only the holder of the lease records the outcome.
	upd := w.Client.OutboxMessage.Update().
		Where(outboxmessage.ID(m.ID), outboxmessage.LockedUntil(until)).
		AddAttempts(1).
		ClearLockedUntil()
	var perm *PermanentError
	result := "retry"
	switch {
	case err == nil:
		result = "sent"
		// Once delivered, the secrets it carried are destroyed.
		upd.SetStatus(outboxmessage.StatusSENT).SetSentAt(w.Now.Now()).SetLastError("").
			SetTextBody(Redact(m.TextBody)).SetHTMLBody(Redact(m.HTMLBody)).SetLink(Redact(m.Link)).ClearSecret()
		w.Log.Info("outbox: sent", "message_id", m.ID, "kind", m.Kind)
	case errors.As(err, &perm):
		result = "failed"
		upd.SetStatus(outboxmessage.StatusFAILED).SetLastError(truncate(err.Error(), 500)).ClearSecret()
		w.Log.Error("outbox: refused for good", "message_id", m.ID, "kind", m.Kind, "err", err)
	default:
		wait := backoff(m.Attempts+1, w.MaxBackoff)
		upd.SetNextAttemptAt(w.Now.Now().Add(wait)).SetLastError(truncate(err.Error(), 500))
		w.Log.Warn("outbox: send failed, will retry", "message_id", m.ID, "kind", m.Kind, "attempt", m.Attempts+1, "retry_in", wait.String(), "err", err)
	}
	if w.Observe != nil {
		w.Observe(result)
	}
	if err := upd.Exec(ctx); err != nil {
		w.Log.Error("outbox: recording delivery", "message_id", m.ID, "err", err)
	}
}

// backoff doubles from one second up to max.
func backoff(attempt int, max time.Duration) time.Duration {
	d := time.Second
	for i := 1; i < attempt && d < max; i++ {
		d *= 2
	}
	if d > max {
		d = max
	}
	return d
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Pending counts messages not yet sent, for metrics and tests.
func Pending(ctx context.Context, c *ent.Client) (int, error) {
	return c.OutboxMessage.Query().Where(outboxmessage.StatusEQ(outboxmessage.StatusPENDING)).Count(ctx)
}
