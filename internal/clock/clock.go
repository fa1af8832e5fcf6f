// Package clock is the one clock the services read the time from, so that
// a test can set the time of all of them at once.
package clock

import "time"

// Clock tells the time. The zero Clock (nil) is the wall clock: a service
// whose clock is not set reads time.Now.
type Clock func() time.Time

// Now returns the clock's time.
func (c Clock) Now() time.Time {
	if c == nil {
		return time.Now()
	}
	return c()
}
