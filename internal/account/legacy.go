package account

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/legacyhash"
	"github.com/latchkey/latchkey/internal/password"
)

// ErrNoKeys means an imported hash cannot be sealed or opened: the service
// was given no secret key.
var ErrNoKeys = errors.New("account: no secret key to seal imported password hashes")

// An imported account keeps the hash of the system it came from in
// legacy_password_hash, sealed with the secret key and bound to the
// account's ID, until its first sign-in: then the password is checked
// against it, hashed with argon2id, and the old hash is dropped in the
// sign-in's own transaction (audit PASSWORD_HASH_UPGRADED, without the
// hash).

// SealLegacyHash returns what legacy_password_hash keeps for the account
// userID: format and hash, sealed under keys.
func SealLegacyHash(keys *keyring.Ring, userID string, f legacyhash.Format, hash string) (string, error) {
	if keys == nil {
		return "", ErrNoKeys
	}
	return encodeSealed(keys.Seal([]byte(string(f)+"\n"+hash), legacyAAD(userID))), nil
}

// OpenLegacyHash is the inverse of SealLegacyHash (for the export).
func OpenLegacyHash(keys *keyring.Ring, userID, sealed string) (legacyhash.Format, string, error) {
	if keys == nil {
		return "", "", ErrNoKeys
	}
	raw, err := decodeSealed(sealed)
	if err != nil {
		return "", "", err
	}
	plain, err := keys.Open(raw, legacyAAD(userID))
	if err != nil {
		return "", "", err
	}
	f, h, ok := strings.Cut(string(plain), "\n")
	if !ok {
		return "", "", keyring.ErrCorrupt
	}
	return legacyhash.Format(f), h, nil
}

func legacyAAD(userID string) []byte { return []byte("latchkey legacy password hash v1\x00" + userID) }

// verifyStored checks pw against u's password: its argon2id hash, or the
// hash it was imported with. legacy is set when the imported hash matched
// (the caller then stores an argon2id hash in its place). A check against
// an imported hash costs at least one argon2id hash, whatever the outcome,
// so that timing tells an imported account neither from an unknown login
// nor from any other account.
func (s *Service) verifyStored(ctx context.Context, u *ent.User, pw string) (ok, stale bool, legacy legacyhash.Format, err error) {
	if u.PasswordHash != "" || u.LegacyPasswordHash == "" {
		ok, stale, err = s.Hasher.Verify(ctx, pw, u.PasswordHash)
		if errors.Is(err, password.ErrMalformedHash) {
			s.log().ErrorContext(ctx, "stored password hash is malformed", "user_id", u.ID)
			ok, err = false, nil
		}
		return ok, stale, "", err
	}
	matched := false
	f, h, openErr := OpenLegacyHash(s.Keys, u.ID, u.LegacyPasswordHash)
	var parsed legacyhash.Hash
	if openErr == nil {
		parsed, openErr = legacyhash.Parse(f, h)
	}
	if openErr != nil {
		// Never the hash nor the password in the log.
		s.log().ErrorContext(ctx, "imported password hash cannot be read", "user_id", u.ID, "err", openErr.Error())
	} else if err := s.Hasher.Do(ctx, func() { matched = parsed.Verify(pw) }); err != nil {
		return false, false, "", err
	}
	// The argon2id hash every other check costs: spent here too, so
	// that a microsecond MD5 check answers no sooner than an unknown
	// login. (On success the caller spends it again on the new hash.)
	if err := s.Hasher.VerifyDummy(ctx, pw); err != nil {
		return false, false, "", err
	}
	if !matched {
		return false, false, "", nil
	}
	return true, false, f, nil
}

func encodeSealed(b []byte) string { return "v1:" + b64.EncodeToString(b) }

func decodeSealed(s string) ([]byte, error) {
	rest, ok := strings.CutPrefix(s, "v1:")
	if !ok {
		return nil, fmt.Errorf("account: sealed hash: %w", keyring.ErrCorrupt)
	}
	return b64.DecodeString(rest)
}

var b64 = base64.RawStdEncoding
