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

func TestNormalizeEmailRefusesControlsAndBidiOverrides(t *testing.T) {
	tests := []struct {
		name, email string
		ok          bool
	}{
		{"a plain address", "ann@example.com", true},
		{"an accented address", "jos\u00e9@example.com", true},
		{"a right-to-left override in the local part", "a\u202eb@example.com", false},
		{"a right-to-left override in the domain", "a@exa\u202emple.com", false},
		{"a C1 next-line", "a\u0085b@example.com", false},
		{"a line separator", "a\u2028b@example.com", false},
		{"an escape", "a\x1bb@example.com", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NormalizeEmail(tt.email)
			if (err == nil) != tt.ok {
				t.Fatalf("NormalizeEmail(%q): %v", tt.email, err)
			}
		})
	}
}
