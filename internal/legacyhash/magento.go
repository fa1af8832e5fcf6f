package legacyhash

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/latchkey/latchkey/internal/argon2"
)

// Magento 2 / Adobe Commerce (Magento\Framework\Encryption\Encryptor) keeps
// a customer's password as hash:salt:versions, where versions is the chain
// of algorithms the password went through, oldest first, each fed the
// previous one's hex output:
//
//	0                    md5(salt + input), hex
//	1                    sha256(salt + input), hex
//	2                    libsodium crypto_pwhash ARGON2ID13, 32 bytes, opslimit
//	                     INTERACTIVE (2), memlimit INTERACTIVE (64 MiB), hex
//	3_SEED_OPS_MEM       the same with its parameters written out (2.4.7 and
//	                     later: 3_32_2_67108864)
//
// Argon2 takes the first 16 bytes of the salt (a shorter salt is repeated
// to 16). "hash:salt:1:2" is a SHA-256 hash that Magento's
// customer:hash:upgrade wrapped in Argon2ID13.
type magentoHash struct {
	digest string
	salt   string
	steps  []magentoStep
}

type magentoStep struct {
	version         int // 0, 1 or 2 (3 is read as 2 with its parameters)
	seed, ops, mkib uint32
}

// libsodium's crypto_pwhash constants that Magento uses.
const (
	sodiumSaltBytes          = 16
	sodiumSeedBytes          = 32       // SODIUM_CRYPTO_SIGN_SEEDBYTES
	sodiumOpsInteractive     = 2        // SODIUM_CRYPTO_PWHASH_OPSLIMIT_INTERACTIVE
	sodiumMemInteractiveByte = 67108864 // SODIUM_CRYPTO_PWHASH_MEMLIMIT_INTERACTIVE
)

func parseMagento(s string) (Hash, error) {
	parts := strings.SplitN(s, ":", 3)
	if len(parts) != 3 {
		return nil, malformed("magento2 hashes are hash:salt:version")
	}
	h := &magentoHash{digest: parts[0], salt: parts[1]}
	if _, err := hex.DecodeString(h.digest); err != nil || h.digest == "" {
		return nil, malformed("magento2: the hash part is not hexadecimal")
	}
	if len(h.salt) > maxSaltLen {
		return nil, malformed("magento2: salt longer than %d characters", maxSaltLen)
	}
	versions := strings.Split(parts[2], ":")
	if len(versions) > 8 {
		return nil, malformed("magento2: more than 8 versions in the chain")
	}
	for _, v := range versions {
		st, err := parseMagentoVersion(v)
		if err != nil {
			return nil, err
		}
		if st.version == 2 && h.salt == "" {
			return nil, malformed("magento2: Argon2 needs a salt")
		}
		h.steps = append(h.steps, st)
	}
	last := h.steps[len(h.steps)-1]
	want := map[int]int{0: md5.Size * 2, 1: sha256.Size * 2, 2: int(last.seed) * 2}[last.version]
	if len(h.digest) != want {
		return nil, malformed("magento2: the hash part has %d digits, version %d makes %d", len(h.digest), last.version, want)
	}
	return h, nil
}

func parseMagentoVersion(v string) (magentoStep, error) {
	switch v {
	case "0":
		return magentoStep{version: 0}, nil
	case "1":
		return magentoStep{version: 1}, nil
	case "2":
		return magentoStep{version: 2, seed: sodiumSeedBytes, ops: sodiumOpsInteractive, mkib: sodiumMemInteractiveByte / 1024}, nil
	}
	f := strings.Split(v, "_")
	if len(f) != 4 || f[0] != "3" {
		return magentoStep{}, malformed("magento2: unknown version %q", v)
	}
	var n [3]uint64
	for i := range n {
		x, err := strconv.ParseUint(f[i+1], 10, 64)
		if err != nil {
			return magentoStep{}, malformed("magento2: version %q: parameters are not numbers", v)
		}
		n[i] = x
	}
	seed, ops, mem := n[0], n[1], n[2]
	switch {
	case seed < 16 || seed > maxKeyLen:
		return magentoStep{}, malformed("magento2: version %q: key length out of range", v)
	case ops < 1 || mem < 8192 || mem%1024 != 0:
		return magentoStep{}, malformed("magento2: version %q: parameters below libsodium's minimum", v)
	case ops > MaxArgon2Time || mem/1024 > MaxMemoryKiB:
		return magentoStep{}, tooCostly("magento2: version %q", v)
	}
	return magentoStep{version: 2, seed: uint32(seed), ops: uint32(ops), mkib: uint32(mem / 1024)}, nil
}

func (h *magentoHash) Format() Format { return Magento2 }

func (h *magentoHash) Verify(pw string) bool {
	recreated := pw
	for _, st := range h.steps {
		switch st.version {
		case 0:
			sum := md5.Sum([]byte(h.salt + recreated))
			recreated = hex.EncodeToString(sum[:])
		case 1:
			sum := sha256.Sum256([]byte(h.salt + recreated))
			recreated = hex.EncodeToString(sum[:])
		case 2:
			// crypto_pwhash with ARGON2ID13 is argon2id, one lane,
			// memlimit/1024 KiB, opslimit passes, no secret nor data.
			key := argon2.IDKey([]byte(recreated), magentoArgonSalt(h.salt), st.ops, st.mkib, 1, st.seed)
			recreated = hex.EncodeToString(key)
		}
	}
	return equal([]byte(recreated), []byte(h.digest))
}

// magentoArgonSalt is PHP's str_pad($salt, 16, $salt) or substr($salt, 0, 16).
func magentoArgonSalt(salt string) []byte {
	out := make([]byte, sodiumSaltBytes)
	for i := range out {
		out[i] = salt[i%len(salt)]
	}
	return out
}
