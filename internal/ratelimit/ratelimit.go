// Package ratelimit counts events per key in fixed windows, in the shared
// database, so that limits hold across every instance of the service.
package ratelimit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/clock"
)

// ErrLimited is returned when a key is over its limit.
var ErrLimited = errors.New("ratelimit: too many requests")

// Counter bumps and reads counters.
type Counter struct {
	DB      *sql.DB
	Dialect string
	Now     clock.Clock
}

func (c *Counter) window(window time.Duration) (start int64, expires time.Time) {
	now := c.Now.Now()
	secs := int64(window / time.Second)
	if secs < 1 {
		secs = 1
	}
	start = now.Unix() / secs * secs
	return start, time.Unix(start+secs, 0)
}

// Hit counts one event for key in the current window and returns the count
// including it. The increment is a single atomic upsert, so N concurrent
// hits always count N.
func (c *Counter) Hit(ctx context.Context, key string, window time.Duration) (int, error) {
	return c.Add(ctx, key, window, 1)
}

// Add counts n events for key.
func (c *Counter) Add(ctx context.Context, key string, window time.Duration, n int) (int, error) {
	start, expires := c.window(window)
	// Identifiers are quoted: WINDOW is a reserved word in PostgreSQL.
	q := fmt.Sprintf(`INSERT INTO "%[1]s" ("%[2]s", "%[3]s", "%[4]s", "%[5]s") VALUES (%[6]s)
ON CONFLICT ("%[2]s", "%[3]s") DO UPDATE SET "%[4]s" = "%[1]s"."%[4]s" + excluded."%[4]s"
RETURNING "%[4]s"`,
		ratelimitcounter.Table, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		ratelimitcounter.FieldCount, ratelimitcounter.FieldExpiresAt, c.placeholders(4))
	var count int
	if err := c.DB.QueryRowContext(ctx, q, key, start, n, expires.UTC()).Scan(&count); err != nil {
		return 0, fmt.Errorf("ratelimit: hit %s: %w", key, err)
	}
	return count, nil
}

// Count returns the events counted for key in the current window.
func (c *Counter) Count(ctx context.Context, key string, window time.Duration) (int, error) {
	start, _ := c.window(window)
	q := fmt.Sprintf(`SELECT "%s" FROM "%s" WHERE "%s" = %s AND "%s" = %s`,
		ratelimitcounter.FieldCount, ratelimitcounter.Table,
		ratelimitcounter.FieldKey, c.placeholder(1), ratelimitcounter.FieldWindow, c.placeholder(2))
	var count int
	err := c.DB.QueryRowContext(ctx, q, key, start).Scan(&count)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("ratelimit: count %s: %w", key, err)
	}
	return count, nil
}

// Reset forgets every window (and tally, and mark) of each key.
func (c *Counter) Reset(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	in, args := "", make([]any, len(keys))
	for i, k := range keys {
		if i > 0 {
			in += ", "
		}
		in += c.placeholder(i + 1)
		args[i] = k
	}
	q := fmt.Sprintf(`DELETE FROM "%s" WHERE "%s" IN (%s)`, ratelimitcounter.Table, ratelimitcounter.FieldKey, in)
	if _, err := c.DB.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("ratelimit: reset %s: %w", keys[0], err)
	}
	return nil
}

// MarkRetention is how long a lapsed mark is kept before DeleteExpired
// drops it: longer than any tally lives after its last try, so that "this
// lock has lapsed" is still known while the tally it ended is alive.
const MarkRetention = 32 * 24 * time.Hour

// DeleteExpired drops finished windows, tallies and marks (these after
// MarkRetention).
func (c *Counter) DeleteExpired(ctx context.Context) (int64, error) {
	q := fmt.Sprintf(`DELETE FROM "%[1]s" WHERE "%[2]s" < %[4]s AND "%[3]s" <> %[5]s OR "%[2]s" < %[6]s AND "%[3]s" = %[7]s`,
		ratelimitcounter.Table, ratelimitcounter.FieldExpiresAt, ratelimitcounter.FieldWindow,
		c.placeholder(1), c.placeholder(2), c.placeholder(3), c.placeholder(4))
	now := c.Now.Now().UTC()
	res, err := c.DB.ExecContext(ctx, q, now, markWindow, now.Add(-MarkRetention), markWindow)
	if err != nil {
		return 0, fmt.Errorf("ratelimit: sweep: %w", err)
	}
	return res.RowsAffected()
}

// Allow counts one event and returns ErrLimited when the count exceeds
// limit. A limit of 0 turns the check off (nothing is counted).
func (c *Counter) Allow(ctx context.Context, key string, limit int, window time.Duration) error {
	if limit <= 0 {
		return nil
	}
	n, err := c.Hit(ctx, key, window)
	if err != nil {
		return err
	}
	if n > limit {
		return ErrLimited
	}
	return nil
}

func (c *Counter) placeholder(i int) string {
	if c.Dialect == dialect.Postgres {
		return fmt.Sprintf("$%d", i)
	}
	return "?"
}

func (c *Counter) placeholders(n int) string {
	s := ""
	for i := 1; i <= n; i++ {
		if i > 1 {
			s += ", "
		}
		s += c.placeholder(i)
	}
	return s
}

// Marks are timed flags kept in the same table (window 0, which no counting
// window uses): "this login is locked until", "the last reset email to this
// account went out at". Unlike fixed windows they start when they are set.
const markWindow = 0

// Claim sets the mark key for ttl if it is not set (or has lapsed) and
// reports whether it did. It is one atomic statement: of several callers at
// once, exactly one claims. Used for minimum intervals between emails.
func (c *Counter) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	now := c.Now.Now().UTC()
	q := fmt.Sprintf(`INSERT INTO "%[1]s" ("%[2]s", "%[3]s", "%[4]s", "%[5]s") VALUES (%[6]s)
ON CONFLICT ("%[2]s", "%[3]s") DO UPDATE SET "%[5]s" = excluded."%[5]s", "%[4]s" = "%[1]s"."%[4]s" + 1
WHERE "%[1]s"."%[5]s" <= %[7]s
RETURNING "%[4]s"`,
		ratelimitcounter.Table, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		ratelimitcounter.FieldCount, ratelimitcounter.FieldExpiresAt, c.placeholders(4), c.placeholder(5))
	var n int
	err := c.DB.QueryRowContext(ctx, q, key, markWindow, 1, now.Add(ttl), now).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("ratelimit: claim %s: %w", key, err)
	}
	return true, nil
}

// Mark sets key for ttl unless it is already set and live.
func (c *Counter) Mark(ctx context.Context, key string, ttl time.Duration) error {
	_, err := c.Claim(ctx, key, ttl)
	return err
}

// MarkState tells whether a mark is set: Unset (never, or removed), Live,
// or Lapsed (set once, now past its time).
type MarkState int

const (
	Unset MarkState = iota
	Live
	Lapsed
)

// State reads the mark key.
func (c *Counter) State(ctx context.Context, key string) (MarkState, error) {
	q := fmt.Sprintf(`SELECT "%s" FROM "%s" WHERE "%s" = %s AND "%s" = %s`,
		ratelimitcounter.FieldExpiresAt, ratelimitcounter.Table,
		ratelimitcounter.FieldKey, c.placeholder(1), ratelimitcounter.FieldWindow, c.placeholder(2))
	var exp time.Time
	err := c.DB.QueryRowContext(ctx, q, key, markWindow).Scan(&exp)
	if errors.Is(err, sql.ErrNoRows) {
		return Unset, nil
	}
	if err != nil {
		return Unset, fmt.Errorf("ratelimit: mark %s: %w", key, err)
	}
	if exp.After(c.Now.Now()) {
		return Live, nil
	}
	return Lapsed, nil
}

// Attempts are tallies of tries at a secret (a password), counted so that
// a limit holds however many tries run at once and on however many
// instances: a try is counted (Begin) before it runs, not after it fails.
// Each key has two rows: the tries begun and not given back (window
// beganWindow) and, of those, the ones that have finished and failed
// (window failedWindow). A tally starts with its first try and is forgotten
// ttl after its last one (no clock-aligned windows: a window boundary must
// not hand out a fresh allowance). Reset forgets both rows of a key.
const (
	beganWindow  = -1
	failedWindow = -2
)

// BeganWindow is the window of a key's row of tries begun and not given
// back, for a caller that gives a try back within a statement of its own
// (as AbandonIn does: count less one, never below zero).
const BeganWindow = beganWindow

// Begin counts one try for each key before it runs and returns the count of
// each including it (by key). It is one atomic statement: of N tries begun
// at once on a key, each sees a different count, 1 to N.
func (c *Counter) Begin(ctx context.Context, ttl time.Duration, keys ...string) (map[string]int, error) {
	return c.tally(ctx, beganWindow, ttl, keys)
}

// Failed records that a try begun on each key has finished and failed. The
// try stays counted: only a later success (Succeeded) or Reset forgets it.
func (c *Counter) Failed(ctx context.Context, ttl time.Duration, keys ...string) error {
	_, err := c.tally(ctx, failedWindow, ttl, keys)
	return err
}

// Abandon gives back a try begun on each key that was never made (the
// caller gave up before checking anything), in one statement.
func (c *Counter) Abandon(ctx context.Context, keys ...string) error {
	if len(keys) == 0 {
		return nil
	}
	args := []any{}
	in := ""
	for i, k := range keys {
		if i > 0 {
			in += ", "
		}
		args = append(args, k)
		in += c.placeholder(len(args))
	}
	args = append(args, beganWindow)
	q := fmt.Sprintf(`UPDATE "%[1]s" SET "%[2]s" = CASE WHEN "%[2]s" > 1 THEN "%[2]s" - 1 ELSE 0 END
WHERE "%[3]s" IN (%[5]s) AND "%[4]s" = %[6]s`,
		ratelimitcounter.Table, ratelimitcounter.FieldCount, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		in, c.placeholder(len(args)))
	if _, err := c.DB.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("ratelimit: give back %s: %w", keys[0], err)
	}
	return nil
}

// AbandonIn is Abandon in the caller's transaction tx, as part of the
// success it records: the try is given back if, and only if, that write
// commits, and the success costs no commit of its own (on PostgreSQL, a
// WAL flush). The keys' rows are updated one at a time in key order, the
// order in which Begin's upsert takes them, so that a transaction holding
// some of them and a parallel Begin cannot wait for each other.
func AbandonIn(ctx context.Context, tx *ent.Client, keys ...string) error {
	for _, k := range slices.Sorted(slices.Values(keys)) {
		err := tx.RateLimitCounter.Update().
			Where(ratelimitcounter.Key(k), ratelimitcounter.Window(beganWindow), ratelimitcounter.CountGT(0)).
			AddCount(-1).Exec(ctx)
		if err != nil {
			return fmt.Errorf("ratelimit: give back %s: %w", k, err)
		}
	}
	return nil
}

// Settle is what a success forgets on a key: the tries that had finished
// and failed before it, plus Own of its own tries (1 on a key it began, 0
// on a key it did not).
type Settle struct {
	Key string
	Own int
}

// Succeeded forgets, for a success, the failed tries of each key and the
// success's own try. Tries still running stay counted, so a success in the
// middle of a flood frees no room for the flood: of the tries begun, at
// most the limit are checked whatever the order they finish in. A failure
// finishing while this runs is either forgotten with the others or stays
// counted, never lost.
func (c *Counter) Succeeded(ctx context.Context, settle ...Settle) error {
	if len(settle) == 0 {
		return nil
	}
	now := c.Now.Now().UTC()
	args := []any{}
	in := ""
	for i, s := range settle {
		if i > 0 {
			in += ", "
		}
		args = append(args, s.Key)
		in += c.placeholder(len(args))
	}
	args = append(args, failedWindow, now)
	q := fmt.Sprintf(`DELETE FROM "%[1]s" WHERE "%[2]s" IN (%[5]s) AND "%[3]s" = %[6]s
RETURNING "%[2]s", CASE WHEN "%[4]s" > %[7]s THEN "%[8]s" ELSE 0 END`,
		ratelimitcounter.Table, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		ratelimitcounter.FieldExpiresAt, in, c.placeholder(len(args)-1), c.placeholder(len(args)), ratelimitcounter.FieldCount)
	rows, err := c.DB.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("ratelimit: settle: %w", err)
	}
	failed := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			rows.Close()
			return fmt.Errorf("ratelimit: settle: %w", err)
		}
		failed[k] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("ratelimit: settle: %w", err)
	}
	// One statement gives back what each key owes.
	args = args[:0]
	cases, keys := "", ""
	for _, s := range settle {
		n := failed[s.Key] + s.Own
		if n <= 0 {
			continue
		}
		args = append(args, s.Key, n, n)
		k := len(args)
		cases += fmt.Sprintf(` WHEN %s THEN CASE WHEN "%[4]s" > %[2]s THEN "%[4]s" - %[3]s ELSE 0 END`,
			c.placeholder(k-2), c.placeholder(k-1), c.placeholder(k), ratelimitcounter.FieldCount)
	}
	if cases == "" {
		return nil
	}
	for _, s := range settle {
		if failed[s.Key]+s.Own > 0 {
			if keys != "" {
				keys += ", "
			}
			args = append(args, s.Key)
			keys += c.placeholder(len(args))
		}
	}
	args = append(args, beganWindow)
	q = fmt.Sprintf(`UPDATE "%[1]s" SET "%[2]s" = CASE "%[3]s"%[5]s ELSE "%[2]s" END WHERE "%[3]s" IN (%[6]s) AND "%[4]s" = %[7]s`,
		ratelimitcounter.Table, ratelimitcounter.FieldCount, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		cases, keys, c.placeholder(len(args)))
	if _, err := c.DB.ExecContext(ctx, q, args...); err != nil {
		return fmt.Errorf("ratelimit: settle: %w", err)
	}
	return nil
}

// Tries returns the live count of tries begun on key.
func (c *Counter) Tries(ctx context.Context, key string) (int, error) {
	q := fmt.Sprintf(`SELECT "%s" FROM "%s" WHERE "%s" = %s AND "%s" = %s AND "%s" > %s`,
		ratelimitcounter.FieldCount, ratelimitcounter.Table,
		ratelimitcounter.FieldKey, c.placeholder(1), ratelimitcounter.FieldWindow, c.placeholder(2),
		ratelimitcounter.FieldExpiresAt, c.placeholder(3))
	var n int
	err := c.DB.QueryRowContext(ctx, q, key, beganWindow, c.Now.Now().UTC()).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("ratelimit: tries %s: %w", key, err)
	}
	return n, nil
}

// tally adds one to each key's row in window w, starting afresh where the
// row has expired, and pushes its expiry to ttl from now.
func (c *Counter) tally(ctx context.Context, w int64, ttl time.Duration, keys []string) (map[string]int, error) {
	if len(keys) == 0 {
		return map[string]int{}, nil
	}
	now := c.Now.Now().UTC()
	args := []any{}
	values := ""
	// In key order: parallel tallies (and AbandonIn) over overlapping keys
	// take the rows in one order, so none waits for another in a cycle.
	for i, k := range slices.Sorted(slices.Values(keys)) {
		if i > 0 {
			values += ", "
		}
		args = append(args, k, w, 1, now.Add(ttl))
		n := len(args)
		values += "(" + c.placeholder(n-3) + ", " + c.placeholder(n-2) + ", " + c.placeholder(n-1) + ", " + c.placeholder(n) + ")"
	}
	args = append(args, now)
	q := fmt.Sprintf(`INSERT INTO "%[1]s" ("%[2]s", "%[3]s", "%[4]s", "%[5]s") VALUES %[6]s
ON CONFLICT ("%[2]s", "%[3]s") DO UPDATE SET
"%[4]s" = CASE WHEN "%[1]s"."%[5]s" <= %[7]s THEN excluded."%[4]s" ELSE "%[1]s"."%[4]s" + excluded."%[4]s" END,
"%[5]s" = excluded."%[5]s"
RETURNING "%[2]s", "%[4]s"`,
		ratelimitcounter.Table, ratelimitcounter.FieldKey, ratelimitcounter.FieldWindow,
		ratelimitcounter.FieldCount, ratelimitcounter.FieldExpiresAt, values, c.placeholder(len(args)))
	rows, err := c.DB.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("ratelimit: tally: %w", err)
	}
	defer rows.Close()
	out := make(map[string]int, len(keys))
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("ratelimit: tally: %w", err)
		}
		out[k] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ratelimit: tally: %w", err)
	}
	return out, nil
}

// Expiry returns when the mark key lapses (or lapsed), and false when it is
// not set. A mark set with a fixed, long ttl thus tells when it was set.
func (c *Counter) Expiry(ctx context.Context, key string) (time.Time, bool, error) {
	q := fmt.Sprintf(`SELECT "%s" FROM "%s" WHERE "%s" = %s AND "%s" = %s`,
		ratelimitcounter.FieldExpiresAt, ratelimitcounter.Table,
		ratelimitcounter.FieldKey, c.placeholder(1), ratelimitcounter.FieldWindow, c.placeholder(2))
	var exp time.Time
	err := c.DB.QueryRowContext(ctx, q, key, markWindow).Scan(&exp)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("ratelimit: mark %s: %w", key, err)
	}
	return exp, true, nil
}
