package account

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/audit"
)

// Sessions lists the live browser sessions of an account, newest first.
func (s *Service) Sessions(ctx context.Context, userID string) ([]*ent.Session, error) {
	return s.Client.Session.Query().
		Where(session.UserID(userID), session.ExpiresAtGT(s.Now.Now())).
		Order(ent.Desc(session.FieldLastSeenAt)).
		All(ctx)
}

// RevokeSession ends one session of the account (its own or, for the
// current one, a sign-out).
func (s *Service) RevokeSession(ctx context.Context, userID, sessionID string) error {
	return withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.Session.Delete().Where(session.ID(sessionID), session.UserID(userID)).Exec(ctx)
		if err != nil {
			return fmt.Errorf("account: revoke session: %w", err)
		}
		if n == 0 {
			return ErrNotFound
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SessionRevoked, ActorID: userID, SubjectID: userID, Details: map[string]string{"session_id": sessionID}})
	})
}

// SignOutEverywhere ends every session of the account except the one whose
// token hashes to keep, and revokes every access token.
func (s *Service) SignOutEverywhere(ctx context.Context, userID, keep string) (sessions, tokens int, err error) {
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := s.LockUserRow(ctx, tx, userID); err != nil {
			return err
		}
		var err error
		if sessions, err = tx.Session.Delete().Where(session.UserID(userID), session.TokenHashNEQ(keep)).Exec(ctx); err != nil {
			return err
		}
		if tokens, err = tx.AccessToken.Delete().Where(accessTokenOf(userID)).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SignedOutEverywhere, ActorID: userID, SubjectID: userID,
			Details: map[string]string{"sessions": fmt.Sprint(sessions), "tokens": fmt.Sprint(tokens)}})
	})
	return sessions, tokens, err
}

func deleteMemberships(ctx context.Context, tx *ent.Client, userID string) error {
	_, err := tx.Membership.Delete().Where(membership.UserID(userID)).Exec(ctx)
	return err
}
