package emailaddr

import "testing"

func TestKeyJoinsCanonicalTwinsAndNothingElse(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"NFC and NFD", "jos\u00e9@example.com", "jose\u0301@example.com", true},
		{"ASCII letter case", "Bob@Example.COM", "bob@example.com", true},
		{"surrounding spaces", " bob@example.com ", "bob@example.com", true},
		{"Kelvin sign (a canonical singleton)", "\u212Aate@example.com", "kate@example.com", true},
		{"full-width letters (compatibility only)", "\uff42ob@example.com", "bob@example.com", false},
		{"Cyrillic look-alike", "alice@exampl\u0435.com", "alice@example.com", false},
		{"non-ASCII letter case", "\u00c9mile@example.com", "\u00e9mile@example.com", false},
		{"the fi ligature (compatibility only)", "\ufb01le@example.com", "file@example.com", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.a) == Key(tt.b); got != tt.same {
				t.Fatalf("Key(%q) == Key(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
	if got := Canonical(" Jose\u0301@Example.com "); got != "Jos\u00e9@Example.com" {
		t.Fatalf("Canonical keeps the letter case and composes: got %q", got)
	}
}
