package token

import (
	"errors"
	"testing"
	"time"
)

func TestATokenCannotCreateATokenThatOutlivesIt(t *testing.T) {
	at := func(h int) *time.Time { v := time.Date(2030, 1, 1, h, 0, 0, 0, time.UTC); return &v }
	tests := []struct {
		name          string
		asked, caller *time.Time
		want          *time.Time
		err           error
	}{
		{"no expiry over a token that never expires", nil, nil, nil, nil},
		{"an expiry over a token that never expires", at(5), nil, at(5), nil},
		{"no expiry over an expiring token: the caller's", nil, at(3), at(3), nil},
		{"an earlier expiry", at(2), at(3), at(2), nil},
		{"the same expiry", at(3), at(3), at(3), nil},
		{"a later expiry", at(4), at(3), nil, ErrOutlivesCaller},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := capExpiry(tt.asked, tt.caller)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err %v, want %v", err, tt.err)
			}
			if (got == nil) != (tt.want == nil) || (got != nil && !got.Equal(*tt.want)) {
				t.Fatalf("expiry %v, want %v", got, tt.want)
			}
		})
	}
}
