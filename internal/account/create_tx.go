package account

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
)

// PreparedUser is a new account whose fields are checked and whose password
// is hashed, ready for InsertUser to write in the caller's transaction with
// the rest of a change (an invitation accepted, a set-password email). It
// is split in two so that no write transaction waits on argon2.
type PreparedUser struct {
	email, username, name, hash, locale string
	role                                user.Role
	actorID                             string
	// EmailVerified marks the address proven at creation (the person
	// followed a link sent to it).
	EmailVerified bool
}

// PrepareUser validates nu as CreateUser does (field order, free email and
// username, password policy) and hashes its password, writing nothing.
func (s *Service) PrepareUser(ctx context.Context, nu NewUser) (*PreparedUser, error) {
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
	if err := s.checkFree(ctx, s.Client, email, username); err != nil {
		return nil, err
	}
	p := &PreparedUser{email: email, username: username, name: name, role: user.RoleUSER, locale: "en", actorID: nu.ActorID}
	if nu.Password != "" {
		st, err := settings.Load(ctx, s.Client)
		if err != nil {
			return nil, err
		}
		if err := settings.Policy(st).Check(nu.Password, password.Personal{Username: username, Email: email}); err != nil {
			return nil, err
		}
		if p.hash, err = s.Hasher.Hash(ctx, nu.Password); err != nil {
			return nil, fmt.Errorf("account: hash: %w", err)
		}
	}
	if nu.Admin {
		p.role = user.RoleADMIN
	}
	if nu.Locale != "" {
		if p.locale, err = NormalizeLocale(nu.Locale); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// InsertUser writes p's account and its USER_CREATED audit event with tx,
// the caller's transaction: if anything else in it fails, neither stays.
func (s *Service) InsertUser(ctx context.Context, tx *ent.Client, p *PreparedUser) (*ent.User, error) {
	if err := s.checkFree(ctx, tx, p.email, p.username); err != nil {
		return nil, err
	}
	c := tx.User.Create().
		SetEmail(p.email).
		SetEmailKey(EmailKey(p.email)).
		SetUsername(p.username).
		SetName(p.name).
		SetRole(p.role).
		SetLocale(p.locale).
		SetPasswordHash(p.hash)
	if p.hash != "" {
		c.SetPasswordChangedAt(s.now())
	}
	if p.EmailVerified {
		c.SetEmailVerifiedAt(s.now())
	}
	u, err := c.Save(ctx)
	if err != nil {
		if ent.IsConstraintError(err) {
			// Lost a race with another create: say which (read outside
			// tx, which PostgreSQL has aborted).
			if e := s.checkFree(ctx, s.Client, p.email, p.username); e != nil {
				return nil, e
			}
		}
		return nil, fmt.Errorf("account: create user: %w", err)
	}
	if err := audit.Record(ctx, tx, audit.Event{Type: audit.UserCreated, ActorID: p.actorID, SubjectID: u.ID, Details: map[string]string{"role": string(p.role)}}); err != nil {
		return nil, err
	}
	return u, nil
}
