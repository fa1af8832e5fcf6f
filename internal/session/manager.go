package session

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/latchkey/latchkey/ent"
)

// Config sets the cookie and lifetimes of browser sessions.
type Config struct {
	// Secure is true when the public URL is https: the cookie is then
	// Secure and named with the __Host- prefix (no Domain, Path=/).
	Secure bool
	// IdleTimeout ends a session nobody used for this long.
	IdleTimeout time.Duration
	// Lifetime ends a session this long after sign-in, used or not.
	Lifetime time.Duration
}

// CookieName is the session cookie's name over plain HTTP.
const CookieName = "latchkey_session"

// NewManager returns an scs session manager that stores in client.
func NewManager(client *ent.Client, cfg Config) *scs.SessionManager {
	m := scs.New()
	// The store, not scs, enforces the idle timeout: scs would rewrite the
	// session on every request to push its expiry forward, while the store
	// records use at most once a minute (see Store.FindCtx).
	m.Store = &Store{Client: client, Codec: Codec{}, Idle: cfg.IdleTimeout}
	m.Codec = Codec{}
	m.Lifetime = cfg.Lifetime
	m.Cookie.Name = CookieName
	m.Cookie.HttpOnly = true
	m.Cookie.SameSite = http.SameSiteLaxMode
	m.Cookie.Path = "/"
	m.Cookie.Persist = true
	if cfg.Secure {
		m.Cookie.Name = "__Host-" + CookieName
		m.Cookie.Secure = true
	}
	// scs's default error handler answers 500 with the error text; log it
	// instead and keep it out of the response.
	m.ErrorFunc = func(w http.ResponseWriter, r *http.Request, err error) {
		slog.ErrorContext(r.Context(), "session store failed", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
	}
	return m
}
