package userimport

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/legacyhash"
)

// Export writes every account to w as JSON Lines in the import's format,
// password hashes included (argon2id ones as format argon2, imported ones
// not yet replaced as they came): the file opens every account to whoever
// can crack it, and is to be kept as a secret. Accounts are read in pages
// by ID, so memory stays flat. It returns how many it wrote.
func Export(ctx context.Context, c *ent.Client, keys *keyring.Ring, w io.Writer) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	after, n := "", 0
	for {
		q := c.User.Query().Order(ent.Asc(user.FieldID)).Limit(1000).WithMemberships()
		if after != "" {
			q.Where(user.IDGT(after))
		}
		page, err := q.All(ctx)
		if err != nil {
			return n, err
		}
		if len(page) == 0 {
			return n, nil
		}
		for _, u := range page {
			rec, err := recordOf(keys, u)
			if err != nil {
				return n, err
			}
			if err := enc.Encode(rec); err != nil {
				return n, err
			}
			n++
		}
		after = page[len(page)-1].ID
	}
}

func recordOf(keys *keyring.Ring, u *ent.User) (Record, error) {
	rec := Record{Email: u.Email, Username: u.Username, Name: u.Name, Locale: u.Locale, Role: string(u.Role),
		CreatedAt: u.CreatedAt.UTC().Format(time.RFC3339Nano)}
	if u.ExternalID != nil {
		rec.ExternalID = *u.ExternalID
	}
	v := u.EmailVerifiedAt != nil
	rec.EmailVerified = &v
	switch {
	case u.PasswordHash != "":
		rec.PasswordHash, rec.PasswordHashFormat = u.PasswordHash, string(legacyhash.Argon2)
	case u.LegacyPasswordHash != "":
		f, h, err := account.OpenLegacyHash(keys, u.ID, u.LegacyPasswordHash)
		if err != nil {
			return rec, fmt.Errorf("export %s: the imported hash does not open with this secret key: %w", u.ID, err)
		}
		rec.PasswordHash, rec.PasswordHashFormat = h, string(f)
	}
	for _, m := range u.Edges.Memberships {
		rs := make([]string, len(m.Rights))
		for i, r := range m.Rights {
			rs[i] = string(r)
		}
		rec.Memberships = append(rec.Memberships, Membership{Organization: m.OrganizationID, Rights: rs})
	}
	return rec, nil
}
