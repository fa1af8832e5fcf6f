package clock

import (
	"testing"
	"time"
)

func TestClockTellsTheTimeItIsSetTo(t *testing.T) {
	fixed := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		name  string
		clock Clock
		check func(time.Time) bool
	}{
		{"a set clock tells its time", func() time.Time { return fixed }, func(got time.Time) bool { return got.Equal(fixed) }},
		{"an unset clock tells the wall time", nil, func(got time.Time) bool {
			return !got.Before(fixed) && got.Location() == time.Local
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.clock.Now(); !tt.check(got) {
				t.Fatalf("got %v", got)
			}
		})
	}
}
