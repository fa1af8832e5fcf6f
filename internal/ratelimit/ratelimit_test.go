package ratelimit_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/testdb"
)

func counter(db *database.DB, now time.Time) *ratelimit.Counter {
	return &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect, Now: func() time.Time { return now }}
}

func TestConcurrentHitsAreAllCounted(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := counter(db, time.Now())
		const n = 40
		var wg sync.WaitGroup
		seen := make(chan int, n)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := c.Hit(context.Background(), "ip:203.0.113.9", time.Minute)
				if err != nil {
					t.Error(err)
				}
				seen <- got
			}()
		}
		wg.Wait()
		close(seen)
		counts := map[int]bool{}
		for v := range seen {
			counts[v] = true
		}
		// Every hit saw a distinct count from 1 to n: none was lost.
		if len(counts) != n || !counts[1] || !counts[n] {
			t.Fatalf("counts seen: %v", counts)
		}
		if got, _ := c.Count(context.Background(), "ip:203.0.113.9", time.Minute); got != n {
			t.Fatalf("Count = %d, want %d", got, n)
		}
	})
}

func TestAllowRefusesOverTheLimitUntilTheNextWindow(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		start := time.Date(2026, 11, 23, 10, 0, 5, 0, time.UTC)
		c := counter(db, start)
		tests := []struct {
			name string
			at   time.Time
			want error
		}{
			{"first", start, nil},
			{"second", start.Add(10 * time.Second), nil},
			{"third", start.Add(20 * time.Second), nil},
			{"fourth in the same minute is refused", start.Add(30 * time.Second), ratelimit.ErrLimited},
			{"next minute starts afresh", start.Add(60 * time.Second), nil},
		}
		for _, tt := range tests {
			c.Now = func() time.Time { return tt.at }
			if err := c.Allow(ctx, "k", 3, time.Minute); err != tt.want {
				t.Fatalf("%s: %v, want %v", tt.name, err, tt.want)
			}
		}
		if err := c.Allow(ctx, "k", 0, time.Minute); err != nil {
			t.Fatalf("a limit of 0 is off: %v", err)
		}
		if err := c.Reset(ctx, "k"); err != nil {
			t.Fatal(err)
		}
		if n, _ := c.Count(ctx, "k", time.Minute); n != 0 {
			t.Fatalf("after Reset: %d", n)
		}
		c.Now = func() time.Time { return start.Add(time.Hour) }
		if _, err := c.DeleteExpired(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

func TestTriesBegunAtOnceEachSeeADifferentCount(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := counter(db, time.Now())
		const n = 30
		var wg sync.WaitGroup
		seen := make(chan map[string]int, n)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := c.Begin(context.Background(), time.Hour, "acct", "login")
				if err != nil {
					t.Error(err)
				}
				seen <- got
			}()
		}
		wg.Wait()
		close(seen)
		acct, login := map[int]bool{}, map[int]bool{}
		for m := range seen {
			acct[m["acct"]], login[m["login"]] = true, true
		}
		if len(acct) != n || len(login) != n || !acct[1] || !acct[n] {
			t.Fatalf("counts seen: %v %v", acct, login)
		}
	})
}

func TestASuccessForgetsFinishedFailuresButNotTriesStillRunning(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		start := time.Date(2026, 11, 30, 23, 59, 0, 0, time.UTC)
		c := counter(db, start)
		ttl := 30 * 24 * time.Hour
		tries := func() int {
			n, err := c.Tries(ctx, "k")
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		// Three tries fail, two are still running, one succeeds.
		for i := 0; i < 6; i++ {
			if _, err := c.Begin(ctx, ttl, "k"); err != nil {
				t.Fatal(err)
			}
		}
		for i := 0; i < 3; i++ {
			if err := c.Failed(ctx, ttl, "k"); err != nil {
				t.Fatal(err)
			}
		}
		// Another key the success did not begin: one failure finished, one
		// try running.
		for i := 0; i < 2; i++ {
			if _, err := c.Begin(ctx, ttl, "k2"); err != nil {
				t.Fatal(err)
			}
		}
		if err := c.Failed(ctx, ttl, "k2"); err != nil {
			t.Fatal(err)
		}
		if err := c.Succeeded(ctx, ratelimit.Settle{Key: "k", Own: 1}, ratelimit.Settle{Key: "k2"}, ratelimit.Settle{Key: "other"}); err != nil {
			t.Fatal(err)
		}
		if n := tries(); n != 2 {
			t.Fatalf("after the success: %d tries, want the 2 still running", n)
		}
		if n, _ := c.Tries(ctx, "k2"); n != 1 {
			t.Fatalf("the other key after the success: %d tries, want the 1 still running", n)
		}
		// One of them is never made, the other fails and is forgotten by
		// the next success.
		if err := c.Abandon(ctx, "k"); err != nil {
			t.Fatal(err)
		}
		if err := c.Failed(ctx, ttl, "k"); err != nil {
			t.Fatal(err)
		}
		if n := tries(); n != 1 {
			t.Fatalf("after abandoning one: %d, want 1", n)
		}
		// A month boundary is no fresh start; ttl after the last try is.
		c.Now = func() time.Time { return start.Add(2 * time.Minute) }
		if got, _ := c.Begin(ctx, ttl, "k"); got["k"] != 2 {
			t.Fatalf("after a window boundary: %d, want 2", got["k"])
		}
		c.Now = func() time.Time { return start.Add(ttl + time.Hour) }
		if n := tries(); n != 0 {
			t.Fatalf("ttl after the last try: %d, want 0", n)
		}
		if got, _ := c.Begin(ctx, ttl, "k"); got["k"] != 1 {
			t.Fatalf("a try after the tally lapsed: %d, want 1", got["k"])
		}
		if err := c.Reset(ctx, "k"); err != nil {
			t.Fatal(err)
		}
		if n := tries(); n != 0 {
			t.Fatalf("after Reset: %d", n)
		}
		if _, err := c.DeleteExpired(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

// TestATryGivenBackInATransactionIsGivenBackOnlyIfItCommits: AbandonIn is
// part of the caller's write (a sign-in's success): rolled back, the try
// stays counted; committed, it is given back. Parallel tries over the same
// keys, named in either order, and give-backs in open transactions never
// wait for each other in a cycle (PostgreSQL would abort one).
func TestATryGivenBackInATransactionIsGivenBackOnlyIfItCommits(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		c := counter(db, time.Now())
		begin := func(keys ...string) map[string]int {
			t.Helper()
			got, err := c.Begin(ctx, time.Hour, keys...)
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		giveBack := func(commit bool) {
			t.Helper()
			err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
				if err := ratelimit.AbandonIn(ctx, tx, "cred", "client"); err != nil {
					return err
				}
				if !commit {
					return errors.New("the sign-in's write failed")
				}
				return nil
			})
			if commit && err != nil {
				t.Fatal(err)
			}
		}
		if got := begin("client", "cred"); got["client"] != 1 || got["cred"] != 1 {
			t.Fatalf("first try: %v", got)
		}
		giveBack(false)
		if got := begin("client", "cred"); got["client"] != 2 || got["cred"] != 2 {
			t.Fatalf("after a rolled-back give-back: %v, want the first try still counted", got)
		}
		giveBack(true)
		giveBack(true)
		if got := begin("cred", "client"); got["client"] != 1 || got["cred"] != 1 {
			t.Fatalf("after two committed give-backs: %v, want only this try", got)
		}
		giveBack(true)

		const n = 24
		var wg sync.WaitGroup
		errs := make(chan error, 2*n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				keys := []string{"client", "cred"}
				if i%2 == 1 {
					keys = []string{"cred", "client"}
				}
				if _, err := c.Begin(ctx, time.Hour, keys...); err != nil {
					errs <- err
					return
				}
				errs <- database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
					return ratelimit.AbandonIn(ctx, tx, keys...)
				})
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
		if got := begin("client", "cred"); got["client"] != 1 || got["cred"] != 1 {
			t.Fatalf("after %d tries each given back: %v, want only this try", n, got)
		}
	})
}
