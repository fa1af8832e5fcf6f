// Package legacyhash checks passwords against the hashes other systems
// keep, so that people imported from them sign in with the passwords they
// already have; Latchkey then replaces the hash with argon2id
// (internal/password). It is a leaf: it knows nothing of users or storage.
//
// Every scheme is read as its reference implementation writes it; the test
// vectors in testdata/ come from those implementations (PHP's
// password_hash and libsodium, Magento's Encryptor logic, Python's hashlib),
// made by the scripts beside them. Digests are compared in constant time.
// Costs are bounded when a hash is parsed, so that an imported hash cannot
// make one sign-in take minutes or gigabytes.
package legacyhash

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"strings"
)

// Format names a family of hashes, as the import's passwordHashFormat.
type Format string

// The formats an import may name.
const (
	Magento2  Format = "magento2"
	Bcrypt    Format = "bcrypt"
	Phpass    Format = "phpass"
	Argon2    Format = "argon2"
	Scrypt    Format = "scrypt"
	PBKDF2    Format = "pbkdf2"
	Django    Format = "django"
	SaltedSHA Format = "salted-sha"
)

// Formats lists every format, in the order the documentation gives them.
var Formats = []Format{Magento2, Bcrypt, Phpass, Argon2, Scrypt, PBKDF2, Django, SaltedSHA}

var (
	// ErrUnknownFormat means the format is not one of Formats, or none
	// was given and the hash does not name its own.
	ErrUnknownFormat = errors.New("legacyhash: unknown hash format")
	// ErrMalformed means the hash is not a well-formed hash of its format.
	ErrMalformed = errors.New("legacyhash: malformed hash")
	// ErrTooCostly means the hash's cost parameters are beyond what a
	// sign-in may spend (see the limits below).
	ErrTooCostly = errors.New("legacyhash: cost parameters beyond the limits")
)

// Limits on what one check may cost. They are generous for every real
// system's defaults (Magento's Argon2 uses 64 MiB, bcrypt 10 to 12, phpass
// 8, Django's PBKDF2 about a million iterations) and refuse the rest.
const (
	MaxMemoryKiB   = 256 * 1024 // argon2 and scrypt
	MaxArgon2Time  = 16
	MaxBcryptCost  = 16
	MaxPhpassLog2  = 20
	MaxPBKDF2Iters = 10_000_000
	maxKeyLen      = 128
	maxSaltLen     = 256
)

// Hash is a parsed hash, ready to check passwords against.
type Hash interface {
	// Verify reports whether pw is the password the hash was made of.
	Verify(pw string) bool
	// Format is the hash's family.
	Format() Format
}

// Detect returns the format a hash names by itself ($2y$, $P$,
// $argon2id$, pbkdf2_sha256$, …), or false.
func Detect(encoded string) (Format, bool) {
	switch {
	case strings.HasPrefix(encoded, "$2a$"), strings.HasPrefix(encoded, "$2b$"), strings.HasPrefix(encoded, "$2y$"), strings.HasPrefix(encoded, "$wp$2y$"):
		return Bcrypt, true
	case strings.HasPrefix(encoded, "$P$"), strings.HasPrefix(encoded, "$H$"):
		return Phpass, true
	case strings.HasPrefix(encoded, "$argon2id$"), strings.HasPrefix(encoded, "$argon2i$"):
		return Argon2, true
	case strings.HasPrefix(encoded, "$scrypt$"):
		return Scrypt, true
	case strings.HasPrefix(encoded, "$pbkdf2-"):
		return PBKDF2, true
	case strings.HasPrefix(encoded, "pbkdf2_sha256$"), strings.HasPrefix(encoded, "pbkdf2_sha1$"),
		strings.HasPrefix(encoded, "argon2$"), strings.HasPrefix(encoded, "bcrypt_sha256$"),
		strings.HasPrefix(encoded, "bcrypt$"), strings.HasPrefix(encoded, "scrypt$"):
		return Django, true
	case strings.HasPrefix(encoded, "{SSHA"), strings.HasPrefix(encoded, "{SHA"):
		return SaltedSHA, true
	}
	return "", false
}

// ParseFormat reads a format's name as an import gives it ("" is none).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	for _, ok := range Formats {
		if f == ok {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q (expected one of magento2, bcrypt, phpass, argon2, scrypt, pbkdf2, django, salted-sha)", ErrUnknownFormat, s)
}

// Parse reads encoded as a hash of format f; an empty f is taken from the
// hash itself (Detect). The error says what is wrong, never the hash.
func Parse(f Format, encoded string) (Hash, error) {
	if f == "" {
		var ok bool
		if f, ok = Detect(encoded); !ok {
			return nil, fmt.Errorf("%w: the hash does not name its format; give passwordHashFormat", ErrUnknownFormat)
		}
	}
	if len(encoded) > 1024 {
		return nil, fmt.Errorf("%w: longer than 1024 characters", ErrMalformed)
	}
	switch f {
	case Magento2:
		return parseMagento(encoded)
	case Bcrypt:
		return parseBcrypt(encoded)
	case Phpass:
		return parsePhpass(encoded)
	case Argon2:
		return parseArgon2(encoded)
	case Scrypt:
		return parseScrypt(encoded)
	case PBKDF2:
		return parsePBKDF2(encoded)
	case Django:
		return parseDjango(encoded)
	case SaltedSHA:
		return parseSaltedSHA(encoded)
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownFormat, string(f))
}

// Verify parses encoded (as Parse) and checks pw against it.
func Verify(f Format, encoded, pw string) (bool, error) {
	h, err := Parse(f, encoded)
	if err != nil {
		return false, err
	}
	return h.Verify(pw), nil
}

func equal(a, b []byte) bool { return subtle.ConstantTimeCompare(a, b) == 1 }

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}

func tooCostly(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrTooCostly, fmt.Sprintf(format, args...))
}

var sprintf = fmt.Sprintf
