// Package ratelimit counts events per key in fixed windows, in the shared
// database, so that limits hold across every instance of the service.
package ratelimit

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent/ratelimitcounter"
)

// ErrLimited is returned when a key is over its limit.
var ErrLimited = errors.New("ratelimit: too many requests")

// Counter bumps and reads counters.
type Counter struct {
	DB      *sql.DB
	Dialect string
	Now     func() time.Time
}

func (c *Counter) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func (c *Counter) window(window time.Duration) (start int64, expires time.Time) {
	now := c.now()
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

// Reset forgets every window of key.
func (c *Counter) Reset(ctx context.Context, key string) error {
	q := fmt.Sprintf(`DELETE FROM "%s" WHERE "%s" = %s`, ratelimitcounter.Table, ratelimitcounter.FieldKey, c.placeholder(1))
	if _, err := c.DB.ExecContext(ctx, q, key); err != nil {
		return fmt.Errorf("ratelimit: reset %s: %w", key, err)
	}
	return nil
}

// DeleteExpired drops finished windows.
func (c *Counter) DeleteExpired(ctx context.Context) (int64, error) {
	q := fmt.Sprintf(`DELETE FROM "%s" WHERE "%s" < %s`, ratelimitcounter.Table, ratelimitcounter.FieldExpiresAt, c.placeholder(1))
	res, err := c.DB.ExecContext(ctx, q, c.now().UTC())
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
	now := c.now().UTC()
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
	if exp.After(c.now()) {
		return Live, nil
	}
	return Lapsed, nil
}
