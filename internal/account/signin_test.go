package account

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestSignInWithEmailInAnyLetterCaseOrUsername(t *testing.T) {
	tests := []struct {
		name  string
		login string
	}{
		{"email as registered", "Alice.Smith@Example.com"},
		{"email in lower case", "alice.smith@example.com"},
		{"email in upper case", "ALICE.SMITH@EXAMPLE.COM"},
		{"email in mixed case", "aLiCe.sMiTh@eXaMpLe.CoM"},
		{"email with surrounding spaces", "  alice.smith@example.com\t"},
		{"username", "asmith"},
		{"username in upper case", "ASMITH"},
		{"username with surrounding spaces", " ASmith "},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		alice := mustCreate(t, s, NewUser{Email: "Alice.Smith@Example.com", Username: "asmith", Password: goodPassword})
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				u, err := s.SignIn(context.Background(), tt.login, goodPassword)
				if err != nil {
					t.Fatalf("SignIn(%q) err = %v", tt.login, err)
				}
				if u.ID != alice.ID {
					t.Fatalf("SignIn(%q) signed in %s, want %s", tt.login, u.ID, alice.ID)
				}
			})
		}
	})
}

func TestSignInWithWrongPasswordOrUnknownLogin(t *testing.T) {
	// 256 characters: the longest password the policy allows.
	long := "Aa1!" + strings.Repeat("x", 252)
	tests := []struct {
		name       string
		login      string
		pw         string
		wantReason string // the SIGN_IN_FAILED event's reason, "" for none
		wantOwn    bool   // the event names the account
	}{
		{"wrong password", "alice@example.com", "Wrong-Horse9", "wrong_password", true},
		{"password in the wrong case", "alice", strings.ToLower(goodPassword), "wrong_password", true},
		{"empty password", "alice", "", "wrong_password", true},
		{"long password followed by one more character", "alice", long + "x", "wrong_password", true},
		{"long password followed by more characters", "alice", long + strings.Repeat("y", 700), "wrong_password", true},
		{"unknown email", "nobody@example.com", goodPassword, "unknown_login", false},
		{"unknown username", "nobody", goodPassword, "unknown_login", false},
		{"empty login", "", goodPassword, "unknown_login", false},
		{"login over 254 bytes", strings.Repeat("a", 255) + "@example.com", goodPassword, "unknown_login", false},
		{"password of 1025 bytes", "alice", strings.Repeat("a", 1025), "", false},
		{"long password followed by a kilobyte", "alice", long + strings.Repeat("y", 1024), "", false},
		{"megabyte password for an unknown login", "nobody", strings.Repeat("a", 1<<20), "", false},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		alice := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		// A second account whose password is the longest allowed: a
		// longer input must not be cut down to it.
		bob := mustCreate(t, s, NewUser{Email: "bob@example.com", Username: "bob", Password: long})
		if u, err := s.SignIn(context.Background(), "bob", long); err != nil || u.ID != bob.ID {
			t.Fatalf("SignIn with the 256-character password = (%v, %v), want bob", u, err)
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				for _, login := range []string{tt.login, strings.Replace(tt.login, "alice", "bob", 1)} {
					seen := map[string]bool{}
					for _, ev := range auditEvents(t, db.Client, audit.SignInFailed) {
						seen[ev.ID] = true
					}
					u, err := s.SignIn(context.Background(), login, tt.pw)
					if !errors.Is(err, ErrInvalidCredentials) {
						t.Fatalf("SignIn(%q, %d bytes) = (%v, %v), want ErrInvalidCredentials", login, len(tt.pw), u, err)
					}
					if u != nil {
						t.Fatalf("SignIn returned a user with its error")
					}
					var fresh []*ent.AuditEvent
					for _, ev := range auditEvents(t, db.Client, audit.SignInFailed) {
						if !seen[ev.ID] {
							fresh = append(fresh, ev)
						}
					}
					if tt.wantReason == "" {
						continue
					}
					if len(fresh) != 1 {
						t.Fatalf("%d new SIGN_IN_FAILED events, want 1", len(fresh))
					}
					ev := fresh[0]
					if ev.Details["reason"] != tt.wantReason {
						t.Fatalf("event reason = %q, want %q", ev.Details["reason"], tt.wantReason)
					}
					if tt.wantOwn && ev.SubjectID != alice.ID && ev.SubjectID != bob.ID {
						t.Fatalf("event subject = %q, want the account", ev.SubjectID)
					}
					if !tt.wantOwn && ev.SubjectID != "" {
						t.Fatalf("event subject = %q for an unknown login, want none", ev.SubjectID)
					}
				}
			})
		}
		if u := reload(t, db.Client, alice.ID); u.LastSignInAt != nil {
			t.Fatalf("failed sign-ins set LastSignInAt to %v", u.LastSignInAt)
		}
	})
}

// TestSignInToLockedAccount: a locked account says "locked" whatever the
// password, so that guessing on a locked account cannot tell a right
// password (which would otherwise be the only one to get ErrLocked).
func TestSignInToLockedAccount(t *testing.T) {
	tests := []struct {
		name string
		pw   string
	}{
		{"right password", goodPassword},
		{"wrong password", "Wrong-Horse9"},
		{"empty password", ""},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		ctx := context.Background()
		u := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		if err := db.Client.User.UpdateOne(u).SetLockedAt(time.Now()).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				for _, login := range []string{"alice", "ALICE@example.com"} {
					got, err := s.SignIn(ctx, login, tt.pw)
					if !errors.Is(err, ErrLocked) || got != nil {
						t.Fatalf("SignIn(%q, %q) = (%v, %v), want (nil, ErrLocked)", login, tt.pw, got, err)
					}
				}
			})
		}
		if got := reload(t, db.Client, u.ID); got.LastSignInAt != nil || got.LockedAt == nil {
			t.Fatalf("after sign-ins to a locked account: LastSignInAt %v, LockedAt %v; want nil and still set", got.LastSignInAt, got.LockedAt)
		}
		if n := len(auditEvents(t, db.Client, audit.SignInSucceeded)); n != 0 {
			t.Fatalf("%d SIGN_IN_SUCCEEDED events for a locked account, want 0", n)
		}
		// Unlocked, the right password works again and the wrong one is
		// just wrong.
		if err := db.Client.User.UpdateOne(u).ClearLockedAt().Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SignIn(ctx, "alice", "Wrong-Horse9"); !errors.Is(err, ErrInvalidCredentials) {
			t.Fatalf("SignIn with a wrong password after unlocking: %v, want ErrInvalidCredentials", err)
		}
		if _, err := s.SignIn(ctx, "alice", goodPassword); err != nil {
			t.Fatalf("SignIn after unlocking: %v", err)
		}
	})
}

func TestSignInToAccountWithoutPassword(t *testing.T) {
	tests := []struct {
		name string
		pw   string
	}{
		{"empty password", ""},
		{"some password", goodPassword},
		{"the dummy hash's password", "latchkey-dummy"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		mustCreate(t, s, NewUser{Email: "new@example.com", Username: "newbie"})
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if _, err := s.SignIn(context.Background(), "newbie", tt.pw); !errors.Is(err, ErrInvalidCredentials) {
					t.Fatalf("SignIn(%q) err = %v, want ErrInvalidCredentials", tt.pw, err)
				}
			})
		}
	})
}

func TestSignInWithMalformedStoredHash(t *testing.T) {
	tests := []struct {
		name string
		hash string
	}{
		{"garbage", "not a hash"},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"absurd memory", "$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		u := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := db.Client.User.UpdateOne(u).SetPasswordHash(tt.hash).Exec(context.Background()); err != nil {
					t.Fatal(err)
				}
				if _, err := s.SignIn(context.Background(), "alice", goodPassword); !errors.Is(err, ErrInvalidCredentials) {
					t.Fatalf("SignIn err = %v, want ErrInvalidCredentials", err)
				}
			})
		}
	})
}

func TestSignInRecordsSuccessAndResetsFailures(t *testing.T) {
	signInTime := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	tests := []struct {
		name   string
		failed int
	}{
		{"after no failures", 0},
		{"after three failures", 3},
		{"after many failures", 40},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		s.Now = func() time.Time { return signInTime }
		ctx := context.Background()
		u := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := db.Client.User.UpdateOne(u).SetFailedAttempts(tt.failed).ClearLastSignInAt().Exec(ctx); err != nil {
					t.Fatal(err)
				}
				got, err := s.SignIn(ctx, "alice", goodPassword)
				if err != nil {
					t.Fatal(err)
				}
				stored := reload(t, db.Client, u.ID)
				for _, x := range []*ent.User{got, stored} {
					if x.FailedAttempts != 0 {
						t.Fatalf("FailedAttempts = %d after sign-in, want 0", x.FailedAttempts)
					}
					if x.LastSignInAt == nil || !x.LastSignInAt.Equal(signInTime) {
						t.Fatalf("LastSignInAt = %v, want %v", x.LastSignInAt, signInTime)
					}
				}
				var mine int
				for _, ev := range auditEvents(t, db.Client, audit.SignInSucceeded) {
					if ev.SubjectID == u.ID && ev.ActorID == u.ID {
						mine++
					}
				}
				if mine != i+1 {
					t.Fatalf("%d SIGN_IN_SUCCEEDED events for the account, want %d", mine, i+1)
				}
			})
		}
	})
}

func TestSignInRehashesStaleHash(t *testing.T) {
	newer := password.Params{Memory: 2048, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	tests := []struct {
		name        string
		pw          string
		wantErr     error
		wantChanged bool
		wantParams  string
	}{
		{"wrong password leaves the old hash", "Wrong-Horse9", ErrInvalidCredentials, false, "m=1024,t=1,p=1"},
		{"right password re-hashes with the new params", goodPassword, nil, true, "m=2048,t=2,p=1"},
		{"next sign-in keeps the fresh hash", goodPassword, nil, false, "m=2048,t=2,p=1"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		old := newService(db, cheap)
		u := mustCreate(t, old, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		s := newService(db, newer)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := reload(t, db.Client, u.ID).PasswordHash
				if _, err := s.SignIn(ctx, "alice", tt.pw); !errors.Is(err, tt.wantErr) {
					t.Fatalf("SignIn err = %v, want %v", err, tt.wantErr)
				}
				after := reload(t, db.Client, u.ID).PasswordHash
				if changed := after != before; changed != tt.wantChanged {
					t.Fatalf("hash changed = %v, want %v (before %q, after %q)", changed, tt.wantChanged, before, after)
				}
				if parts := strings.Split(after, "$"); len(parts) != 6 || parts[3] != tt.wantParams {
					t.Fatalf("stored hash %q, want params %s", after, tt.wantParams)
				}
				ok, stale, err := s.Hasher.Verify(ctx, goodPassword, after)
				if err != nil || !ok {
					t.Fatalf("stored hash does not verify the password: (%v, %v)", ok, err)
				}
				if wantStale := tt.wantParams != "m=2048,t=2,p=1"; stale != wantStale {
					t.Fatalf("stale = %v, want %v", stale, wantStale)
				}
			})
		}
		// The account still signs in with the old service's hasher too.
		if _, err := old.SignIn(ctx, "alice", goodPassword); err != nil {
			t.Fatalf("SignIn with the old params after re-hash: %v", err)
		}
	})
}
