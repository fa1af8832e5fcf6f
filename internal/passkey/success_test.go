package passkey

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/testdb"
)

// On PostgreSQL the sign-in's one statement may have to wait for another
// transaction's row locks. Whatever that transaction commits while it
// waits, the statement sees it (an admin's lock, a counter moved on, the
// passkeys reset), writes all or nothing, and neither waits for the other
// in a cycle. The other transaction takes its locks before the statement
// starts and commits only once the statement waits for them.
func TestAPasskeySignInThatWaitsForAnotherTransactionSeesWhatItCommitted(t *testing.T) {
	tests := []struct {
		name string
		// first runs before the sign-in's statement and takes the locks;
		// then, once the statement waits, commit.
		first, then func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error
		want        error
	}{
		{"an admin locks the account",
			func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error {
				return tx.User.UpdateOneID(u.ID).SetAdminLockedAt(time.Now()).Exec(ctx)
			}, nil, ErrLocked},
		{"another assertion with the same counter is written",
			func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error {
				return tx.Passkey.UpdateOneID(p.ID).SetSignCount(p.SignCount + 5).Exec(ctx)
			}, nil, ErrInvalid},
		{"an admin resets the second factors (the passkeys, then the account's row)",
			func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error {
				_, err := w.svc.DeleteAll(ctx, tx, u.ID)
				return err
			},
			func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error {
				return tx.User.UpdateOneID(u.ID).SetSecondFactorFailures(0).ClearSecondFactorLockedAt().Exec(ctx)
			}, ErrInvalid},
		{"the account's row is written by another sign-in",
			func(ctx context.Context, w *world, tx *ent.Client, u *ent.User, p *ent.Passkey) error {
				return tx.User.UpdateOneID(u.ID).SetLastSignInAt(time.Now().Add(-time.Hour)).Exec(ctx)
			}, nil, nil},
	}
	for _, b := range testdb.Backends(t) {
		if b != testdb.Postgres {
			continue // SQLite's transactions queue every writer: nothing waits on a row
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				db := testdb.New(t, b)
				ctx := fromAClient()
				w := newWorld(t, db)
				ann, a, registered := w.userWithPasskey(t, "ann")
				other := make(chan error, 1)
				w.svc.beforeRecord = func(ctx context.Context, u *ent.User, p *ent.Passkey) {
					tx, err := db.Client.Tx(ctx)
					if err != nil {
						t.Fatal(err)
					}
					var pid int
					rows, err := tx.Client().QueryContext(ctx, `SELECT pg_backend_pid()`)
					if err != nil {
						t.Fatal(err)
					}
					for rows.Next() {
						rows.Scan(&pid)
					}
					rows.Close()
					if err := tt.first(ctx, w, tx.Client(), u, p); err != nil {
						t.Fatal(err)
					}
					go func() {
						if err := waitForAWaiter(ctx, db.SQL, pid); err != nil {
							tx.Rollback()
							other <- err
							return
						}
						if tt.then != nil {
							if err := tt.then(ctx, w, tx.Client(), u, p); err != nil {
								tx.Rollback()
								other <- err
								return
							}
						}
						other <- tx.Commit()
					}()
				}
				opts, state, err := w.svc.BeginSignIn(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				cred, _ := a.Get(opts)
				_, err = w.svc.FinishSignIn(ctx, state, cred)
				if e := <-other; e != nil {
					t.Fatalf("the other transaction: %v", e)
				}
				if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
					t.Fatalf("sign-in: %v, want %v", err, tt.want)
				}
				succeeded := db.Client.AuditEvent.Query().Where(auditevent.Type(audit.SignInSucceeded)).CountX(ctx)
				client := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.Window(ratelimit.BeganWindow), ratelimitcounter.KeyHasPrefix("passkey:tries:client:")).OnlyX(ctx)
				if tt.want != nil {
					if u := db.Client.User.GetX(ctx, ann.ID); u.LastSignInAt != nil && time.Since(*u.LastSignInAt) < time.Minute || succeeded != 0 || client.Count != 1 {
						t.Errorf("a refused sign-in wrote: last sign-in %v, events %d, client tries %d", u.LastSignInAt, succeeded, client.Count)
					}
					if p, err := db.Client.Passkey.Get(ctx, registered.ID); err == nil && p.LastUsedAt != nil {
						t.Errorf("a refused sign-in set the passkey's last use")
					}
					return
				}
				u := db.Client.User.GetX(ctx, ann.ID)
				p := db.Client.Passkey.GetX(ctx, registered.ID)
				if u.LastSignInAt == nil || p.LastUsedAt == nil || !u.LastSignInAt.Equal(*p.LastUsedAt) || succeeded != 1 || client.Count != 0 {
					t.Errorf("after the sign-in: last sign-in %v, last use %v, events %d, client tries %d", u.LastSignInAt, p.LastUsedAt, succeeded, client.Count)
				}
			})
		}
	}
}

// waitForAWaiter returns once another backend waits for a lock that the
// backend pid holds (PostgreSQL's pg_blocking_pids), or fails after 10 s.
func waitForAWaiter(ctx context.Context, db *sql.DB, pid int) error {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))`, pid).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return errors.New("the sign-in's statement never waited for the other transaction")
}
