// Package secret makes the random tokens Latchkey hands out (reset links,
// access tokens, invitations) and the hashes it stores in their place.
package secret

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"strings"
)

// Bytes is the entropy of every token: 256 bits, well over OWASP's 128.
const Bytes = 32

var encoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewToken returns a fresh random token, prefixed so that secret scanners
// and people can tell what it is ("lk_at_…" for an access token), and the
// hash to store in its place.
func NewToken(prefix string) (token, hash string) {
	b := make([]byte, Bytes)
	if _, err := rand.Read(b); err != nil {
		// crypto/rand never fails on supported platforms; if it does,
		// handing out a weak token would be worse than stopping.
		panic("secret: crypto/rand failed: " + err.Error())
	}
	token = prefix + strings.ToLower(encoding.EncodeToString(b))
	return token, Hash(token)
}

// Hash is what is stored for a token: its SHA-256 in hex. A token has 256
// random bits, so a fast hash is enough: there is nothing to brute-force.
func Hash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
