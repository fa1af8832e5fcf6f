package account

import (
	"errors"
	"strings"
	"testing"
)

func TestNormalizeNameRefusesControlsAndLinks(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"a plain name, trimmed", "  Anne-Marie Dupont ", "Anne-Marie Dupont", nil},
		{"no name", "  ", "", nil},
		{"initials", "J. R. R. Tolkien", "J. R. R. Tolkien", nil},
		{"an ANSI escape", "Eve\x1b[31m", "", ErrInvalidName},
		{"a C1 control", "Eve\u0085Root", "", ErrInvalidName},
		{"a line break", "Eve\nAdmin", "", ErrInvalidName},
		{"a bidi override", "Eve\u202e", "", ErrInvalidName},
		{"a phishing line with a URL", "IT Security: re-validate at http://evil.example", "", ErrInvalidName},
		{"a bare domain", "evil.example", "", ErrInvalidName},
		{"www", "see www.evil", "", ErrInvalidName},
		{"201 characters", strings.Repeat("a", 201), "", ErrInvalidName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeName(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Fatalf("NormalizeName(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.err)
			}
		})
	}
}
