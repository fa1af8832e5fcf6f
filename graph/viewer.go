package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/session"
)

// viewerID is the signed-in caller's ID; the directives guarantee one.
func viewerID(ctx context.Context) string { return auth.FromContext(ctx).User.ID }

// actor is the caller as the organisation rules see them.
func actor(ctx context.Context) org.Actor {
	v := auth.FromContext(ctx)
	return org.Actor{User: v.User, Admin: v.IsAdmin()}
}

// selfOrAdmin allows a person's own private fields to them and to admins.
func selfOrAdmin(ctx context.Context, u *ent.User) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return errUnauthenticated
	}
	if v.User.ID != u.ID && !v.IsAdmin() {
		return errForbidden
	}
	return nil
}

// forbiddenAsError turns the organisation rules' refusals into FORBIDDEN.
func forbiddenAsError(err error) error {
	if errors.Is(err, org.ErrForbidden) || errors.Is(err, org.ErrNotFound) {
		return errForbidden
	}
	return err
}

// currentSessionHash is the stored hash of this request's session token, or
// "" for a bearer request.
func (r *Resolver) currentSessionHash(ctx context.Context) string {
	if v := auth.FromContext(ctx); v == nil || v.Via != auth.ViaSession {
		return ""
	}
	tok := r.Sessions.Token(ctx)
	if tok == "" {
		return ""
	}
	return secret.Hash(tok)
}

// startSession signs u in on this request's session, with a new token.
func (r *Resolver) startSession(ctx context.Context, u *ent.User) error {
	if err := r.Sessions.RenewToken(ctx); err != nil {
		return fmt.Errorf("start session: %w", err)
	}
	r.Sessions.Put(ctx, session.UserKey, u.ID)
	return nil
}

// accountFields names the input field of the account rules' errors.
func accountFields(def string) func(error) string {
	return fieldsFor(map[error]string{
		account.ErrInvalidEmail: "email", account.ErrEmailTaken: "email",
		account.ErrInvalidUsername: "username", account.ErrUsernameTaken: "username",
		account.ErrInvalidName: "name", account.ErrInvalidLocale: "locale",
		account.ErrPasswordMismatch: "passwordConfirmation",
		account.ErrLastAdmin:        "role",
		account.ErrNotFound:         "id",
	}, def)
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// mailShown is an outbox message's bodies and link as admins may see them:
// with its secrets only when no SMTP server delivers mail (the outbox is
// then the only way to finish a flow); else with [redacted] in their place.
func (r *Resolver) mailShown(ctx context.Context, m *ent.OutboxMessage) mail.Opened {
	shown, err := r.Accounts.Outbox.Shown(ctx, r.Client, m, !r.RedactMail)
	if err != nil {
		r.Log.Error("outbox: showing a message", "message_id", m.ID, "err", err)
	}
	return shown
}
