package webhook_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/webhookdelivery"
	"github.com/latchkey/latchkey/ent/webhookevent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/webhook"
)

// receiver is a real HTTP server in the test process that verifies each
// message and counts them by webhook-id.
type receiver struct {
	*httptest.Server
	secret string
	mu     sync.Mutex
	got    map[string]int
	bodies map[string]string
	down   atomic.Bool
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{got: map[string]int{}, bodies: map[string]string{}}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if r.down.Load() {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		secret := r.secret
		r.mu.Unlock()
		if err := webhook.Verify(secret, req.Header, body, 5*time.Minute, time.Now()); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		r.mu.Lock()
		r.got[req.Header.Get("webhook-id")]++
		r.bodies[req.Header.Get("webhook-id")] = string(body)
		r.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *receiver) counts() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]int{}
	for k, v := range r.got {
		out[k] = v
	}
	return out
}

type fixture struct {
	db     *database.DB
	svc    *webhook.Service
	keys   *keyring.Ring
	admin  webhook.Actor
	now    time.Time
	outbox *mail.Outbox
}

func (f *fixture) clock() time.Time { return f.now }

func newFixture(t *testing.T, db *database.DB) *fixture {
	ctx := context.Background()
	f := &fixture{db: db, keys: keyring.Ephemeral(), now: time.Now()}
	f.svc = &webhook.Service{Client: db.Client, Keys: f.keys, Guard: webhook.Guard{AllowPrivate: true}, Now: f.clock}
	f.outbox = mail.NewOutbox("http://localhost:8080", nil)
	u := newUser(t, db, "admin")
	_ = ctx
	f.admin = webhook.Actor{User: u, Admin: true}
	return f
}

var userSeq atomic.Int64

func newUser(t testing.TB, db *database.DB, name string) *ent.User {
	n := userSeq.Add(1)
	u, err := db.Client.User.Create().SetEmail(fmt.Sprintf("%s%d@example.com", name, n)).
		SetEmailKey(fmt.Sprintf("%s%d@example.com", name, n)).SetUsername(fmt.Sprintf("%s%d", name, n)).
		SetName(name).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func (f *fixture) worker(guard webhook.Guard) *webhook.Worker {
	return &webhook.Worker{Client: f.db.Client, Dialect: f.db.Dialect, Keys: f.keys, HTTP: guard.Client(5 * time.Second),
		Outbox: f.outbox, Now: f.clock, Batch: 50, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// drain runs w until nothing is due.
func drain(t *testing.T, w *webhook.Worker) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		n, err := w.RunOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
	t.Fatal("the worker never ran dry")
}

// change records an audit event that causes a webhook event, in a
// transaction, like every domain change does.
func change(t *testing.T, db *database.DB, e audit.Event, fail bool) {
	t.Helper()
	err := database.WithTx(context.Background(), db.Client, func(tx *ent.Client) error {
		if err := audit.Record(context.Background(), tx, e); err != nil {
			return err
		}
		if fail {
			return errors.New("the change failed")
		}
		return nil
	})
	if fail != (err != nil) {
		t.Fatalf("change: %v", err)
	}
}

func TestAdminRegistersAnEndpointAndReceivesSignedEvents(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		ep, secret, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL + "/hooks", Events: []string{"password.changed"}})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		full, _ := db.Client.WebhookEndpoint.Get(ctx, ep.ID)
		if string(full.Secret) == secret || len(full.Secret) == 0 {
			t.Fatal("the secret is stored readable")
		}
		u := newUser(t, db, "ann")
		change(t, db, audit.Event{Type: audit.PasswordChanged, ActorID: u.ID, SubjectID: u.ID}, false)
		change(t, db, audit.Event{Type: audit.UserUpdated, ActorID: u.ID, SubjectID: u.ID}, false) // not subscribed
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		got := r.counts()
		if len(got) != 1 {
			t.Fatalf("received %v, want one password.changed", got)
		}
		for id := range got {
			if want := fmt.Sprintf(`"data":{"actor_id":"%s","user_id":"%s"}`, u.ID, u.ID); !contains(r.bodies[id], want) || !contains(r.bodies[id], `"type":"password.changed"`) {
				t.Fatalf("body %s", r.bodies[id])
			}
		}
	})
}

func contains(s, sub string) bool {
	return len(s) >= len(sub) && (s == sub || len(sub) == 0 || indexOf(s, sub) >= 0)
}
func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestARolledBackChangeSendsNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		r := newReceiver(t)
		_, secret, err := f.svc.Create(context.Background(), f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		u := newUser(t, db, "bo")
		change(t, db, audit.Event{Type: audit.UserDeleted, ActorID: f.admin.User.ID, SubjectID: u.ID}, true)
		if n, _ := db.Client.WebhookEvent.Query().Count(context.Background()); n != 0 {
			t.Fatalf("%d events written for a change that rolled back", n)
		}
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		if got := r.counts(); len(got) != 0 {
			t.Fatalf("received %v", got)
		}
	})
}

func TestTwoWorkersDeliverEachEventOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		_, secret, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		u := newUser(t, db, "cy")
		const events = 200
		for i := 0; i < events; i++ {
			change(t, db, audit.Event{Type: audit.SessionRevoked, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"session_id": fmt.Sprint(i)}}, false)
		}
		var wg sync.WaitGroup
		for i := 0; i < 2; i++ {
			wg.Add(1)
			go func() { defer wg.Done(); drain(t, f.worker(webhook.Guard{AllowPrivate: true})) }()
		}
		wg.Wait()
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		got := r.counts()
		if len(got) != events {
			t.Fatalf("received %d distinct events, want %d", len(got), events)
		}
		for id, n := range got {
			if n != 1 {
				t.Fatalf("event %s received %d times", id, n)
			}
		}
	})
}

func TestDeliveryResumesAfterAReceiverOutageWithNothingLostOrDoubled(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		_, secret, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		u := newUser(t, db, "dan")
		w := f.worker(webhook.Guard{AllowPrivate: true})
		r.down.Store(true)
		for i := 0; i < 30; i++ {
			change(t, db, audit.Event{Type: audit.AccessTokenCreated, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"token_id": fmt.Sprint("tok_", i)}}, false)
		}
		// Three attempts fail while the receiver is down, hours apart.
		for i := 0; i < 3; i++ {
			drain(t, w)
			f.now = f.now.Add(webhook.Backoff(i + 1))
		}
		if got := r.counts(); len(got) != 0 {
			t.Fatalf("received %v while down", got)
		}
		r.down.Store(false)
		for i := 0; i < 3; i++ { // more events while it comes back
			change(t, db, audit.Event{Type: audit.AccessTokenRevoked, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"token_id": fmt.Sprint("tok_", i)}}, false)
		}
		f.now = f.now.Add(time.Hour)
		drain(t, w)
		got := r.counts()
		if len(got) != 33 {
			t.Fatalf("received %d events, want 33", len(got))
		}
		for id, n := range got {
			if n != 1 {
				t.Fatalf("event %s received %d times", id, n)
			}
		}
		if n, _ := db.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusNEQ(webhookdelivery.StatusDELIVERED)).Count(ctx); n != 0 {
			t.Fatalf("%d deliveries not delivered", n)
		}
	})
}

func TestAnEndpointFailingForADayIsDisabledAndItsOwnerEmailed(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		r.down.Store(true)
		ep, _, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		change(t, db, audit.Event{Type: audit.ForcedSignIn, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		w := f.worker(webhook.Guard{AllowPrivate: true})
		start := f.now
		for i := 1; i <= webhook.MaxAttempts; i++ {
			drain(t, w)
			f.now = f.now.Add(webhook.Backoff(i))
		}
		d, err := db.Client.WebhookDelivery.Query().Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if d.Status != webhookdelivery.StatusFAILED || d.Attempts != webhook.MaxAttempts || d.ResponseStatus == nil || *d.ResponseStatus != 503 {
			t.Fatalf("delivery %+v", d)
		}
		if span := f.now.Sub(start); span < 24*time.Hour {
			t.Fatalf("retries spanned only %s", span)
		}
		if got, _ := db.Client.WebhookEndpoint.Get(ctx, ep.ID); got.Enabled {
			t.Fatal("the endpoint is still enabled")
		}
		m, err := db.Client.OutboxMessage.Query().Where(outboxmessage.Kind(string(mail.KindWebhookDisabled))).Only(ctx)
		if err != nil || m.ToAddress != f.admin.User.Email {
			t.Fatalf("owner's email: %v %v", m, err)
		}
		// Enabled again and replayed, it arrives.
		r.down.Store(false)
		enabled := true
		if _, err := f.svc.Update(ctx, f.admin, webhook.UpdateInput{ID: ep.ID, Enabled: &enabled}); err != nil {
			t.Fatal(err)
		}
		r.secret = "" // set below
		secrets, _ := f.svc.Secrets(mustEndpoint(t, db, ep.ID))
		r.secret = secrets[0]
		if _, err := f.svc.Replay(ctx, f.admin, d.ID); err != nil {
			t.Fatal(err)
		}
		drain(t, w)
		if got := r.counts(); len(got) != 1 {
			t.Fatalf("replay: received %v", got)
		}
	})
}

func mustEndpoint(t *testing.T, db *database.DB, id string) *ent.WebhookEndpoint {
	ep, err := db.Client.WebhookEndpoint.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return ep
}

func TestRotatedSecretsSignWithBothDuringTheOverlap(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		ep, old, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		_, fresh, err := f.svc.Rotate(ctx, f.admin, ep.ID)
		if err != nil || fresh == old {
			t.Fatal(err)
		}
		r.secret = old // an integrator that has not deployed the new secret yet
		change(t, db, audit.Event{Type: audit.PasswordReset, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		w := f.worker(webhook.Guard{AllowPrivate: true})
		drain(t, w)
		if len(r.counts()) != 1 {
			t.Fatal("the old secret stopped working during the overlap")
		}
		f.now = f.now.Add(webhook.RotationOverlap + time.Minute)
		change(t, db, audit.Event{Type: audit.PasswordReset, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		drain(t, w)
		if len(r.counts()) != 1 {
			t.Fatal("the old secret still works after the overlap")
		}
		r.mu.Lock()
		r.secret = fresh
		r.mu.Unlock()
		f.now = f.now.Add(time.Hour)
		drain(t, w)
		if len(r.counts()) != 2 {
			t.Fatal("the new secret does not work")
		}
	})
}

func TestOrganisationManagerSeesOnlyTheirOrganisationsEvents(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		orgA, _ := db.Client.Organization.Create().SetName("A").Save(ctx)
		orgB, _ := db.Client.Organization.Create().SetName("B").Save(ctx)
		mgr := newUser(t, db, "mgr")
		plain := newUser(t, db, "plain")
		db.Client.Membership.Create().SetUserID(mgr.ID).SetOrganizationID(orgA.ID).SetRights([]rights.Right{rights.ManageOrganization}).SaveX(ctx)
		db.Client.Membership.Create().SetUserID(plain.ID).SetOrganizationID(orgA.ID).SetRights([]rights.Right{rights.ViewOrders}).SaveX(ctx)
		m := webhook.Actor{User: mgr}
		r := newReceiver(t)
		if _, _, err := f.svc.Create(ctx, m, webhook.CreateInput{URL: r.URL}); !errors.Is(err, webhook.ErrForbidden) {
			t.Fatalf("a manager registered a global endpoint: %v", err)
		}
		if _, _, err := f.svc.Create(ctx, m, webhook.CreateInput{URL: r.URL, OrganizationID: orgB.ID}); !errors.Is(err, webhook.ErrForbidden) {
			t.Fatalf("a manager registered an endpoint for another organisation: %v", err)
		}
		if _, _, err := f.svc.Create(ctx, webhook.Actor{User: plain}, webhook.CreateInput{URL: r.URL, OrganizationID: orgA.ID}); !errors.Is(err, webhook.ErrForbidden) {
			t.Fatalf("a member without MANAGE_ORGANIZATION registered an endpoint: %v", err)
		}
		ep, secret, err := f.svc.Create(ctx, m, webhook.CreateInput{URL: r.URL, OrganizationID: orgA.ID})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		other, _, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL, OrganizationID: orgB.ID})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Get(ctx, m, other.ID); !errors.Is(err, webhook.ErrNotFound) {
			t.Fatalf("a manager reached another organisation's endpoint: %v", err)
		}
		p, _ := f.svc.Visible(ctx, m)
		if ids := db.Client.WebhookEndpoint.Query().Where(p).IDsX(ctx); len(ids) != 1 || ids[0] != ep.ID {
			t.Fatalf("a manager lists %v", ids)
		}
		u := newUser(t, db, "member")
		change(t, db, audit.Event{Type: audit.MemberRemoved, ActorID: f.admin.User.ID, SubjectID: orgB.ID, Details: map[string]string{"user_id": u.ID, "membership_id": "mem_b"}}, false)
		change(t, db, audit.Event{Type: audit.PasswordChanged, ActorID: u.ID, SubjectID: u.ID}, false)
		change(t, db, audit.Event{Type: audit.MemberRemoved, ActorID: f.admin.User.ID, SubjectID: orgA.ID, Details: map[string]string{"user_id": u.ID, "membership_id": "mem_a"}}, false)
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		got := r.counts()
		if len(got) != 1 {
			t.Fatalf("the organisation's endpoint received %d events, want only its own membership.removed", len(got))
		}
		for id := range got {
			if !contains(r.bodies[id], orgA.ID) || contains(r.bodies[id], orgB.ID) {
				t.Fatalf("body %s", r.bodies[id])
			}
		}
	})
}

func TestSSRFAddressesAreRefusedByDefault(t *testing.T) {
	tests := []struct {
		addr         string
		def, private bool // allowed by default, allowed with --webhook-allow-private
	}{
		{"93.184.215.14", true, true},
		{"2606:2800:21f:cb07:6820:80da:af6b:8b2c", true, true},
		{"127.0.0.1", false, true},
		{"::1", false, true},
		{"::ffff:127.0.0.1", false, true},
		{"10.1.2.3", false, true},
		{"172.16.0.1", false, true},
		{"192.168.1.1", false, true},
		{"fc00::1", false, true},
		{"169.254.10.1", false, true},
		{"fe80::1", false, true},
		{"169.254.169.254", false, false},
		{"fd00:ec2::254", false, false},
		{"0.0.0.0", false, false},
		{"100.64.0.1", false, false},
		{"224.0.0.1", false, false},
		{"64:ff9b::7f00:1", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			ip := netip.MustParseAddr(tt.addr)
			if got := (webhook.Guard{}).Check(ip) == nil; got != tt.def {
				t.Errorf("default: allowed=%v, want %v", got, tt.def)
			}
			if got := (webhook.Guard{AllowPrivate: true}).Check(ip) == nil; got != tt.private {
				t.Errorf("allow-private: allowed=%v, want %v", got, tt.private)
			}
		})
	}
	urls := []struct {
		url string
		ok  bool
	}{
		{"https://hooks.example.com/latchkey", true},
		{"http://hooks.example.com/latchkey", false},
		{"https://127.0.0.1/x", false},
		{"https://[::1]/x", false},
		{"https://169.254.169.254/latest/meta-data", false},
		{"https://user:pass@hooks.example.com/", false},
		{"ftp://hooks.example.com/", false},
		{"/relative", false},
	}
	for _, u := range urls {
		if _, err := (webhook.Guard{}).CheckURL(u.url); (err == nil) != u.ok {
			t.Errorf("CheckURL(%s) = %v", u.url, err)
		}
	}
}

func TestAHostnameResolvingToLoopbackIsRefusedWhenDialled(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		f.svc.Guard = webhook.Guard{} // production default
		var hits atomic.Int64
		srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { hits.Add(1) }))
		defer srv.Close()
		// The name passes the check of the URL (it is not an address), as a
		// name the attacker controls would; it resolves to 127.0.0.1.
		u := "https://localhost:" + srv.URL[len("https://127.0.0.1:"):] + "/"
		if _, _, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: u}); err != nil {
			t.Fatal(err)
		}
		change(t, db, audit.Event{Type: audit.UserDeleted, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		drain(t, f.worker(webhook.Guard{}))
		d := db.Client.WebhookDelivery.Query().OnlyX(ctx)
		if hits.Load() != 0 || d.Status == webhookdelivery.StatusDELIVERED || !contains(d.LastError, "not a public one") {
			t.Fatalf("hits %d, delivery %+v", hits.Load(), d)
		}
	})
}

func TestRedirectsAreNotFollowed(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		var inner atomic.Int64
		target := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { inner.Add(1) }))
		defer target.Close()
		redirect := httptest.NewServer(http.RedirectHandler(target.URL, http.StatusTemporaryRedirect))
		defer redirect.Close()
		if _, _, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: redirect.URL}); err != nil {
			t.Fatal(err)
		}
		change(t, db, audit.Event{Type: audit.UserDeleted, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		d := db.Client.WebhookDelivery.Query().OnlyX(ctx)
		if inner.Load() != 0 || d.ResponseStatus == nil || *d.ResponseStatus != http.StatusTemporaryRedirect || d.Status != webhookdelivery.StatusPENDING {
			t.Fatalf("followed a redirect: inner %d, delivery %+v", inner.Load(), d)
		}
	})
}

func TestTestEventGoesToTheOneEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		a, b := newReceiver(t), newReceiver(t)
		ea, sa, _ := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: a.URL})
		_, sb, _ := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: b.URL})
		a.secret, b.secret = sa, sb
		if _, err := f.svc.SendTest(ctx, f.admin, ea.ID); err != nil {
			t.Fatal(err)
		}
		drain(t, f.worker(webhook.Guard{AllowPrivate: true}))
		if len(a.counts()) != 1 || len(b.counts()) != 0 {
			t.Fatalf("a %v b %v", a.counts(), b.counts())
		}
		if n := db.Client.WebhookEvent.Query().Where(webhookevent.Type("webhook.test")).CountX(ctx); n != 1 {
			t.Fatal(n)
		}
	})
}

func TestOldDeliveriesAndEventsArePrunedButNotAPendingReplay(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		f := newFixture(t, db)
		r := newReceiver(t)
		_, secret, err := f.svc.Create(ctx, f.admin, webhook.CreateInput{URL: r.URL})
		if err != nil {
			t.Fatal(err)
		}
		r.secret = secret
		change(t, db, audit.Event{Type: audit.UserDeleted, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		change(t, db, audit.Event{Type: audit.UserDeleted, ActorID: f.admin.User.ID, SubjectID: f.admin.User.ID}, false)
		w := f.worker(webhook.Guard{AllowPrivate: true})
		drain(t, w)
		ds := db.Client.WebhookDelivery.Query().AllX(ctx)
		if len(ds) != 2 {
			t.Fatalf("%d deliveries", len(ds))
		}
		f.now = f.now.Add(webhook.Retention + time.Hour)
		if _, err := f.svc.Replay(ctx, f.admin, ds[0].ID); err != nil { // pending, keeps its event
			t.Fatal(err)
		}
		nd, ne, err := w.Prune(ctx)
		if err != nil || nd != 2 || ne != 1 {
			t.Fatalf("pruned %d deliveries, %d events: %v", nd, ne, err)
		}
		drain(t, w)
		if n := db.Client.WebhookDelivery.Query().Where(webhookdelivery.StatusEQ(webhookdelivery.StatusDELIVERED)).CountX(ctx); n != 1 {
			t.Fatalf("the replay was not delivered: %d", n)
		}
	})
}
