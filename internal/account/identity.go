package account

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"
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

// NormalizeName trims a display name and bounds its length.
func NormalizeName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if !utf8.ValidString(name) || utf8.RuneCountInString(name) > 200 || strings.ContainsAny(name, "\x00\r\n") {
		return "", ErrInvalidName
	}
	return name, nil
}
