// Package clocktest is a clock that tests move by hand, for the services'
// clock.Clock: an expiry or a lockout is reached by moving the time, never
// by sleeping.
package clocktest

import (
	"sync"
	"time"

	"github.com/latchkey/latchkey/internal/clock"
)

// Clock stands still until Advance moves it. It is safe to read from
// several goroutines.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// New returns a clock set to the wall time.
func New() *Clock { return &Clock{now: time.Now()} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock forward by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// Clock is the clock to give a service.
func (c *Clock) Clock() clock.Clock { return c.Now }
