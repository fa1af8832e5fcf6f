package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/codes"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/secondfactor"
)

// ceremonyKey is the session value that holds a passkey ceremony's state
// (its challenge): it lives in the browser's server-side session, never
// with the client.
const ceremonyKey = "passkey_ceremony"

// errBrowserOnly: a ceremony needs a browser session (an access token has
// no session to keep its state in).
var errBrowserOnly = &codedError{codes.Forbidden, "Passkeys are registered in a browser session, not with an access token."}

// popCeremony takes the passkey ceremony's state out of the session: it is
// tried once, whatever the outcome.
func (r *Resolver) popCeremony(ctx context.Context) []byte {
	return []byte(r.Sessions.PopString(ctx, ceremonyKey))
}

// PasskeyVerifier checks verifySecondFactor's passkey assertions for the
// pending sign-in (secondfactor.PasskeyVerifier): the options come from
// beginPasskeySignIn in the same browser, whose state is in its session.
func PasskeyVerifier(r *Resolver) secondfactor.PasskeyVerifier { return passkeyVerifier{r} }

type passkeyVerifier struct{ r *Resolver }

func (v passkeyVerifier) VerifyPasskey(ctx context.Context, userID string, credential []byte) error {
	_, err := v.r.Passkey.Verify(ctx, userID, v.r.popCeremony(ctx), credential)
	if errors.Is(err, passkey.ErrInvalid) || errors.Is(err, passkey.ErrUnavailable) {
		return fmt.Errorf("%w: %w", secondfactor.ErrInvalid, err)
	}
	return err
}

// RemovePasskeyFactor removes u's passkey id for removeSecondFactor
// (Resolver.RemoveOtherFactor), which checked the recent authentication.
func RemovePasskeyFactor(r *Resolver) func(ctx context.Context, u *ent.User, id string) error {
	return func(ctx context.Context, u *ent.User, id string) error {
		err := r.Passkey.Remove(ctx, u.ID, u.ID, id)
		if errors.Is(err, passkey.ErrNotFound) {
			return secondfactor.ErrNotFound
		}
		return err
	}
}
