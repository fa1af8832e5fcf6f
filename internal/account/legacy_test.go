package account

import (
	"errors"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/legacyhash"
)

// A sealed hash copied onto another account's row does not open there
// (an attacker with write access to the database cannot give their own
// account a victim's imported hash, nor read it without the key).
func TestASealedImportedHashOpensOnlyForItsAccountAndWithTheKey(t *testing.T) {
	keys := keyring.Ephemeral()
	hash := "5f4dcc3b5aa765d61d8327deb882cf99:salt:0"
	sealed, err := SealLegacyHash(keys, "usr_1", legacyhash.Magento2, hash)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(sealed, "5f4dcc3b") || strings.Contains(sealed, "salt") {
		t.Fatal("the sealed value shows the hash")
	}
	f, h, err := OpenLegacyHash(keys, "usr_1", sealed)
	if err != nil || f != legacyhash.Magento2 || h != hash {
		t.Fatalf("open: %v %v %v", f, h, err)
	}
	if _, _, err := OpenLegacyHash(keys, "usr_2", sealed); err == nil {
		t.Fatal("opened on another account's row")
	}
	if _, _, err := OpenLegacyHash(keyring.Ephemeral(), "usr_1", sealed); err == nil {
		t.Fatal("opened with another key")
	}
	if _, err := SealLegacyHash(nil, "usr_1", legacyhash.Magento2, hash); !errors.Is(err, ErrNoKeys) {
		t.Fatalf("no keys: %v", err)
	}
}
