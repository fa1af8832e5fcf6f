package graph

import (
	"context"

	"github.com/latchkey/latchkey/internal/codes"
)

// Session values of passkeys. The ceremony's state (its challenge) lives
// in the browser's server-side session, never with the client.
const (
	ceremonyKey = "passkey_ceremony"
	// sessionAuthMethods records how the session was authenticated;
	// authMethodPasskey satisfies both factors.
	sessionAuthMethods = "auth_methods"
	authMethodPasskey  = "passkey"
)

// errBrowserOnly: a ceremony needs a browser session (an access token has
// no session to keep its state in).
var errBrowserOnly = &codedError{codes.Forbidden, "Passkeys are registered in a browser session, not with an access token."}

// popCeremony takes the passkey ceremony's state out of the session: it is
// tried once, whatever the outcome.
func (r *Resolver) popCeremony(ctx context.Context) []byte {
	return []byte(r.Sessions.PopString(ctx, ceremonyKey))
}
