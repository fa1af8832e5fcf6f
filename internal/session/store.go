// Package session keeps browser sessions (github.com/alexedwards/scs/v2) in
// the service's own database, so that every instance sees them and so that a
// person's sessions can be listed and ended one by one or all at once.
package session

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/secret"
)

// UserKey is the session value that holds the signed-in user's ID.
const UserKey = "user_id"

// Session values about how the session was authenticated: AuthMethodsKey
// the methods, comma-separated (PASSWORD,TOTP), and AuthAtKey when it last
// was (RFC 3339, at sign-in or reauthenticate). The store copies both to
// their columns. PendingKey names a sign-in waiting for its second factor
// (a SecondFactorChallenge's ID): it is no signed-in user and grants
// nothing but verifySecondFactor.
const (
	AuthMethodsKey = "auth_methods"
	AuthAtKey      = "auth_at"
	PendingKey     = "pending_second_factor"
)

// authOf reads the authentication values of a session's data.
func authOf(values map[string]interface{}) (methods string, at *time.Time) {
	methods, _ = values[AuthMethodsKey].(string)
	if raw, ok := values[AuthAtKey].(string); ok {
		if t, err := time.Parse(time.RFC3339Nano, raw); err == nil {
			at = &t
		}
	}
	return truncate(methods, 100), at
}

// Store is an scs.CtxStore on Ent. Rows are keyed by the SHA-256 of the
// session token, never the token itself.
type Store struct {
	Client *ent.Client
	Codec  scs.Codec
	// Idle ends a session unused for this long (0: no idle timeout).
	Idle time.Duration
}

// touchEvery is how stale last_seen_at may get before a request refreshes
// it: often enough for the idle timeout and the sessions list, rarely
// enough that reading a session is not a write.
const touchEvery = time.Minute

var _ scs.CtxStore = (*Store)(nil)

// loaded records, per request, which token was found in the store, so that
// Commit can tell an existing session (update only) from a new one (insert).
type loaded struct{ tokenHash string }

type loadedKey struct{}

// Track must wrap scs's LoadAndSave: it gives Commit what it needs to never
// bring back a session that was revoked while a request of it was running.
func Track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), loadedKey{}, &loaded{})
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// FindCtx returns the data of an unexpired session.
func (s *Store) FindCtx(ctx context.Context, token string) ([]byte, bool, error) {
	h := secret.Hash(token)
	now := time.Now()
	q := s.Client.Session.Query().Where(session.TokenHash(h), session.ExpiresAtGT(now))
	if s.Idle > 0 {
		q = q.Where(session.LastSeenAtGT(now.Add(-s.Idle)))
	}
	row, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("session: find: %w", err)
	}
	if now.Sub(row.LastSeenAt) > touchEvery {
		info := clientinfo.From(ctx)
		err := s.Client.Session.Update().Where(session.ID(row.ID)).
			SetLastSeenAt(now).SetIP(truncate(info.IP, 64)).SetUserAgent(truncate(info.UserAgent, 512)).
			Exec(ctx)
		if err != nil {
			return nil, false, fmt.Errorf("session: touch: %w", err)
		}
	}
	if l, ok := ctx.Value(loadedKey{}).(*loaded); ok {
		l.tokenHash = h
	}
	return row.Data, true, nil
}

// CommitCtx stores a session. A session loaded by this request is only ever
// updated: if it was deleted meanwhile (signed out everywhere, forced
// sign-in), it stays deleted. A new token is inserted with who opened it.
func (s *Store) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	h := secret.Hash(token)
	info := clientinfo.From(ctx)
	now := time.Now()
	var userID *string
	var methods string
	var authAt *time.Time
	if _, values, err := s.Codec.Decode(b); err == nil {
		if id, ok := values[UserKey].(string); ok && id != "" {
			userID = &id
		}
		methods, authAt = authOf(values)
	}
	if l, ok := ctx.Value(loadedKey{}).(*loaded); ok && l.tokenHash == h {
		err := s.Client.Session.Update().
			Where(session.TokenHash(h)).
			SetData(b).
			SetExpiresAt(expiry).
			SetLastSeenAt(now).
			SetIP(truncate(info.IP, 64)).
			SetUserAgent(truncate(info.UserAgent, 512)).
			SetAuthMethods(methods).
			SetNillableAuthenticatedAt(authAt).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("session: update: %w", err)
		}
		return nil
	}
	err := s.Client.Session.Create().
		SetTokenHash(h).
		SetData(b).
		SetExpiresAt(expiry).
		SetLastSeenAt(now).
		SetIP(truncate(info.IP, 64)).
		SetUserAgent(truncate(info.UserAgent, 512)).
		SetNillableUserID(userID).
		SetAuthMethods(methods).
		SetNillableAuthenticatedAt(authAt).
		OnConflictColumns(session.FieldTokenHash).
		Update(func(u *ent.SessionUpsert) {
			u.UpdateData()
			u.UpdateExpiresAt()
			u.UpdateLastSeenAt()
			u.UpdateUserID()
			u.UpdateAuthMethods()
			u.UpdateAuthenticatedAt()
		}).
		Exec(ctx)
	if err != nil {
		return fmt.Errorf("session: insert: %w", err)
	}
	if l, ok := ctx.Value(loadedKey{}).(*loaded); ok {
		l.tokenHash = h
	}
	return nil
}

// DeleteCtx removes a session.
func (s *Store) DeleteCtx(ctx context.Context, token string) error {
	_, err := s.Client.Session.Delete().Where(session.TokenHash(secret.Hash(token))).Exec(ctx)
	if err != nil {
		return fmt.Errorf("session: delete: %w", err)
	}
	return nil
}

// Find, Commit and Delete satisfy scs.Store; scs calls the Ctx versions.
func (s *Store) Find(token string) ([]byte, bool, error) {
	return s.FindCtx(context.Background(), token)
}
func (s *Store) Commit(token string, b []byte, expiry time.Time) error {
	return s.CommitCtx(context.Background(), token, b, expiry)
}
func (s *Store) Delete(token string) error { return s.DeleteCtx(context.Background(), token) }

// DeleteExpired removes expired sessions; the server runs it periodically.
func (s *Store) DeleteExpired(ctx context.Context) (int, error) {
	return s.Client.Session.Delete().Where(session.ExpiresAtLTE(time.Now())).Exec(ctx)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n]
}
