package main

// The test kit, part one: starting the service and changing its database
// directly. kit_gql_test.go talks to it as a browser or an integrator would;
// kit_mail_test.go reads what it sends. Every test of this package starts
// from these three files; a helper that two test files need belongs here.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

// goodPassword is the password of every account createUser makes.
const goodPassword = "Correct-Horse-9"

// newPassword is a password every policy accepts, different from
// goodPassword.
const newPassword = "Brand-New-Pass-42"

// testApp is the whole service behind a real HTTP server, on a fresh
// database of one backend.
type testApp struct {
	*app
	srv  *httptest.Server
	logs *syncBuffer
	cfg  *config // what it was started with (the CLI tests run commands on the same database and key)
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

// eachBackend runs fn on SQLite and PostgreSQL.
func eachBackend(t *testing.T, fn func(t *testing.T, b testdb.Backend)) {
	for _, b := range testdb.Backends(t) {
		t.Run(string(b), func(t *testing.T) { fn(t, b) })
	}
}

// eachBackendAtOnce is eachBackend with both backends' runs side by side:
// for a long test whose halves wait on different things (SQLite's single
// writer, PostgreSQL's round trips, the hashes on the CPUs).
func eachBackendAtOnce(t *testing.T, fn func(t *testing.T, b testdb.Backend)) {
	for _, b := range testdb.Backends(t) {
		t.Run(string(b), func(t *testing.T) {
			t.Parallel()
			fn(t, b)
		})
	}
}

// benchBackend is LATCHKEY_BENCH_BACKEND: "postgres" runs the benchmarks
// on PostgreSQL instead of SQLite.
func benchBackend() testdb.Backend {
	if os.Getenv("LATCHKEY_BENCH_BACKEND") == "postgres" {
		return testdb.Postgres
	}
	return testdb.SQLite
}

// testSecretKey is the key PostgreSQL test apps are started with (it is
// required there); SQLite apps create theirs beside the database.
const testSecretKey = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="

// withSecretKey adds --secret-key for PostgreSQL unless args name a key.
func withSecretKey(b testdb.Backend, args []string) []string {
	if b != testdb.Postgres || slices.Contains(args, "--secret-key") || slices.Contains(args, "--secret-key-file") {
		return args
	}
	return append([]string{"--secret-key", testSecretKey}, args...)
}

// testConfig is the configuration of a test app on a fresh database.
// quietFlags come before every test's own flags: no proof of work unless a
// test turns it on (challenge_test.go), and anonymous requests wait their
// turn as long as the tests' floods take.
var quietFlags = []string{"--challenge-pressure", "0", "--challenge-after-failures", "0", "--anonymous-wait", "60s"}

func testConfig(t testing.TB, b testdb.Backend, args ...string) *config {
	t.Helper()
	args = append(append([]string{"--database", testdb.URL(t, b)}, quietFlags...), withSecretKey(b, args)...)
	cfg, err := parseServeConfig(args, func(string) string { return "" }, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// newTestApp starts the service on a fresh database; args are serve's flags.
func newTestApp(t testing.TB, b testdb.Backend, args ...string) *testApp {
	t.Helper()
	return startApp(t, testConfig(t, b, args...))
}

// startApp runs the service of cfg behind an HTTP server, with its mail
// worker, until the test ends; the logs (debug level) are kept.
func startApp(t testing.TB, cfg *config) *testApp {
	t.Helper()
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

// newMailApp is a test app that delivers through an in-process SMTP server.
func newMailApp(t testing.TB, b testdb.Backend, args ...string) (*testApp, *mailtest.Server) {
	t.Helper()
	smtp := mailtest.Start(t)
	ta := newTestApp(t, b, append([]string{"--smtp", smtp.URL()}, args...)...)
	return ta, smtp
}

// createUser makes an account with goodPassword and returns its ID.
func (ta *testApp) createUser(t testing.TB, email, username string, admin bool) string {
	t.Helper()
	u, err := ta.accounts.CreateUser(context.Background(), account.NewUser{Email: email, Username: username, Name: strings.ToUpper(username[:1]) + username[1:], Admin: admin, Password: goodPassword})
	if err != nil {
		t.Fatalf("create user %s: %v", email, err)
	}
	return u.ID
}

// signedIn returns a new browser signed in as login with goodPassword.
func (ta *testApp) signedIn(t testing.TB, login string) *browser {
	t.Helper()
	br := ta.browser(t)
	br.mustSignIn(login, goodPassword)
	return br
}

// newAdmin creates the admin root and returns a browser signed in as them.
func (ta *testApp) newAdmin(t testing.TB) *browser {
	t.Helper()
	ta.createUser(t, "root@example.com", "root", true)
	return ta.signedIn(t, "root")
}

// setSettings changes the security settings directly in the database, for
// tests whose subject is not the settings API.
func (ta *testApp) setSettings(t testing.TB, change func(*ent.SecuritySettingsUpdateOne)) {
	t.Helper()
	ctx := context.Background()
	st, err := settings.Load(ctx, ta.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	u := ta.db.Client.SecuritySettings.UpdateOne(st)
	change(u)
	if err := u.Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

// noClientLimit turns the per-address limit off: every request of a test
// comes from 127.0.0.1, more often than a person would in a minute.
func (ta *testApp) noClientLimit(t testing.TB) {
	t.Helper()
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0) })
}

// awayFromWindowEdge sleeps past the next boundary of a fixed rate-limit
// window (the counters start a new one on wall-clock boundaries) when fewer
// than margin remain before it, so that what a test sends next counts in
// one window.
func awayFromWindowEdge(window, margin time.Duration) {
	now := time.Now()
	next := now.Truncate(window).Add(window)
	if next.Sub(now) < margin {
		time.Sleep(next.Sub(now) + 100*time.Millisecond)
	}
}

// failOn makes every audit event of type typ fail to be written, as a full
// disk or a lost connection would at that moment.
func failOn(ta *testApp, typ string) {
	ta.db.Client.AuditEvent.Use(func(next ent.Mutator) ent.Mutator {
		return hook.AuditEventFunc(func(ctx context.Context, m *ent.AuditEventMutation) (ent.Value, error) {
			if t, ok := m.GetType(); ok && t == typ {
				return nil, errors.New("test: audit write fails")
			}
			return next.Mutate(ctx, m)
		})
	})
}

// exec runs a statement written with ? placeholders on either backend and
// returns the number of rows it changed.
func (ta *testApp) exec(t testing.TB, query string, args ...any) int64 {
	t.Helper()
	if ta.db.Dialect == dialect.Postgres {
		var b strings.Builder
		n := 0
		for _, c := range query {
			if c == '?' {
				n++
				fmt.Fprintf(&b, "$%d", n)
				continue
			}
			b.WriteRune(c)
		}
		query = b.String()
	}
	res, err := ta.db.SQL.ExecContext(context.Background(), query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	n, _ := res.RowsAffected()
	return n
}

// expireTokens moves the expiry of every one-time token of a user into the
// past (expires_at cannot be changed through Ent: it is immutable).
func (ta *testApp) expireTokens(t testing.TB, userID string) {
	t.Helper()
	if n := ta.exec(t, `UPDATE reset_tokens SET expires_at = ? WHERE user_id = ?`, time.Now().Add(-time.Minute).UTC(), userID); n == 0 {
		t.Fatal("the user has no token to expire")
	}
}

// accessToken stores an access token for a user and returns its secret.
func (ta *testApp) accessToken(t testing.TB, userID string) string {
	t.Helper()
	tok, hash := secret.NewToken("lk_at_")
	ta.db.Client.AccessToken.Create().SetName("integration").SetTokenHash(hash).SetUserID(userID).ExecX(context.Background())
	return tok
}

// auditRows returns the stored audit events of a type about a subject
// ("" for any).
func (ta *testApp) auditRows(t testing.TB, typ, subjectID string) []*ent.AuditEvent {
	t.Helper()
	q := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(typ))
	if subjectID != "" {
		q = q.Where(auditevent.SubjectID(subjectID))
	}
	evs, err := q.All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// snapshot describes what the admin operations could change, so that a
// refused call can be shown to have changed nothing.
func (ta *testApp) snapshot(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	c := ta.db.Client
	var lines []string
	for _, u := range c.User.Query().Order(ent.Asc(user.FieldID)).AllX(ctx) {
		n := c.Session.Query().Where(session.UserID(u.ID)).CountX(ctx)
		lines = append(lines, fmt.Sprintf("user %s %s %s %q %s %s locked=%v mustChange=%v hash=%s sessions=%d",
			u.ID, u.Email, u.Username, u.Name, u.Role, u.Locale, u.LockedAt != nil, u.MustChangePassword, u.PasswordHash, n))
	}
	lines = append(lines,
		fmt.Sprintf("organizations=%d memberships=%d invitations=%d", c.Organization.Query().CountX(ctx), c.Membership.Query().CountX(ctx), c.Invitation.Query().CountX(ctx)),
		fmt.Sprintf("resetTokens=%d outbox=%d accessTokens=%d", c.ResetToken.Query().CountX(ctx), c.OutboxMessage.Query().CountX(ctx), c.AccessToken.Query().CountX(ctx)),
	)
	if st, err := c.SecuritySettings.Query().First(ctx); err == nil {
		lines = append(lines, fmt.Sprintf("settings %d %d %d %d %d %d %d %d %s %v %s", st.ResetLinkLifetimeMinutes, st.SetPasswordLinkLifetimeMinutes,
			st.ResetRequestsPerHour, st.ResetMinIntervalSeconds, st.AdminResetsPerHour, st.IPRequestsPerMinute, st.LockoutThreshold,
			st.LockoutMinutes, st.ResetMethod, st.RegistrationOpen, st.PasswordPolicy))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func mustURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}
