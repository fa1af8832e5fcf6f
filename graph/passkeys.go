package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/ceremony"
	"github.com/latchkey/latchkey/internal/codes"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/secondfactor"
)

// errBrowserOnly: registering a passkey is a browser's ceremony (an access
// token's client has no browser to hold its state).
var errBrowserOnly = &codedError{codes.Forbidden, "Passkeys are registered in a browser session, not with an access token."}

// keepCeremony gives this browser the passkey ceremony's state (its
// challenge), sealed in a cookie of its own (internal/ceremony): the
// client can neither read nor choose it, and writing it costs no
// statement.
func (r *Resolver) keepCeremony(ctx context.Context, state []byte) { ceremony.Keep(ctx, state) }

// popCeremony takes the passkey ceremony's state back from this browser:
// it is tried once, whatever the outcome (the passkey service spends its
// challenge before checking anything).
func (r *Resolver) popCeremony(ctx context.Context) []byte { return ceremony.Take(ctx) }

// PasskeyVerifier checks the passkey assertions of verifySecondFactor and
// reauthenticate (secondfactor.PasskeyVerifier): the options came from
// beginPasskeySignIn, in the same browser (its ceremony cookie) or for the
// same secondFactorToken (its pending sign-in).
func PasskeyVerifier(r *Resolver) secondfactor.PasskeyVerifier { return passkeyVerifier{r} }

type passkeyVerifier struct{ r *Resolver }

func (v passkeyVerifier) VerifyPasskey(ctx context.Context, userID string, state, credential []byte) error {
	_, err := v.r.Passkey.Verify(ctx, userID, state, credential)
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
