// Command latchkey is the account-credential service: one binary that
// serves the GraphQL API and the web app, and administers accounts from the
// command line. This file reads top to bottom as the wiring of the whole
// service: configuration, database, domain services, HTTP, shutdown.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/frontend"
	"github.com/latchkey/latchkey/frontend/playground"
	"github.com/latchkey/latchkey/graph"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/ceremony"
	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/httpx"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/metrics"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/token"
	"github.com/latchkey/latchkey/internal/userimport"
	"github.com/latchkey/latchkey/internal/usersearch"
	"github.com/latchkey/latchkey/internal/webhook"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "latchkey:", err)
			os.Exit(1)
		}
	}
}

const usage = `Usage: latchkey [command] [flags]

Commands:
  serve         start the HTTP server (the default)
  user create   create an account; the password is read from standard input
  user import   import people from JSON Lines or CSV, with their password hashes
  user export   write every account as JSON Lines, hashes included (a secret)
  version       print the version

Run "latchkey COMMAND --help" for a command's flags.`

// run is the whole program; tests call it as the binary would be called.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") && args[0] != "-h" && args[0] != "--help" && args[0] != "-help" {
		return serve(ctx, args, getenv, stdout, stderr)
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], getenv, stdout, stderr)
	case "user":
		if len(args) > 1 {
			switch args[1] {
			case "create":
				return userCreate(ctx, args[2:], getenv, stdin, stdout, stderr)
			case "import":
				return userImport(ctx, args[2:], getenv, stdin, stdout, stderr)
			case "export":
				return userExport(ctx, args[2:], getenv, stdout, stderr)
			}
		}
		fmt.Fprintln(stderr, "Usage: latchkey user create|import|export [flags]  (latchkey user COMMAND --help)")
		if len(args) > 1 && (args[1] == "--help" || args[1] == "-h") {
			return flag.ErrHelp
		}
		return errors.New(`unknown "user" command; try "latchkey user create --help"`)
	case "version":
		fmt.Fprintln(stdout, "latchkey", versionString())
		return nil
	case "help", "-h", "--help", "-help":
		fmt.Fprintln(stdout, usage)
		return flag.ErrHelp
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "dev-" + s.Value[:12]
			}
		}
		if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			return bi.Main.Version
		}
	}
	return "dev"
}

// app is the wired service: everything serve needs, made from a config.
type app struct {
	db         *database.DB
	handler    http.Handler
	accounts   *account.Service
	passkeys   *passkey.Service
	factors    *secondfactor.Service
	sessions   *session.Store
	limits     *ratelimit.Counter
	outbox     *mail.Outbox
	worker     *mail.Worker // nil when no SMTP server is configured
	webhooks   *webhook.Worker
	background *account.Background
	pressure   *challenge.Watch
	log        *slog.Logger
}

// newApp opens and migrates the database and wires the services and routes.
// console receives the links of emails when no SMTP server is configured.
func newApp(ctx context.Context, cfg *config, log *slog.Logger, console io.Writer) (*app, error) {
	db, err := database.OpenAndMigrateLog(ctx, cfg.Database, log)
	if err != nil {
		return nil, err
	}
	db.SetMaxConns(cfg.DatabaseConns)
	hasher := password.NewHasher(password.OWASP, cfg.HashConcurrency, cfg.HashQueue)
	limits := &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect}
	// Under a flood: anonymous requests are admitted before parsing, a few
	// at a time and fairly between addresses; hashing gives way to
	// signed-in requests; a refused sign-in is answered after a moment
	// (internal/httpx/lane.go, internal/password/admission.go).
	slots := cfg.AnonymousSlots
	if slots == 0 {
		slots = httpx.LaneSlots(db.Dialect == dialect.Postgres)
	}
	lane := httpx.NewLane(slots, httpx.LaneQueue, cfg.AnonymousWait)
	lane.SpareWhileQuiet(httpx.LaneSlots(false))
	hasher.YieldTo(lane.SignedInWaiting)
	hasher.SetRefusalDelay(500 * time.Millisecond)

	// Mail: written to the outbox with the change that causes it, then
	// delivered by the worker; without SMTP the links go to the console.
	var worker *mail.Worker
	outbox := mail.NewOutbox(cfg.PublicURL, nil)
	if outbox.Keys, err = cfg.secretKeys(log); err != nil {
		db.Close()
		return nil, err
	}
	// A browser that signed in before (a device cookie this service
	// signed) goes ahead in the lane, one request per cookie at a time.
	keys := outbox.Keys
	lane.PreferDevices(func(tok string) bool { return device.Signed(keys, tok) })
	if cfg.SMTP == "" {
		outbox.Console = console
	} else {
		sender, err := mail.NewSMTP(cfg.SMTP, cfg.MailFrom)
		if err != nil {
			db.Close()
			return nil, err
		}
		worker = &mail.Worker{Client: db.Client, Dialect: db.Dialect, Sender: sender, Outbox: outbox, Log: log}
	}
	background := &account.Background{Log: log}
	// "Under pressure" as the log, the metrics and securitySettings tell
	// it: from --challenge-pressure (or, when that is off, a full queue).
	threshold := cfg.ChallengePressure
	if threshold <= 0 {
		threshold = 1
	}
	// The pressure is the hashing queue's or the anonymous lane's,
	// whichever is fuller.
	load := func() float64 { return max(hasher.Pressure(), lane.Pressure()) }
	pressure := &challenge.Watch{Load: load, Threshold: threshold, Log: log}
	m := metrics.New(metrics.Gauges{
		OutboxPending: func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			n, _ := mail.Pending(ctx, db.Client)
			return float64(n)
		},
		HashesRunning: func() float64 { r, _ := hasher.InFlight(); return float64(r) },
		HashesWaiting: func() float64 { _, w := hasher.InFlight(); return float64(w) },
		HashPressure:  hasher.Pressure,
		UnderPressure: func() float64 {
			if pressure.Under() {
				return 1
			}
			return 0
		},
	})
	lane.OnRefusal(func() { m.Refused("anonymous_lane") })
	hasher.OnRefusal(func() { m.Refused("hashing_busy") })
	if worker != nil {
		worker.Observe = m.Sent
	}
	challenges := &challenge.Gate{
		Issuer:   &challenge.Issuer{Keys: outbox.Keys, Claims: limits},
		Failures: limits, Load: load, Pressure: cfg.ChallengePressure, AfterFailures: cfg.ChallengeAfterFailures,
		Observe: m.Challenge,
	}
	accounts := &account.Service{Client: db.Client, Hasher: hasher, Log: log, Outbox: outbox, Limits: limits, Background: background, Observer: m, Dialect: db.Dialect, Keys: outbox.Keys, Challenges: challenges}
	sessions := session.NewManager(db.Client, session.Config{
		Secure:      cfg.secure(),
		IdleTimeout: cfg.SessionIdle,
		Lifetime:    cfg.SessionLifetime,
	})
	trusted, err := clientinfo.ParseTrusted(cfg.TrustedProxies)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("--trusted-proxies: %w", err)
	}
	tokens := &token.Service{Client: db.Client, Accounts: accounts}
	orgs := &org.Service{Client: db.Client, Accounts: accounts, Outbox: outbox}
	guard := webhook.Guard{AllowPrivate: cfg.WebhookAllowPrivate}
	webhooks := &webhook.Service{Client: db.Client, Keys: outbox.Keys, Guard: guard}
	webhookWorker := &webhook.Worker{Client: db.Client, Dialect: db.Dialect, Keys: outbox.Keys, HTTP: guard.Client(10 * time.Second), Outbox: outbox, Log: log}
	relyingParty, err := passkey.NewWebAuthn(passkey.Config{PublicURL: cfg.PublicURL, ExtraOrigins: cfg.WebAuthnOrigins})
	if errors.Is(err, passkey.ErrUnavailable) {
		log.Warn("passkeys are off: the public URL is an IP address, which WebAuthn does not accept; use a host name (localhost works)", "public_url", cfg.PublicURL)
	} else if err != nil {
		db.Close()
		return nil, fmt.Errorf("--public-url / --webauthn-origins: %w", err)
	}
	passkeys := &passkey.Service{Client: db.Client, WebAuthn: relyingParty, Accounts: accounts, Limits: limits, Log: log, Dialect: db.Dialect}
	search := usersearch.Searcher{SQL: db.SQL, Dialect: db.Dialect}
	factors := &secondfactor.Service{Client: db.Client, Keys: outbox.Keys, Outbox: outbox, Notices: accounts, Issuer: "Latchkey", Log: log}
	tokens.SecondFactor = func(ctx context.Context, u *ent.User) (bool, error) {
		if must, err := factors.MustEnroll(ctx, u); err != nil || must {
			if must {
				err = secondfactor.ErrEnrollmentRequired
			}
			return false, err
		}
		ms, err := factors.Methods(ctx, u.ID)
		return len(ms) > 0, err
	}
	// Passkeys are second factors of their own kind.
	factors.Others, passkeys.SecondFactors = passkeys, factors
	// A right password for an account with a second factor is only the
	// first step: audited as such, and no sign-in time until the second.
	accounts.HasSecondFactor = func(ctx context.Context, userID string) (bool, error) {
		ms, err := factors.Methods(ctx, userID)
		return len(ms) > 0, err
	}
	resolver := &graph.Resolver{Client: db.Client, Accounts: accounts, Importer: &userimport.Importer{Client: db.Client, Accounts: accounts, Keys: outbox.Keys, Outbox: outbox}, Tokens: tokens, Orgs: orgs, Passkey: passkeys, Webhooks: webhooks, Factors: factors, Sessions: sessions, UserSearch: search, Log: log, RedactMail: worker != nil, Challenges: challenges, Pressure: pressure}
	factors.Passkeys = graph.PasskeyVerifier(resolver)
	resolver.RemoveOtherFactor = graph.RemovePasskeyFactor(resolver)
	handler := httpx.NewHandler(httpx.Deps{
		Log:           log,
		Schema:        graph.NewSchema(resolver),
		ErrorPresent:  graph.ErrorPresenter(log),
		Recover:       graph.RecoverFunc(log),
		RootFields:    []graphql.RootFieldMiddleware{m.RootField, graph.Gate(resolver), graph.FreshLoadersPerMutation(resolver)},
		Operations:    []graphql.OperationMiddleware{graph.WithLoaders(resolver)},
		Metrics:       m,
		Sessions:      sessions,
		Devices:       device.Cookie{Secure: cfg.secure()},
		Ceremonies:    ceremony.Cookie{Keys: outbox.Keys, Secure: cfg.secure(), Lifetime: passkey.CeremonyLifetime},
		Authenticator: &auth.Authenticator{Client: db.Client, Sessions: sessions},
		ClientIPs:     clientinfo.Resolver{Trusted: trusted},
		PublicOrigin:  cfg.origin(),
		Lane:          lane,
		Ready:         db.Ping,
		SPA:           frontend.Dist(),
		Playground:    playground.Dist(),
	})
	return &app{db: db, handler: handler, accounts: accounts, passkeys: passkeys, factors: factors, sessions: sessions.Store.(*session.Store),
		limits: limits, outbox: outbox, worker: worker, webhooks: webhookWorker, background: background, pressure: pressure, log: log}, nil
}

// DefaultMemoryLimit is the soft memory limit serve sets when GOMEMLIMIT is
// not set.
const DefaultMemoryLimit = 512 << 20

// serve runs the HTTP server until ctx ends, then shuts down gracefully:
// it stops accepting, lets in-flight requests finish, and returns nil.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseServeConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := newLogger(cfg.LogFormat, cfg.LogLevel, stderr)
	a, err := newApp(ctx, cfg, log, stdout)
	if err != nil {
		return err
	}
	defer a.db.Close()

	if ok, err := a.accounts.HasAdmin(ctx); err == nil && !ok {
		fmt.Fprintf(stdout, "No admin account exists yet. Create the first one with:\n\n  echo 'A-strong-passw0rd!' | latchkey user create --database %s --email you@example.com --username admin --name 'Your Name' --admin\n\n", redactDatabase(cfg.Database))
	}
	if cfg.SMTP == "" {
		log.Warn("no SMTP server configured (--smtp): emails stay in the outbox and their links are printed here")
	}

	// Start-up (migrations, the dummy hash) allocates memory that is not
	// needed again: hand it back before serving.
	a.accounts.Hasher.ReleaseMemory()
	debug.FreeOSMemory()
	// A soft memory limit: under a flood the live heap grows with the open
	// connections (about 16 KiB each), and a limit near the quiet heap made
	// the collector run without pause (96 MiB, when each hash still left
	// 19 MiB of garbage: signed-in traffic then kept 10 % of its rate under
	// an open-loop flood, 23 % at 512 MiB; docs/benchmarks.md). The hashes'
	// work memory is now kept for the next, so the limit only caps a heap
	// that would otherwise double. GOMEMLIMIT, if set, wins.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(DefaultMemoryLimit)
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	srv := &http.Server{
		Handler:           a.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("latchkey listening", "addr", ln.Addr().String(), "public_url", cfg.PublicURL, "database", redactDatabase(cfg.Database), "version", versionString())

	go a.sweep(ctx)
	go a.pressure.Run(ctx, time.Second)
	workerDone := make(chan struct{})
	if a.worker != nil {
		go func() { defer close(workerDone); a.worker.Run(ctx) }()
	} else {
		close(workerDone)
	}

	webhooksDone := make(chan struct{})
	go func() { defer close(webhooksDone); a.webhooks.Run(ctx) }()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	// Let background account work write its emails, and the mail worker
	// finish (and record) the send it is in.
	a.background.Wait()
	<-workerDone
	<-webhooksDone
	return nil
}

// sweep deletes expired sessions and rate-limit windows every few minutes.
func (a *app) sweep(ctx context.Context) {
	t := time.NewTicker(5 * time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if n, err := a.sessions.DeleteExpired(ctx); err != nil {
				a.log.Warn("sweeping expired sessions", "err", err)
			} else if n > 0 {
				a.log.Debug("swept expired sessions", "count", n)
			}
			if _, err := a.limits.DeleteExpired(ctx); err != nil {
				a.log.Warn("sweeping rate-limit windows", "err", err)
			}
		}
	}
}

// redactDatabase hides a password in a postgres:// URL for the log.
func redactDatabase(raw string) string {
	if strings.HasPrefix(raw, "sqlite:") {
		return raw
	}
	if i := strings.Index(raw, "://"); i >= 0 {
		if at := strings.LastIndex(raw, "@"); at > i {
			userinfo := raw[i+3 : at]
			if u, _, ok := strings.Cut(userinfo, ":"); ok {
				return raw[:i+3] + u + ":xxxxx" + raw[at:]
			}
		}
	}
	return raw
}

// userCreate makes an account from the command line, reading its password
// from one line of standard input so that it never appears in a process
// list or shell history.
func userCreate(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var email, username, name, db string
	var admin bool
	fs := newFlagSet("latchkey user create", `Usage: echo PASSWORD | latchkey user create --email EMAIL --username NAME [--name TEXT] [--admin]

Creates an account. The password is read from the first line of standard
input and must meet the password policy. The database is migrated first.`, stderr)
	fs.StringVar(&email, "email", "", "email address (required)")
	fs.StringVar(&username, "username", "", "username (required)")
	fs.StringVar(&name, "name", "", "display name")
	fs.BoolVar(&admin, "admin", false, "give the account the ADMIN role")
	settingDatabase.register(fs, &db, getenv)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if email == "" || username == "" {
		fs.Usage()
		return errors.New("--email and --username are required")
	}
	line, err := bufio.NewReader(io.LimitReader(stdin, 64<<10)).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return errors.New("expected the password on standard input (one line)")
	}
	pw := strings.TrimRight(line, "\r\n")
	if pw == "" {
		return errors.New("the password read from standard input is empty")
	}
	d, err := database.OpenAndMigrate(ctx, db)
	if err != nil {
		return err
	}
	defer d.Close()
	accounts := &account.Service{Client: d.Client, Hasher: password.NewHasher(password.OWASP, 1, 0)}
	u, err := accounts.CreateUser(ctx, account.NewUser{Email: email, Username: username, Name: name, Admin: admin, Password: pw})
	if err != nil {
		return cliError(err)
	}
	fmt.Fprintf(stdout, "created %s %s <%s> (%s)\n", strings.ToLower(string(u.Role)), u.Username, u.Email, u.ID)
	return nil
}

// cliError turns a domain error into a message for an operator.
func cliError(err error) error {
	var policy *password.PolicyError
	switch {
	case errors.As(err, &policy):
		return fmt.Errorf("weak password: %s", strings.TrimPrefix(policy.Error(), "password does not meet the policy: "))
	case errors.Is(err, account.ErrEmailTaken):
		return errors.New("an account with this email address already exists")
	case errors.Is(err, account.ErrUsernameTaken):
		return errors.New("an account with this username already exists")
	case errors.Is(err, account.ErrInvalidEmail):
		return errors.New("--email: not a valid email address")
	case errors.Is(err, account.ErrInvalidUsername):
		return errors.New("--username: use 3 to 64 letters, digits, dots, dashes or underscores, starting and ending with a letter or digit")
	case errors.Is(err, account.ErrInvalidName):
		return errors.New("--name: at most 200 characters, no line breaks")
	}
	return err
}
