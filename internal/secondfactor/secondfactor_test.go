package secondfactor_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock/clocktest"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/testdb"
)

// fixture is a service on a real database with one account, and the test
// clock every rule reads.
type fixture struct {
	s   *secondfactor.Service
	db  *database.DB
	clk *clocktest.Clock
	u   *ent.User
}

func newFixture(t *testing.T, db *database.DB) *fixture {
	t.Helper()
	clk := clocktest.New()
	s := &secondfactor.Service{Client: db.Client, Keys: keyring.Ephemeral(), Now: clk.Clock()}
	u, err := db.Client.User.Create().SetEmail("ada@example.com").SetEmailKey("ada@example.com").SetUsername("ada").Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{s: s, db: db, clk: clk, u: u}
}

// enrolled enrols an authenticator app and returns its secret and the
// recovery codes.
func (f *fixture) enrolled(t *testing.T) (string, []string) {
	t.Helper()
	ctx := context.Background()
	e, err := f.s.BeginTotp(ctx, f.u)
	if err != nil {
		t.Fatal(err)
	}
	_, codes, err := f.s.ConfirmTotp(ctx, f.u, f.code(t, e.Secret, 0), "")
	if err != nil {
		t.Fatal(err)
	}
	// The enrolment used this step's code (and so every earlier one):
	// move on two steps, out of its reach.
	f.clk.Advance(2 * secondfactor.Period)
	return e.Secret, codes
}

// code is the code an app shows now, plus steps.
func (f *fixture) code(t *testing.T, sec string, steps int64) string {
	t.Helper()
	c, err := secondfactor.Code(sec, secondfactor.Step(f.clk.Now())+steps)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fixture) reload(t *testing.T) *ent.User {
	t.Helper()
	u, err := f.db.Client.User.Get(context.Background(), f.u.ID)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func events(t *testing.T, db *database.DB, typ string) int {
	t.Helper()
	n, err := db.Client.AuditEvent.Query().Where(auditevent.Type(typ)).Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestACodeIsAcceptedWithinOneStepOfSkewAndOnlyOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		sec, _ := f.enrolled(t)
		ctx := context.Background()
		cases := []struct {
			name  string
			steps int64
			err   error
		}{
			{"two steps behind", -2, secondfactor.ErrInvalid},
			{"two steps ahead", 2, secondfactor.ErrInvalid},
			{"one step behind (a slow clock)", -1, nil},
			{"the current step", 0, nil},
			{"the current step again: a replay", 0, secondfactor.ErrInvalid},
			{"the step before the one used: also a replay", -1, secondfactor.ErrInvalid},
			{"one step ahead (a fast clock)", 1, nil},
		}
		for _, c := range cases {
			_, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{Code: f.code(t, sec, c.steps)})
			if !errors.Is(err, c.err) {
				t.Fatalf("%s: err = %v, want %v", c.name, err, c.err)
			}
			if c.err != nil {
				// Keep the lockout out of this test.
				if err := db.Client.User.UpdateOne(f.u).SetSecondFactorFailures(0).Exec(ctx); err != nil {
					t.Fatal(err)
				}
			}
		}
	})
}

func TestTheSameCodeSentTwentyTimesAtOncePassesOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		sec, _ := f.enrolled(t)
		code := f.code(t, sec, 0)
		var mu sync.Mutex
		passed := 0
		var wg sync.WaitGroup
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := f.s.Check(context.Background(), f.u.ID, secondfactor.Proof{Code: code}); err == nil {
					mu.Lock()
					passed++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if passed != 1 {
			t.Fatalf("%d checks of one code passed, want 1", passed)
		}
	})
}

func TestTwentyWrongCodesAtOnceCheckNoMoreThanTheThreshold(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		sec, _ := f.enrolled(t)
		ctx := context.Background()
		right := f.code(t, sec, 0)
		wrong := "000000"
		if wrong == right {
			wrong = "111111"
		}
		var mu sync.Mutex
		got := map[error]int{}
		var wg sync.WaitGroup
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{Code: wrong})
				if errors.Is(err, secondfactor.ErrLocked) {
					err = secondfactor.ErrLocked // a *LockedError, which says until when
				}
				mu.Lock()
				got[err]++
				mu.Unlock()
			}()
		}
		wg.Wait()
		const threshold = 5 // the default lockoutThreshold
		if got[secondfactor.ErrInvalid] != threshold || got[secondfactor.ErrLocked] != 20-threshold {
			t.Fatalf("answers = %v, want %d SECOND_FACTOR_INVALID and the rest locked", got, threshold)
		}
		if n := events(t, db, audit.SecondFactorLocked); n != 1 {
			t.Fatalf("%d lock events, want 1", n)
		}
		// Locked: even the right code waits.
		_, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{Code: right})
		if !errors.Is(err, secondfactor.ErrLocked) {
			t.Fatalf("right code while locked: %v, want ErrLocked", err)
		}
		// It says when the lock lapses: 15 minutes after it was set.
		var locked *secondfactor.LockedError
		if at := f.reload(t).SecondFactorLockedAt; !errors.As(err, &locked) || at == nil || !locked.Until.Equal(at.Add(15*time.Minute)) {
			t.Fatalf("the lock's end: %v (locked at %v), want 15 minutes after it was set", err, at)
		}
		// The lock lapses after 15 minutes (lockoutMinutes is 0).
		f.clk.Advance(16 * time.Minute)
		if _, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{Code: f.code(t, sec, 0)}); err != nil {
			t.Fatalf("right code after the lock lapsed: %v", err)
		}
		if u := f.reload(t); u.SecondFactorFailures != 0 || u.SecondFactorLockedAt != nil {
			t.Fatalf("failures %d, locked %v after a right code", u.SecondFactorFailures, u.SecondFactorLockedAt)
		}
	})
}

func TestARecoveryCodeWorksOnceAndTheOthersStay(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		_, codes := f.enrolled(t)
		ctx := context.Background()
		if len(codes) != secondfactor.RecoveryCodeCount {
			t.Fatalf("%d recovery codes, want %d", len(codes), secondfactor.RecoveryCodeCount)
		}
		typed := strings.ToUpper(strings.ReplaceAll(codes[3], "-", " "))
		if m, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{RecoveryCode: typed}); err != nil || m != secondfactor.MethodRecoveryCode {
			t.Fatalf("recovery code typed in capitals with spaces: %v %v", m, err)
		}
		if _, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{RecoveryCode: codes[3]}); !errors.Is(err, secondfactor.ErrInvalid) {
			t.Fatalf("the same code again: %v, want ErrInvalid", err)
		}
		if left, _ := f.s.RecoveryCodesLeft(ctx, f.u.ID); left != 9 {
			t.Fatalf("%d codes left, want 9", left)
		}
		if n := events(t, db, audit.RecoveryCodeUsed); n != 1 {
			t.Fatalf("%d RECOVERY_CODE_USED events, want 1", n)
		}
		// Nothing usable is stored: no code appears in the table.
		rows, err := db.Client.RecoveryCode.Query().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			for _, c := range codes {
				if strings.Contains(r.CodeHash, c) || strings.Contains(r.CodeHash, strings.ReplaceAll(c, "-", "")) {
					t.Fatal("a recovery code is stored readable")
				}
			}
		}
		// New codes replace the old.
		fresh, err := f.s.RegenerateRecoveryCodes(ctx, f.u)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{RecoveryCode: codes[4]}); !errors.Is(err, secondfactor.ErrInvalid) {
			t.Fatalf("an old code after regenerating: %v, want ErrInvalid", err)
		}
		if _, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{RecoveryCode: fresh[0]}); err != nil {
			t.Fatalf("a new code: %v", err)
		}
	})
}

func TestAPendingEnrolmentIsNoFactor(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		ctx := context.Background()
		e, err := f.s.BeginTotp(ctx, f.u)
		if err != nil {
			t.Fatal(err)
		}
		if ms, err := f.s.Methods(ctx, f.u.ID); err != nil || len(ms) != 0 {
			t.Fatalf("methods of a pending enrolment: %v %v, want none", ms, err)
		}
		if _, err := f.s.Check(ctx, f.u.ID, secondfactor.Proof{Code: f.code(t, e.Secret, 0)}); !errors.Is(err, secondfactor.ErrInvalid) {
			t.Fatalf("a code of the pending secret: %v, want ErrInvalid", err)
		}
		if _, err := f.s.RegenerateRecoveryCodes(ctx, f.u); !errors.Is(err, secondfactor.ErrNoFactor) {
			t.Fatalf("recovery codes without a factor: %v, want ErrNoFactor", err)
		}
		if _, _, err := f.s.ConfirmTotp(ctx, f.u, "123", ""); !errors.Is(err, secondfactor.ErrInvalid) {
			t.Fatalf("confirm with a wrong code: %v", err)
		}
		// The secret is sealed: the row holds neither it nor its bytes.
		row, err := db.Client.TotpFactor.Query().Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(row.SecretSealed, e.Secret) {
			t.Fatal("the TOTP secret is stored readable")
		}
		if !strings.Contains(e.SVG, "<svg") || !strings.HasPrefix(e.URL, "otpauth://totp/") {
			t.Fatalf("enrolment: %q %q", e.URL, e.SVG[:20])
		}
	})
}

func TestAChallengeIsSingleUseAndExpires(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		f := newFixture(t, db)
		sec, _ := f.enrolled(t)
		ctx := context.Background()
		c, err := f.s.StartChallenge(ctx, f.u, secondfactor.ForToken, "ci")
		if err != nil {
			t.Fatal(err)
		}
		ch, err := f.s.FindChallenge(ctx, secondfactor.ForToken, "", c.Token)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.s.FindChallenge(ctx, secondfactor.ForBrowser, ch.ID, ""); !errors.Is(err, secondfactor.ErrChallengeInvalid) {
			t.Fatalf("a token's challenge found as a browser's: %v", err)
		}
		if _, _, err := f.s.Complete(ctx, ch, secondfactor.Proof{Code: f.code(t, sec, 0)}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.s.FindChallenge(ctx, secondfactor.ForToken, "", c.Token); !errors.Is(err, secondfactor.ErrChallengeInvalid) {
			t.Fatalf("a used challenge: %v", err)
		}
		c, err = f.s.StartChallenge(ctx, f.u, secondfactor.ForBrowser, "")
		if err != nil {
			t.Fatal(err)
		}
		f.clk.Advance(secondfactor.ChallengeLifetime)
		if _, err := f.s.FindChallenge(ctx, secondfactor.ForBrowser, c.ID, ""); !errors.Is(err, secondfactor.ErrChallengeInvalid) {
			t.Fatalf("an expired challenge: %v", err)
		}
	})
}

func TestRecentAuthentication(t *testing.T) {
	now := time.Date(2026, 12, 3, 7, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		at   time.Time
		want bool
	}{
		{"never", time.Time{}, false},
		{"just now", now, true},
		{"nine minutes ago", now.Add(-9 * time.Minute), true},
		{"ten minutes ago", now.Add(-10 * time.Minute), false},
		{"in the future (a forged value)", now.Add(time.Hour), false},
	}
	for _, c := range cases {
		if got := secondfactor.Recent(c.at, now); got != c.want {
			t.Errorf("%s: Recent = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestMatchStepRefusesMalformedCodes(t *testing.T) {
	sec := secondfactor.NewSecret()
	now := time.Now()
	for _, code := range []string{"", "12345", "1234567", "abcdef", strings.Repeat("1", 1000)} {
		if _, ok, err := secondfactor.MatchStep(sec, code, now, 0); ok || err != nil {
			t.Errorf("MatchStep(%q) = %v, %v", code, ok, err)
		}
	}
	good, _ := secondfactor.CodeAt(sec, now)
	if _, ok, _ := secondfactor.MatchStep(sec, good[:3]+" "+good[3:], now, 0); !ok {
		t.Error("a code typed with a space in the middle is refused")
	}
}
