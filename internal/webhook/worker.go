package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookendpoint"
	"github.com/latchkey/latchkey/ent/webhookevent"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/mail"
)

// The retry schedule: attempt n+1 waits Backoff(n) after attempt n; after
// MaxAttempts the delivery is FAILED. 5 s, 20 s, 80 s, … capped at 6 h:
// eleven attempts span about 25.6 hours.
const (
	MaxAttempts = 11
	firstWait   = 5 * time.Second
	maxWait     = 6 * time.Hour
	// bodyKept is how much of a response body the log keeps.
	bodyKept = 512
)

// Backoff is the wait after the attempt-th failed attempt.
func Backoff(attempt int) time.Duration {
	d := firstWait
	for i := 1; i < attempt && d < maxWait; i++ {
		d *= 4
	}
	return min(d, maxWait)
}

// Worker fans events out to the endpoints that want them and delivers
// them. Every instance may run one: an event is fanned out under a
// conditional update (dispatched false to true) and a delivery is claimed
// with a lease (under FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has one
// writer), so that each is sent once.
type Worker struct {
	Client  *ent.Client
	Dialect string
	Keys    *keyring.Ring
	HTTP    *http.Client
	// Outbox, when set, tells an endpoint's owner it was disabled.
	Outbox *mail.Outbox
	Now    clock.Clock
	Log    *slog.Logger
	// Lease must exceed the HTTP timeout times the rounds of a batch.
	Lease       time.Duration
	Poll        time.Duration
	Batch       int
	Concurrency int
	// Observe, when set, is told each attempt's result: delivered, retry
	// or failed.
	Observe func(result string)
}

func (w *Worker) defaults() {
	if w.Lease == 0 {
		w.Lease = 2 * time.Minute
	}
	if w.Poll == 0 {
		w.Poll = 250 * time.Millisecond
	}
	if w.Batch == 0 {
		w.Batch = 64
	}
	if w.Concurrency == 0 {
		w.Concurrency = 8
	}
	if w.Log == nil {
		w.Log = slog.Default()
	}
	if w.HTTP == nil {
		w.HTTP = Guard{}.Client(0)
	}
}

// Run delivers until ctx ends; the attempts in progress then finish.
func (w *Worker) Run(ctx context.Context) {
	w.defaults()
	t := time.NewTicker(w.Poll)
	defer t.Stop()
	prune := time.NewTicker(time.Hour)
	defer prune.Stop()
	for {
		for ctx.Err() == nil {
			n, err := w.RunOnce(ctx)
			if err != nil {
				if ctx.Err() == nil { // not merely shutting down
					w.Log.Error("webhooks: delivering", "err", err)
				}
				break
			}
			if n == 0 {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-prune.C:
			if _, _, err := w.Prune(ctx); err != nil {
				w.Log.Error("webhooks: pruning", "err", err)
			}
		}
	}
}

// RunOnce fans out one batch of new events and makes one batch of due
// attempts; it returns how many of either it handled.
func (w *Worker) RunOnce(ctx context.Context) (int, error) {
	w.defaults()
	n, err := w.dispatch(ctx)
	if err != nil {
		return n, err
	}
	m, err := w.deliverBatch(ctx)
	return n + m, err
}

// dispatch creates the deliveries of new events.
func (w *Worker) dispatch(ctx context.Context) (int, error) {
	handled := 0
	err := database.WithTx(ctx, w.Client, func(tx *ent.Client) error {
		q := tx.WebhookEvent.Query().Where(webhookevent.Dispatched(false)).
			Order(webhookevent.ByCreatedAt()).Limit(w.Batch)
		if w.Dialect == dialect.Postgres {
			q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		evs, err := q.All(ctx)
		if err != nil || len(evs) == 0 {
			return err
		}
		eps, err := tx.WebhookEndpoint.Query().Where(webhookendpoint.Enabled(true)).
			Select(webhookendpoint.FieldID, webhookendpoint.FieldEvents, webhookendpoint.FieldOrganizationID, webhookendpoint.FieldCreatedAt).All(ctx)
		if err != nil {
			return err
		}
		now := w.Now.Now()
		var creates []*ent.WebhookDeliveryCreate
		for _, ev := range evs {
			// Only the worker that flips the flag fans the event out.
			n, err := tx.WebhookEvent.Update().Where(webhookevent.ID(ev.ID), webhookevent.Dispatched(false)).SetDispatched(true).Save(ctx)
			if err != nil {
				return err
			}
			if n == 0 {
				continue
			}
			handled++
			for _, ep := range eps {
				if ev.EndpointID != "" || !wants(ep, ev) {
					continue
				}
				creates = append(creates, tx.WebhookDelivery.Create().SetEndpointID(ep.ID).SetEventID(ev.ID).
					SetEventType(ev.Type).SetNextAttemptAt(now).SetCreatedAt(now))
			}
			if ev.EndpointID != "" {
				creates = append(creates, tx.WebhookDelivery.Create().SetEndpointID(ev.EndpointID).SetEventID(ev.ID).
					SetEventType(ev.Type).SetNextAttemptAt(now).SetCreatedAt(now))
			}
		}
		for len(creates) > 0 {
			k := min(len(creates), 200)
			if err := tx.WebhookDelivery.CreateBulk(creates[:k]...).Exec(ctx); err != nil {
				return err
			}
			creates = creates[k:]
		}
		return nil
	})
	return handled, err
}

// wants reports whether ep receives ev: events written since it was
// registered, its organisation's events only when it belongs to one, and
// the types it lists (all when none).
func wants(ep *ent.WebhookEndpoint, ev *ent.WebhookEvent) bool {
	if ev.CreatedAt.Before(ep.CreatedAt) {
		return false
	}
	if ep.OrganizationID != nil && *ep.OrganizationID != ev.OrganizationID {
		return false
	}
	return len(ep.Events) == 0 || slices.Contains(ep.Events, ev.Type)
}

// claim reserves due deliveries by setting their lease.
func (w *Worker) claim(ctx context.Context) ([]*ent.WebhookDelivery, time.Time, error) {
	now := w.Now.Now()
	until := now.Add(w.Lease)
	var ds []*ent.WebhookDelivery
	err := database.WithTx(ctx, w.Client, func(tx *ent.Client) error {
		q := tx.WebhookDelivery.Query().Where(
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.NextAttemptAtLTE(now),
			webhookdelivery.Or(webhookdelivery.LockedUntilIsNil(), webhookdelivery.LockedUntilLT(now)),
		).Order(webhookdelivery.ByNextAttemptAt()).Limit(w.Batch)
		if w.Dialect == dialect.Postgres {
			q = q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		var err error
		if ds, err = q.All(ctx); err != nil || len(ds) == 0 {
			return err
		}
		ids := make([]string, len(ds))
		for i, d := range ds {
			ids[i] = d.ID
		}
		return tx.WebhookDelivery.Update().Where(webhookdelivery.IDIn(ids...)).SetLockedUntil(until).Exec(ctx)
	})
	if err != nil {
		return nil, until, fmt.Errorf("webhooks: claim: %w", err)
	}
	return ds, until, nil
}

func (w *Worker) deliverBatch(ctx context.Context) (int, error) {
	ds, until, err := w.claim(ctx)
	if err != nil || len(ds) == 0 {
		return 0, err
	}
	epIDs, evIDs := []string{}, []string{}
	for _, d := range ds {
		epIDs = append(epIDs, d.EndpointID)
		evIDs = append(evIDs, d.EventID)
	}
	eps, err := w.Client.WebhookEndpoint.Query().Where(webhookendpoint.IDIn(epIDs...)).All(ctx)
	if err != nil {
		return 0, err
	}
	evs, err := w.Client.WebhookEvent.Query().Where(webhookevent.IDIn(evIDs...)).All(ctx)
	if err != nil {
		return 0, err
	}
	epBy, evBy := map[string]*ent.WebhookEndpoint{}, map[string]*ent.WebhookEvent{}
	for _, e := range eps {
		epBy[e.ID] = e
	}
	for _, e := range evs {
		evBy[e.ID] = e
	}
	sem := make(chan struct{}, w.Concurrency)
	var wg sync.WaitGroup
	for _, d := range ds {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			w.deliver(context.WithoutCancel(ctx), d, epBy[d.EndpointID], evBy[d.EventID], until)
		}()
	}
	wg.Wait()
	return len(ds), nil
}

// attempt is the outcome of one POST.
type attempt struct {
	status   *int
	body     string
	duration time.Duration
	err      error
}

func (w *Worker) post(ctx context.Context, ep *ent.WebhookEndpoint, ev *ent.WebhookEvent) attempt {
	secrets, err := secrets(w.Keys, ep, w.Now.Now())
	if err != nil {
		return attempt{err: err}
	}
	body := []byte(ev.Payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(body))
	if err != nil {
		return attempt{err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Latchkey-Webhooks/1")
	if err := Headers(req.Header, secrets, ev.ID, time.Now(), body); err != nil {
		return attempt{err: err}
	}
	start := time.Now()
	resp, err := w.HTTP.Do(req)
	if err != nil {
		return attempt{err: err, duration: time.Since(start)}
	}
	defer resp.Body.Close()
	kept, _ := io.ReadAll(io.LimitReader(resp.Body, bodyKept))
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) //nolint:errcheck // only to reuse the connection
	a := attempt{status: &resp.StatusCode, body: string(bytes.ToValidUTF8(kept, nil)), duration: time.Since(start)}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		a.err = fmt.Errorf("the endpoint answered %d", resp.StatusCode)
	}
	return a
}

func (w *Worker) deliver(ctx context.Context, d *ent.WebhookDelivery, ep *ent.WebhookEndpoint, ev *ent.WebhookEvent, until time.Time) {
	var a attempt
	switch {
	case ep == nil || ev == nil:
		a.err = errors.New("the endpoint or the event no longer exists")
	case !ep.Enabled && ev.EndpointID == "":
		a.err = errors.New("the endpoint is disabled")
	default:
		a = w.post(ctx, ep, ev)
	}
	now := w.Now.Now()
	attempts := d.Attempts + 1
	// Only the holder of the lease records the outcome.
	upd := w.Client.WebhookDelivery.Update().
		Where(webhookdelivery.ID(d.ID), webhookdelivery.LockedUntil(until)).
		SetAttempts(attempts).ClearLockedUntil().
		SetNillableResponseStatus(a.status).SetDurationMs(int(a.duration.Milliseconds())).SetResponseBody(a.body)
	if a.status == nil {
		upd.ClearResponseStatus()
	}
	result := "retry"
	final := false
	switch {
	case a.err == nil:
		result = "delivered"
		upd.SetStatus(webhookdelivery.StatusDELIVERED).SetDeliveredAt(now).SetLastError("")
	case attempts >= MaxAttempts || ep == nil || ev == nil || (!ep.Enabled && ev.EndpointID == ""):
		result, final = "failed", true
		upd.SetStatus(webhookdelivery.StatusFAILED).SetLastError(cut(a.err.Error(), 500))
	default:
		upd.SetNextAttemptAt(now.Add(Backoff(attempts))).SetLastError(cut(a.err.Error(), 500))
	}
	if w.Observe != nil {
		w.Observe(result)
	}
	if err := upd.Exec(ctx); err != nil {
		w.Log.Error("webhooks: recording a delivery", "delivery_id", d.ID, "err", err)
		return
	}
	if a.err == nil {
		if err := w.Client.WebhookEndpoint.UpdateOneID(ep.ID).SetLastSuccessAt(now).Exec(ctx); err != nil && !ent.IsNotFound(err) {
			w.Log.Error("webhooks: recording a success", "endpoint_id", ep.ID, "err", err)
		}
		return
	}
	w.Log.Warn("webhooks: delivery failed", "delivery_id", d.ID, "endpoint_id", d.EndpointID, "attempt", attempts, "final", final, "err", a.err)
	if final && ep != nil && ep.Enabled && (ep.LastSuccessAt == nil || ep.LastSuccessAt.Before(d.CreatedAt)) && attempts >= MaxAttempts {
		if err := w.disable(ctx, ep); err != nil {
			w.Log.Error("webhooks: disabling an endpoint", "endpoint_id", ep.ID, "err", err)
		}
	}
}

// disable turns off an endpoint that failed every attempt at an event for
// the whole retry schedule (more than a day) without a success since, and
// tells its owner by email, in the same transaction.
func (w *Worker) disable(ctx context.Context, ep *ent.WebhookEndpoint) error {
	return w.Outbox.InTx(ctx, w.Client, func(tx *ent.Client, send mail.Send) error {
		n, err := tx.WebhookEndpoint.Update().Where(webhookendpoint.ID(ep.ID), webhookendpoint.Enabled(true)).
			SetEnabled(false).SetDisabledReason("Every delivery failed for more than a day.").Save(ctx)
		if err != nil || n == 0 {
			return err
		}
		owner, err := tx.User.Get(ctx, ep.OwnerID)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		host := ep.URL
		if u, err := url.Parse(ep.URL); err == nil {
			host = u.Host
		}
		link := ""
		if w.Outbox != nil {
			link = w.Outbox.Link("/admin/webhooks", "")
		}
		return send(mail.Email{To: owner.Email, Locale: owner.Locale, Kind: mail.KindWebhookDisabled,
			Data: mail.Data{Name: owner.Name, Email: owner.Email, Endpoint: host, Link: link}})
	})
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return string(bytes.ToValidUTF8([]byte(s[:n]), nil))
}

// Pending counts deliveries not yet made and events not yet fanned out.
func Pending(ctx context.Context, c *ent.Client) (int, error) {
	d, err := c.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).Count(ctx)
	if err != nil {
		return 0, err
	}
	e, err := c.WebhookEvent.Query().Where(webhookevent.Dispatched(false)).Count(ctx)
	return d + e, err
}

// Retention is how long the delivery log and its events are kept.
const Retention = 30 * 24 * time.Hour

// Prune deletes finished deliveries older than Retention, then the events
// no delivery refers to any more that are older than that (an event being
// replayed keeps its new delivery, and so itself).
func (w *Worker) Prune(ctx context.Context) (deliveries, events int, err error) {
	before := w.Now.Now().Add(-Retention)
	deliveries, err = w.Client.WebhookDelivery.Delete().Where(
		webhookdelivery.StatusNEQ(webhookdelivery.StatusPENDING), webhookdelivery.CreatedAtLT(before)).Exec(ctx)
	if err != nil {
		return 0, 0, fmt.Errorf("webhooks: prune deliveries: %w", err)
	}
	events, err = w.Client.WebhookEvent.Delete().Where(
		webhookevent.Dispatched(true), webhookevent.CreatedAtLT(before),
		func(s *entsql.Selector) {
			s.Where(entsql.NotIn(s.C(webhookevent.FieldID),
				entsql.Select(webhookdelivery.FieldEventID).From(entsql.Table(webhookdelivery.Table))))
		}).Exec(ctx)
	if err != nil {
		return deliveries, 0, fmt.Errorf("webhooks: prune events: %w", err)
	}
	return deliveries, events, nil
}
