// Package token issues and revokes access tokens: the bearer tokens that
// integrators send in Authorization. A token is shown once when made; only
// its SHA-256 is stored, and it carries the prefix "lk_at_" so that secret
// scanners can recognise a leaked one.
package token

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/text"
)

// Prefix starts every access token.
const Prefix = "lk_at_"

// MaxPerUser bounds the live tokens of one account.
const MaxPerUser = 50

// MaxLifetime is the furthest expiry a token may be given.
const MaxLifetime = 2 * 366 * 24 * time.Hour

// Errors callers branch on.
var (
	ErrInvalidName   = errors.New("token: give the token a name of 1 to 100 characters")
	ErrInvalidExpiry = errors.New("token: the expiry must be in the future and within two years")
	ErrTooMany       = errors.New("token: too many access tokens; revoke some first")
	ErrNotFound      = errors.New("token: no such access token")
	// ErrOutlivesCaller: over a bearer token, the expiry asked for is later
	// than the calling token's.
	ErrOutlivesCaller = errors.New("token: a token cannot create a token that outlives it")
)

// Service issues tokens.
type Service struct {
	Client   *ent.Client
	Accounts *account.Service
	Now      clock.Clock
	// SecondFactor, when set, is asked once the password was right: true
	// means the account has a second factor, and no token is made here
	// (Generate answers a *SecondFactorNeeded); an error refuses.
	SecondFactor func(ctx context.Context, u *ent.User) (bool, error)
}

// SecondFactorNeeded is Generate's answer for an account with a second
// factor: the password was right, the token waits for the second factor
// (verifySecondFactor).
type SecondFactorNeeded struct {
	User *ent.User
	Name string
}

func (e *SecondFactorNeeded) Error() string { return "token: the account has a second factor" }

// Generate signs in with login and password, like a shop platform's
// customer-token call, and issues a token. It is subject to the same
// lockout and rate limits as a sign-in, and a temporary password must be
// changed in a browser first.
func (s *Service) Generate(ctx context.Context, login, password, name string) (string, *ent.AccessToken, error) {
	name, err := text.Name(name, nameRule)
	if err != nil {
		return "", nil, err
	}
	u, err := s.Accounts.SignIn(ctx, login, password)
	if err != nil {
		return "", nil, err
	}
	if u.MustChangePassword {
		return "", nil, ErrMustChangePassword
	}
	if s.SecondFactor != nil {
		needed, err := s.SecondFactor(ctx, u)
		if err != nil {
			return "", nil, err
		}
		if needed {
			return "", nil, &SecondFactorNeeded{User: u, Name: name}
		}
	}
	return s.Create(ctx, u.ID, name, nil, "")
}

// ErrMustChangePassword: the account signed in with a temporary password.
var ErrMustChangePassword = errors.New("token: change the temporary password before creating tokens")

// Create issues a token for userID. viaToken is the ID of the access token
// the request came with ("" over a session): a token may not create a token
// that outlives it. Over a token that expires, a new token without an
// expiry gets the caller's expiry, and a later expiry is ErrOutlivesCaller;
// over a token that never expires, any expiry is allowed. The token and
// its audit event are written in one transaction.
func (s *Service) Create(ctx context.Context, userID, name string, expiresAt *time.Time, viaToken string) (string, *ent.AccessToken, error) {
	name, err := text.Name(name, nameRule)
	if err != nil {
		return "", nil, err
	}
	details := map[string]string{"name": name}
	if viaToken != "" {
		caller, err := s.Client.AccessToken.Query().Where(accesstoken.ID(viaToken), accesstoken.UserID(userID)).Only(ctx)
		if ent.IsNotFound(err) {
			// Revoked since the request was authenticated.
			return "", nil, ErrNotFound
		}
		if err != nil {
			return "", nil, err
		}
		if expiresAt, err = capExpiry(expiresAt, caller.ExpiresAt); err != nil {
			return "", nil, err
		}
		details["created_with_token_id"] = caller.ID
	}
	if expiresAt != nil && (!expiresAt.After(s.Now.Now()) || expiresAt.Sub(s.Now.Now()) > MaxLifetime) {
		return "", nil, ErrInvalidExpiry
	}
	tok, hash := secret.NewToken(Prefix)
	var t *ent.AccessToken
	err = s.Accounts.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		// After the account's row lock, the caller's token is looked for
		// again: a password change, a reset or a forced sign-in that ended
		// it a moment ago has committed, and the new token is refused; one
		// that comes after this transaction ends the new token too.
		if err := s.Accounts.LockUserRow(ctx, tx, userID); err != nil {
			return err
		}
		if viaToken != "" {
			if alive, err := tx.AccessToken.Query().Where(accesstoken.ID(viaToken), accesstoken.UserID(userID)).Exist(ctx); err != nil {
				return err
			} else if !alive {
				return ErrNotFound
			}
		}
		n, err := tx.AccessToken.Query().Where(accesstoken.UserID(userID)).Count(ctx)
		if err != nil {
			return err
		}
		if n >= MaxPerUser {
			return ErrTooMany
		}
		t, err = tx.AccessToken.Create().
			SetName(name).SetTokenHash(hash).SetUserID(userID).SetNillableExpiresAt(expiresAt).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("token: create: %w", err)
		}
		details["token_id"] = t.ID
		// The owner is told, whoever made it: a notice about a credential,
		// which cannot be turned off.
		if err := s.Accounts.SendCredentialNotice(ctx, tx, send, userID, mail.KindAccessTokenCreated,
			"/profile", mail.Data{TokenName: name}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.AccessTokenCreated, ActorID: userID, SubjectID: userID, Details: details})
	})
	if err != nil {
		return "", nil, err
	}
	return tok, t, nil
}

// capExpiry applies the rule that a token may not outlive the token that
// creates it (whose expiry is callerExpiry, nil for never): no expiry asked
// means the caller's; a later one is refused.
func capExpiry(asked, callerExpiry *time.Time) (*time.Time, error) {
	switch {
	case callerExpiry == nil:
		return asked, nil
	case asked == nil:
		e := *callerExpiry
		return &e, nil
	case asked.After(*callerExpiry):
		return nil, ErrOutlivesCaller
	}
	return asked, nil
}

// List returns an account's tokens, newest first (never the secrets).
func (s *Service) List(ctx context.Context, userID string) ([]*ent.AccessToken, error) {
	return s.Client.AccessToken.Query().Where(accesstoken.UserID(userID)).Order(ent.Desc(accesstoken.FieldCreatedAt)).All(ctx)
}

// Revoke deletes one of an account's tokens; it is refused from the next
// request on, on every instance.
func (s *Service) Revoke(ctx context.Context, userID, id string) error {
	return database.WithTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.AccessToken.Delete().Where(accesstoken.ID(id), accesstoken.UserID(userID)).Exec(ctx)
		if err != nil {
			return fmt.Errorf("token: revoke: %w", err)
		}
		if n == 0 {
			return ErrNotFound
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.AccessTokenRevoked, ActorID: userID, SubjectID: userID, Details: map[string]string{"token_id": id}})
	})
}

// nameRule: a token's name is shown to its owner only (never mailed).
var nameRule = text.NameRule{Max: 100, Refused: ErrInvalidName}
