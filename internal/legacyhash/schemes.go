package legacyhash

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"

	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/scrypt"

	"github.com/latchkey/latchkey/internal/argon2"
)

// ---- bcrypt: $2a$, $2b$, $2y$ (golang.org/x/crypto/bcrypt) ----

type bcryptHash struct {
	encoded []byte
	wp      bool
}

func parseBcrypt(s string) (Hash, error) {
	if rest, ok := strings.CutPrefix(s, "$wp$"); ok {
		// WordPress 6.8 and later: "$wp" + bcrypt of
		// base64(HMAC-SHA384(key "wp-sha384", password)), as
		// wp_check_password checks it.
		h, err := parseBcrypt("$" + rest)
		if err != nil {
			return nil, err
		}
		h.(*bcryptHash).wp = true
		return h, nil
	}
	if len(s) != 60 || !(strings.HasPrefix(s, "$2a$") || strings.HasPrefix(s, "$2b$") || strings.HasPrefix(s, "$2y$")) {
		return nil, malformed("bcrypt hashes are 60 characters starting $2a$, $2b$ or $2y$")
	}
	cost, err := bcrypt.Cost([]byte(s))
	if err != nil {
		return nil, malformed("bcrypt: %v", err)
	}
	if cost > MaxBcryptCost {
		return nil, tooCostly("bcrypt cost %d (at most %d)", cost, MaxBcryptCost)
	}
	return &bcryptHash{encoded: []byte(s)}, nil
}

func (h *bcryptHash) Format() Format { return Bcrypt }

// Verify: $2y$ is PHP's name for the fixed $2a$ ($2b$ is OpenBSD's), one
// algorithm; like PHP, only the first 72 bytes of a password count.
func (h *bcryptHash) Verify(pw string) bool {
	if h.wp {
		m := hmac.New(sha512.New384, []byte("wp-sha384"))
		m.Write([]byte(pw))
		pw = base64.StdEncoding.EncodeToString(m.Sum(nil))
	}
	return bcrypt.CompareHashAndPassword(h.encoded, []byte(pw)) == nil
}

// ---- phpass: $P$ (WordPress, WooCommerce), $H$ (phpBB) ----
// Openwall's portable hashes: md5(salt + pw), then 2^n times
// md5(previous + pw), written in phpass's own base64. There is no
// implementation in golang.org/x/crypto; this one is checked against the
// reference's published vector and hashes made by it (testdata).

const itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

type phpassHash struct {
	setting string // $P$ + count + 8 salt characters
	log2    int
	want    []byte
}

func parsePhpass(s string) (Hash, error) {
	if len(s) != 34 || !(strings.HasPrefix(s, "$P$") || strings.HasPrefix(s, "$H$")) {
		return nil, malformed("phpass hashes are 34 characters starting $P$ or $H$")
	}
	log2 := strings.IndexByte(itoa64, s[3])
	if log2 < 7 || log2 > 30 {
		return nil, malformed("phpass: iteration count out of range")
	}
	if log2 > MaxPhpassLog2 {
		return nil, tooCostly("phpass 2^%d rounds (at most 2^%d)", log2, MaxPhpassLog2)
	}
	for i := 4; i < len(s); i++ {
		if strings.IndexByte(itoa64, s[i]) < 0 {
			return nil, malformed("phpass: a character outside its alphabet")
		}
	}
	return &phpassHash{setting: s[:12], log2: log2, want: []byte(s[12:])}, nil
}

func (h *phpassHash) Format() Format { return Phpass }

func (h *phpassHash) Verify(pw string) bool {
	return equal([]byte(phpassDigest(h.setting[4:12], h.log2, pw)), h.want)
}

func phpassDigest(salt string, log2 int, pw string) string {
	sum := md5.Sum([]byte(salt + pw))
	buf := make([]byte, 0, md5.Size+len(pw))
	for n := 1 << log2; n > 0; n-- {
		buf = append(append(buf[:0], sum[:]...), pw...)
		sum = md5.Sum(buf)
	}
	return phpassEncode64(sum[:])
}

// phpassEncode64 is phpass's encode64: little-endian groups of 6 bits.
func phpassEncode64(in []byte) string {
	var out strings.Builder
	for i := 0; i < len(in); {
		v := int(in[i])
		i++
		out.WriteByte(itoa64[v&0x3f])
		if i < len(in) {
			v |= int(in[i]) << 8
		}
		out.WriteByte(itoa64[(v>>6)&0x3f])
		if i >= len(in) {
			break
		}
		i++
		if i < len(in) {
			v |= int(in[i]) << 16
		}
		out.WriteByte(itoa64[(v>>12)&0x3f])
		if i >= len(in) {
			break
		}
		i++
		out.WriteByte(itoa64[(v>>18)&0x3f])
	}
	return out.String()
}

// ---- argon2id / argon2i PHC strings ----

type argonHash struct {
	id           bool
	t, m         uint32
	p            uint8
	salt, digest []byte
}

func parseArgon2(s string) (Hash, error) {
	parts := strings.Split(s, "$")
	if len(parts) != 6 || (parts[1] != "argon2id" && parts[1] != "argon2i") {
		return nil, malformed("argon2 hashes are $argon2id$v=19$m=…,t=…,p=…$salt$hash (or $argon2i$)")
	}
	if parts[2] != "v=19" {
		return nil, malformed("argon2: only version 19 (0x13) is read")
	}
	h := &argonHash{id: parts[1] == "argon2id"}
	var p uint32
	if err := readParams(parts[3], map[string]*uint32{"m": &h.m, "t": &h.t, "p": &p}); err != nil {
		return nil, malformed("argon2: %v", err)
	}
	switch {
	case h.m < 8 || h.t < 1 || p < 1 || p > 255:
		return nil, malformed("argon2: parameters out of range")
	case h.m > MaxMemoryKiB || h.t > MaxArgon2Time:
		return nil, tooCostly("argon2 m=%d,t=%d", h.m, h.t)
	}
	h.p = uint8(p)
	var err error
	if h.salt, err = phcB64(parts[4]); err != nil || len(h.salt) < 8 || len(h.salt) > maxSaltLen {
		return nil, malformed("argon2: bad salt")
	}
	if h.digest, err = phcB64(parts[5]); err != nil || len(h.digest) < 4 || len(h.digest) > maxKeyLen {
		return nil, malformed("argon2: bad hash")
	}
	return h, nil
}

func (h *argonHash) Format() Format { return Argon2 }

func (h *argonHash) Verify(pw string) bool {
	kdf := argon2.Key
	if h.id {
		kdf = argon2.IDKey
	}
	return equal(kdf([]byte(pw), h.salt, h.t, h.m, h.p, uint32(len(h.digest))), h.digest)
}

// readParams reads "a=1,b=2" into the named fields; every name is required.
func readParams(s string, into map[string]*uint32) error {
	seen := 0
	for _, kv := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(kv, "=")
		dst, known := into[k]
		if !ok || !known {
			return errorf("unexpected parameter %q", kv)
		}
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil {
			return errorf("parameter %s is not a number", k)
		}
		*dst = uint32(n)
		seen++
	}
	if seen != len(into) {
		return errorf("expected the parameters %d", len(into))
	}
	return nil
}

// phcB64 decodes the PHC string format's base64 (no padding; passlib's
// "adapted" alphabet writes '.' for '+').
func phcB64(s string) ([]byte, error) {
	s = strings.TrimRight(strings.ReplaceAll(s, ".", "+"), "=")
	return base64.RawStdEncoding.DecodeString(s)
}

// ---- scrypt: PHC ($scrypt$ln=…,r=…,p=…$salt$hash) and Django ----

type scryptHash struct {
	n, r, p      int
	salt, digest []byte
	format       Format
}

func parseScrypt(s string) (Hash, error) {
	parts := strings.Split(s, "$")
	if len(parts) != 5 || parts[1] != "scrypt" {
		return nil, malformed("scrypt hashes are $scrypt$ln=…,r=…,p=…$salt$hash")
	}
	var ln, r, p uint32
	if err := readParams(parts[2], map[string]*uint32{"ln": &ln, "r": &r, "p": &p}); err != nil {
		return nil, malformed("scrypt: %v", err)
	}
	if ln < 1 || ln > 30 {
		return nil, malformed("scrypt: ln out of range")
	}
	salt, err := phcB64(parts[3])
	if err != nil || len(salt) == 0 || len(salt) > maxSaltLen {
		return nil, malformed("scrypt: bad salt")
	}
	digest, err := phcB64(parts[4])
	if err != nil || len(digest) < 16 || len(digest) > maxKeyLen {
		return nil, malformed("scrypt: bad hash")
	}
	return newScrypt(1<<ln, int(r), int(p), salt, digest, Scrypt)
}

func newScrypt(n, r, p int, salt, digest []byte, f Format) (Hash, error) {
	if n < 2 || n&(n-1) != 0 || r < 1 || p < 1 || r*p >= 1<<30 {
		return nil, malformed("scrypt: parameters out of range")
	}
	if uint64(128*n*r)/1024 > MaxMemoryKiB || p > 16 {
		return nil, tooCostly("scrypt N=%d,r=%d,p=%d", n, r, p)
	}
	return &scryptHash{n: n, r: r, p: p, salt: salt, digest: digest, format: f}, nil
}

func (h *scryptHash) Format() Format { return h.format }

func (h *scryptHash) Verify(pw string) bool {
	got, err := scrypt.Key([]byte(pw), h.salt, h.n, h.r, h.p, len(h.digest))
	return err == nil && equal(got, h.digest)
}

// ---- PBKDF2: PHC/passlib ($pbkdf2-sha256$i=…$salt$hash or $…$29000$…) ----

type pbkdf2Hash struct {
	hash         func() hash.Hash
	iter         int
	salt, digest []byte
	format       Format
}

var pbkdf2Hashes = map[string]func() hash.Hash{"sha1": sha1.New, "sha256": sha256.New, "sha512": sha512.New}

func parsePBKDF2(s string) (Hash, error) {
	parts := strings.Split(s, "$")
	if len(parts) != 5 || !strings.HasPrefix(parts[1], "pbkdf2-") {
		return nil, malformed("pbkdf2 hashes are $pbkdf2-sha256$i=ITERATIONS$salt$hash (sha1, sha256 or sha512)")
	}
	fn := pbkdf2Hashes[strings.TrimPrefix(parts[1], "pbkdf2-")]
	if fn == nil {
		return nil, malformed("pbkdf2: digest must be sha1, sha256 or sha512")
	}
	iter, err := strconv.Atoi(strings.TrimPrefix(parts[2], "i="))
	if err != nil {
		return nil, malformed("pbkdf2: iterations are not a number")
	}
	salt, err := phcB64(parts[3])
	if err != nil || len(salt) > maxSaltLen {
		return nil, malformed("pbkdf2: bad salt")
	}
	digest, err := phcB64(parts[4])
	if err != nil {
		return nil, malformed("pbkdf2: bad hash")
	}
	return newPBKDF2(fn, iter, salt, digest, PBKDF2)
}

func newPBKDF2(fn func() hash.Hash, iter int, salt, digest []byte, f Format) (Hash, error) {
	switch {
	case iter < 1:
		return nil, malformed("pbkdf2: iterations out of range")
	case iter > MaxPBKDF2Iters:
		return nil, tooCostly("pbkdf2 %d iterations (at most %d)", iter, MaxPBKDF2Iters)
	case len(digest) < 16 || len(digest) > maxKeyLen:
		return nil, malformed("pbkdf2: bad hash length")
	}
	return &pbkdf2Hash{hash: fn, iter: iter, salt: salt, digest: digest, format: f}, nil
}

func (h *pbkdf2Hash) Format() Format { return h.format }

func (h *pbkdf2Hash) Verify(pw string) bool {
	got, err := pbkdf2.Key(h.hash, pw, h.salt, h.iter, len(h.digest))
	return err == nil && equal(got, h.digest)
}

// ---- Django (django.contrib.auth.hashers) ----
//
//	pbkdf2_sha256$ITER$SALT$B64   pbkdf2_sha1$ITER$SALT$B64 (salt as text)
//	argon2$argon2id$v=19$m=…,t=…,p=…$SALT$HASH
//	bcrypt_sha256$$2b$…           (bcrypt of the hex SHA-256 of the password)
//	bcrypt$$2b$…
//	scrypt$N$SALT$R$P$B64          (Django 4.0)

type djangoBcrypt struct {
	inner  Hash
	sha256 bool
}

func (h djangoBcrypt) Format() Format { return Django }
func (h djangoBcrypt) Verify(pw string) bool {
	if h.sha256 {
		sum := sha256.Sum256([]byte(pw))
		pw = hex.EncodeToString(sum[:])
	}
	return h.inner.Verify(pw)
}

type djangoArgon struct{ Hash }

func (djangoArgon) Format() Format { return Django }

func parseDjango(s string) (Hash, error) {
	alg, rest, _ := strings.Cut(s, "$")
	switch alg {
	case "pbkdf2_sha256", "pbkdf2_sha1":
		f := strings.Split(rest, "$")
		if len(f) != 3 {
			return nil, malformed("django: %s$ITERATIONS$SALT$HASH", alg)
		}
		iter, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, malformed("django: iterations are not a number")
		}
		digest, err := base64.StdEncoding.DecodeString(f[2])
		if err != nil {
			return nil, malformed("django: the hash is not base64")
		}
		fn := sha256.New
		if alg == "pbkdf2_sha1" {
			fn = sha1.New
		}
		return newPBKDF2(fn, iter, []byte(f[1]), digest, Django)
	case "argon2":
		h, err := parseArgon2(rest)
		if err != nil {
			return nil, err
		}
		return djangoArgon{h}, nil
	case "bcrypt_sha256", "bcrypt":
		h, err := parseBcrypt(rest)
		if err != nil {
			return nil, err
		}
		return djangoBcrypt{inner: h, sha256: alg == "bcrypt_sha256"}, nil
	case "scrypt":
		f := strings.Split(rest, "$")
		if len(f) != 5 {
			return nil, malformed("django: scrypt$N$SALT$R$P$HASH")
		}
		n, e1 := strconv.Atoi(f[0])
		r, e2 := strconv.Atoi(f[2])
		p, e3 := strconv.Atoi(f[3])
		digest, e4 := base64.StdEncoding.DecodeString(f[4])
		if e1 != nil || e2 != nil || e3 != nil || e4 != nil || len(digest) < 16 || len(digest) > maxKeyLen {
			return nil, malformed("django: scrypt parameters")
		}
		return newScrypt(n, r, p, []byte(f[1]), digest, Django)
	}
	return nil, malformed("django: unknown hasher %q (pbkdf2_sha256, pbkdf2_sha1, argon2, bcrypt_sha256, bcrypt, scrypt)", alg)
}

// ---- salted SHA ----
//
// Two spellings:
//
//	ALG$TEMPLATE$SALT$HEXDIGEST   ALG is sha1, sha256 or sha512; TEMPLATE is
//	                              {salt}{password} or {password}{salt} (or
//	                              any text around the two, without '$');
//	                              e.g. sha256${salt}{password}$Xy7$9f86…
//	{SSHA}B64 {SSHA256}B64 {SSHA512}B64   LDAP (RFC 2307 style): base64 of
//	                              digest(password + salt) + salt; {SHA}B64
//	                              without salt.

type saltedSHA struct {
	hash            func() hash.Hash
	before, between string // template: before + first + between + second + after
	after           string
	saltFirst       bool
	salt, digest    []byte
}

func parseSaltedSHA(s string) (Hash, error) {
	if strings.HasPrefix(s, "{") {
		return parseLDAP(s)
	}
	f := strings.Split(s, "$")
	if len(f) != 4 {
		return nil, malformed("salted-sha hashes are ALG$TEMPLATE$SALT$HEXDIGEST or {SSHA256}BASE64")
	}
	h := &saltedSHA{hash: pbkdf2Hashes[f[0]], salt: []byte(f[2])}
	if h.hash == nil {
		return nil, malformed("salted-sha: ALG must be sha1, sha256 or sha512")
	}
	t := f[1]
	si, pi := strings.Index(t, "{salt}"), strings.Index(t, "{password}")
	if si < 0 || pi < 0 || strings.Count(t, "{salt}") != 1 || strings.Count(t, "{password}") != 1 {
		return nil, malformed("salted-sha: the template must hold {salt} and {password} once each")
	}
	h.saltFirst = si < pi
	if h.saltFirst {
		h.before, h.between, h.after = t[:si], t[si+6:pi], t[pi+10:]
	} else {
		h.before, h.between, h.after = t[:pi], t[pi+10:si], t[si+6:]
	}
	var err error
	if h.digest, err = hex.DecodeString(f[3]); err != nil || len(h.digest) != h.hash().Size() {
		return nil, malformed("salted-sha: the digest is not hexadecimal of the algorithm's length")
	}
	return h, nil
}

func parseLDAP(s string) (Hash, error) {
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return nil, malformed("salted-sha: {SCHEME}BASE64")
	}
	scheme, body := s[1:end], s[end+1:]
	fns := map[string]func() hash.Hash{"SHA": sha1.New, "SSHA": sha1.New, "SHA256": sha256.New, "SSHA256": sha256.New, "SHA512": sha512.New, "SSHA512": sha512.New}
	fn := fns[scheme]
	if fn == nil {
		return nil, malformed("salted-sha: unknown scheme {%s}", scheme)
	}
	raw, err := base64.StdEncoding.DecodeString(body)
	size := fn().Size()
	if err != nil || len(raw) < size || (!strings.HasPrefix(scheme, "S") && len(raw) != size) || len(raw)-size > maxSaltLen {
		return nil, malformed("salted-sha: {%s} needs base64 of a digest and its salt", scheme)
	}
	return &saltedSHA{hash: fn, digest: raw[:size], salt: raw[size:]}, nil
}

func (h *saltedSHA) Format() Format { return SaltedSHA }

func (h *saltedSHA) Verify(pw string) bool {
	d := h.hash()
	first, second := pw, string(h.salt)
	if h.saltFirst {
		first, second = second, first
	}
	d.Write([]byte(h.before + first + h.between + second + h.after))
	return equal(d.Sum(nil), h.digest)
}

type strError string

func (e strError) Error() string { return string(e) }

func errorf(format string, args ...any) error {
	return strError(sprintf(format, args...))
}
