package keyring_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/keyring"
)

func TestASealedSecretOpensOnlyWithItsKeyAndRow(t *testing.T) {
	r := keyring.Ephemeral()
	sealed := r.Seal([]byte("lk_rst_secret"), []byte("row-1"))
	if bytes.Contains(sealed, []byte("lk_rst_secret")) {
		t.Fatal("the sealed bytes carry the secret")
	}
	if got, err := r.Open(sealed, []byte("row-1")); err != nil || string(got) != "lk_rst_secret" {
		t.Fatalf("Open = %q, %v", got, err)
	}
	tests := []struct {
		name string
		ring *keyring.Ring
		in   []byte
		aad  string
		want error
	}{
		{"a copy moved to another row", r, sealed, "row-2", keyring.ErrCorrupt},
		{"another installation's key", keyring.Ephemeral(), sealed, "row-1", keyring.ErrUnknownKey},
		{"a flipped byte", r, flip(sealed), "row-1", keyring.ErrCorrupt},
		{"truncated", r, sealed[:6], "row-1", keyring.ErrCorrupt},
		{"empty", r, nil, "row-1", keyring.ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.ring.Open(tt.in, []byte(tt.aad)); !errors.Is(err, tt.want) {
				t.Fatalf("Open: %v, want %v", err, tt.want)
			}
		})
	}
}

func flip(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-1] ^= 1
	return c
}

func TestAnOperatorRotatesTheKey(t *testing.T) {
	old, newer := keyring.NewKey(), keyring.NewKey()
	before, err := keyring.Parse(old)
	if err != nil {
		t.Fatal(err)
	}
	sealed := before.Seal([]byte("pending"), nil)
	// The new key goes first; the old one stays below it.
	after, err := keyring.Parse("# rotated\n" + newer + "\n" + old + "\n")
	if err != nil || after.Len() != 2 {
		t.Fatalf("Parse: %v (%d keys)", err, after.Len())
	}
	if got, err := after.Open(sealed, nil); err != nil || string(got) != "pending" {
		t.Fatalf("what the old key sealed must still open: %q, %v", got, err)
	}
	fresh := after.Seal([]byte("new"), nil)
	onlyNew, _ := keyring.Parse(newer)
	if _, err := onlyNew.Open(fresh, nil); err != nil {
		t.Fatalf("new secrets must be sealed with the first key: %v", err)
	}
	if _, err := onlyNew.Open(sealed, nil); !errors.Is(err, keyring.ErrUnknownKey) {
		t.Fatalf("once the old key is dropped: %v", err)
	}
}

func TestKeysAreReadInBase64OrHexAndNothingElse(t *testing.T) {
	raw := bytes.Repeat([]byte{7}, 32)
	tests := []struct {
		name, text string
		keys       int
		ok         bool
	}{
		{"base64", keyring.NewKey(), 1, true},
		{"hex", hex.EncodeToString(raw), 1, true},
		{"comma-separated, as in a variable", keyring.NewKey() + "," + keyring.NewKey(), 2, true},
		{"comments and blank lines", "# a comment\n\n" + keyring.NewKey() + "\n", 1, true},
		{"too short", "c2hvcnQ=", 0, false},
		{"a passphrase", "correct horse battery staple", 0, false},
		{"empty", "\n# nothing\n", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := keyring.Parse(tt.text)
			if (err == nil) != tt.ok {
				t.Fatalf("Parse(%q): %v", tt.text, err)
			}
			if tt.ok && r.Len() != tt.keys {
				t.Fatalf("%d keys, want %d", r.Len(), tt.keys)
			}
		})
	}
}

func TestTheFirstStartCreatesAKeyFileOnlyItsOwnerReads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "latchkey.db.key")
	if _, _, err := keyring.LoadFile(path, false); err == nil {
		t.Fatal("a missing file must be an error when it may not be created")
	}
	r1, created, err := keyring.LoadFile(path, true)
	if err != nil || !created {
		t.Fatalf("LoadFile: %v, created %v", err, created)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
	r2, created, err := keyring.LoadFile(path, true)
	if err != nil || created {
		t.Fatalf("second start: %v, created %v", err, created)
	}
	if got, err := r2.Open(r1.Seal([]byte("x"), nil), nil); err != nil || string(got) != "x" {
		t.Fatalf("the second start must read the same key: %v", err)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), "#") {
		t.Fatalf("the file should say what it is:\n%s", b)
	}
}

// A digest names what a person typed without being guessable from the
// database alone: the same text gives the same digest under one key, and
// nothing like its plain SHA-256 or another key's digest.
func TestADigestIsKeyedAndStableUnderOneKey(t *testing.T) {
	k1, k2 := bytes.Repeat([]byte{1}, keyring.KeySize), bytes.Repeat([]byte{2}, keyring.KeySize)
	r1, err := keyring.New(k1)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := keyring.New(k2, k1) // rotated: k2 current
	if err != nil {
		t.Fatal(err)
	}
	const typed = "my-password-123"
	sum := sha256.Sum256([]byte(typed))
	for _, tc := range []struct {
		name string
		a, b string
		same bool
	}{
		{"the same text twice", r1.Digest(typed), r1.Digest(typed), true},
		{"two texts", r1.Digest(typed), r1.Digest(typed + "x"), false},
		{"two current keys", r1.Digest(typed), r2.Digest(typed), false},
		{"the plain SHA-256", r1.Digest(typed), hex.EncodeToString(sum[:]), false},
	} {
		if (tc.a == tc.b) != tc.same {
			t.Errorf("%s: %s vs %s, same=%v wanted %v", tc.name, tc.a, tc.b, tc.a == tc.b, tc.same)
		}
	}
	if len(r1.Digest(typed)) != 64 {
		t.Errorf("digest %q is not 64 hex digits", r1.Digest(typed))
	}
}

// A digest made under a key still matches after the key is rotated, as
// long as the old key is kept; nothing else matches.
func TestADigestStillMatchesAfterItsKeyIsRotated(t *testing.T) {
	k1, k2 := bytes.Repeat([]byte{1}, keyring.KeySize), bytes.Repeat([]byte{2}, keyring.KeySize)
	old, _ := keyring.New(k1)
	rotated, _ := keyring.New(k2, k1)
	dropped, _ := keyring.New(k2)
	d := old.Digest("device")
	for _, tc := range []struct {
		name string
		ring *keyring.Ring
		s, d string
		want bool
	}{
		{"under its own key", old, "device", d, true},
		{"after a rotation that keeps the old key", rotated, "device", d, true},
		{"after the old key is dropped", dropped, "device", d, false},
		{"for another text", rotated, "device2", d, false},
		{"not hex", rotated, "device", "zz" + d[2:], false},
		{"cut short", rotated, "device", d[:32], false},
	} {
		if got := tc.ring.DigestMatches(tc.s, tc.d); got != tc.want {
			t.Errorf("%s: DigestMatches = %v", tc.name, got)
		}
	}
}
