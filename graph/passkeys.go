package graph

import (
	"context"
	"time"

	"github.com/latchkey/latchkey/internal/codes"
)

// Session values of passkeys. The ceremony's state (its challenge) lives
// in the browser's server-side session, never with the client.
const (
	ceremonyKey = "passkey_ceremony"
	// sessionAuthMethods and sessionAuthenticatedAt record how and when
	// the session was authenticated (the second-factor work reads them:
	// AuthMethod values, comma-separated); authMethodPasskey satisfies
	// both factors.
	sessionAuthMethods     = "auth_methods"
	sessionAuthenticatedAt = "authenticated_at"
	authMethodPasskey      = "PASSKEY"
)

// notePasskeySession records on this request's session that it was
// authenticated now, with a passkey.
func (r *Resolver) notePasskeySession(ctx context.Context, now time.Time) {
	r.Sessions.Put(ctx, sessionAuthMethods, authMethodPasskey)
	r.Sessions.Put(ctx, sessionAuthenticatedAt, now.UTC().Format(time.RFC3339Nano))
}

// errBrowserOnly: a ceremony needs a browser session (an access token has
// no session to keep its state in).
var errBrowserOnly = &codedError{codes.Forbidden, "Passkeys are registered in a browser session, not with an access token."}

// popCeremony takes the passkey ceremony's state out of the session: it is
// tried once, whatever the outcome.
func (r *Resolver) popCeremony(ctx context.Context) []byte {
	return []byte(r.Sessions.PopString(ctx, ceremonyKey))
}
