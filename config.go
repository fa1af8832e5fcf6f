package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/passkey"
)

// config is everything `latchkey serve` can be told. Each setting is a flag
// with an environment variable behind it; a flag given on the command line
// wins over the variable, which wins over the default.
type config struct {
	Addr            string
	Database        string
	PublicURL       string
	SMTP            string
	MailFrom        string
	TrustedProxies  string
	SessionIdle     time.Duration
	SessionLifetime time.Duration
	HashConcurrency int
	HashQueue       int
	DatabaseConns   int
	LogFormat       string
	LogLevel        string
	SecretKeyFile   string
	SecretKey       string
	// WebhookAllowPrivate lets webhooks reach loopback, private and
	// link-local addresses (and http:// URLs).
	WebhookAllowPrivate bool
	// WebAuthnOrigins are origins besides the public URL's whose pages may
	// register and use passkeys (subdomains of the public URL's host).
	WebAuthnOrigins []string
	// ChallengePressure is the fraction of hashing capacity in use from
	// which every signIn and requestReset must solve a proof of work (0:
	// never for that reason); ChallengeAfterFailures the failed sign-ins
	// of an address (15 minutes) after which it must (0: never).
	ChallengePressure      float64
	ChallengeAfterFailures int
	// AnonymousWait is how long an anonymous API request waits for its
	// turn in the anonymous lane before it is refused (internal/httpx).
	AnonymousWait time.Duration
	// AnonymousSlots is how many anonymous API requests are worked on at
	// once (0: the backend's default, httpx.LaneSlots).
	AnonymousSlots int
}

// setting describes one flag and its variable, for registration and --help.
type setting struct {
	flag, env, def, usage string
}

var (
	settingAddr            = setting{"addr", "LATCHKEY_ADDR", "127.0.0.1:8080", "listen address"}
	settingDatabase        = setting{"database", "LATCHKEY_DATABASE", "sqlite:latchkey.db", "`sqlite:PATH` or a postgres:// URL"}
	settingPublicURL       = setting{"public-url", "LATCHKEY_PUBLIC_URL", "http://localhost:8080", "the only base for links in emails; never taken from request headers"}
	settingSMTP            = setting{"smtp", "LATCHKEY_SMTP", "", "smtp://[user:pass@]host:port (STARTTLS when offered) or smtps://…; empty: mail stays in the outbox and links go to the console"}
	settingMailFrom        = setting{"mail-from", "LATCHKEY_MAIL_FROM", "Latchkey <no-reply@localhost>", "sender of every email"}
	settingProxies         = setting{"trusted-proxies", "LATCHKEY_TRUSTED_PROXIES", "", "comma-separated CIDRs of reverse proxies whose X-Forwarded-For is believed"}
	settingIdle            = setting{"session-idle-timeout", "LATCHKEY_SESSION_IDLE_TIMEOUT", "12h", "end a browser session unused for this long"}
	settingLifetime        = setting{"session-lifetime", "LATCHKEY_SESSION_LIFETIME", "168h", "end a browser session this long after sign-in"}
	settingHashConc        = setting{"hash-concurrency", "LATCHKEY_HASH_CONCURRENCY", "0", "password hashes run at once (0: one per CPU)"}
	settingHashQueue       = setting{"hash-queue", "LATCHKEY_HASH_QUEUE", "-1", "sign-ins that may wait for a hash before the rest are refused (-1: 64 per hashing slot)"}
	settingDBConns         = setting{"database-max-conns", "LATCHKEY_DATABASE_MAX_CONNS", "0", "database connections this instance opens at most (0: for PostgreSQL 4 per CPU, 4 to 32; for SQLite 8)"}
	settingLogFormat       = setting{"log-format", "LATCHKEY_LOG_FORMAT", "text", "text or json"}
	settingLogLevel        = setting{"log-level", "LATCHKEY_LOG_LEVEL", "info", "debug, info, warn or error"}
	settingKeyFile         = setting{"secret-key-file", "LATCHKEY_SECRET_KEY_FILE", "", "file of the keys that encrypt the links and temporary passwords of emails not yet sent, one a line, current first (empty with SQLite: the database's path + .key, created on first start; PostgreSQL needs this or --secret-key)"}
	settingWebhookPrivate  = setting{"webhook-allow-private", "LATCHKEY_WEBHOOK_ALLOW_PRIVATE", "false", "let webhook endpoints be loopback, private or link-local addresses and http:// URLs (tests, internal networks); cloud metadata addresses stay refused"}
	settingWebAuthnOrigins = setting{"webauthn-origins", "LATCHKEY_WEBAUTHN_ORIGINS", "", "comma-separated origins besides the public URL's whose pages may use passkeys, on the public URL's host or its subdomains (https://shop.example.com); the relying-party ID is always the public URL's host"}
	settingChallengeP      = setting{"challenge-pressure", "LATCHKEY_CHALLENGE_PRESSURE", "0.25", "fraction of capacity in use (the password hashing slots and queue, or the anonymous requests' lane, whichever is fuller) from which signIn and requestReset ask everyone for a proof of work (0: never for this reason)"}
	settingChallengeF      = setting{"challenge-after-failures", "LATCHKEY_CHALLENGE_AFTER_FAILURES", "5", "failed sign-ins of a client address within 15 minutes after which it is asked for a proof of work (0: never for this reason)"}
	settingAnonWait        = setting{"anonymous-wait", "LATCHKEY_ANONYMOUS_WAIT", "1s", "how long an API request without a session or access token waits for its turn (--anonymous-slots are worked on at once, in turn by client address) before it is refused with 503 and Retry-After"}
	settingAnonSlots       = setting{"anonymous-slots", "LATCHKEY_ANONYMOUS_SLOTS", "0", "API requests without a session or access token worked on at once (0: one per CPU with SQLite, 4 per CPU and at most 32 with PostgreSQL, where a request mostly waits for the database); those beyond one per CPU are used only while no signed-in request is in flight and the CPUs have room"}
	settingKey             = setting{"secret-key", "LATCHKEY_SECRET_KEY", "", "the same keys inline, comma-separated, current first (prefer the variable or the file: a flag shows in the process list)"}
)

func (s setting) value(getenv func(string) string) string {
	if v := getenv(s.env); v != "" {
		return v
	}
	return s.def
}

func (s setting) register(fs *flag.FlagSet, p *string, getenv func(string) string) {
	fs.StringVar(p, s.flag, s.value(getenv), s.usage+" ($"+s.env+")")
}

func newFlagSet(name, usage string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "%s\n\nFlags:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseServeConfig reads serve's flags and environment.
func parseServeConfig(args []string, getenv func(string) string, out io.Writer) (*config, error) {
	var c config
	var idle, lifetime, hashConc, hashQueue, dbConns, chPressure, chFailures, anonWait, anonSlots string
	fs := newFlagSet("latchkey serve", "Usage: latchkey serve [flags]\n\nStarts the HTTP server: the GraphQL API at /graphql and the web app at /.", out)
	settingAddr.register(fs, &c.Addr, getenv)
	settingDatabase.register(fs, &c.Database, getenv)
	settingPublicURL.register(fs, &c.PublicURL, getenv)
	settingSMTP.register(fs, &c.SMTP, getenv)
	settingMailFrom.register(fs, &c.MailFrom, getenv)
	settingProxies.register(fs, &c.TrustedProxies, getenv)
	settingIdle.register(fs, &idle, getenv)
	settingLifetime.register(fs, &lifetime, getenv)
	settingHashConc.register(fs, &hashConc, getenv)
	settingHashQueue.register(fs, &hashQueue, getenv)
	settingDBConns.register(fs, &dbConns, getenv)
	settingChallengeP.register(fs, &chPressure, getenv)
	settingChallengeF.register(fs, &chFailures, getenv)
	settingAnonWait.register(fs, &anonWait, getenv)
	settingAnonSlots.register(fs, &anonSlots, getenv)
	settingLogFormat.register(fs, &c.LogFormat, getenv)
	settingLogLevel.register(fs, &c.LogLevel, getenv)
	settingKeyFile.register(fs, &c.SecretKeyFile, getenv)
	settingKey.register(fs, &c.SecretKey, getenv)
	var webauthnOrigins string
	settingWebAuthnOrigins.register(fs, &webauthnOrigins, getenv)
	allowPrivate, envErr := strconv.ParseBool(settingWebhookPrivate.value(getenv))
	fs.BoolVar(&c.WebhookAllowPrivate, settingWebhookPrivate.flag, allowPrivate, settingWebhookPrivate.usage+" ($"+settingWebhookPrivate.env+")")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if c.SessionIdle, err = positiveDuration(settingIdle, idle); err != nil {
		return nil, err
	}
	if c.SessionLifetime, err = positiveDuration(settingLifetime, lifetime); err != nil {
		return nil, err
	}
	if c.HashConcurrency, err = strconv.Atoi(hashConc); err != nil || c.HashConcurrency < 0 || c.HashConcurrency > 4*runtime.NumCPU()+64 {
		return nil, fmt.Errorf("--%s: expected a small whole number, got %q", settingHashConc.flag, hashConc)
	}
	if c.HashQueue, err = strconv.Atoi(hashQueue); err != nil || c.HashQueue < -1 {
		return nil, fmt.Errorf("--%s: expected -1 or a whole number, got %q", settingHashQueue.flag, hashQueue)
	}
	if c.DatabaseConns, err = strconv.Atoi(dbConns); err != nil || c.DatabaseConns < 0 || c.DatabaseConns > 1000 {
		return nil, fmt.Errorf("--%s: expected a whole number from 0 to 1000, got %q", settingDBConns.flag, dbConns)
	}
	if c.AnonymousWait, err = positiveDuration(settingAnonWait, anonWait); err != nil {
		return nil, err
	}
	if c.AnonymousSlots, err = strconv.Atoi(anonSlots); err != nil || c.AnonymousSlots < 0 || c.AnonymousSlots > 1000 {
		return nil, fmt.Errorf("--%s: expected a whole number from 0 to 1000, got %q", settingAnonSlots.flag, anonSlots)
	}
	if c.ChallengePressure, err = strconv.ParseFloat(chPressure, 64); err != nil || c.ChallengePressure < 0 || c.ChallengePressure > 1 {
		return nil, fmt.Errorf("--%s: expected a fraction from 0 to 1, got %q", settingChallengeP.flag, chPressure)
	}
	if c.ChallengeAfterFailures, err = strconv.Atoi(chFailures); err != nil || c.ChallengeAfterFailures < 0 {
		return nil, fmt.Errorf("--%s: expected 0 or a whole number, got %q", settingChallengeF.flag, chFailures)
	}
	if envErr != nil {
		return nil, fmt.Errorf("$%s: expected true or false, got %q", settingWebhookPrivate.env, getenv(settingWebhookPrivate.env))
	}
	c.WebAuthnOrigins = passkey.ParseOrigins(webauthnOrigins)
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

func positiveDuration(s setting, v string) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--%s: expected a duration such as 12h or 30m, got %q", s.flag, v)
	}
	return d, nil
}

func (c *config) validate() error {
	u, err := url.Parse(c.PublicURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return fmt.Errorf("--public-url: expected an http:// or https:// URL such as https://id.example.com, got %q", c.PublicURL)
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
	if c.SMTP != "" {
		u, err := url.Parse(c.SMTP)
		if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" || u.Port() == "" {
			return errors.New("--smtp: expected smtp://[user:pass@]host:port or smtps://[user:pass@]host:port")
		}
	}
	switch c.LogFormat {
	case "text", "json":
	default:
		return fmt.Errorf("--log-format: expected text or json, got %q", c.LogFormat)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return err
	}
	if c.SecretKeyFile != "" && c.SecretKey != "" {
		return errors.New("--secret-key-file and --secret-key: give one of them, not both")
	}
	if !strings.HasPrefix(c.Database, "sqlite:") && c.SecretKeyFile == "" && c.SecretKey == "" {
		return errors.New("--secret-key-file (or --secret-key) is required with PostgreSQL: every instance needs the same key to send the emails any of them wrote; create one with `(umask 077; openssl rand -base64 32 > latchkey.key)` and pass --secret-key-file latchkey.key (see docs/deploy.md)")
	}
	if _, err := passkey.NewWebAuthn(passkey.Config{PublicURL: c.PublicURL, ExtraOrigins: c.WebAuthnOrigins}); err != nil && (len(c.WebAuthnOrigins) > 0 || !errors.Is(err, passkey.ErrUnavailable)) {
		return fmt.Errorf("--%s: %w", settingWebAuthnOrigins.flag, err)
	}
	if c.SessionLifetime < c.SessionIdle {
		c.SessionIdle = c.SessionLifetime
	}
	return nil
}

// secure reports whether cookies must be Secure (the public URL is https).
func (c *config) secure() bool { return strings.HasPrefix(c.PublicURL, "https://") }

// origin is the scheme://host[:port] of the public URL.
func (c *config) origin() string {
	u, _ := url.Parse(c.PublicURL)
	return u.Scheme + "://" + u.Host
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("--log-level: expected debug, info, warn or error, got %q", s)
	}
	return l, nil
}

func newLogger(format, level string, out io.Writer) *slog.Logger {
	l, _ := parseLevel(level)
	opts := &slog.HandlerOptions{Level: l}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(out, opts))
	}
	return slog.New(slog.NewTextHandler(out, opts))
}

// secretKeys loads the keys that seal the secrets of emails (internal/
// keyring). With SQLite and no setting, the key file sits beside the
// database and is created on first start, so that `latchkey serve` stays one
// command; with PostgreSQL the file must exist (several instances must share
// one key), or the keys are given inline.
func (c *config) secretKeys(log *slog.Logger) (*keyring.Ring, error) {
	if c.SecretKey != "" {
		r, err := keyring.Parse(c.SecretKey)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", settingKey.flag, err)
		}
		return r, nil
	}
	path, create := c.SecretKeyFile, false
	if dbPath, ok := strings.CutPrefix(c.Database, "sqlite:"); ok {
		dbPath = strings.TrimPrefix(dbPath, "//")
		if path == "" && (dbPath == ":memory:" || strings.Contains(dbPath, "mode=memory")) {
			// Nothing outlives the process: neither may the key.
			return keyring.Ephemeral(), nil
		}
		if path == "" {
			path = dbPath + ".key"
		}
		create = true
	}
	r, created, err := keyring.LoadFile(path, create)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("--%s: %s does not exist; create it on one machine with `(umask 077; openssl rand -base64 32 > %s)` and give every instance the same file (see docs/deploy.md)", settingKeyFile.flag, path, path)
	}
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", settingKeyFile.flag, err)
	}
	if created {
		log.Info("created the secret key file; back it up apart from the database (see docs/deploy.md)", "path", path)
	}
	return r, nil
}
