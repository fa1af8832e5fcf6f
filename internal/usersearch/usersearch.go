// Package usersearch is the admin grid's search over users: one lower-cased
// column (search_text) holding email, username and name, kept current by an
// Ent hook, and a filter that answers quickly over 100,000 users on both
// backends.
//
// PostgreSQL serves substring search from a trigram index (pg_trgm, GIN) on
// that column. SQLite has no substring index without FTS5 (which
// mattn/go-sqlite3 builds only under a tag), so there the filter first scans
// the narrow (search_text, id) index for the matching IDs: when they are few
// the page and the count are looked up by ID; when they are many, the plain
// filter is fast anyway because every page fills after a short walk.
package usersearch

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/jackc/pgx/v5/pgconn"
	"golang.org/x/text/unicode/norm"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/user"
)

// Normalize is how both the stored text and a query are compared: NFC and
// lower case, so "ÅSA" finds "åsa" whichever way either was typed.
func Normalize(s string) string { return strings.ToLower(norm.NFC.String(s)) }

// Text is the search_text stored for a user. Fields are separated by a line
// break, which a search box cannot send, so a query never matches across two
// fields.
func Text(email, username, name string) string {
	return Normalize(email) + "\n" + Normalize(username) + "\n" + Normalize(name)
}

// ErrBulkUpdate refuses a many-row update of a searched field: the hook
// could not know each row's other fields.
var ErrBulkUpdate = errors.New("usersearch: email, username and name are updated one user at a time")

// Hook keeps search_text current on every create and single-user update
// that touches email, username or name. Register it with Client.User.Use.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
			email, eok := m.Email()
			username, uok := m.Username()
			name, nok := m.Name()
			if !eok && !uok && !nok {
				return next.Mutate(ctx, m)
			}
			switch {
			case m.Op().Is(ent.OpCreate):
				// name has a default that is applied after hooks run.
			case m.Op().Is(ent.OpUpdateOne):
				var err error
				if !eok {
					if email, err = m.OldEmail(ctx); err != nil {
						return nil, fmt.Errorf("usersearch: %w", err)
					}
				}
				if !uok {
					if username, err = m.OldUsername(ctx); err != nil {
						return nil, fmt.Errorf("usersearch: %w", err)
					}
				}
				if !nok {
					if name, err = m.OldName(ctx); err != nil {
						return nil, fmt.Errorf("usersearch: %w", err)
					}
				}
			default:
				return nil, ErrBulkUpdate
			}
			m.SetSearchText(Text(email, username, name))
			v, err := next.Mutate(ctx, m)
			if err != nil || !m.Op().Is(ent.OpUpdateOne) {
				return v, err
			}
			// The old values above come from the entity the update started
			// from, which may be out of date (another update of the same
			// user since it was read). The row as written is the truth:
			// correct the text from it when they differ.
			u, ok := v.(*ent.User)
			if !ok {
				return v, nil
			}
			if want := Text(u.Email, u.Username, u.Name); u.SearchText != want {
				if err := m.Client().User.UpdateOneID(u.ID).SetSearchText(want).Exec(ctx); err != nil {
					return nil, fmt.Errorf("usersearch: %w", err)
				}
				u.SearchText = want
			}
			return u, nil
		})
	}
}

// MaxLength is the longest search, in characters.
const MaxLength = 256

// ErrTooLong refuses a search longer than MaxLength.
var ErrTooLong = fmt.Errorf("usersearch: a search is at most %d characters", MaxLength)

// fewMatches is how many matching IDs SQLite looks up by ID; beyond it the
// matches are dense enough for the plain filter to fill pages quickly.
const fewMatches = 5000

// Searcher builds the filter for one backend.
type Searcher struct {
	SQL     *sql.DB
	Dialect string
}

// Filter returns the predicate for users whose email, username or name
// contains q, ignoring case. A q over MaxLength is ErrTooLong.
func (s Searcher) Filter(ctx context.Context, q string) (predicate.User, error) {
	if utf8.RuneCountInString(q) > MaxLength {
		return nil, ErrTooLong
	}
	q = Normalize(q)
	if q == "" {
		return func(*entsql.Selector) {}, nil
	}
	if strings.ContainsAny(q, "\n\x00") {
		return user.IDIn(), nil // no stored text has a NUL; line breaks only separate fields
	}
	if s.Dialect != dialect.SQLite {
		// LIKE '%q%' (escaped) is served by the trigram index.
		return user.SearchTextContains(q), nil
	}
	rows, err := s.SQL.QueryContext(ctx,
		`SELECT id FROM users INDEXED BY `+sqliteIndex+` WHERE instr(search_text, ?) > 0 LIMIT ?`, q, fewMatches+1)
	if err != nil {
		return nil, fmt.Errorf("usersearch: %w", err)
	}
	defer rows.Close()
	ids := make([]string, 0, 16)
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("usersearch: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("usersearch: %w", err)
	}
	if len(ids) > fewMatches {
		return func(sel *entsql.Selector) {
			sel.Where(entsql.P(func(b *entsql.Builder) {
				b.WriteString("instr(").Ident(sel.C(user.FieldSearchText)).WriteString(", ").Arg(q).WriteString(") > 0")
			}))
		}, nil
	}
	return user.IDIn(ids...), nil
}

const (
	sqliteIndex   = "users_search_text_id"
	postgresIndex = "users_search_text_trgm"
)

// EnsureIndex creates the search index Ent's schema cannot express (a
// two-column covering index on SQLite, a GIN trigram index on PostgreSQL)
// and fills search_text for users created before it existed. It is
// idempotent. On PostgreSQL without the right to create the pg_trgm
// extension, search still works, by scanning.
func EnsureIndex(ctx context.Context, db *sql.DB, client *ent.Client, dialectName string) error {
	switch dialectName {
	case dialect.SQLite:
		if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS `+sqliteIndex+` ON users (search_text, id)`); err != nil {
			return fmt.Errorf("usersearch: index: %w", err)
		}
	case dialect.Postgres:
		if err := ensureTrigramIndex(ctx, db); err != nil {
			return err
		}
	}
	return backfill(ctx, client)
}

func ensureTrigramIndex(ctx context.Context, db *sql.DB) error {
	schema, err := trigramSchema(ctx, db)
	if errors.Is(err, sql.ErrNoRows) {
		// pg_trgm is a trusted extension: a database owner may create it.
		// It goes to public so that every schema of the database sees it.
		if _, err := db.ExecContext(ctx, `CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`); err != nil {
			var pgErr *pgconn.PgError
			if errors.As(err, &pgErr) && (pgErr.Code == "42501" || pgErr.Code == "0A000" || pgErr.Code == "58P01") {
				return nil // not allowed, or not installed: search scans instead
			}
			return fmt.Errorf("usersearch: pg_trgm: %w", err)
		}
		schema, err = trigramSchema(ctx, db)
	}
	if err != nil {
		return fmt.Errorf("usersearch: pg_trgm: %w", err)
	}
	// fastupdate off: new users go straight into the index instead of a
	// pending list that every search would have to read through until the
	// next vacuum (users are created rarely; searches are frequent).
	q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s ON users USING gin (search_text %s.gin_trgm_ops) WITH (fastupdate = off)`,
		postgresIndex, quoteIdent(schema))
	if _, err := db.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("usersearch: index: %w", err)
	}
	// An import stopped midway (BulkLoad) may have left fastupdate on.
	if _, err := db.ExecContext(ctx, `ALTER INDEX `+postgresIndex+` SET (fastupdate = off)`); err != nil {
		return fmt.Errorf("usersearch: index: %w", err)
	}
	return nil
}

// BulkLoad readies the search index for many inserts at once (an import):
// on PostgreSQL the trigram index takes new rows into its pending list
// (fastupdate on), which is several times faster than inserting each into
// the index; done merges the list into the index (gin_clean_pending_list)
// and turns fastupdate off again. Searches meanwhile still see every row.
// On SQLite, or without the index, it does nothing.
func BulkLoad(ctx context.Context, db *sql.DB, dialectName string) (done func(context.Context) error, err error) {
	noop := func(context.Context) error { return nil }
	if dialectName != dialect.Postgres {
		return noop, nil
	}
	var exists bool
	if err := db.QueryRowContext(ctx, `SELECT to_regclass($1) IS NOT NULL`, postgresIndex).Scan(&exists); err != nil || !exists {
		return noop, err
	}
	if _, err := db.ExecContext(ctx, `ALTER INDEX `+postgresIndex+` SET (fastupdate = on)`); err != nil {
		return noop, fmt.Errorf("usersearch: bulk load: %w", err)
	}
	return func(ctx context.Context) error {
		if _, err := db.ExecContext(ctx, `ALTER INDEX `+postgresIndex+` SET (fastupdate = off)`); err != nil {
			return fmt.Errorf("usersearch: bulk load: %w", err)
		}
		if _, err := db.ExecContext(ctx, `SELECT gin_clean_pending_list($1::regclass)`, postgresIndex); err != nil {
			return fmt.Errorf("usersearch: bulk load: %w", err)
		}
		return nil
	}, nil
}

// trigramSchema is the schema pg_trgm is installed in (sql.ErrNoRows: none).
func trigramSchema(ctx context.Context, db *sql.DB) (string, error) {
	var schema string
	err := db.QueryRowContext(ctx, `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`).Scan(&schema)
	return schema, err
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// backfill sets search_text for users that predate the column, a batch at
// a time so that a large table is not locked for long.
func backfill(ctx context.Context, client *ent.Client) error {
	for {
		us, err := client.User.Query().
			Where(user.SearchText("")).
			Select(user.FieldID, user.FieldEmail, user.FieldUsername, user.FieldName).
			Limit(500).All(ctx)
		if err != nil {
			return fmt.Errorf("usersearch: backfill: %w", err)
		}
		if len(us) == 0 {
			return nil
		}
		tx, err := client.Tx(ctx)
		if err != nil {
			return fmt.Errorf("usersearch: backfill: %w", err)
		}
		for _, u := range us {
			if err := tx.User.UpdateOneID(u.ID).SetSearchText(Text(u.Email, u.Username, u.Name)).Exec(ctx); err != nil {
				tx.Rollback()
				return fmt.Errorf("usersearch: backfill: %w", err)
			}
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("usersearch: backfill: %w", err)
		}
	}
}
