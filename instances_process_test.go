package main

// Two latchkey processes on one PostgreSQL database, as two replicas behind a
// load balancer run. Unlike TestTwoInstancesOnOnePostgreSQLShareEverything,
// which runs both instances in the test process, nothing is shared here but
// the database: no Go runtime, no cache, no outbox wake-up channel. What
// works here works through PostgreSQL alone, with the binary an operator
// deploys, started and stopped the way an orchestrator does.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

// procPublicURL is the one address people use, the load balancer's. Both
// processes are told it, as a deployment would: it is the base of emailed
// links and the origin the CSRF defence trusts besides the request's host.
const procPublicURL = "http://id.example.com"

// latchkeyProc is one running `latchkey serve`.
type latchkeyProc struct {
	name   string
	cmd    *exec.Cmd
	base   string // http://127.0.0.1:PORT, where this process listens
	logs   *syncBuffer
	exited chan struct{} // closed once the process has ended
	err    error         // what Wait returned; read only after exited is closed
}

// procBuild builds the binary once, as it is shipped.
func procBuild(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "latchkey")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// procEnv is the test's environment without LATCHKEY_* variables, so that
// the processes are configured by the flags the test gives and nothing else.
func procEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LATCHKEY_") {
			env = append(env, kv)
		}
	}
	return env
}

// procRun runs a one-shot command of the binary and returns its stdout.
func procRun(t *testing.T, bin, stdin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = procEnv()
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("latchkey %s: %v\nstdout: %s\nstderr: %s", strings.Join(args[:2], " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// procServe starts `latchkey serve`. It listens on a port the kernel picks
// (no window in which another program could take a port chosen in advance)
// and says which in its "latchkey listening" log line. The process is killed
// when the test ends if it is still running, and its output is shown when the
// test failed.
func procServe(t *testing.T, name, bin string, args ...string) *latchkeyProc {
	t.Helper()
	logs := &syncBuffer{}
	cmd := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0", "--log-format", "json"}, args...)...)
	cmd.Env = procEnv()
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	p := &latchkeyProc{name: name, cmd: cmd, logs: logs, exited: make(chan struct{})}
	go func() { p.err = cmd.Wait(); close(p.exited) }()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			cmd.Process.Kill()
			<-p.exited
		}
		if t.Failed() {
			t.Logf("output of process %s:\n%s", name, logs.String())
		}
	})
	return p
}

// logLines decodes the process's JSON log lines; other output (stdout) is
// skipped.
func (p *latchkeyProc) logLines() []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(p.logs.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil {
			out = append(out, m)
		}
	}
	return out
}

// waitReady waits until the process listens and answers /readyz, failing
// at once if it exits first.
func (p *latchkeyProc) waitReady(t *testing.T, timeout time.Duration) {
	t.Helper()
	c := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		select {
		case <-p.exited:
			t.Fatalf("process %s exited before it was ready: %v", p.name, p.err)
		default:
		}
		if p.base == "" {
			for _, l := range p.logLines() {
				if addr, _ := l["addr"].(string); l["msg"] == "latchkey listening" && addr != "" {
					p.base = "http://" + addr
				}
			}
		}
		if p.base != "" {
			if resp, err := c.Get(p.base + "/readyz"); err == nil {
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					return
				}
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("process %s not ready after %v (listening at %q)", p.name, timeout, p.base)
}

// procOrigin adds the Origin header a browser on the public URL sends with
// its requests. The processes are reached at 127.0.0.1, not at that origin,
// so the CSRF defence lets these requests through only because both were
// given the same --public-url.
type procOrigin struct{}

func (procOrigin) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Origin", procPublicURL)
	return http.DefaultTransport.RoundTrip(r)
}

// browser returns a browser talking to this process, carrying cookies (made
// by another process) as a load balancer would route the same person.
func (p *latchkeyProc) browser(t testing.TB, cookies ...*http.Cookie) *browser {
	jar, _ := cookiejar.New(nil)
	jar.SetCookies(mustURL(p.base), cookies)
	return &browser{t: t, base: p.base, c: &http.Client{
		Jar:           jar,
		Transport:     procOrigin{},
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

const (
	procSignOutEverywhereQ = `mutation { signOutEverywhere { revokedSessions } }`
	procForceSignInQ       = `mutation($id: ID!) { forceSignIn(input: {userId: $id}) { revokedSessions } }`
	procOutboxQ            = `query($to: String!) { outbox(first: 10, where: {toAddress: $to}) { edges { node { status attempts } } } }`
)

func TestTwoProcessesOnOnePostgreSQLShareSessionsAndSendMailOnce(t *testing.T) {
	if len(testdb.Backends(t)) < 2 {
		t.Fatal("this test needs PostgreSQL; LATCHKEY_TEST_POSTGRES=off cannot run it")
	}
	bin := procBuild(t)
	dbURL := testdb.URL(t, testdb.Postgres)
	smtp := mailtest.Start(t)

	// The operator creates the accounts from the command line; the first
	// command also migrates the empty database.
	for _, u := range []struct {
		email, username string
		admin           bool
	}{
		{"root@example.com", "root", true},
		{"alice@example.com", "alice", false},
		{"dave@example.com", "dave", false}, // gets nothing but the reset email
	} {
		args := []string{"user", "create", "--database", dbURL, "--email", u.email, "--username", u.username}
		if u.admin {
			args = append(args, "--admin")
		}
		if out := procRun(t, bin, goodPassword+"\n", args...); !strings.HasPrefix(out, "created ") {
			t.Fatalf("user create %s: stdout %q", u.username, out)
		}
	}

	// Both start at once, as replicas of one deployment do.
	// Every replica has the same key, or none could send what another wrote.
	serveArgs := []string{"--database", dbURL, "--secret-key", testSecretKey, "--smtp", smtp.URL(), "--mail-from", "Latchkey <id@example.com>", "--public-url", procPublicURL}
	a := procServe(t, "A", bin, serveArgs...)
	b := procServe(t, "B", bin, serveArgs...)
	a.waitReady(t, 20*time.Second)
	b.waitReady(t, 20*time.Second)

	admin := b.browser(t)
	admin.mustSignIn("root", goodPassword)

	t.Run("a session made on one process works on the other", func(t *testing.T) {
		laptop := a.browser(t)
		r := laptop.signIn("alice", goodPassword)
		if r.SignIn.User == nil {
			t.Fatalf("sign in on A: %+v", r.SignIn.UserErrors)
		}
		cookie := laptop.cookie(session.CookieName)
		if cookie == nil {
			t.Fatalf("A set no %s cookie", session.CookieName)
		}
		if me := b.browser(t, cookie).me(); me == nil || me.ID != r.SignIn.User.ID {
			t.Fatalf("B does not know the session made on A: %+v", me)
		}
	})

	// Whatever ends alice's sessions through B must be seen by A at its very
	// next request: A holds no copy of a session that could outlive the row.
	ends := []struct {
		name string
		end  func(t *testing.T, aliceID string)
	}{
		{"alice signs out everywhere on B", func(t *testing.T, _ string) {
			phone := b.browser(t)
			phone.mustSignIn("alice", goodPassword)
			var out struct {
				SignOutEverywhere struct{ RevokedSessions int } `json:"signOutEverywhere"`
			}
			phone.gql(procSignOutEverywhereQ, nil).into(t, &out)
			if out.SignOutEverywhere.RevokedSessions < 1 {
				t.Fatalf("revoked %d sessions", out.SignOutEverywhere.RevokedSessions)
			}
			if phone.me() == nil {
				t.Fatal("signing out everywhere ended the session it was asked from")
			}
		}},
		{"an admin forces alice to sign in again on B", func(t *testing.T, aliceID string) {
			var out struct {
				ForceSignIn struct{ RevokedSessions int } `json:"forceSignIn"`
			}
			admin.gql(procForceSignInQ, map[string]any{"id": aliceID}).into(t, &out)
			if out.ForceSignIn.RevokedSessions < 1 {
				t.Fatalf("revoked %d sessions", out.ForceSignIn.RevokedSessions)
			}
		}},
	}
	for _, tt := range ends {
		t.Run(tt.name+": her session on A ends", func(t *testing.T) {
			laptop := a.browser(t)
			laptop.mustSignIn("alice", goodPassword)
			me := laptop.me()
			if me == nil {
				t.Fatal("A does not know the session it just made")
			}
			tt.end(t, me.ID)
			if resp := laptop.gql(procSignOutEverywhereQ, nil); resp.code() != "UNAUTHENTICATED" || string(resp.Data) != "null" {
				t.Fatalf("A still honours the ended session: %d %s", resp.Status, resp.Raw)
			}
			if laptop.me() != nil {
				t.Fatal("A still shows the ended session's user")
			}
		})
	}

	t.Run("a reset asked for on one process is emailed once by the two workers", func(t *testing.T) {
		if p := requestReset(t, a.browser(t), "dave"); p.code() != "" {
			t.Fatalf("requestReset: %+v", p.UserErrors)
		}
		m := smtp.WaitTo("dave@example.com", "Reset your password", mailWait)
		if tok := linkToken(t, m, "/reset-password"); tok == "" || !strings.Contains(m.Text, procPublicURL+"/reset-password?token=") {
			t.Fatalf("the link does not go to the public URL: %s", m.Text)
		}
		// A's worker is woken by its own outbox; B's is not and looks once a
		// second. Wait long enough for both to look again after the send: a
		// second copy would arrive now.
		time.Sleep(2500 * time.Millisecond)
		if n := len(smtp.To("dave@example.com")); n != 1 {
			t.Fatalf("dave got %d emails, want 1", n)
		}
		var out struct {
			Outbox struct {
				Edges []struct {
					Node struct {
						Status   string
						Attempts int
					}
				}
			}
		}
		admin.gql(procOutboxQ, map[string]any{"to": "dave@example.com"}).into(t, &out)
		if len(out.Outbox.Edges) != 1 {
			t.Fatalf("%d outbox messages to dave, want 1: %+v", len(out.Outbox.Edges), out)
		}
		if n := out.Outbox.Edges[0].Node; n.Status != "SENT" || n.Attempts != 1 {
			t.Fatalf("outbox message: %+v, want SENT after 1 attempt", n)
		}
	})

	// An orchestrator stops a replica with SIGTERM and treats any exit status
	// but 0 as a crash.
	for _, p := range []*latchkeyProc{a, b} {
		t.Run("SIGTERM stops process "+p.name+" cleanly", func(t *testing.T) {
			if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			select {
			case <-p.exited:
			case <-time.After(15 * time.Second):
				t.Fatal("still running 15s after SIGTERM")
			}
			if p.err != nil {
				t.Fatalf("exit after SIGTERM: %v (status %d)", p.err, p.cmd.ProcessState.ExitCode())
			}
			var shutdown bool
			for _, l := range p.logLines() {
				if l["msg"] == "shutting down" {
					shutdown = true
				}
				if l["level"] == "ERROR" {
					t.Errorf("logged an error: %v", l)
				}
			}
			if !shutdown {
				t.Error(`exited 0 without logging "shutting down": did it see the signal?`)
			}
		})
	}
}
