// Package text holds the rules every free-text input shares (names,
// organisation names, token names): what characters a person may type into
// a field that is later shown in consoles, logs, emails and the app.
package text

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Errors CheckFree returns. Callers map them to their own field errors.
var (
	ErrEmpty    = errors.New("text: empty")
	ErrTooLong  = errors.New("text: too long")
	ErrInvalid  = errors.New("text: not valid UTF-8")
	ErrControl  = errors.New("text: contains a control character")
	ErrHasALink = errors.New("text: contains a link")
)

// CheckFree reports whether s (already trimmed by the caller) may be stored
// as a one-line free text of at most max characters (runes; max <= 0: no
// bound). It refuses invalid UTF-8, the C0 controls (tab and line breaks
// included), DEL, the C1 controls, the Unicode line and paragraph
// separators, and the bidirectional embeddings, overrides and isolates
// (U+202A-U+202E, U+2066-U+2069), which reorder what follows them on
// screen. An escape character would let a name write ANSI sequences into a
// console or a log; a bidi override would make a name read differently
// from what it is. An empty s is refused too: callers that allow an empty
// text check for it first.
func CheckFree(s string, max int) error {
	if s == "" {
		return ErrEmpty
	}
	if !utf8.ValidString(s) {
		return ErrInvalid
	}
	if max > 0 && utf8.RuneCountInString(s) > max {
		return ErrTooLong
	}
	for _, r := range s {
		if Forbidden(r) {
			return ErrControl
		}
	}
	return nil
}

// Forbidden reports whether r may never appear in a free text.
func Forbidden(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, 0x80 <= r && r <= 0x9f: // C0, DEL, C1
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	case 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	case r == utf8.RuneError:
		return true
	}
	return false
}

// linkPattern finds what a mail reader (which turns bare domains into
// links) or a person would take for a link: a scheme and slashes (http://,
// hxxps://, ftp://), a well-known scheme without them (mailto:,
// javascript:), "www.", or a host name: letters or digits, a dot (or a
// full-width or ideographic one) and a top-level domain of two letters or
// more ("evil.example", "evil.example/path"). An initial and a dot
// followed by a space ("J. R. R. Tolkien", "St. John") stays allowed;
// "john.smith" does not: a rare refusal is better than a link in an email.
var linkPattern = regexp.MustCompile(`(?i)` +
	`[a-z][a-z0-9+.-]*:/` + // any scheme:/
	`|\b(?:mailto|javascript|vbscript|data|tel|sms|file|ftp|https?):` + // well-known schemes without slashes
	`|\bwww\d*[.\x{3002}\x{FF0E}\x{FF61}]` + // www. www2.
	`|[\p{L}\p{N}_-][.\x{3002}\x{FF0E}\x{FF61}]\p{L}{2,}`) // host.tld

// HasLink reports whether s carries something that reads as a link or a
// domain name. It is for texts that go into emails to addresses not yet
// proven to belong to the person who typed them (a display name, an
// organisation's name): there, a link would let anyone send a convincing
// message ("re-validate at evil.example") from this service.
func HasLink(s string) bool {
	return linkPattern.MatchString(s)
}

// NameRule is what a kind of name allows: a person's display name, an
// organisation's, an access token's.
type NameRule struct {
	// Max is the most characters (runes) it may have.
	Max int
	// Optional names may be empty (after trimming).
	Optional bool
	// NoLink refuses a name that reads as a link (HasLink): for names that
	// go into emails to addresses not yet proven to be their owner's.
	NoLink bool
	// Refused is the caller's error for a refused name; Name wraps it
	// together with the reason.
	Refused error
}

// Name trims s and checks it against rule, the one check of every name a
// person types: the trimmed name, or an error that is both rule.Refused
// and the reason (ErrEmpty, ErrTooLong, ErrInvalid, ErrControl,
// ErrHasALink), for errors.Is.
func Name(s string, rule NameRule) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" && rule.Optional {
		return "", nil
	}
	err := CheckFree(s, rule.Max)
	if err == nil && rule.NoLink && HasLink(s) {
		err = ErrHasALink
	}
	if err != nil {
		if rule.Refused != nil {
			err = fmt.Errorf("%w: %w", rule.Refused, err)
		}
		return "", err
	}
	return s, nil
}
