// Package ceremony keeps the state of a short two-step ceremony (a passkey's
// challenge between beginPasskey… and finishPasskey…) in the browser that
// began it, sealed with the service's keyring, in a cookie of its own.
//
// Why a cookie and not the server-side session: a passkey sign-in is meant
// to be cheap (no hash runs), and a session row written at begin, then
// deleted and replaced at finish, was most of its cost. The state stays as
// safe as in the session: the browser cannot read it (HttpOnly) nor change
// it (sealed, with the cookie's name as associated data), no other site's
// page sends it (SameSite=Strict), it lasts only the ceremony's lifetime,
// and it works once whatever happens to the cookie: the passkey service
// spends the state's challenge in the shared counters before checking
// anything (a copied or replayed cookie finds it spent, on any instance).
package ceremony

import (
	"context"
	"encoding/base64"
	"net/http"
	"time"

	"github.com/latchkey/latchkey/internal/keyring"
)

// CookieName is the ceremony cookie's name (with the __Host- prefix over
// HTTPS).
const CookieName = "latchkey_ceremony"

// MaxState bounds the state a cookie carries (a passkey's is about 300
// bytes); a bigger cookie in a request is ignored.
const MaxState = 2048

// Cookie reads and sets the ceremony cookie.
type Cookie struct {
	Keys *keyring.Ring
	// Secure: the public URL is HTTPS (the cookie is then Secure and
	// __Host-).
	Secure bool
	// Lifetime is the cookie's Max-Age: the ceremony's own lifetime.
	Lifetime time.Duration
}

// Name is the cookie's name.
func (c Cookie) Name() string {
	if c.Secure {
		return "__Host-" + CookieName
	}
	return CookieName
}

type state struct {
	w      http.ResponseWriter
	sealed string
	c      Cookie
}

type key struct{}

// Middleware makes Keep and Take work for the request.
func (c Cookie) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := &state{w: w, c: c}
		if ck, err := r.Cookie(c.Name()); err == nil && len(ck.Value) <= base64.RawURLEncoding.EncodedLen(MaxState+64) {
			st.sealed = ck.Value
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, st)))
	})
}

// Keep gives the browser plain (sealed) as the state of the ceremony it
// begins, replacing any other. Without the middleware it does nothing.
func Keep(ctx context.Context, plain []byte) {
	st, ok := ctx.Value(key{}).(*state)
	if !ok || st.c.Keys == nil {
		return
	}
	st.sealed = base64.RawURLEncoding.EncodeToString(st.c.Keys.Seal(plain, []byte(st.c.Name())))
	st.set(st.sealed, int(st.c.Lifetime/time.Second))
}

// Take returns the state the browser sent and tells it to forget it: a
// state is tried once, whatever the outcome. Nil when there is none, or it
// does not open (another key, changed, or another cookie's).
func Take(ctx context.Context) []byte {
	st, ok := ctx.Value(key{}).(*state)
	if !ok || st.sealed == "" || st.c.Keys == nil {
		return nil
	}
	sealed := st.sealed
	st.sealed = ""
	st.set("", -1)
	raw, err := base64.RawURLEncoding.DecodeString(sealed)
	if err != nil {
		return nil
	}
	plain, err := st.c.Keys.Open(raw, []byte(st.c.Name()))
	if err != nil {
		return nil
	}
	return plain
}

func (st *state) set(value string, maxAge int) {
	http.SetCookie(st.w, &http.Cookie{
		Name:     st.c.Name(),
		Value:    value,
		Path:     "/",
		MaxAge:   maxAge,
		HttpOnly: true,
		Secure:   st.c.Secure,
		SameSite: http.SameSiteStrictMode,
	})
}
