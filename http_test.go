package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestGraphQLRefusesUnsafeRequestShapes(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "gina@example.com", "gina", false)
	signIn := `mutation { signIn(input: {login: "gina", password: "` + goodPassword + `"}) { user { id } } }`
	mp := &bytes.Buffer{}
	mw := multipart.NewWriter(mp)
	mw.WriteField("operations", `{"query":"`+strings.ReplaceAll(signIn, `"`, `\"`)+`"}`)
	mw.Close()
	deep := "{ me { id } " + strings.Repeat("me { id } ", 3000) + "}"

	tests := []struct {
		name        string
		method      string
		contentType string
		body        string
		query       string
		wantStatus  int
	}{
		{"mutation over GET", "GET", "", "", "query=" + url.QueryEscape(signIn), http.StatusNotAcceptable},
		{"form-encoded body", "POST", "application/x-www-form-urlencoded", "query=" + url.QueryEscape(signIn), "", http.StatusBadRequest},
		{"multipart body", "POST", mw.FormDataContentType(), mp.String(), "", http.StatusBadRequest},
		{"text/plain body (a CSRF form trick)", "POST", "text/plain", `{"query":"` + strings.ReplaceAll(signIn, `"`, `\"`) + `"}`, "", http.StatusBadRequest},
		{"JSON array batch", "POST", "application/json", `[{"query":"` + strings.ReplaceAll(signIn, `"`, `\"`) + `"}]`, "", http.StatusBadRequest},
		{"too many query tokens", "POST", "application/json", `{"query":"` + deep + `"}`, "", http.StatusUnprocessableEntity},
		{"malformed JSON", "POST", "application/json", `{"query":`, "", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ta.srv.URL+"/graphql?"+tt.query, strings.NewReader(tt.body))
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			br := ta.browser(t)
			resp := br.send(req)
			if resp.Status != tt.wantStatus {
				t.Fatalf("status %d, want %d: %.300s", resp.Status, tt.wantStatus, resp.Raw)
			}
			if br.cookie(session.CookieName) != nil {
				t.Fatal("a refused request signed in")
			}
		})
	}

	t.Run("queries over GET work", func(t *testing.T) {
		br := ta.signedIn(t, "gina")
		req, _ := http.NewRequest("GET", ta.srv.URL+"/graphql?query="+url.QueryEscape("{ me { email } }"), nil)
		resp := br.send(req)
		if resp.Status != 200 || !strings.Contains(resp.Raw, "gina@example.com") {
			t.Fatalf("GET query: %d %s", resp.Status, resp.Raw)
		}
	})
}

func TestTenMegabyteBodyIsRefusedBeforeItIsRead(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	const size = 10 << 20
	counted := &countingReader{r: io.LimitReader(zeroes{}, size)}
	req, _ := http.NewRequest("POST", ta.srv.URL+"/graphql", counted)
	req.ContentLength = size
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		// The server may close the connection while the client still
		// sends; that is a refusal too, as long as it did not read it all.
		t.Logf("client error (server closed early): %v", err)
	} else {
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", resp.StatusCode)
		}
	}
	if counted.n >= size {
		t.Fatalf("the whole 10 MB body was sent and read")
	}

	t.Run("without a declared length it is cut off at the limit", func(t *testing.T) {
		body := `{"query":"{ me { id } }","variables":{"x":"` + strings.Repeat("a", 2<<20) + `"}}`
		req, _ := http.NewRequest("POST", ta.srv.URL+"/graphql", io.MultiReader(strings.NewReader(body)))
		req.ContentLength = -1
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode < 400 || resp.StatusCode >= 500 {
			t.Fatalf("status %d, want a 4xx refusal", resp.StatusCode)
		}
	})
}

type zeroes struct{}

func (zeroes) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestCrossSiteCookieRequestsAreRefused(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "hana@example.com", "hana", false)
	const signOut = `mutation { signOut { userErrors { code } } }`
	tests := []struct {
		name    string
		headers []string
		status  int
	}{
		{"cross-site fetch metadata", []string{"Sec-Fetch-Site", "cross-site"}, 403},
		{"same-site but other origin", []string{"Sec-Fetch-Site", "same-site"}, 403},
		{"foreign Origin without fetch metadata", []string{"Origin", "https://evil.example"}, 403},
		{"same-origin fetch metadata", []string{"Sec-Fetch-Site", "same-origin"}, 200},
		{"the public origin", []string{"Origin", "http://localhost:8080"}, 200},
		{"a non-browser client (no Origin, no fetch metadata)", nil, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := ta.signedIn(t, "hana")
			resp := br.gql(signOut, nil, tt.headers...)
			if resp.Status != tt.status {
				t.Fatalf("status %d, want %d: %s", resp.Status, tt.status, resp.Raw)
			}
			stillSignedIn := br.me() != nil
			if stillSignedIn != (tt.status == 403) {
				t.Fatalf("signed in after the request = %v", stillSignedIn)
			}
		})
	}
	t.Run("bearer requests are not subject to the cookie check", func(t *testing.T) {
		resp := ta.browser(t).gql(`{ me { id } }`, nil, "Sec-Fetch-Site", "cross-site", "Authorization", "Bearer lk_at_unknown")
		if resp.Status != http.StatusUnauthorized {
			t.Fatalf("status %d, want 401 from the token check, not 403 from CSRF", resp.Status)
		}
	})
}

func TestEveryResponseCarriesSecurityHeaders(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	for _, path := range []string{"/", "/sign-in", "/reset-password?token=x", "/graphql?query=%7Bme%7Bid%7D%7D", "/healthz", "/readyz", "/nope.js"} {
		t.Run(path, func(t *testing.T) {
			resp, err := http.Get(ta.srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			h := resp.Header
			csp := h.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "script-src 'self'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %q", csp, want)
				}
			}
			if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") || strings.Contains(csp, "*") {
				t.Errorf("CSP allows more than the own origin: %q", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("nosniff/referrer headers: %q %q", h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
			}
		})
	}
}

func TestWebAppIsServedWithClientSideRoutes(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	index, err := http.Get(ta.srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	indexBody, _ := io.ReadAll(index.Body)
	index.Body.Close()
	tests := []struct {
		name, path string
		status     int
		isIndex    bool
	}{
		{"root", "/", 200, true},
		{"deep link with a token", "/reset-password?token=abc", 200, true},
		{"nested client route", "/admin/users/usr_1", 200, true},
		{"missing asset", "/assets/missing-123.js", 404, false},
		{"path traversal", "/../../etc/passwd", 200, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Get(ta.srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.isIndex && !bytes.Equal(body, indexBody) {
				t.Fatalf("expected index.html, got %.100q", body)
			}
			if tt.isIndex && resp.Header.Get("Cache-Control") != "no-cache" {
				t.Fatalf("index.html must not be cached: %q", resp.Header.Get("Cache-Control"))
			}
		})
	}
	t.Run("writes to the app are refused", func(t *testing.T) {
		resp, err := http.Post(ta.srv.URL+"/sign-in", "text/plain", strings.NewReader("x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("status %d", resp.StatusCode)
		}
	})
}

func TestHealthAndReadiness(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		for _, path := range []string{"/healthz", "/readyz"} {
			resp, err := http.Get(ta.srv.URL + path)
			if err != nil || resp.StatusCode != 200 {
				t.Fatalf("%s: %v %v", path, resp.StatusCode, err)
			}
			resp.Body.Close()
		}
		ta.db.SQL.Close()
		resp, err := http.Get(ta.srv.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Fatalf("/readyz with the database gone: %d, want 503", resp.StatusCode)
		}
		if resp, _ := http.Get(ta.srv.URL + "/healthz"); resp.StatusCode != 200 {
			t.Fatalf("/healthz should stay up: %d", resp.StatusCode)
		}
	})
}

func TestAMalformedBodyIsNotEchoedBack(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	req, _ := http.NewRequest("POST", ta.srv.URL+"/graphql", strings.NewReader(`[{"query":"mutation{signIn(input:{login:\"x\",password:\"My-Secret-Pass1\"}){user{id}}}"}]`))
	req.Header.Set("Content-Type", "application/json")
	resp := ta.browser(t).send(req)
	if resp.Status != http.StatusBadRequest || strings.Contains(resp.Raw, "My-Secret-Pass1") || resp.code() != "INVALID_INPUT" {
		t.Fatalf("status %d: %s", resp.Status, resp.Raw)
	}
}

func TestMetricsCountRequestsSignInsAndTheOutbox(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "mia@example.com", "mia", false)
	br := ta.signedIn(t, "mia")
	br.signIn("mia", "Wrong-Horse-9")
	br.gql(`mutation { requestReset(input: {login: "mia"}) { userErrors { code } } }`, nil)
	ta.background.Wait()
	http.Get(ta.srv.URL + "/some/unknown/path?with=query")
	resp, err := http.Get(ta.srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	text := string(body)
	for _, want := range []string{
		`latchkey_sign_ins_total{outcome="success"} 1`,
		`latchkey_sign_ins_total{outcome="invalid_credentials"} 1`,
		`latchkey_reset_requests_total 1`,
		`latchkey_graphql_operations_total{field="signIn",result="ok"} 2`,
		`latchkey_http_requests_total{route="POST /graphql",status="200"}`,
		`latchkey_http_requests_total{route="/",status="200"}`,
		`latchkey_outbox_pending 1`,
		`latchkey_password_hashes_running 0`,
		`latchkey_http_request_duration_seconds_bucket{route="POST /graphql"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(text, "unknown/path") {
		t.Error("a request path leaked into a metric label")
	}
}

func TestThePlaygroundIsForSignedInAdmins(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "root@example.com", "root", true)
	ta.createUser(t, "user@example.com", "user", false)
	tests := []struct {
		name, login string
		status      int
	}{
		{"anonymous visitors are sent to sign in", "", http.StatusSeeOther},
		{"ordinary users are refused", "user", http.StatusForbidden},
		{"admins get GraphiQL", "root", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := ta.browser(t)
			if tt.login != "" {
				br.mustSignIn(tt.login, goodPassword)
			}
			resp, err := br.c.Get(ta.srv.URL + "/playground")
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			if tt.status == http.StatusSeeOther && resp.Header.Get("Location") != "/sign-in?next=%2Fplayground" {
				t.Fatalf("redirect to %q", resp.Header.Get("Location"))
			}
			if tt.status == http.StatusOK {
				page := string(body)
				if strings.Contains(page, "https://") || strings.Contains(page, "//cdn") || strings.Contains(page, "unpkg") || strings.Contains(page, "jsdelivr") {
					t.Fatalf("the playground loads something from elsewhere:\n%s", page)
				}
			}
		})
	}
}
