package account

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/latchkey/latchkey/internal/text"
)

// EmailKey is the form an email is compared in: ASCII letters lower-cased
// and nothing else touched. Full Unicode case folding would map look-alikes
// onto each other (the Kelvin sign "K" folds to "k"), which would let one
// person's address find another person's account.
func EmailKey(email string) string {
	b := []byte(strings.TrimSpace(email))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

// NormalizeEmail validates an address as typed and returns it trimmed.
// Only a bare addr-spec is accepted, not "Name <addr>".
func NormalizeEmail(email string) (string, error) {
	email = strings.TrimSpace(email)
	if email == "" || len(email) > 254 || !utf8.ValidString(email) {
		return "", ErrInvalidEmail
	}
	a, err := mail.ParseAddress(email)
	if err != nil || a.Address != email || a.Name != "" {
		return "", ErrInvalidEmail
	}
	at := strings.LastIndexByte(email, '@')
	if at < 1 || !strings.Contains(email[at+1:], ".") && email[at+1:] != "localhost" {
		return "", ErrInvalidEmail
	}
	return email, nil
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$`)

// NormalizeUsername returns the canonical (lower-case ASCII) username. A
// username is 3 to 64 letters, digits, dots, dashes or underscores, starting
// and ending with a letter or digit, and never looks like an email address.
func NormalizeUsername(username string) (string, error) {
	u := EmailKey(username)
	if !usernamePattern.MatchString(u) {
		return "", ErrInvalidUsername
	}
	return u, nil
}

// MaxNameLength is the longest display name, in characters.
const MaxNameLength = 200

// NormalizeName trims a display name and checks it (an empty name is
// allowed): at most MaxNameLength characters, no control character, line
// break or bidi override (text.CheckFree), and no link or domain name
// (text.HasLink), because the name is the one text a person chooses that
// goes into emails to addresses not yet proven to be theirs (a new address
// to confirm, a sign-up verification).
func NormalizeName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", nil
	}
	if text.CheckFree(name, MaxNameLength) != nil || text.HasLink(name) {
		return "", ErrInvalidName
	}
	return name, nil
}
