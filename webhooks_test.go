package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/webhookevent"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/webhook"
)

// whReceiver is an integrator's endpoint in the test process.
type whReceiver struct {
	*httptest.Server
	mu     sync.Mutex
	secret string
	bodies []string
}

func whStart(t *testing.T) *whReceiver {
	r := &whReceiver{}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		if err := webhook.Verify(r.secret, req.Header, body, 5*time.Minute, time.Now()); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		r.bodies = append(r.bodies, string(body))
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *whReceiver) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.bodies...)
}

func whDrain(t *testing.T, ta *testApp) {
	t.Helper()
	for i := 0; i < 100; i++ {
		n, err := ta.webhooks.RunOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
	}
}

const whCreate = `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { endpoint { id url events enabled } secret userErrors { code field } } }`

type whCreated struct {
	CreateWebhookEndpoint struct {
		Endpoint *struct {
			ID, URL string
			Events  []string
			Enabled bool
		}
		Secret *string
	}
}

func TestWebhookAdminRegistersAnEndpointAndANewAccountArrivesSigned(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--webhook-allow-private")
		ta.noClientLimit(t)
		ta.createUser(t, "root@example.com", "root", true)
		admin := ta.signedIn(t, "root")
		r := whStart(t)
		resp := admin.gql(whCreate, map[string]any{"in": map[string]any{"url": r.URL + "/in", "events": []string{"user.created", "access_token.created"}, "description": "CRM"}})
		wantUserError(t, resp, "createWebhookEndpoint", "")
		var c whCreated
		resp.into(t, &c)
		if c.CreateWebhookEndpoint.Secret == nil || !strings.HasPrefix(*c.CreateWebhookEndpoint.Secret, "whsec_") || !c.CreateWebhookEndpoint.Endpoint.Enabled {
			t.Fatalf("created %s", resp.Raw)
		}
		r.secret = *c.CreateWebhookEndpoint.Secret

		id := ta.createUser(t, "ann@example.com", "ann", false)
		// An access token made through the API: its event names the token
		// by ID and never carries the token.
		tokResp := admin.gql(`mutation { createAccessToken(input: {name: "crm"}) { token userErrors { code } } }`, nil)
		var tok struct{ CreateAccessToken struct{ Token string } }
		tokResp.into(t, &tok)
		whDrain(t, ta)
		got := r.got()
		slices.Sort(got) // delivery order is not promised; "access_token…" sorts before "user…"
		if len(got) == 2 {
			got[0], got[1] = got[1], got[0]
		}
		if len(got) != 2 || !strings.Contains(got[0], `"type":"user.created"`) || !strings.Contains(got[0], id) {
			t.Fatalf("received %v", got)
		}
		if tok.CreateAccessToken.Token == "" || strings.Contains(got[1], tok.CreateAccessToken.Token) || !strings.Contains(got[1], `"access_token_id"`) {
			t.Fatalf("token event %s", got[1])
		}
		for _, body := range got {
			if strings.Contains(body, "ann@example.com") || strings.Contains(body, "hash") {
				t.Fatalf("a payload carries personal or secret data: %s", body)
			}
		}
		// The delivery log shows it.
		log := admin.gql(`query { webhookEndpoints(first: 10) { edges { node { id deliveries(first: 10) { totalCount edges { node { eventType status attempts responseStatus durationMs } } } } } } }`, nil)
		if !strings.Contains(log.Raw, `"totalCount":2`) || !strings.Contains(log.Raw, `"status":"DELIVERED"`) || !strings.Contains(log.Raw, `"responseStatus":200`) {
			t.Fatalf("delivery log %s", log.Raw)
		}
	})
}

func TestWebhookSecretIsNotReadableFromTheDatabaseFile(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite, "--webhook-allow-private")
	ta.noClientLimit(t)
	ta.createUser(t, "root@example.com", "root", true)
	admin := ta.signedIn(t, "root")
	resp := admin.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/x"}})
	var c whCreated
	resp.into(t, &c)
	secret := *c.CreateWebhookEndpoint.Secret
	rot := admin.gql(`mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret endpoint { previousSecretExpiresAt } userErrors { code } } }`, map[string]any{"id": c.CreateWebhookEndpoint.Endpoint.ID})
	wantUserError(t, rot, "rotateWebhookSecret", "")
	var path string
	if err := ta.db.SQL.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&path); err != nil {
		t.Fatal(err)
	}
	ta.db.SQL.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`) //nolint:errcheck
	for _, p := range []string{path, path + "-wal"} {
		data, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		key := strings.TrimPrefix(secret, "whsec_")
		if bytes.Contains(data, []byte(key)) || bytes.Contains(data, []byte("whsec_")) {
			t.Fatalf("%s holds a signing secret in clear", p)
		}
	}
}

func TestWebhookOrganisationManagerCannotReachAnotherOrganisationsEndpoints(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		mgrID := ta.createUser(t, "mgr@example.com", "mgr", false)
		plainID := ta.createUser(t, "plain@example.com", "plain", false)
		admin := ta.signedIn(t, "root")
		orgA := orgCreate(t, admin, "Bistro")
		orgB := orgCreate(t, admin, "Other Place")
		ta.db.Client.Membership.Create().SetUserID(mgrID).SetOrganizationID(orgA).SetRights(orgRights([]string{"MANAGE_ORGANIZATION"})).SaveX(ctx)
		ta.db.Client.Membership.Create().SetUserID(plainID).SetOrganizationID(orgA).SetRights(orgRights([]string{"VIEW_ORDERS"})).SaveX(ctx)
		mgr := ta.signedIn(t, "mgr")
		plain := ta.signedIn(t, "plain")

		resp := admin.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://b.example.com/hook", "organizationId": orgB}})
		var other whCreated
		resp.into(t, &other)
		otherID := other.CreateWebhookEndpoint.Endpoint.ID

		wantTopLevel(t, mgr.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://a.example.com/hook"}}), "FORBIDDEN")
		wantTopLevel(t, mgr.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://a.example.com/hook", "organizationId": orgB}}), "FORBIDDEN")
		wantTopLevel(t, plain.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://a.example.com/hook", "organizationId": orgA}}), "FORBIDDEN")
		wantUserError(t, mgr.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://a.example.com/hook", "organizationId": orgA}}), "createWebhookEndpoint", "")

		list := mgr.gql(`query { webhookEndpoints(first: 50) { totalCount edges { node { id url } } } }`, nil)
		if !strings.Contains(list.Raw, `"totalCount":1`) || strings.Contains(list.Raw, otherID) {
			t.Fatalf("a manager lists %s", list.Raw)
		}
		for _, m := range []string{
			`mutation($id: ID!) { updateWebhookEndpoint(input: {id: $id, url: "https://evil.example.com/"}) { userErrors { code } } }`,
			`mutation($id: ID!) { rotateWebhookSecret(input: {id: $id}) { secret userErrors { code } } }`,
			`mutation($id: ID!) { deleteWebhookEndpoint(input: {id: $id}) { userErrors { code } } }`,
			`mutation($id: ID!) { sendTestWebhookEvent(input: {id: $id}) { userErrors { code } } }`,
		} {
			resp := mgr.gql(m, map[string]any{"id": otherID})
			if !strings.Contains(resp.Raw, `"code":"NOT_FOUND"`) || strings.Contains(resp.Raw, "whsec_") {
				t.Fatalf("%s: %s", m, resp.Raw)
			}
		}
		if n := ta.db.Client.WebhookEvent.Query().Where(webhookevent.Type("webhook.test")).CountX(ctx); n != 0 {
			t.Fatalf("%d test events sent to another organisation's endpoint", n)
		}
		if got := ta.db.Client.WebhookEndpoint.GetX(ctx, otherID); got.URL != "https://b.example.com/hook" {
			t.Fatalf("the URL changed to %s", got.URL)
		}
		node := mgr.gql(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": otherID})
		if strings.Contains(node.Raw, otherID) {
			t.Fatalf("node() shows it: %s", node.Raw)
		}
	})
}

func TestWebhookEndpointsOnInternalAddressesAreRefused(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "root@example.com", "root", true)
	admin := ta.signedIn(t, "root")
	for _, u := range []string{"https://127.0.0.1/hook", "https://[::1]/hook", "https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hook", "http://hooks.example.com/", "file:///etc/passwd"} {
		wantUserError(t, admin.gql(whCreate, map[string]any{"in": map[string]any{"url": u}}), "createWebhookEndpoint", "INVALID_INPUT")
	}
	wantUserError(t, admin.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/", "events": []string{"user.exploded"}}}), "createWebhookEndpoint", "INVALID_INPUT")
	if n := ta.db.Client.WebhookEndpoint.Query().CountX(context.Background()); n != 0 {
		t.Fatalf("%d endpoints made from refused input", n)
	}
}

func TestWebhookDeliveryLogPagesAreCappedLikeEveryList(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "root@example.com", "root", true)
	admin := ta.signedIn(t, "root")
	wantUserError(t, admin.gql(whCreate, map[string]any{"in": map[string]any{"url": "https://hooks.example.com/"}}), "createWebhookEndpoint", "")
	resp := admin.gql(`query { webhookEndpoints(first: 1) { edges { node { deliveries(first: 100000) { totalCount } } } } }`, nil)
	if !strings.Contains(resp.Raw, "INVALID_INPUT") {
		t.Fatalf("a page of 100,000 deliveries was accepted: %s", resp.Raw)
	}
}
