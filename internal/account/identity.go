package account

import (
	"net/mail"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/latchkey/latchkey/internal/emailaddr"
	"github.com/latchkey/latchkey/internal/text"
)

// EmailKey is the form an email is compared in (emailaddr.Key): NFC, with
// ASCII letters lower-cased and nothing else touched. Full Unicode case
// folding would map look-alikes onto each other (the Kelvin sign "K" folds
// to "k"), which would let one person's address find another person's
// account.
func EmailKey(email string) string { return emailaddr.Key(email) }

// NormalizeEmail validates an address as typed and returns it trimmed and
// in NFC (emailaddr.Canonical), so that one address spelt in NFC and in NFD
// is stored and compared as one. Only a bare addr-spec is accepted, not
// "Name <addr>".
func NormalizeEmail(email string) (string, error) {
	email = strings.TrimSpace(email)
	if email == "" || !utf8.ValidString(email) {
		return "", ErrInvalidEmail
	}
	email = emailaddr.Canonical(email)
	if len(email) > 254 {
		return "", ErrInvalidEmail
	}
	// An address is shown in consoles, logs, emails and the app like any
	// free text: no control character (C1 ones such as NEL pass
	// net/mail), line separator or bidi override ("a\u202eb@...").
	for _, r := range email {
		if text.Forbidden(r) {
			return "", ErrInvalidEmail
		}
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

// usernameKey is the form a typed username is compared in: trimmed, ASCII
// letters lower-cased and nothing else touched. Unlike an email it is not
// brought to NFC: a username is ASCII, and a Kelvin sign must not become a
// K and find someone else's account.
func usernameKey(username string) string {
	b := []byte(strings.TrimSpace(username))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$`)

// NormalizeUsername returns the canonical (lower-case ASCII) username. A
// username is 3 to 64 letters, digits, dots, dashes or underscores, starting
// and ending with a letter or digit, and never looks like an email address.
func NormalizeUsername(username string) (string, error) {
	u := usernameKey(username)
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
	return text.Name(name, nameRule)
}

var nameRule = text.NameRule{Max: MaxNameLength, Optional: true, NoLink: true, Refused: ErrInvalidName}
