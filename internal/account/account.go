// Package account holds the rules of a person's own account: creating it,
// signing in, and what a failed sign-in reveals (nothing).
package account

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/settings"
)

// Errors callers branch on. The GraphQL layer maps them to UserErrorCodes.
var (
	ErrInvalidCredentials = errors.New("account: invalid credentials")
	ErrLocked             = errors.New("account: locked")
	ErrInvalidEmail       = errors.New("account: invalid email address")
	ErrInvalidUsername    = errors.New("account: invalid username")
	ErrInvalidName        = errors.New("account: invalid name")
	ErrEmailTaken         = errors.New("account: email address already in use")
	ErrUsernameTaken      = errors.New("account: username already in use")
	ErrPasswordMismatch   = errors.New("account: the two passwords differ")
	ErrTokenInvalid       = errors.New("account: the link or code is invalid or already used")
	ErrTokenExpired       = errors.New("account: the link or code has expired")
	ErrRegistrationClosed = errors.New("account: registration is closed")
	ErrRateLimited        = ratelimit.ErrLimited
)

// Service implements the account rules on an Ent client.
type Service struct {
	Client *ent.Client
	Hasher *password.Hasher
	Log    *slog.Logger
	Now    clock.Clock
	// Outbox receives the emails the rules send; Limits counts what the
	// rate limits and the lockout need. Both are optional for the command
	// line, which sends no mail.
	Outbox *mail.Outbox
	Limits *ratelimit.Counter
	// Keys names what the counters keep of a typed login (see
	// loginDigest); nil on the command line.
	Keys *keyring.Ring
	// Dialect is the database's (entgo.io/ent/dialect): on PostgreSQL,
	// where writers do not queue, some checks lock the rows they read.
	Dialect string
	// Background runs work that must not make an answer slower for an
	// existing account than for an unknown one (see RequestReset).
	Background *Background
	// Observer is told about sign-ins, lockouts and reset requests, for
	// metrics; nil is fine.
	Observer Observer
	// Challenges asks for a proof of work before signIn and requestReset
	// under pressure or after an address's failures (admission.go); nil:
	// never.
	Challenges Challenger
	// HasSecondFactor tells whether a right password is only the first
	// step (internal/secondfactor): the step is then audited as
	// PASSWORD_VERIFIED and the sign-in time waits for the second factor;
	// nil: no account has one.
	HasSecondFactor func(ctx context.Context, userID string) (bool, error)
}

// Observer is told about security events as they happen.
type Observer interface {
	SignIn(outcome string)
	Locked()
	ResetRequested()
}

type noObserver struct{}

func (noObserver) SignIn(string)   {}
func (noObserver) Locked()         {}
func (noObserver) ResetRequested() {}

func (s *Service) observer() Observer {
	if s.Observer == nil {
		return noObserver{}
	}
	return s.Observer
}

// NewUser is what it takes to create an account.
type NewUser struct {
	Email    string
	Username string
	Name     string
	Admin    bool
	// Password may be empty: the account then has no usable password until
	// one is set through an emailed link.
	Password string
	Locale   string
	// ActorID is who creates the account, for the audit log ("" for the
	// command line or the person themselves).
	ActorID string
}

// CreateUser validates nu, applies the password policy and stores the
// account. Validation errors come back one at a time, in field order.
func (s *Service) CreateUser(ctx context.Context, nu NewUser) (*ent.User, error) {
	row, err := s.prepareUser(ctx, nu, s.checkFree)
	if err != nil {
		return nil, err
	}
	var u *ent.User
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		u, err = s.InsertUser(ctx, tx, row)
		return err
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// PreparedUser is a new account whose fields are checked and whose password
// is hashed, ready to be written in the caller's transaction with the rest
// of a change (an invitation accepted, a set-password email, a sign-up). It
// is split from the write so that no write transaction waits on argon2.
type PreparedUser struct {
	email, username, name, locale, hash string
	role                                user.Role
	actorID                             string
	// EmailVerified marks the address proven at creation (the person
	// followed a link sent to it).
	EmailVerified bool
}

// PrepareUser validates nu as CreateUser does (field order, free email and
// username, password policy) and hashes its password, writing nothing.
func (s *Service) PrepareUser(ctx context.Context, nu NewUser) (*PreparedUser, error) {
	return s.prepareUser(ctx, nu, s.checkFree)
}

// InsertUser writes p's account and its USER_CREATED audit event with tx,
// the caller's transaction: if anything else in it fails, neither stays.
func (s *Service) InsertUser(ctx context.Context, tx *ent.Client, p *PreparedUser) (*ent.User, error) {
	if err := s.checkFree(ctx, tx, p.email, p.username); err != nil {
		return nil, err
	}
	return s.insertUser(ctx, tx, p)
}

// prepareUser validates nu in field order, calling free (which says
// whether the email and the username are taken) before the password
// policy, and hashes the password: everything that comes before the write
// transaction.
func (s *Service) prepareUser(ctx context.Context, nu NewUser, free func(ctx context.Context, c *ent.Client, email, username string) error) (*PreparedUser, error) {
	email, err := NormalizeEmail(nu.Email)
	if err != nil {
		return nil, err
	}
	username, err := NormalizeUsername(nu.Username)
	if err != nil {
		return nil, err
	}
	name, err := NormalizeName(nu.Name)
	if err != nil {
		return nil, err
	}
	if err := free(ctx, s.Client, email, username); err != nil {
		return nil, err
	}
	var hash string
	if nu.Password != "" {
		st, err := settings.Load(ctx, s.Client)
		if err != nil {
			return nil, err
		}
		if err := settings.Policy(st).Check(nu.Password, password.Personal{Username: username, Email: email}); err != nil {
			return nil, err
		}
		// Hash before the transaction: SQLite has one writer, and a
		// write transaction must never wait on argon2.
		if hash, err = s.Hasher.Hash(ctx, nu.Password); err != nil {
			return nil, fmt.Errorf("account: hash: %w", err)
		}
	}
	role := user.RoleUSER
	if nu.Admin {
		role = user.RoleADMIN
	}
	locale := "en"
	if nu.Locale != "" {
		if locale, err = NormalizeLocale(nu.Locale); err != nil {
			return nil, err
		}
	}
	return &PreparedUser{email: email, username: username, name: name, locale: locale, hash: hash, role: role, actorID: nu.ActorID}, nil
}

// insertUser stores row and its USER_CREATED event in tx; the caller has
// checked that its email and username are free.
func (s *Service) insertUser(ctx context.Context, tx *ent.Client, row *PreparedUser) (*ent.User, error) {
	c := tx.User.Create().
		SetEmail(row.email).
		SetEmailKey(EmailKey(row.email)).
		SetUsername(row.username).
		SetName(row.name).
		SetRole(row.role).
		SetLocale(row.locale).
		SetPasswordHash(row.hash)
	if row.hash != "" {
		c.SetPasswordChangedAt(s.Now.Now())
	}
	if row.EmailVerified {
		c.SetEmailVerifiedAt(s.Now.Now())
	}
	u, err := c.Save(ctx)
	if err != nil {
		if ent.IsConstraintError(err) {
			// Lost a race with another create: say which (read outside
			// tx, which PostgreSQL has aborted).
			if e := s.checkFree(ctx, s.Client, row.email, row.username); e != nil {
				return nil, e
			}
		}
		return nil, fmt.Errorf("account: create user: %w", err)
	}
	if err := audit.Record(ctx, tx, audit.Event{Type: audit.UserCreated, ActorID: row.actorID, SubjectID: u.ID, Details: map[string]string{"role": string(row.role)}}); err != nil {
		return nil, err
	}
	return u, nil
}

func (s *Service) checkFree(ctx context.Context, c *ent.Client, email, username string) error {
	if n, err := c.User.Query().Where(user.EmailKey(EmailKey(email))).Count(ctx); err != nil {
		return fmt.Errorf("account: check email: %w", err)
	} else if n > 0 {
		return ErrEmailTaken
	}
	if n, err := c.User.Query().Where(user.Username(username)).Count(ctx); err != nil {
		return fmt.Errorf("account: check username: %w", err)
	} else if n > 0 {
		return ErrUsernameTaken
	}
	return nil
}

// FindByLogin finds the account whose email or username is login. Emails
// match without regard to ASCII case and nothing else.
func (s *Service) FindByLogin(ctx context.Context, login string) (*ent.User, error) {
	login = strings.TrimSpace(login)
	if login == "" || len(login) > 254 {
		return nil, &ent.NotFoundError{}
	}
	pred := user.Username(usernameKey(login))
	if strings.Contains(login, "@") {
		pred = user.EmailKey(EmailKey(login))
	}
	return s.Client.User.Query().Where(pred).Only(ctx)
}

// User returns the account with id, or nil when there is none.
func (s *Service) User(ctx context.Context, id string) (*ent.User, error) {
	u, err := s.Client.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return u, err
}

// HasAdmin reports whether any admin account exists.
func (s *Service) HasAdmin(ctx context.Context) (bool, error) {
	return s.Client.User.Query().Where(user.RoleEQ(user.RoleADMIN)).Exist(ctx)
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// withTx runs fn in a transaction (see database.WithTx).
var withTx = database.WithTx

// RecordSignOut ends the session whose token hashes to sessionHash and
// writes the sign-out to the audit log, in one transaction (the caller then
// destroys the session in its manager, which clears the cookie).
func (s *Service) RecordSignOut(ctx context.Context, userID, sessionHash string) error {
	return withTx(ctx, s.Client, func(tx *ent.Client) error {
		if _, err := tx.Session.Delete().Where(session.UserID(userID), session.TokenHash(sessionHash)).Exec(ctx); err != nil {
			return fmt.Errorf("account: sign out: %w", err)
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SignedOut, ActorID: userID, SubjectID: userID})
	})
}

// Locales the service speaks.
var Locales = []string{"en", "fr", "sv"}

// ErrInvalidLocale means a language the service does not speak.
var ErrInvalidLocale = errors.New("account: unsupported language")

// NormalizeLocale accepts en, fr or sv (any case, with or without region).
func NormalizeLocale(l string) (string, error) {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	for _, ok := range Locales {
		if l == ok {
			return l, nil
		}
	}
	return "", ErrInvalidLocale
}

// UpdateProfile changes a person's own name or language (nil: unchanged).
// The change and its USER_UPDATED event commit together: the name is the
// text a person chooses that goes into emails, so its changes are on the
// record.
func (s *Service) UpdateProfile(ctx context.Context, u *ent.User, name, locale *string) (*ent.User, error) {
	var n, l *string
	var fields []string
	if name != nil {
		v, err := NormalizeName(*name)
		if err != nil {
			return nil, err
		}
		n, fields = &v, append(fields, "name")
	}
	if locale != nil {
		v, err := NormalizeLocale(*locale)
		if err != nil {
			return nil, err
		}
		l, fields = &v, append(fields, "locale")
	}
	if len(fields) == 0 {
		return u, nil
	}
	err := withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if u, err = tx.User.UpdateOne(u).SetNillableName(n).SetNillableLocale(l).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UserUpdated, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"fields": strings.Join(fields, ",")}})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}
