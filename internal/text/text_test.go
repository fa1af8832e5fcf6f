package text

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckFreeRefusesWhatRewritesAConsoleOrAScreen(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     error
	}{
		{"a plain name", "Anne-Marie Dupont", 200, nil},
		{"letters of any script", "Åsa Öberg 王小明 Zoë", 200, nil},
		{"an emoji", "Bo 🐝", 200, nil},
		{"an ANSI escape that clears the screen", "Eve\x1b[2J\x1b[1;31mADMIN", 200, ErrControl},
		{"a bare ESC", "Eve\x1b", 200, ErrControl},
		{"a NUL", "Eve\x00", 200, ErrControl},
		{"a tab", "Eve\tAdmin", 200, ErrControl},
		{"a line break that forges a log line", "Eve\nlevel=INFO msg=\"admin signed in\"", 200, ErrControl},
		{"a carriage return", "Eve\rAdmin", 200, ErrControl},
		{"DEL", "Eve\x7f", 200, ErrControl},
		{"a C1 CSI (U+009B)", "Eve\u009b2J", 200, ErrControl},
		{"a C1 NEL (U+0085)", "Eve\u0085", 200, ErrControl},
		{"a Unicode line separator", "Eve\u2028Admin", 200, ErrControl},
		{"a right-to-left override", "Eve\u202egpj.exe", 200, ErrControl},
		{"a bidi isolate", "Eve\u2066x\u2069", 200, ErrControl},
		{"invalid UTF-8", "Eve\xff", 200, ErrInvalid},
		{"empty", "", 200, ErrEmpty},
		{"201 characters", strings.Repeat("é", 201), 200, ErrTooLong},
		{"200 characters", strings.Repeat("é", 200), 200, nil},
		{"no bound", strings.Repeat("a", 1000), 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := CheckFree(tt.in, tt.max); !errors.Is(err, tt.want) {
				t.Fatalf("CheckFree(%q) = %v, want %v", tt.in, err, tt.want)
			}
		})
	}
}

func TestHasLinkFindsWhatAMailReaderWouldTurnIntoALink(t *testing.T) {
	links := []string{
		"IT Security: re-validate at http://evil.example",
		"https://evil.example",
		"HTTPS://EVIL.EXAMPLE",
		"hxxp://evil.example",
		"ftp://files",
		"mailto:boss@example.com",
		"javascript:alert(1)",
		"visit www.evil.example now",
		"WWW2.evil",
		"evil.example",
		"go to evil.example/login",
		"evil.co",
		"paypal-support.com",
		"evil。example",
		"evil．example",
		"bit.ly/x",
		"john.smith",
	}
	for _, s := range links {
		if !HasLink(s) {
			t.Errorf("HasLink(%q) = false", s)
		}
	}
	names := []string{
		"Anne-Marie Dupont",
		"J. R. R. Tolkien",
		"St. John",
		"Dr. Who",
		"Alice",
		"O'Brien",
		"Bo 3.14",
		"Version 2.0 team",
		"Åsa Öberg",
		"Ms.",
		"e.g. Bob",
	}
	for _, s := range names {
		if HasLink(s) {
			t.Errorf("HasLink(%q) = true", s)
		}
	}
}
