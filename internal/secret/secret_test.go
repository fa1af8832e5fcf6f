package secret

import (
	"strings"
	"testing"
)

func TestTokensAreRandomPrefixedAndStoredOnlyAsHash(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		tok, hash := NewToken("lk_at_")
		if !strings.HasPrefix(tok, "lk_at_") {
			t.Fatalf("token %q lacks its prefix", tok)
		}
		if len(tok) < len("lk_at_")+50 {
			t.Fatalf("token %q is too short for 256 bits", tok)
		}
		if strings.Contains(hash, tok) || hash != Hash(tok) {
			t.Fatalf("hash must be the SHA-256 of the token and not contain it")
		}
		if seen[tok] {
			t.Fatalf("token repeated after %d draws", i)
		}
		seen[tok] = true
	}
}
