package challenge_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/testdb"
)

type clockAt struct{ t time.Time }

func (c *clockAt) now() time.Time { return c.t }

// instance is one service instance: its own issuer over the shared
// database and the shared key.
func instance(db *database.DB, keys *keyring.Ring, c *clockAt) *challenge.Issuer {
	return &challenge.Issuer{Keys: keys, Claims: &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect, Now: c.now}, Now: c.now}
}

func solved(t *testing.T, c challenge.Challenge) string {
	t.Helper()
	s, ok := challenge.Solve(c)
	if !ok {
		t.Fatal("no number solves the challenge")
	}
	return s.Encode()
}

func TestASolvedChallengeIsGoodOnceOnEveryInstance(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		keys := keyring.Ephemeral()
		c := &clockAt{time.Now()}
		a, b := instance(db, keys, c), instance(db, keys, c)
		ch := a.Issue(0)
		payload := solved(t, ch)
		// Issued by one instance, verified by another.
		if err := b.Verify(context.Background(), payload); err != nil {
			t.Fatalf("first use: %v", err)
		}
		for _, is := range []*challenge.Issuer{a, b} {
			if err := is.Verify(context.Background(), payload); !errors.Is(err, challenge.ErrReplayed) {
				t.Fatalf("replay: %v, want ErrReplayed", err)
			}
		}
	})
}

func TestAReplayInParallelIsAcceptedOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		keys := keyring.Ephemeral()
		c := &clockAt{time.Now()}
		payload := solved(t, instance(db, keys, c).Issue(0))
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok := 0
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := instance(db, keys, c).Verify(context.Background(), payload); err == nil {
					mu.Lock()
					ok++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if ok != 1 {
			t.Fatalf("%d of 20 parallel uses accepted, want 1", ok)
		}
	})
}

func TestBadSolutionsAreRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		keys := keyring.Ephemeral()
		c := &clockAt{time.Now()}
		is := instance(db, keys, c)
		ch := is.Issue(0)
		good, _ := challenge.Solve(ch)
		wrongNumber := good
		wrongNumber.Number++
		forged := challenge.Challenge{Algorithm: challenge.Algorithm, Salt: ch.Salt, Challenge: ch.Challenge, MaxNumber: ch.MaxNumber, Signature: "00"}
		forgedSolution, _ := challenge.Solve(forged)
		otherKey := instance(db, keyring.Ephemeral(), c).Issue(0)
		tests := []struct {
			name    string
			payload string
			want    error
		}{
			{"nothing", "", challenge.ErrMissing},
			{"not base64", "%%%", challenge.ErrInvalid},
			{"the wrong number", wrongNumber.Encode(), challenge.ErrInvalid},
			{"a forged signature", forgedSolution.Encode(), challenge.ErrInvalid},
			{"signed with another key", solved(t, otherKey), challenge.ErrInvalid},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := is.Verify(context.Background(), tt.payload); !errors.Is(err, tt.want) {
					t.Fatalf("got %v, want %v", err, tt.want)
				}
			})
		}
		t.Run("expired", func(t *testing.T) {
			payload := solved(t, is.Issue(0))
			c.t = c.t.Add(challenge.Lifetime + time.Second)
			if err := is.Verify(context.Background(), payload); !errors.Is(err, challenge.ErrExpired) {
				t.Fatalf("got %v, want ErrExpired", err)
			}
		})
	})
}

func TestDifficultyGrowsWithPressure(t *testing.T) {
	if !(challenge.Number(0) < challenge.Number(0.5) && challenge.Number(0.5) < challenge.Number(1)) {
		t.Fatalf("numbers %d, %d, %d do not grow", challenge.Number(0), challenge.Number(0.5), challenge.Number(1))
	}
	if challenge.Number(2) != challenge.MaxNumber || challenge.Number(-1) != challenge.MinNumber {
		t.Fatal("difficulty not bounded")
	}
}

func TestTheGateAsksUnderPressureOrAfterFailures(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		keys := keyring.Ephemeral()
		c := &clockAt{time.Now()}
		counter := &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect, Now: c.now}
		pressure := 0.0
		g := &challenge.Gate{Issuer: instance(db, keys, c), Failures: counter, Load: func() float64 { return pressure }, Pressure: 0.25, AfterFailures: 2}
		ctx := clientinfo.With(context.Background(), clientinfo.Info{IP: "2001:db8:5:6::1"})
		if err := g.Check(ctx); err != nil {
			t.Fatalf("quiet, no failures: %v", err)
		}
		g.Failed(ctx)
		// The same /64 counts as one address.
		g.Failed(clientinfo.With(context.Background(), clientinfo.Info{IP: "2001:db8:5:6::2"}))
		var req *challenge.RequiredError
		if err := g.Check(ctx); !errors.As(err, &req) || !errors.Is(err, challenge.ErrRequired) {
			t.Fatalf("after two failures: %v, want a challenge", err)
		}
		other := clientinfo.With(context.Background(), clientinfo.Info{IP: "198.51.100.7"})
		if err := g.Check(other); err != nil {
			t.Fatalf("another address: %v", err)
		}
		pressure = 0.5
		err := g.Check(other)
		if !errors.As(err, &req) {
			t.Fatalf("under pressure: %v, want a challenge", err)
		}
		if req.Challenge.MaxNumber <= challenge.MinNumber {
			t.Fatalf("difficulty %d under pressure, want more than %d", req.Challenge.MaxNumber, challenge.MinNumber)
		}
		solvedCtx := challenge.WithSolution(other, solved(t, req.Challenge))
		if err := g.Check(solvedCtx); err != nil {
			t.Fatalf("solved: %v", err)
		}
		if err := g.Check(solvedCtx); !errors.As(err, &req) || !errors.Is(req.Reason, challenge.ErrReplayed) {
			t.Fatalf("the same solution again: %v, want a new challenge (replayed)", err)
		}
		if err := g.Check(challenge.Exempt(other)); err != nil {
			t.Fatalf("an access-token caller: %v", err)
		}
	})
}

func TestPressureIsLoggedOnceWhenItStartsAndOnceWhenItEnds(t *testing.T) {
	var logs strings.Builder
	p := 0.0
	w := &challenge.Watch{Load: func() float64 { return p }, Threshold: 0.25, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	now := time.Now()
	for _, v := range []float64{0.1, 0.3, 0.2, 0.26, 0.9, 0.2, 0.1, 0.05} {
		p = v
		w.Tick(now)
		now = now.Add(time.Second)
	}
	if n := strings.Count(logs.String(), "under pressure"); n != 1 {
		t.Fatalf("%d start lines, want 1:\n%s", n, logs.String())
	}
	if n := strings.Count(logs.String(), "pressure ended"); n != 1 {
		t.Fatalf("%d end lines, want 1:\n%s", n, logs.String())
	}
	if w.Under() {
		t.Fatal("still under pressure at 0.05")
	}
}
