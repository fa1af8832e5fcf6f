package passkey

import (
	"context"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect"
	"github.com/go-webauthn/webauthn/webauthn"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/passkey"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/ratelimit"
)

// recordSuccess writes an accepted assertion of passkey p (of u), all or
// nothing: the passkey's counter and last use, only from the counter the
// check saw (of two assertions with the same counter at once, one wins:
// ErrInvalid for the other); unless verifyOnly, the account's last
// sign-in, only while no admin's lock is set (one set meanwhile:
// ErrLocked), and the SIGN_IN_SUCCEEDED event; and the success's own tries
// given back on keys (failures before it stay counted until FailureWindow
// passes: an owner's success does not wipe an attacker's tries; the
// challenge's tally is not given back, it stays spent).
//
// On PostgreSQL a sign-in writes all of it in one statement
// (signInStatement): a transaction of its five writes was seven round
// trips, half of a passkey sign-in's, and a round trip there costs the
// service and the database more CPU than the write it carries.
func (s *Service) recordSuccess(ctx context.Context, u *ent.User, p *ent.Passkey, cred *webauthn.Credential, now time.Time, keys []string, verifyOnly bool) error {
	event := audit.Event{Type: audit.SignInSucceeded, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"method": "passkey", "factor_id": p.ID}}
	if s.Dialect == dialect.Postgres && !verifyOnly {
		if row, ok := audit.RowOf(ctx, event); ok {
			return s.signInInOneStatement(ctx, u, p, cred, now, keys, row)
		}
	}
	return withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.Passkey.Update().Where(passkey.ID(p.ID), passkey.SignCount(p.SignCount)).
			SetSignCount(cred.Authenticator.SignCount).SetLastUsedAt(now).
			SetBackupState(cred.Flags.BackupState).SetUserVerified(true).
			Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrInvalid
		}
		if !verifyOnly {
			if n, err := tx.User.Update().Where(user.ID(u.ID), user.AdminLockedAtIsNil()).SetLastSignInAt(now).Save(ctx); err != nil {
				return err
			} else if n == 0 {
				return ErrLocked
			}
			if err := audit.Record(ctx, tx, event); err != nil {
				return err
			}
		}
		// Last, so that the counters' rows are held for the least time.
		if s.Limits != nil {
			return ratelimit.AbandonIn(ctx, tx, keys...)
		}
		return nil
	})
}

// signInStatement is recordSuccess's sign-in as one PostgreSQL statement.
// Each write depends on the one before it through its RETURNING rows, so
// that a refused step writes nothing after it, and the first two refuse
// before anything is written: owner takes the account's row only while it
// has no admin's lock (FOR NO KEY UPDATE sees a lock committed meanwhile,
// and holds the row until the statement commits, as the transaction's
// UPDATE did), and used changes the passkey only from the counter the
// check saw. The tries given back are locked in key order first (tries,
// byte by byte as Go sorts), the order in which ratelimit.Counter.Begin's
// upsert takes them, so that this statement and a parallel Begin cannot
// wait for each other. The account's row comes before the passkey's, as
// in every transaction that writes both (DeleteAll, an account's
// deletion). The last column tells a refusal as the transaction did: the
// passkey as the check saw it (gone with its account, or its counter
// moved on: ErrInvalid, before an admin's lock).
//
// $1 user, $2 new counter, $3 now, $4 backup state, $5 passkey, $6 old
// counter, $7–$14 the audit row (id, type, actor, subject, ip, user agent,
// details, created at), $15 the tries' keys, $16 their window.
const signInStatement = `WITH owner AS (
  SELECT "id" FROM "users" WHERE "id" = $1 AND "admin_locked_at" IS NULL FOR NO KEY UPDATE
), used AS (
  UPDATE "passkeys" SET "sign_count" = $2, "last_used_at" = $3, "backup_state" = $4, "user_verified" = true
  WHERE "id" = $5 AND "sign_count" = $6 AND EXISTS (SELECT 1 FROM owner) RETURNING "id"
), signed AS (
  UPDATE "users" SET "last_sign_in_at" = $3 WHERE "id" IN (SELECT "id" FROM owner) AND EXISTS (SELECT 1 FROM used) RETURNING "id"
), logged AS (
  INSERT INTO "audit_events" ("id", "type", "actor_id", "subject_id", "ip", "user_agent", "details", "created_at")
  SELECT $7, $8, $9, $10, $11, $12, $13, $14 WHERE EXISTS (SELECT 1 FROM signed)
), tries AS (
  SELECT "key", "window" FROM "rate_limit_counters"
  WHERE "key" = ANY($15) AND "window" = $16 AND "count" > 0 AND EXISTS (SELECT 1 FROM signed)
  ORDER BY "key" COLLATE "C" FOR NO KEY UPDATE
), given_back AS (
  UPDATE "rate_limit_counters" AS c SET "count" = c."count" - 1 FROM tries
  WHERE c."key" = tries."key" AND c."window" = tries."window"
)
SELECT EXISTS (SELECT 1 FROM owner), EXISTS (SELECT 1 FROM used),
  EXISTS (SELECT 1 FROM "passkeys" WHERE "id" = $5 AND "sign_count" = $6)`

func (s *Service) signInInOneStatement(ctx context.Context, u *ent.User, p *ent.Passkey, cred *webauthn.Credential, now time.Time, keys []string, row audit.Row) error {
	if s.Limits == nil {
		keys = nil // nothing was counted
	}
	rows, err := s.Client.QueryContext(ctx, signInStatement,
		u.ID, cred.Authenticator.SignCount, now, cred.Flags.BackupState, p.ID, p.SignCount,
		row.ID, row.Type, row.ActorID, row.SubjectID, row.IP, row.UserAgent, row.Details, row.CreatedAt,
		keys, ratelimit.BeganWindow)
	if err != nil {
		return fmt.Errorf("passkey: record the sign-in: %w", err)
	}
	defer rows.Close()
	var owner, used, unchanged bool
	if !rows.Next() {
		return errors.Join(errors.New("passkey: record the sign-in: no answer"), rows.Err())
	}
	if err := rows.Scan(&owner, &used, &unchanged); err != nil {
		return fmt.Errorf("passkey: record the sign-in: %w", err)
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("passkey: record the sign-in: %w", err)
	}
	switch {
	case used:
		return nil
	case !owner && unchanged:
		return ErrLocked
	}
	return ErrInvalid
}
