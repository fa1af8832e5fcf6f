package account

import (
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/internal/secret"
)

// Token prefixes say what a secret is when it turns up in a log or a
// repository, so that secret scanners can find leaked ones.
const (
	prefixReset  = "lk_rst_"
	prefixVerify = "lk_vfy_"
	prefixEmail  = "lk_eml_"
)

// issueToken stores the hash of a fresh one-time token for u, bound to u's
// current email, and returns the token to put in a link.
func (s *Service) issueToken(ctx context.Context, tx *ent.Client, u *ent.User, purpose resettoken.Purpose, lifetime time.Duration, newEmail string) (string, error) {
	prefix := prefixReset
	switch purpose {
	case resettoken.PurposeVERIFY_EMAIL:
		prefix = prefixVerify
	case resettoken.PurposeCHANGE_EMAIL:
		prefix = prefixEmail
	}
	token, hash := secret.NewToken(prefix)
	c := tx.ResetToken.Create().
		SetPurpose(purpose).
		SetTokenHash(hash).
		SetEmail(u.Email).
		SetUserID(u.ID).
		SetExpiresAt(s.Now.Now().Add(lifetime))
	if newEmail != "" {
		c.SetNewEmail(newEmail)
	}
	if err := c.Exec(ctx); err != nil {
		return "", fmt.Errorf("account: issue %s token: %w", purpose, err)
	}
	return token, nil
}

// issueTemporaryPassword stores the hash of a fresh temporary password.
// It is a token like any other (random, 115 bits, one use, expiring), shaped
// to meet every password policy so that it can become the password.
func (s *Service) issueTemporaryPassword(ctx context.Context, tx *ent.Client, u *ent.User, lifetime time.Duration) (string, error) {
	pw := temporaryPassword()
	err := tx.ResetToken.Create().
		SetPurpose(resettoken.PurposeTEMPORARY_PASSWORD).
		SetTokenHash(secret.Hash(pw)).
		SetEmail(u.Email).
		SetUserID(u.ID).
		SetExpiresAt(s.Now.Now().Add(lifetime)).
		Exec(ctx)
	if err != nil {
		return "", fmt.Errorf("account: issue temporary password: %w", err)
	}
	return pw, nil
}

// temporaryPassword returns four groups of five characters joined by dashes,
// from an alphabet without look-alikes, with every character class present:
// "Xk7pQ-m2RtZ-9wLb4-Hq3sN".
func temporaryPassword() string {
	const (
		upper  = "ABCDEFGHJKLMNPQRSTUVWXYZ"
		lower  = "abcdefghijkmnopqrstuvwxyz"
		digits = "23456789"
		all    = upper + lower + digits
	)
	for {
		b := make([]byte, 0, 23)
		for i := 0; i < 20; i++ {
			if i > 0 && i%5 == 0 {
				b = append(b, '-')
			}
			n, err := rand.Int(rand.Reader, big.NewInt(int64(len(all))))
			if err != nil {
				panic("account: crypto/rand failed: " + err.Error())
			}
			b = append(b, all[n.Int64()])
		}
		if containsAny(b, upper) && containsAny(b, lower) && containsAny(b, digits) {
			return string(b)
		}
	}
}

func containsAny(b []byte, set string) bool {
	for _, c := range b {
		for i := 0; i < len(set); i++ {
			if c == set[i] {
				return true
			}
		}
	}
	return false
}

// redeemable finds the token behind a link and checks it can still be used:
// unknown, used, or sent to an address the account no longer has give
// ErrTokenInvalid; past its lifetime gives ErrTokenExpired. The user comes
// loaded.
func (s *Service) redeemable(ctx context.Context, token string, purposes ...resettoken.Purpose) (*ent.ResetToken, error) {
	if token == "" || len(token) > 200 {
		return nil, ErrTokenInvalid
	}
	t, err := s.Client.ResetToken.Query().
		Where(resettoken.TokenHash(secret.Hash(token)), resettoken.PurposeIn(purposes...)).
		WithUser().
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrTokenInvalid
	}
	if err != nil {
		return nil, fmt.Errorf("account: find token: %w", err)
	}
	if t.UsedAt != nil || EmailKey(t.Edges.User.Email) != EmailKey(t.Email) {
		return nil, ErrTokenInvalid
	}
	if !t.ExpiresAt.After(s.Now.Now()) {
		return nil, ErrTokenExpired
	}
	return t, nil
}

// spend marks t used. Exactly one caller wins when several race: the update
// only matches while the token is unused.
func (s *Service) spend(ctx context.Context, tx *ent.Client, t *ent.ResetToken) error {
	n, err := tx.ResetToken.Update().
		Where(resettoken.ID(t.ID), resettoken.UsedAtIsNil()).
		SetUsedAt(s.Now.Now()).
		Save(ctx)
	if err != nil {
		return fmt.Errorf("account: spend token: %w", err)
	}
	if n != 1 {
		return ErrTokenInvalid
	}
	return nil
}

// killTokens ends every outstanding one-time token of a user that can set a
// password or change the email: called whenever the password or the email
// changes, by any route, and on a forced sign-out.
func killTokens(ctx context.Context, tx *ent.Client, userID string, now time.Time) error {
	err := tx.ResetToken.Update().
		Where(resettoken.UserID(userID), resettoken.UsedAtIsNil(),
			resettoken.PurposeIn(resettoken.PurposeRESET_PASSWORD, resettoken.PurposeSET_PASSWORD, resettoken.PurposeTEMPORARY_PASSWORD, resettoken.PurposeCHANGE_EMAIL)).
		SetUsedAt(now).
		Exec(ctx)
	if err != nil {
		return fmt.Errorf("account: end outstanding tokens: %w", err)
	}
	return nil
}
