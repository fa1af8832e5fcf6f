// Package auth finds who is asking: the user behind a session cookie or a
// bearer token, carried through a request's context as a Viewer.
package auth

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/session"
)

// Method says how a viewer proved who they are.
type Method int

const (
	ViaSession Method = iota + 1
	ViaToken
)

// Viewer is the signed-in caller of a request.
type Viewer struct {
	User    *ent.User
	Via     Method
	TokenID string // set when Via is ViaToken
	// AuthMethods and AuthenticatedAt say how and when a session was
	// last authenticated (session.AuthMethodsKey, AuthAtKey); a session
	// older than them has PASSWORD and a zero time (not recent).
	AuthMethods     []string
	AuthenticatedAt time.Time

	enrollOnce sync.Once
	mustEnroll bool
	enrollErr  error
}

// MustEnroll memoises, for the request, whether the viewer must enrol a
// second factor first (computed by check once).
func (v *Viewer) MustEnroll(check func() (bool, error)) (bool, error) {
	v.enrollOnce.Do(func() { v.mustEnroll, v.enrollErr = check() })
	return v.mustEnroll, v.enrollErr
}

// IsAdmin reports whether the viewer has the ADMIN role.
func (v *Viewer) IsAdmin() bool { return v != nil && v.User.Role == user.RoleADMIN }

type viewerKey struct{}

// WithViewer returns ctx carrying v.
func WithViewer(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer, or nil when nobody is signed in.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// ErrBadToken means a bearer token is unknown, revoked or expired.
var ErrBadToken = errors.New("auth: invalid or expired access token")

// BearerToken returns the token of an "Authorization: Bearer" header value.
func BearerToken(header string) (string, bool) {
	scheme, tok, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}

// Authenticator resolves sessions and tokens to users.
type Authenticator struct {
	Client   *ent.Client
	Sessions *scs.SessionManager
	Now      clock.Clock
}

// FromSession returns the viewer of the session in ctx, or nil.
func (a *Authenticator) FromSession(ctx context.Context) (*Viewer, error) {
	id := a.Sessions.GetString(ctx, session.UserKey)
	if id == "" {
		return nil, nil
	}
	u, err := a.Client.User.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("auth: session user: %w", err)
	}
	if u.AdminLockedAt != nil {
		// An admin's lock ends the account's sessions; one made in the
		// same instant (a sign-in whose password was being checked) is
		// worth nothing while the lock holds.
		return nil, nil
	}
	v := &Viewer{User: u, Via: ViaSession, AuthMethods: []string{"PASSWORD"}}
	if m := a.Sessions.GetString(ctx, session.AuthMethodsKey); m != "" {
		v.AuthMethods = strings.Split(m, ",")
	}
	if at, err := time.Parse(time.RFC3339Nano, a.Sessions.GetString(ctx, session.AuthAtKey)); err == nil {
		v.AuthenticatedAt = at
	}
	return v, nil
}

// FromToken returns the viewer of a bearer token. Tokens are looked up by
// hash; a revoked token has no row, an expired one is refused.
func (a *Authenticator) FromToken(ctx context.Context, token string) (*Viewer, error) {
	t, err := a.Client.AccessToken.Query().
		Where(accesstoken.TokenHash(secret.Hash(token))).
		WithUser().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, fmt.Errorf("auth: token: %w", err)
	}
	now := a.Now.Now()
	if t.ExpiresAt != nil && !t.ExpiresAt.After(now) {
		return nil, ErrBadToken
	}
	if t.Edges.User == nil || t.Edges.User.AdminLockedAt != nil {
		return nil, ErrBadToken // as for a session: nothing opens an admin-locked account
	}
	// Record use at most once a minute: a busy integrator must not turn
	// every read into a write.
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > time.Minute {
		a.Client.AccessToken.UpdateOneID(t.ID).SetLastUsedAt(now).Exec(ctx) //nolint:errcheck // best effort
	}
	return &Viewer{User: t.Edges.User, Via: ViaToken, TokenID: t.ID, AuthMethods: []string{"ACCESS_TOKEN"}}, nil
}
