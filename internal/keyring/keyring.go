// Package keyring holds the keys that encrypt the secrets Latchkey must
// keep for a while but must not leave readable in its database: the links
// and temporary passwords of emails not yet delivered. The keys live outside
// the database (a key file, or a setting), so that a copy of the database,
// its backups or the pages SQLite leaves behind in its WAL reveal nothing
// usable.
//
// Secrets are sealed with AES-256-GCM under the current (first) key; any key
// of the ring opens what it sealed, so that a key can be rotated: put the new
// key first and keep the old one after it until nothing sealed under it is
// left (emails are delivered within minutes; links expire within days).
package keyring

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// KeySize is the length of every key: 256 bits.
const KeySize = 32

const version = 1

// idSize is the length of the key id written before each sealed secret, so
// that the right key of the ring opens it.
const idSize = 4

var (
	// ErrUnknownKey means no key of the ring sealed this secret.
	ErrUnknownKey = errors.New("keyring: sealed with a key that is not in the keyring")
	// ErrCorrupt means the sealed bytes are not from Seal, or were altered.
	ErrCorrupt = errors.New("keyring: sealed secret is damaged or was moved")
	// ErrNoKeys means a key file or setting names no key.
	ErrNoKeys = errors.New("keyring: no key found")
)

type key struct {
	id   [idSize]byte
	aead cipher.AEAD
	// digest keys Digest: derived from the key, never the key itself, so
	// that a digest reveals nothing about what Seal encrypts.
	digest []byte
}

// Ring is a current key and the old keys still accepted for opening.
type Ring struct{ keys []key }

// New returns a ring of raw keys, the first one current.
func New(keys ...[]byte) (*Ring, error) {
	if len(keys) == 0 {
		return nil, ErrNoKeys
	}
	r := &Ring{}
	for i, k := range keys {
		if len(k) != KeySize {
			return nil, fmt.Errorf("keyring: key %d is %d bytes, want %d", i+1, len(k), KeySize)
		}
		block, err := aes.NewCipher(k)
		if err != nil {
			return nil, err
		}
		aead, err := cipher.NewGCM(block)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(k)
		var kk key
		copy(kk.id[:], sum[:idSize])
		kk.aead = aead
		kk.digest = mac(k, []byte("latchkey keyring: digest v1"))
		r.keys = append(r.keys, kk)
	}
	return r, nil
}

// Ephemeral returns a ring with one fresh random key that exists only in
// this process: for an in-memory database, and for tests.
func Ephemeral() *Ring {
	r, err := New(newKey())
	if err != nil {
		panic(err)
	}
	return r
}

// NewKey returns a fresh random key, encoded as in a key file.
func NewKey() string { return base64.StdEncoding.EncodeToString(newKey()) }

func newKey() []byte {
	b := make([]byte, KeySize)
	if _, err := rand.Read(b); err != nil {
		panic("keyring: crypto/rand failed: " + err.Error())
	}
	return b
}

// Parse reads keys written one a line (or separated by commas or spaces),
// the current key first. Each is 32 bytes in standard base64 (as
// `openssl rand -base64 32` prints) or in hex (64 digits). Blank lines and
// lines starting with # are ignored.
func Parse(text string) (*Ring, error) {
	var keys [][]byte
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' }) {
			k, err := decode(f)
			if err != nil {
				return nil, fmt.Errorf("keyring: key %d: %w", len(keys)+1, err)
			}
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, ErrNoKeys
	}
	return New(keys...)
}

func decode(s string) ([]byte, error) {
	if len(s) == 2*KeySize {
		if b, err := hex.DecodeString(s); err == nil {
			return b, nil
		}
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != KeySize {
		return nil, fmt.Errorf("expected %d random bytes in base64 (openssl rand -base64 %d) or hex", KeySize, KeySize)
	}
	return b, nil
}

// LoadFile reads the key file at path. When the file does not exist and
// create is true, a file with one fresh key is written first (mode 0600)
// and created is true.
func LoadFile(path string, create bool) (r *Ring, created bool, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && create {
		if err := writeNew(path); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, false, err
		} else if err == nil {
			created = true
		}
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, false, fmt.Errorf("keyring: read key file: %w", err)
	}
	r, err = Parse(string(b))
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", path, err)
	}
	return r, created, nil
}

// writeNew creates path with one fresh key, readable by its owner only. It
// never overwrites a file (another process may have just written one).
func writeNew(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("keyring: create key file: %w", err)
	}
	_, err = fmt.Fprintf(f, "# Latchkey secret key: encrypts the links and temporary passwords of emails\n# not yet delivered. Keep it out of database backups, back it up on its own.\n# Rotation: put a new key on the first line, keep the old ones below it.\n%s\n", NewKey())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fmt.Errorf("keyring: write key file: %w", err)
	}
	return nil
}

// Digest is a keyed, one-way name for s under the current key (hex
// HMAC-SHA256): for data that must be looked up by what a person typed but
// must not be guessable from a stolen database, such as a login typed at
// sign-in (people type their password there). Digests change when the
// current key does.
func (r *Ring) Digest(s string) string {
	return hex.EncodeToString(mac(r.keys[0].digest, []byte(s)))
}

// DigestMatches reports whether d is Digest(s) under any key of the ring
// (in constant time): a digest made before a key was rotated still matches
// while its key is kept.
func (r *Ring) DigestMatches(s, d string) bool {
	want, err := hex.DecodeString(d)
	if err != nil {
		return false
	}
	ok := false
	for _, k := range r.keys {
		if hmac.Equal(mac(k.digest, []byte(s)), want) {
			ok = true
		}
	}
	return ok
}

func mac(key, msg []byte) []byte {
	h := hmac.New(sha256.New, key)
	h.Write(msg)
	return h.Sum(nil)
}

// Len is the number of keys in the ring.
func (r *Ring) Len() int { return len(r.keys) }

// Seal encrypts plain under the current key. aad is bound to the result:
// Open must be given the same bytes (the row it belongs to), so that a
// sealed secret copied to another row does not open.
func (r *Ring) Seal(plain, aad []byte) []byte {
	k := r.keys[0]
	out := make([]byte, 0, 1+idSize+k.aead.NonceSize()+len(plain)+k.aead.Overhead())
	out = append(out, version)
	out = append(out, k.id[:]...)
	nonce := make([]byte, k.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic("keyring: crypto/rand failed: " + err.Error())
	}
	out = append(out, nonce...)
	return k.aead.Seal(out, nonce, plain, aad)
}

// Open decrypts what Seal returned, with whichever key of the ring sealed it.
func (r *Ring) Open(sealed, aad []byte) ([]byte, error) {
	if len(sealed) < 1+idSize || sealed[0] != version {
		return nil, ErrCorrupt
	}
	id := sealed[1 : 1+idSize]
	for _, k := range r.keys {
		if string(k.id[:]) != string(id) {
			continue
		}
		rest := sealed[1+idSize:]
		if len(rest) < k.aead.NonceSize()+k.aead.Overhead() {
			return nil, ErrCorrupt
		}
		plain, err := k.aead.Open(nil, rest[:k.aead.NonceSize()], rest[k.aead.NonceSize():], aad)
		if err != nil {
			return nil, ErrCorrupt
		}
		return plain, nil
	}
	return nil, ErrUnknownKey
}
