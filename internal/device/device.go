// Package device carries a browser's device cookie through a request: a
// random value the browser keeps for a long time, so that the account rules
// can tell a browser that signed in to an account before from a new one
// (internal/account, KnownDevice). Only its SHA-256 is stored; the cookie
// is HttpOnly, SameSite=Lax, and Secure with the __Host- prefix when the
// public URL is https.
//
// A token made by New is signed: 256 random bits, then a keyed digest of
// them under the service's key (internal/keyring). The signature lets the
// anonymous lane (internal/httpx) tell, before any database lookup, a
// device cookie this service issued from one made up: only a signed token
// can get a request ahead in the lane (and each only one request at a
// time). What is stored is the hash of the random part only (Hash): a
// token issued before signing (no signature) is the same browser once
// signed, which its next sign-in does (internal/account, NoteSignIn).
package device

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/secret"
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

// maxLen is the longest token after Prefix: 52 random characters, "_",
// and a 64-character digest, with room to spare.
const maxLen = 128

// Valid reports whether s looks like a device token this service makes:
// anything else a browser sends is ignored (the browser counts as new).
func Valid(s string) bool {
	if !strings.HasPrefix(s, Prefix) || len(s) < len(Prefix)+40 || len(s) > len(Prefix)+maxLen {
		return false
	}
	for _, r := range s[len(Prefix):] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// New returns a fresh device token signed under keys (unsigned, as before
// signing, when keys is nil: the command line and some tests).
func New(keys *keyring.Ring) string {
	tok, _ := secret.NewToken(Prefix)
	return Sign(keys, tok)
}

// Sign returns tok (valid) signed under the current key of keys, its old
// signature if any replaced: a token of before signing, or one signed
// under a key since dropped, keeps its identity (Hash) and gets a fresh
// signature. keys nil: tok unsigned.
func Sign(keys *keyring.Ring, tok string) string {
	tok = unsigned(tok)
	if keys == nil {
		return tok
	}
	return tok + "_" + keys.Digest(sigContext+tok)
}

const sigContext = "device:"

// unsigned is tok without its signature (tok itself when it has none).
func unsigned(tok string) string {
	if i := strings.LastIndexByte(tok, '_'); i >= len(Prefix) {
		return tok[:i]
	}
	return tok
}

// Signed reports whether tok is a token New or Sign made under a key of
// keys.
func Signed(keys *keyring.Ring, tok string) bool {
	if keys == nil || !Valid(tok) {
		return false
	}
	i := strings.LastIndexByte(tok, '_')
	if i < len(Prefix) {
		return false // only the prefix's own "_": no signature
	}
	return keys.DigestMatches(sigContext+tok[:i], tok[i+1:])
}

// Hash is what is stored of a device token: the SHA-256 of its random part
// (secret.Hash), so that signing a token of before signing, or signing it
// again under a new key, leaves it the same browser.
func Hash(tok string) string { return secret.Hash(unsigned(tok)) }

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
