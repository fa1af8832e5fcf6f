package token

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clock/clocktest"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password/passwordtest"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/testdb"
)

const goodPassword = "Correct-Horse-9"

// world is a token service on a fresh database with a clock the test
// moves, and an authenticator that verifies tokens as requests do.
type world struct {
	db     *database.DB
	tokens *Service
	auth   *auth.Authenticator
	clock  *clocktest.Clock
}

func newWorld(t *testing.T, db *database.DB) *world {
	t.Helper()
	w := &world{db: db}
	w.clock = clocktest.New()
	clk := w.clock.Clock()
	accounts := &account.Service{Client: db.Client, Hasher: passwordtest.Hasher(), Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dialect: db.Dialect, Now: clk}
	w.tokens = &Service{Client: db.Client, Accounts: accounts, Now: clk}
	w.auth = &auth.Authenticator{Client: db.Client, Now: clk}
	return w
}

func (w *world) user(t *testing.T, name string) *ent.User {
	t.Helper()
	u, err := w.tokens.Accounts.CreateUser(context.Background(), account.NewUser{Email: name + "@example.com", Username: name, Name: name, Password: goodPassword})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// eachWorld runs fn on each backend, in a world with one account, ann.
func eachWorld(t *testing.T, fn func(t *testing.T, w *world, ann *ent.User)) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := newWorld(t, db)
		fn(t, w, w.user(t, "ann"))
	})
}

// verify is what a request with "Authorization: Bearer tok" gets.
func (w *world) verify(tok string) error {
	_, err := w.auth.FromToken(context.Background(), tok)
	return err
}

func TestAnIssuedTokenOpensItsAccountUntilRevoked(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		tok, at, err := w.tokens.Create(ctx, ann.ID, "  ci  ", nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(tok, Prefix) || at.Name != "ci" || at.UserID != ann.ID || at.ExpiresAt != nil {
			t.Fatalf("issued %q as %+v", tok, at)
		}
		v, err := w.auth.FromToken(ctx, tok)
		if err != nil || v.User.ID != ann.ID || v.TokenID != at.ID {
			t.Fatalf("the token does not open its account: %+v, %v", v, err)
		}
		if err := w.verify(tok + "x"); !errors.Is(err, auth.ErrBadToken) {
			t.Fatalf("a altered token: %v", err)
		}
		if evs := w.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.AccessTokenCreated), auditevent.SubjectID(ann.ID)).AllX(ctx); len(evs) != 1 || evs[0].Details["token_id"] != at.ID {
			t.Fatalf("audit events of the creation: %+v", evs)
		}

		if err := w.tokens.Revoke(ctx, ann.ID, at.ID); err != nil {
			t.Fatal(err)
		}
		if err := w.verify(tok); !errors.Is(err, auth.ErrBadToken) {
			t.Fatalf("a revoked token still opens the account: %v", err)
		}
		if err := w.tokens.Revoke(ctx, ann.ID, at.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("revoking twice: %v", err)
		}
		if evs := w.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.AccessTokenRevoked), auditevent.SubjectID(ann.ID)).AllX(ctx); len(evs) != 1 || evs[0].Details["token_id"] != at.ID {
			t.Fatalf("audit events of the revocation: %+v", evs)
		}
	})
}

// Only the token's SHA-256 is kept: nothing in the row (read as raw SQL,
// every column) is the token or contains it.
func TestATokenIsStoredOnlyAsItsHash(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		tok, at, err := w.tokens.Create(ctx, ann.ID, "ci", nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if at.TokenHash != secret.Hash(tok) {
			t.Fatalf("stored %q, want the token's hash", at.TokenHash)
		}
		rows, err := w.db.SQL.QueryContext(ctx, `SELECT * FROM access_tokens`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		secretPart := strings.TrimPrefix(tok, Prefix)
		n := 0
		for rows.Next() {
			n++
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				if s := fmt.Sprintf("%s", v); strings.Contains(s, secretPart) {
					t.Fatalf("column %s holds the token: %q", cols[i], s)
				}
			}
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Fatalf("%d rows, want 1", n)
		}
	})
}

func TestATokenStopsAtItsExpiry(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		exp := w.clock.Now().Add(time.Hour)
		tok, _, err := w.tokens.Create(ctx, ann.ID, "ci", &exp, "")
		if err != nil {
			t.Fatal(err)
		}
		w.clock.Advance(59 * time.Minute)
		if err := w.verify(tok); err != nil {
			t.Fatalf("a minute before its expiry: %v", err)
		}
		w.clock.Advance(time.Minute)
		if err := w.verify(tok); !errors.Is(err, auth.ErrBadToken) {
			t.Fatalf("at its expiry: %v", err)
		}
	})
}

func TestAnExpiryInThePastOrBeyondTwoYearsIsRefused(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		now := w.clock.Now()
		for _, tt := range []struct {
			name string
			exp  time.Time
			err  error
		}{
			{"in the past", now.Add(-time.Second), ErrInvalidExpiry},
			{"now", now, ErrInvalidExpiry},
			{"beyond MaxLifetime", now.Add(MaxLifetime + time.Minute), ErrInvalidExpiry},
			{"at MaxLifetime", now.Add(MaxLifetime), nil},
			{"in a minute", now.Add(time.Minute), nil},
		} {
			t.Run(tt.name, func(t *testing.T) {
				before := w.db.Client.AccessToken.Query().CountX(ctx)
				_, _, err := w.tokens.Create(ctx, ann.ID, "ci", &tt.exp, "")
				if !errors.Is(err, tt.err) {
					t.Fatalf("err %v, want %v", err, tt.err)
				}
				made := w.db.Client.AccessToken.Query().CountX(ctx) - before
				if (tt.err == nil) != (made == 1) {
					t.Fatalf("%d tokens made", made)
				}
			})
		}
	})
}

func TestATokenNameMustBeOneTo100PlainCharacters(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		for _, tt := range []struct {
			name, give string
			err        error
		}{
			{"empty", "", ErrInvalidName},
			{"only spaces", "   ", ErrInvalidName},
			{"101 characters", strings.Repeat("a", 101), ErrInvalidName},
			{"a control character", "ci\x00", ErrInvalidName},
			{"a bidi override", "ci\u202e", ErrInvalidName},
			{"100 characters", strings.Repeat("a", 100), nil},
		} {
			t.Run(tt.name, func(t *testing.T) {
				if _, _, err := w.tokens.Create(ctx, ann.ID, tt.give, nil, ""); !errors.Is(err, tt.err) {
					t.Fatalf("err %v, want %v", err, tt.err)
				}
			})
		}
		if n := w.db.Client.AccessToken.Query().CountX(ctx); n != 1 {
			t.Fatalf("%d tokens, want the one valid name's", n)
		}
	})
}

// Over a bearer token: a new token gets the caller's expiry at the latest,
// and a caller token revoked since the request began makes nothing.
func TestATokenMadeWithATokenIsBoundByIt(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		bob := w.user(t, "bob")
		exp := w.clock.Now().Add(24 * time.Hour)
		_, caller, err := w.tokens.Create(ctx, ann.ID, "caller", &exp, "")
		if err != nil {
			t.Fatal(err)
		}
		_, child, err := w.tokens.Create(ctx, ann.ID, "child", nil, caller.ID)
		if err != nil {
			t.Fatal(err)
		}
		// (PostgreSQL keeps microseconds.)
		if child.ExpiresAt == nil || child.ExpiresAt.Sub(exp).Abs() >= time.Microsecond {
			t.Fatalf("child expires %v, want the caller's %v", child.ExpiresAt, exp)
		}
		later := exp.Add(time.Hour)
		if _, _, err := w.tokens.Create(ctx, ann.ID, "longer", &later, caller.ID); !errors.Is(err, ErrOutlivesCaller) {
			t.Fatalf("a child outliving its caller: %v", err)
		}
		// Someone else's token is no caller of ann's.
		if _, _, err := w.tokens.Create(ctx, bob.ID, "theirs", nil, caller.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("bob over ann's token: %v", err)
		}
		if err := w.tokens.Revoke(ctx, ann.ID, caller.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := w.tokens.Create(ctx, ann.ID, "orphan", nil, caller.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("over a revoked token: %v", err)
		}
		if n := w.db.Client.AccessToken.Query().Where(accesstoken.UserID(ann.ID)).CountX(ctx); n != 1 {
			t.Fatalf("ann has %d tokens, want the child alone", n)
		}
	})
}

func TestOneAccountCannotRevokeAnothersToken(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		eve := w.user(t, "eve")
		tok, at, err := w.tokens.Create(ctx, ann.ID, "ci", nil, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := w.tokens.Revoke(ctx, eve.ID, at.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("eve revoking ann's token: %v", err)
		}
		if err := w.verify(tok); err != nil {
			t.Fatalf("ann's token stopped working: %v", err)
		}
		if list, err := w.tokens.List(ctx, eve.ID); err != nil || len(list) != 0 {
			t.Fatalf("eve lists %d tokens (%v)", len(list), err)
		}
	})
}

// Many creations at once for an account a few short of MaxPerUser stop
// there: the account's row lock puts them one after the other.
func TestParallelCreationsStopAtMaxPerUser(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		for i := range MaxPerUser - 3 {
			if _, _, err := w.tokens.Create(ctx, ann.ID, fmt.Sprint("t", i), nil, ""); err != nil {
				t.Fatal(err)
			}
		}
		var wg sync.WaitGroup
		var made, tooMany atomic.Int32
		errs := make(chan error, 12)
		for range 12 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, _, err := w.tokens.Create(ctx, ann.ID, "ci", nil, "")
				switch {
				case err == nil:
					made.Add(1)
				case errors.Is(err, ErrTooMany):
					tooMany.Add(1)
				default:
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("unexpected: %v", err)
		}
		if made.Load() != 3 || tooMany.Load() != 9 {
			t.Fatalf("%d made, %d refused; want 3 and 9", made.Load(), tooMany.Load())
		}
		if n := w.db.Client.AccessToken.Query().Where(accesstoken.UserID(ann.ID)).CountX(ctx); n != MaxPerUser {
			t.Fatalf("%d tokens, want %d", n, MaxPerUser)
		}
	})
}

func TestGenerateSignsInFirst(t *testing.T) {
	eachWorld(t, func(t *testing.T, w *world, ann *ent.User) {
		ctx := t.Context()
		if _, _, err := w.tokens.Generate(ctx, "ann", "Wrong-Horse-9", "ci"); !errors.Is(err, account.ErrInvalidCredentials) {
			t.Fatalf("a wrong password: %v", err)
		}
		if _, _, err := w.tokens.Generate(ctx, "nobody", goodPassword, "ci"); !errors.Is(err, account.ErrInvalidCredentials) {
			t.Fatalf("an unknown login: %v", err)
		}
		if _, _, err := w.tokens.Generate(ctx, "ann", goodPassword, ""); !errors.Is(err, ErrInvalidName) {
			t.Fatalf("no name: %v", err)
		}
		if n := w.db.Client.AccessToken.Query().CountX(ctx); n != 0 {
			t.Fatalf("%d tokens made by refused calls", n)
		}
		tok, _, err := w.tokens.Generate(ctx, "ann@example.com", goodPassword, "ci")
		if err != nil {
			t.Fatal(err)
		}
		if err := w.verify(tok); err != nil {
			t.Fatal(err)
		}
		w.db.Client.User.UpdateOneID(ann.ID).SetMustChangePassword(true).ExecX(ctx)
		if _, _, err := w.tokens.Generate(ctx, "ann", goodPassword, "ci"); !errors.Is(err, ErrMustChangePassword) {
			t.Fatalf("with a temporary password: %v", err)
		}
	})
}
