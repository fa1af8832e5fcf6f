package database_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

// TestARequestGivenUpOnStartsNoSQLiteStatement: SQLite statements do not
// watch their context once begun (sqlite.go), so each checks it before it
// starts: a request that was cancelled writes nothing, whichever way the
// statement is sent, and a transaction whose request is cancelled half way
// is rolled back whole.
func TestARequestGivenUpOnStartsNoSQLiteStatement(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	insert := `INSERT INTO "rate_limit_counters" ("key", "window", "count", "expires_at") VALUES (?, 0, 1, ?)`
	later := time.Now().Add(time.Hour).UTC()
	for _, c := range []struct {
		name string
		run  func(ctx context.Context, key string) error
	}{
		{"Ent", func(ctx context.Context, key string) error {
			return db.Client.RateLimitCounter.Create().SetKey(key).SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx)
		}},
		{"Ent's ExecContext", func(ctx context.Context, key string) error {
			_, err := db.Client.ExecContext(ctx, insert, key, later)
			return err
		}},
		{"the pool's ExecContext", func(ctx context.Context, key string) error {
			_, err := db.SQL.ExecContext(ctx, insert, key, later)
			return err
		}},
		{"the pool's QueryContext, RETURNING", func(ctx context.Context, key string) error {
			rows, err := db.SQL.QueryContext(ctx, insert+` RETURNING "key"`, key, later)
			if err == nil {
				for rows.Next() {
				}
				err = errors.Join(rows.Err(), rows.Close())
			}
			return err
		}},
		{"a prepared statement", func(ctx context.Context, key string) error {
			st, err := db.SQL.PrepareContext(context.Background(), insert)
			if err != nil {
				return err
			}
			defer st.Close()
			_, err = st.ExecContext(ctx, key, later)
			return err
		}},
		{"a transaction", func(ctx context.Context, key string) error {
			return database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
				return tx.RateLimitCounter.Create().SetKey(key).SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx)
			})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.run(cancelled, "cancelled:"+c.name); !errors.Is(err, context.Canceled) {
				t.Fatalf("with a cancelled context: %v, want context.Canceled", err)
			}
			if err := c.run(context.Background(), "live:"+c.name); err != nil {
				t.Fatalf("with a live context: %v", err)
			}
			keys := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasSuffix(":" + c.name)).
				Select(ratelimitcounter.FieldKey).StringsX(context.Background())
			if len(keys) != 1 || keys[0] != "live:"+c.name {
				t.Fatalf("rows written: %v, want only the live one", keys)
			}
		})
	}

	t.Run("a transaction whose request ends before its commit", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
			if err := tx.RateLimitCounter.Create().SetKey("late:only").SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx); err != nil {
				return err
			}
			cancel() // the request ends before the commit
			return nil
		})
		if !errors.Is(err, context.Canceled) && !errors.Is(err, sql.ErrTxDone) {
			t.Fatalf("the commit: %v, want context.Canceled or sql.ErrTxDone", err)
		}
		if n := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasPrefix("late:")).CountX(context.Background()); n != 0 {
			t.Fatalf("%d rows of the cancelled transaction kept, want 0", n)
		}
	})

	t.Run("a transaction that panics is rolled back and frees the write lock", func(t *testing.T) {
		func() {
			defer func() {
				if p := recover(); p == nil {
					t.Fatal("no panic")
				}
			}()
			// A context that never ends: only the rollback on panic can
			// free the transaction.
			database.WithTx(context.Background(), db.Client, func(tx *ent.Client) error {
				tx.RateLimitCounter.Create().SetKey("panic:first").SetWindow(0).SetCount(1).SetExpiresAt(later).ExecX(context.Background())
				panic("a bug half way")
			})
		}()
		// The write lock is free: a write goes through (it would wait the
		// busy timeout, then fail, if the transaction were still open).
		ctx := context.Background()
		if err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
			return tx.RateLimitCounter.Create().SetKey("panic:after").SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx)
		}); err != nil {
			t.Fatalf("a write after the panic: %v", err)
		}
		keys := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasPrefix("panic:")).Select(ratelimitcounter.FieldKey).StringsX(context.Background())
		if len(keys) != 1 || keys[0] != "panic:after" {
			t.Fatalf("rows: %v, want only panic:after", keys)
		}
	})

	t.Run("a transaction cancelled half way", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
			if err := tx.RateLimitCounter.Create().SetKey("half:first").SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx); err != nil {
				return err
			}
			cancel() // the request ends here
			return tx.RateLimitCounter.Create().SetKey("half:second").SetWindow(0).SetCount(1).SetExpiresAt(later).Exec(ctx)
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("the transaction: %v, want context.Canceled", err)
		}
		if n := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasPrefix("half:")).CountX(context.Background()); n != 0 {
			t.Fatalf("%d rows of the cancelled transaction kept, want 0", n)
		}
	})
}
