package account

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

func withLimits(db *database.DB) *Service {
	s := newService(db, cheap)
	s.Limits = &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect}
	return s
}

func checked(t *testing.T, s *Service, userID string) int {
	t.Helper()
	n := 0
	for _, ev := range auditEvents(t, s.Client, audit.SignInFailed) {
		if ev.SubjectID == userID && (ev.Details["reason"] == "wrong_password" || ev.Details["reason"] == "wrong_current_password") {
			n++
		}
	}
	return n
}

func TestLockoutCountsEachTryBeforeItsHash(t *testing.T) {
	type step struct {
		login, pw string
		want      error
	}
	wrong := "Wrong-Horse9"
	tests := []struct {
		name        string
		steps       []step
		wantChecked int
	}{
		{"the right password after four wrong ones signs in and forgets them", []step{
			{"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials},
			{"alice", goodPassword, nil},
			{"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials},
			{"alice", goodPassword, nil},
		}, 8},
		{"the fifth failure locks and the right password then is locked", []step{
			{"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials},
			{"alice", wrong, ErrLocked}, {"alice", goodPassword, ErrLocked},
		}, 5},
		{"mixed logins answer by their own count and check at most five", []step{
			{"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials}, {"alice", wrong, ErrInvalidCredentials},
			{"alice@example.com", wrong, ErrInvalidCredentials}, {"alice@example.com", wrong, ErrInvalidCredentials},
			// The account is locked now, silently: the right password is
			// refused unchecked, through either login, like a wrong one.
			{"alice@example.com", goodPassword, ErrInvalidCredentials}, {"alice", goodPassword, ErrInvalidCredentials},
			{"alice", wrong, ErrLocked}, // the username's own 5th try
			{"alice@example.com", wrong, ErrInvalidCredentials}, {"alice@example.com", wrong, ErrLocked},
		}, 5},
		{"a megabyte password counts as a wrong one", []step{
			{"alice", string(make([]byte, 1<<20)), ErrInvalidCredentials},
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				s := withLimits(db)
				alice := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
				for i, st := range tt.steps {
					u, err := s.SignIn(context.Background(), st.login, st.pw)
					if !errors.Is(err, st.want) || (err == nil) != (u != nil) {
						t.Fatalf("step %d: SignIn(%q) = (%v, %v), want %v", i+1, st.login, u, err, st.want)
					}
				}
				if n := checked(t, s, alice.ID); n != tt.wantChecked {
					t.Fatalf("%d wrong passwords checked, want %d", n, tt.wantChecked)
				}
			})
		})
	}
}

func TestAWrongCurrentPasswordCountsBeforeItsHash(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := withLimits(db)
		ctx := context.Background()
		alice := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		st := mustSettings(t, s)
		for i := 1; i <= 4; i++ {
			if err := s.checkCurrentPassword(ctx, st, alice, "Wrong-Horse9"); !errors.Is(err, ErrInvalidCredentials) {
				t.Fatalf("wrong current password %d: %v", i, err)
			}
		}
		if err := s.checkCurrentPassword(ctx, st, alice, goodPassword); err != nil {
			t.Fatalf("the right one after four wrong: %v", err)
		}
		for i := 1; i <= 5; i++ {
			err := s.checkCurrentPassword(ctx, st, alice, "Wrong-Horse9")
			if want := map[bool]error{true: ErrLocked, false: ErrInvalidCredentials}[i == 5]; !errors.Is(err, want) {
				t.Fatalf("wrong current password %d after the success: %v, want %v", i, err, want)
			}
		}
		// Both logins show the lock: a session knows them both.
		for _, login := range []string{"alice", "alice@example.com"} {
			if _, err := s.SignIn(ctx, login, goodPassword); !errors.Is(err, ErrLocked) {
				t.Fatalf("SignIn(%q) after a locked current password: %v", login, err)
			}
		}
	})
}

func mustSettings(t *testing.T, s *Service) *ent.SecuritySettings {
	t.Helper()
	st, err := settings.Load(context.Background(), s.Client)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestAnAdminLockHoldsUntilAnAdminUnlocks(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := withLimits(db)
		ctx := context.Background()
		alice := mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		if k := LockKindOf(alice); k != LockNone {
			t.Fatalf("a new account: %q", k)
		}
		u, err := s.Lock(ctx, "", alice.ID)
		if err != nil {
			t.Fatal(err)
		}
		if k := LockKindOf(u); k != LockAdmin || u.LockedAt == nil {
			t.Fatalf("after Lock: kind %q, LockedAt %v", k, u.LockedAt)
		}
		st := mustSettings(t, s)
		st.LockoutMinutes = 1 // time lifts the lockout, never an admin's lock
		for _, login := range []string{"alice", "alice@example.com"} {
			if _, err := s.SignIn(ctx, login, goodPassword); !errors.Is(err, ErrLocked) {
				t.Fatalf("SignIn(%q) under an admin lock: %v", login, err)
			}
		}
		if s.lockedNow(ctx, st, u) != true {
			t.Fatal("lockedNow: an admin's lock lapsed")
		}
		u, err = s.Unlock(ctx, "", alice.ID)
		if err != nil {
			t.Fatal(err)
		}
		if k := LockKindOf(u); k != LockNone || u.LockedAt != nil {
			t.Fatalf("after Unlock: kind %q, LockedAt %v", k, u.LockedAt)
		}
		if _, err := s.SignIn(ctx, "alice", goodPassword); err != nil {
			t.Fatalf("SignIn after Unlock: %v", err)
		}
	})
}

// TestWhichLockHoldsNow: an admin's lock holds until an unlock, the lockout
// for lockoutMinutes (for ever when that is 0); a lockout past its time is
// no lock, though it stays stored until the account's next try.
func TestWhichLockHoldsNow(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	at := func(ago time.Duration) *time.Time { t := now.Add(-ago); return &t }
	for _, c := range []struct {
		name      string
		minutes   int
		u         ent.User
		wantKind  LockKind
		wantSince *time.Time
	}{
		{"no lock", 15, ent.User{}, LockNone, nil},
		{"a lockout within its time", 15, ent.User{LockedAt: at(14 * time.Minute)}, LockAutomatic, at(14 * time.Minute)},
		{"a lockout past its time", 15, ent.User{LockedAt: at(15 * time.Minute)}, LockNone, nil},
		{"a lockout when lockouts never lapse", 0, ent.User{LockedAt: at(1000 * time.Hour)}, LockAutomatic, at(1000 * time.Hour)},
		{"an admin's lock, long ago", 15, ent.User{AdminLockedAt: at(48 * time.Hour), LockedAt: at(48 * time.Hour)}, LockAdmin, at(48 * time.Hour)},
		{"an admin's lock over an earlier lockout", 15, ent.User{AdminLockedAt: at(time.Hour), LockedAt: at(2 * time.Hour)}, LockAdmin, at(2 * time.Hour)},
		{"an admin's lock stored without since", 15, ent.User{AdminLockedAt: at(time.Hour)}, LockAdmin, at(time.Hour)},
	} {
		t.Run(c.name, func(t *testing.T) {
			kind, since := LiveLock(&ent.SecuritySettings{LockoutMinutes: c.minutes}, &c.u, now)
			if kind != c.wantKind || (since == nil) != (c.wantSince == nil) || since != nil && !since.Equal(*c.wantSince) {
				t.Fatalf("LiveLock = %q since %v, want %q since %v", kind, since, c.wantKind, c.wantSince)
			}
		})
	}
}
