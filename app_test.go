package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/testdb"
)

// testApp is the whole service behind a real HTTP server, on a fresh
// database of one backend.
type testApp struct {
	*app
	srv  *httptest.Server
	logs *syncBuffer
	cfg  *config
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func testConfig(t testing.TB, b testdb.Backend, args ...string) *config {
	t.Helper()
	args = append([]string{"--database", testdb.URL(t, b)}, withSecretKey(b, args)...)
	cfg, err := parseServeConfig(args, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func newTestApp(t testing.TB, b testdb.Backend, args ...string) *testApp {
	t.Helper()
	cfg := testConfig(t, b, args...)
	logs := &syncBuffer{}
	log := slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := newApp(context.Background(), cfg, log, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.handler)
	ctx, cancel := context.WithCancel(context.Background())
	workerDone := make(chan struct{})
	if a.worker != nil {
		a.worker.Poll = 50 * time.Millisecond
		go func() { defer close(workerDone); a.worker.Run(ctx) }()
	} else {
		close(workerDone)
	}
	t.Cleanup(func() {
		srv.Close()
		a.background.Wait()
		cancel()
		<-workerDone
		a.db.Close()
	})
	return &testApp{app: a, srv: srv, logs: logs, cfg: cfg}
}

// eachBackend runs fn on SQLite and PostgreSQL.
func eachBackend(t *testing.T, fn func(t *testing.T, b testdb.Backend)) {
	for _, b := range testdb.Backends(t) {
		t.Run(string(b), func(t *testing.T) { fn(t, b) })
	}
}

const goodPassword = "Correct-Horse-9"

func (ta *testApp) createUser(t testing.TB, email, username string, admin bool) string {
	t.Helper()
	u, err := ta.accounts.CreateUser(context.Background(), account.NewUser{Email: email, Username: username, Name: strings.ToUpper(username[:1]) + username[1:], Admin: admin, Password: goodPassword})
	if err != nil {
		t.Fatalf("create user %s: %v", email, err)
	}
	return u.ID
}

// browser is an HTTP client with its own cookie jar, like one browser.
type browser struct {
	t    testing.TB
	base string
	c    *http.Client
}

func (ta *testApp) browser(t testing.TB) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: ta.srv.URL, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Status int
	Header http.Header
	Raw    string
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// into decodes data into v.
func (r *gqlResponse) into(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %s", r.Raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Raw, err)
	}
}

func (b *browser) gql(query string, vars map[string]any, headers ...string) *gqlResponse {
	b.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", b.base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return b.send(req)
}

func (b *browser) send(req *http.Request) *gqlResponse {
	b.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := &gqlResponse{Status: resp.StatusCode, Header: resp.Header, Raw: string(raw)}
	json.Unmarshal(raw, out)
	return out
}

const signInMutation = `mutation($login: String!, $password: String!) {
  signIn(input: {login: $login, password: $password}) {
    user { id email username role }
    mustChangePassword
    userErrors { code field message }
  }
}`

type userErrorJSON struct {
	Code    string   `json:"code"`
	Field   []string `json:"field"`
	Message string   `json:"message"`
}

type signInResult struct {
	SignIn struct {
		User *struct {
			ID, Email, Username, Role string
		} `json:"user"`
		MustChangePassword bool            `json:"mustChangePassword"`
		UserErrors         []userErrorJSON `json:"userErrors"`
	} `json:"signIn"`
}

func (b *browser) signIn(login, pw string) signInResult {
	b.t.Helper()
	var out signInResult
	b.gql(signInMutation, map[string]any{"login": login, "password": pw}).into(b.t, &out)
	return out
}

func (b *browser) mustSignIn(login, pw string) {
	b.t.Helper()
	if r := b.signIn(login, pw); r.SignIn.User == nil {
		b.t.Fatalf("sign in as %s failed: %+v", login, r.SignIn.UserErrors)
	}
}

func (b *browser) me() *struct{ ID, Email string } {
	b.t.Helper()
	var out struct {
		Me *struct{ ID, Email string } `json:"me"`
	}
	b.gql(`{ me { id email } }`, nil).into(b.t, &out)
	return out.Me
}

func (b *browser) cookie(name string) *http.Cookie {
	req, _ := http.NewRequest("GET", b.base, nil)
	for _, c := range b.c.Jar.Cookies(req.URL) {
		if c.Name == name {
			return c
		}
	}
	return nil
}
