package passkey

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/passkey"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/secondfactor"
)

// Passkeys are second factors too (internal/secondfactor): they count in
// me.secondFactors, in the methods a pending sign-in offers (PASSKEY) and in
// an admin's reset.
var _ secondfactor.OtherKinds = (*Service)(nil)

// Factors lists userID's passkeys as second factors, read with c (the
// caller's transaction or client).
func (s *Service) Factors(ctx context.Context, c *ent.Client, userID string) ([]secondfactor.Factor, error) {
	rows, err := c.Passkey.Query().Where(passkey.UserID(userID)).Order(ent.Asc(passkey.FieldCreatedAt), ent.Asc(passkey.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]secondfactor.Factor, len(rows))
	for i, p := range rows {
		out[i] = secondfactor.Factor{ID: p.ID, Kind: secondfactor.KindPasskey, Name: p.Name, CreatedAt: p.CreatedAt, LastUsedAt: p.LastUsedAt}
	}
	return out, nil
}

// DeleteAll removes userID's passkeys in tx (an admin's reset, which
// records and mails it as one change). On PostgreSQL it takes the
// account's row first, the order in which a passkey sign-in takes them
// (signInStatement) and the reset then updates them: taking the passkeys
// first, the reset and a sign-in at that moment waited for each other
// until PostgreSQL broke the deadlock.
func (s *Service) DeleteAll(ctx context.Context, tx *ent.Client, userID string) (int, error) {
	if s.Dialect == dialect.Postgres {
		if _, err := tx.User.Query().Where(user.ID(userID)).ForUpdate().IDs(ctx); err != nil {
			return 0, fmt.Errorf("passkey: lock the account's row: %w", err)
		}
	}
	return tx.Passkey.Delete().Where(passkey.UserID(userID)).Exec(ctx)
}
