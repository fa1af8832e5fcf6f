// Package device carries a browser's device cookie through a request: a
// random value the browser keeps for a long time, so that the account rules
// can tell a browser that signed in to an account before from a new one
// (internal/account, KnownDevice). Only its SHA-256 is stored; the cookie
// is HttpOnly, SameSite=Lax, and Secure with the __Host- prefix when the
// public URL is https.
package device

import (
	"context"
	"net/http"
	"strings"
	"time"
)

// CookieName is the device cookie's name over plain HTTP.
const CookieName = "latchkey_device"

// Prefix starts every device token.
const Prefix = "lk_dev_"

// MaxAge is how long a browser keeps its device cookie: 400 days, the most
// browsers accept. Every sign-in renews it.
const MaxAge = 400 * 24 * time.Hour

// Cookie is the device cookie's settings.
type Cookie struct {
	// Secure is true when the public URL is https.
	Secure bool
}

// Name is the cookie's name under these settings.
func (c Cookie) Name() string {
	if c.Secure {
		return "__Host-" + CookieName
	}
	return CookieName
}

type state struct {
	w     http.ResponseWriter
	token string
	c     Cookie
}

type key struct{}

// Middleware reads the request's device cookie and lets Remember set it.
func (c Cookie) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		st := &state{w: w, c: c}
		if ck, err := r.Cookie(c.Name()); err == nil && Valid(ck.Value) {
			st.token = ck.Value
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), key{}, st)))
	})
}

// Valid reports whether s looks like a device token this service makes:
// anything else a browser sends is ignored (the browser counts as new).
func Valid(s string) bool {
	if !strings.HasPrefix(s, Prefix) || len(s) < len(Prefix)+40 || len(s) > len(Prefix)+64 {
		return false
	}
	for _, r := range s[len(Prefix):] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// Token returns the device token the browser sent, or "" (none, not one of
// ours, or no request: the command line).
func Token(ctx context.Context) string {
	if st, ok := ctx.Value(key{}).(*state); ok {
		return st.token
	}
	return ""
}

// Remember has the browser keep token as its device cookie, for MaxAge. It
// must be called before the response is written (a resolver may: gqlgen
// writes after every resolver has run). Without the middleware it does
// nothing.
func Remember(ctx context.Context, token string) {
	st, ok := ctx.Value(key{}).(*state)
	if !ok || token == "" {
		return
	}
	st.token = token
	http.SetCookie(st.w, &http.Cookie{
		Name:     st.c.Name(),
		Value:    token,
		Path:     "/",
		MaxAge:   int(MaxAge / time.Second),
		HttpOnly: true,
		Secure:   st.c.Secure,
		SameSite: http.SameSiteLaxMode,
	})
}
