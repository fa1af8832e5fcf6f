package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
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

// accountState is v, a field of u's account state (lockedAt, lastSignInAt),
// for those who may see it, and null for the others: the person themselves,
// admins, and members holding MANAGE_MEMBERS in an organisation u belongs
// to. Fellow members without that right see each other's names only.
// Anonymous callers see none (the users of sign-in and reset payloads
// included: what they need is in userErrors).
func (r *Resolver) accountState(ctx context.Context, u *ent.User, v *time.Time) (*time.Time, error) {
	ok, err := r.mayManage(ctx, u)
	if err != nil || !ok {
		return nil, err
	}
	return v, nil
}

// mayManage reports whether the caller may see u's account state
// (org.MaySeeAccountState), from the request's batched memberships: one
// query per level, not per user.
func (r *Resolver) mayManage(ctx context.Context, u *ent.User) (bool, error) {
	v := auth.FromContext(ctx)
	switch {
	case v == nil:
		return false, nil
	case org.MaySeeAccountState(v.User.ID == u.ID, v.IsAdmin(), nil, nil):
		return true, nil
	}
	mine, err := r.viewerMemberships(ctx)
	if err != nil || !org.ManagesMembersSomewhere(mine) {
		return false, err
	}
	theirs, err := r.loaders(ctx).memberships.Load(ctx, u.ID)
	if err != nil {
		return false, err
	}
	return org.MaySeeAccountState(false, false, mine, theirs), nil
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

// startSession signs u in on this request's session, with a new token: a
// token planted before it (session fixation) never becomes a signed-in
// session.
func (r *Resolver) startSession(ctx context.Context, u *ent.User) error {
	if err := r.Sessions.RenewToken(ctx); err != nil {
		return fmt.Errorf("start session: %w", err)
	}
	r.Sessions.Put(ctx, session.UserKey, u.ID)
	r.noteBrowser(ctx, u)
	return nil
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
