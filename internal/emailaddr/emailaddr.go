// Package emailaddr holds the one rule for how an email address is stored
// and compared, shared by the account rules and the start-up migration
// that brings old rows to it.
package emailaddr

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Canonical is an address as stored: trimmed and in Unicode NFC, so that
// "é" typed as one code point and as "e" plus a combining accent (NFD) are
// the same address. Only canonical equivalence is applied (NFC, not NFKC):
// compatibility forms such as full-width letters or ligatures stay
// distinct, as they may be distinct mailboxes.
func Canonical(email string) string {
	return norm.NFC.String(strings.TrimSpace(email))
}

// Key is the form an address is compared in: Canonical with ASCII letters
// lower-cased and nothing else touched. Full Unicode case folding would map
// look-alikes onto each other (the Kelvin sign "K" folds to "k"), which
// would let one person's address find another person's account.
func Key(email string) string {
	b := []byte(Canonical(email))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}
