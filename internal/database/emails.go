package database

import (
	"context"
	"fmt"
	"log/slog"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/emailaddr"
)

// nonASCII selects the rows whose email or email_key holds a character
// outside printable ASCII: only those can be in a form other than NFC, so
// a start-up on an up-to-date database reads no row.
func nonASCII(dialectName, table string) string {
	if dialectName == dialect.Postgres {
		return `SELECT id, email, email_key FROM ` + table + ` WHERE email ~ '[^ -~]' OR email_key ~ '[^ -~]'`
	}
	return `SELECT id, email, email_key FROM ` + table + ` WHERE email GLOB '*[^ -~]*' OR email_key GLOB '*[^ -~]*'`
}

type emailRow struct{ id, email, key string }

func (db *DB) nonCanonical(ctx context.Context, table string) ([]emailRow, error) {
	rows, err := db.SQL.QueryContext(ctx, nonASCII(db.Dialect, table))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []emailRow
	for rows.Next() {
		var r emailRow
		if err := rows.Scan(&r.id, &r.email, &r.key); err != nil {
			return nil, err
		}
		if emailaddr.Canonical(r.email) != r.email || emailaddr.Key(r.email) != r.key {
			out = append(out, r)
		}
	}
	return out, rows.Err()
}

// canonicalEmails brings the addresses stored before emails were kept in
// NFC to emailaddr.Canonical and their keys to emailaddr.Key, so that an
// address spelt in NFD finds (and blocks) its NFC twin. It is idempotent.
// Two accounts whose addresses become one are never merged and never stop
// the start: both are left as they are and a warning names them, for an
// admin to resolve (change one address, or delete one account).
func (db *DB) canonicalEmails(ctx context.Context) error {
	rows, err := db.nonCanonical(ctx, user.Table)
	if err != nil {
		return fmt.Errorf("database: emails: %w", err)
	}
	if len(rows) == 0 {
		return db.canonicalInvitationEmails(ctx)
	}
	// How many rows are to hold each new key: two rows that both become
	// the same address are a collision even when neither holds it yet.
	want := map[string][]string{}
	for _, r := range rows {
		k := emailaddr.Key(r.email)
		want[k] = append(want[k], r.id)
	}
	for _, r := range rows {
		k := emailaddr.Key(r.email)
		holders, err := db.Client.User.Query().Where(user.EmailKey(k)).IDs(ctx)
		if err != nil {
			return fmt.Errorf("database: emails: %w", err)
		}
		others := append([]string{}, want[k]...)
		for _, id := range holders {
			if id != r.id {
				others = append(others, id)
			}
		}
		if len(others) > 1 {
			db.log().WarnContext(ctx, "two accounts have the same email address once it is in Unicode NFC: both are left as they are; change the address of one of them",
				"user_id", r.id, "accounts", others)
			continue
		}
		err = db.Client.User.UpdateOneID(r.id).SetEmail(emailaddr.Canonical(r.email)).SetEmailKey(k).Exec(ctx)
		if ent.IsConstraintError(err) {
			db.log().WarnContext(ctx, "an account's email address could not be brought to Unicode NFC: another account holds it; change the address of one of them", "user_id", r.id)
			continue
		}
		if err != nil {
			return fmt.Errorf("database: emails: %w", err)
		}
	}
	return db.canonicalInvitationEmails(ctx)
}

// canonicalInvitationEmails does the same for pending invitations (no
// uniqueness there: an invitation is matched with an account by key).
func (db *DB) canonicalInvitationEmails(ctx context.Context) error {
	rows, err := db.nonCanonical(ctx, invitation.Table)
	if err != nil {
		return fmt.Errorf("database: invitation emails: %w", err)
	}
	for _, r := range rows {
		err := db.Client.Invitation.Update().Where(invitation.ID(r.id)).
			SetEmail(emailaddr.Canonical(r.email)).SetEmailKey(emailaddr.Key(r.email)).Exec(ctx)
		if err != nil {
			return fmt.Errorf("database: invitation emails: %w", err)
		}
	}
	return nil
}

func (db *DB) log() *slog.Logger {
	if db.Log != nil {
		return db.Log
	}
	return slog.Default()
}
