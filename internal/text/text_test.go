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

// TestNameIsTheOneCheckOfEveryName runs the rules of the three kinds of
// name (a person's, an organisation's, an access token's) through the one
// checker they share.
func TestNameIsTheOneCheckOfEveryName(t *testing.T) {
	errRefused := errors.New("refused")
	person := NameRule{Max: 200, Optional: true, NoLink: true, Refused: errRefused}
	organisation := NameRule{Max: 200, NoLink: true, Refused: errRefused}
	token := NameRule{Max: 100, Refused: errRefused}
	tests := []struct {
		name   string
		rule   NameRule
		in     string
		want   string
		reason error // nil: accepted
	}{
		{"a person's name is trimmed", person, "  Anne-Marie Dupont ", "Anne-Marie Dupont", nil},
		{"a person may have no name", person, "   ", "", nil},
		{"a person's name with a link", person, "re-validate at evil.example", "", ErrHasALink},
		{"a person's name with an ANSI escape", person, "Eve\x1b[31m", "", ErrControl},
		{"a person's name of 201 characters", person, strings.Repeat("é", 201), "", ErrTooLong},
		{"an organisation's name of 200 characters", organisation, strings.Repeat("é", 200), strings.Repeat("é", 200), nil},
		{"an organisation needs a name", organisation, "  ", "", ErrEmpty},
		{"an organisation's name with a link", organisation, "Acme https://evil.example", "", ErrHasALink},
		{"an organisation's name with a line break", organisation, "Acme\nAdmin", "", ErrControl},
		{"an organisation's name not UTF-8", organisation, "Ac\xffme", "", ErrInvalid},
		{"a token's name may look like a domain (never mailed)", token, " ci.example.com ", "ci.example.com", nil},
		{"a token needs a name", token, "", "", ErrEmpty},
		{"a token's name of 101 characters", token, strings.Repeat("a", 101), "", ErrTooLong},
		{"a token's name with a bidi override", token, "ci\u202egpj", "", ErrControl},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Name(tt.in, tt.rule)
			if tt.reason == nil {
				if err != nil || got != tt.want {
					t.Fatalf("Name(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
				}
				return
			}
			if got != "" || !errors.Is(err, tt.reason) || !errors.Is(err, errRefused) {
				t.Fatalf("Name(%q) = %q, %v; want the rule's error and %v", tt.in, got, err, tt.reason)
			}
		})
	}
}
