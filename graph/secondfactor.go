package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/session"
)

// now is the second-factor rules' clock (TOTP steps, pending sign-ins,
// recent authentication): one clock for all of them.
func (r *Resolver) now() time.Time { return r.Factors.Now.Now() }

// startSessionWith signs u in on this request's session, recording how
// (methods) and when: a new token, the pending sign-in forgotten.
func (r *Resolver) startSessionWith(ctx context.Context, u *ent.User, methods ...secondfactor.Method) error {
	if err := r.startSession(ctx, u); err != nil {
		return err
	}
	r.Sessions.Remove(ctx, session.PendingKey)
	r.noteAuthentication(ctx, methods...)
	return nil
}

// noteAuthentication records on this request's session that it was just
// authenticated with methods (replacing what it held when methods are
// given; only the time otherwise).
func (r *Resolver) noteAuthentication(ctx context.Context, methods ...secondfactor.Method) {
	if len(methods) > 0 {
		names := make([]string, len(methods))
		for i, m := range methods {
			names[i] = string(m)
		}
		r.Sessions.Put(ctx, session.AuthMethodsKey, strings.Join(names, ","))
	}
	r.Sessions.Put(ctx, session.AuthAtKey, r.now().UTC().Format(time.RFC3339Nano))
}

// startPendingSignIn answers a right password for an account with a
// second factor: no session, only a pending sign-in named in this
// browser's (new) session, which grants nothing but verifySecondFactor.
func (r *Resolver) startPendingSignIn(ctx context.Context, u *ent.User) error {
	c, err := r.Factors.StartChallenge(ctx, u, secondfactor.ForBrowser, "")
	if err != nil {
		return err
	}
	if err := r.Sessions.RenewToken(ctx); err != nil {
		return fmt.Errorf("pending sign-in: %w", err)
	}
	for _, k := range []string{session.UserKey, session.AuthMethodsKey, session.AuthAtKey} {
		r.Sessions.Remove(ctx, k)
	}
	r.Sessions.Put(ctx, session.PendingKey, c.ID)
	return nil
}

// methodsModel maps sign-in methods to their GraphQL enum.
func methodsModel(ms []secondfactor.Method) []model.SecondFactorMethod {
	out := make([]model.SecondFactorMethod, 0, len(ms))
	for _, m := range ms {
		out = append(out, model.SecondFactorMethod(m))
	}
	return out
}

// factorModel maps a factor to its GraphQL type.
func factorModel(f secondfactor.Factor) *model.SecondFactor {
	return &model.SecondFactor{ID: f.ID, Kind: model.SecondFactorKind(f.Kind), Name: f.Name, CreatedAt: f.CreatedAt, LastUsedAt: f.LastUsedAt}
}

// authModel maps recorded methods to AuthMethod values and the level they
// reach: a second factor after the password, or a passkey, is two factors.
func authModel(methods []string) ([]model.AuthMethod, model.AuthLevel) {
	out := make([]model.AuthMethod, 0, len(methods))
	level := model.AuthLevelSingleFactor
	for _, m := range methods {
		am := model.AuthMethod(m)
		if !am.IsValid() {
			continue
		}
		out = append(out, am)
		switch am {
		case model.AuthMethodTotp, model.AuthMethodRecoveryCode, model.AuthMethodPasskey:
			level = model.AuthLevelMultiFactor
		}
	}
	return out, level
}

// proof is what the input gives as a second factor. In a browser
// (inBrowser), a passkey assertion answers the ceremony this browser
// began: its state is taken from the ceremony cookie (tried once, whatever
// the outcome). A generateToken's pending sign-in holds its own
// (secondfactor.Service.Complete), and the cookie is left alone.
func (r *Resolver) proof(ctx context.Context, inBrowser bool, code, recoveryCode *string, credential model.JSON) secondfactor.Proof {
	p := secondfactor.Proof{Code: deref(code), RecoveryCode: deref(recoveryCode), Credential: []byte(credential)}
	if inBrowser && len(p.Credential) > 0 {
		p.PasskeyState = r.popCeremony(ctx)
	}
	return p
}

// requireRecent refuses (RECENT_AUTHENTICATION_REQUIRED) unless this
// browser session was authenticated in the last
// secondfactor.RecentAuthentication. A bearer token cannot prove itself
// again, so it is never recent.
func (r *Resolver) requireRecent(ctx context.Context) error {
	v := auth.FromContext(ctx)
	if v == nil || v.Via != auth.ViaSession || !secondfactor.Recent(v.AuthenticatedAt, r.now()) {
		return secondfactor.ErrRecentAuthenticationRequired
	}
	return nil
}

// requireRecentIfSecondFactor is requireRecent for an account with a
// second factor (changing the password or the email, which re-enter the
// password: for an account without one, that is the re-authentication).
func (r *Resolver) requireRecentIfSecondFactor(ctx context.Context) error {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil
	}
	fs, err := r.Factors.Factors(ctx, v.User.ID)
	if err != nil || len(fs) == 0 {
		return err
	}
	if v.Via == auth.ViaSession && secondfactor.Recent(v.AuthenticatedAt, r.now()) {
		return nil
	}
	return secondfactor.ErrRecentAuthenticationRequired
}

// mustEnroll reports, once per request, whether the viewer must enrol a
// second factor before anything else.
func (r *Resolver) mustEnroll(ctx context.Context) (bool, error) {
	v := auth.FromContext(ctx)
	if v == nil || r.Factors == nil {
		return false, nil
	}
	return v.MustEnroll(func() (bool, error) { return r.Factors.MustEnroll(ctx, v.User) })
}

// isSelf reports whether u is the viewer.
func isSelf(ctx context.Context, u *ent.User) bool {
	v := auth.FromContext(ctx)
	return v != nil && v.User.ID == u.ID
}

// secondFactorLock is when u's second-factor lock was set and when it
// lapses, or nils when none holds (a lapsed lock is still stored until the
// next try lifts it). The settings are read only for a stored lock.
func (r *Resolver) secondFactorLock(ctx context.Context, u *ent.User) (at, until *time.Time, err error) {
	if u.SecondFactorLockedAt == nil {
		return nil, nil, nil
	}
	st, err := r.loaders(ctx).settings.load(ctx)
	if err != nil {
		return nil, nil, err
	}
	at, until = secondfactor.LiveLock(st, u, r.now())
	return at, until, nil
}

// liveLock is which of the password's and the admin's locks holds on u
// now, and since when (account.LiveLock: a lockout that lapsed by itself
// is none). The settings are read only when a lock is stored, once per
// request.
func (r *Resolver) liveLock(ctx context.Context, u *ent.User) (account.LockKind, *time.Time, error) {
	if u.AdminLockedAt == nil && u.LockedAt == nil {
		return account.LockNone, nil, nil
	}
	st, err := r.loaders(ctx).settings.load(ctx)
	if err != nil {
		return account.LockNone, nil, err
	}
	kind, since := account.LiveLock(st, u, r.now())
	return kind, since, nil
}

// lockedUntil is when the second-factor lock err reports lapses (nil for
// any other error): for the payloads' secondFactorLockedUntil.
func lockedUntil(err error) *time.Time {
	var locked *secondfactor.LockedError
	if errors.As(err, &locked) {
		t := locked.Until.UTC()
		return &t
	}
	return nil
}

// sessionMethods is how a stored session was authenticated; one from
// before methods were recorded signed in with a password.
func sessionMethods(s *ent.Session) []string {
	if s.AuthMethods == "" {
		return []string{string(secondfactor.MethodPassword)}
	}
	return strings.Split(s.AuthMethods, ",")
}
