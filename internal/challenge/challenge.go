// Package challenge asks for a proof of work before a password is checked
// when the service is under pressure or an address keeps failing: an
// ALTCHA-style SHA-256 puzzle. The server picks a random salt and a secret
// number n ≤ maxNumber and sends SHA-256(salt + n) with an HMAC of it
// under the service's key (internal/keyring), so that any instance can
// check a solution without remembering what it issued. The client tries
// numbers until the hash matches (on average maxNumber/2 SHA-256s; the web
// app in a Web Worker) and sends back the number with the challenge. Each
// challenge expires, and is good for one request: its use is claimed in
// the shared counter table (internal/ratelimit), so a replay is refused on
// every instance. The difficulty (maxNumber) grows with the pressure.
package challenge

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/keyring"
)

// Algorithm is the only hash the puzzle uses.
const Algorithm = "SHA-256"

// Difficulty bounds: the secret number is at most MinNumber at no
// pressure and MaxNumber at full pressure (about 25 ms and 0.5 s of a
// browser's SHA-256 on average, a little more than one password hash at
// the top).
const (
	MinNumber = 20_000
	MaxNumber = 400_000
)

// Lifetime is how long a challenge may be solved and used.
const Lifetime = 5 * time.Minute

// Errors of Verify. All of them mean "solve a new one".
var (
	ErrMissing  = errors.New("challenge: no solution given")
	ErrInvalid  = errors.New("challenge: not a valid solution")
	ErrExpired  = errors.New("challenge: expired")
	ErrReplayed = errors.New("challenge: already used")
)

// Challenge is what a client is given to solve.
type Challenge struct {
	Algorithm string
	Challenge string // hex SHA-256(salt + number)
	Salt      string // random hex, then ?expires=UNIX (bound by the hash)
	MaxNumber int
	Signature string // hex HMAC-SHA256 of Challenge under the service's key
	ExpiresAt time.Time
}

// Solution is what a client sends back: the challenge's fields and the
// number found, as base64 JSON (ALTCHA's payload).
type Solution struct {
	Algorithm string `json:"algorithm"`
	Challenge string `json:"challenge"`
	Number    int    `json:"number"`
	Salt      string `json:"salt"`
	Signature string `json:"signature"`
}

// Encode is the payload of s (base64 of its JSON).
func (s Solution) Encode() string {
	b, _ := json.Marshal(s)
	return base64.StdEncoding.EncodeToString(b)
}

// Claimer records the use of a challenge once, across instances
// (ratelimit.Counter.Claim).
type Claimer interface {
	Claim(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// Issuer issues and verifies challenges.
type Issuer struct {
	Keys   *keyring.Ring
	Claims Claimer
	Now    clock.Clock
}

// Number is the difficulty for a pressure from 0 to 1.
func Number(pressure float64) int {
	p := min(max(pressure, 0), 1)
	return MinNumber + int(p*float64(MaxNumber-MinNumber))
}

// Issue returns a new challenge whose difficulty follows pressure.
func (is *Issuer) Issue(pressure float64) Challenge {
	maxNumber := Number(pressure)
	n, err := rand.Int(rand.Reader, big.NewInt(int64(maxNumber)+1))
	if err != nil {
		panic("challenge: crypto/rand failed: " + err.Error())
	}
	raw := make([]byte, 12)
	rand.Read(raw)
	exp := is.Now.Now().Add(Lifetime).Truncate(time.Second)
	salt := hex.EncodeToString(raw) + "?expires=" + strconv.FormatInt(exp.Unix(), 10)
	ch := hash(salt, int(n.Int64()))
	return Challenge{Algorithm: Algorithm, Challenge: ch, Salt: salt, MaxNumber: maxNumber, Signature: is.sign(ch), ExpiresAt: exp}
}

func (is *Issuer) sign(challenge string) string { return is.Keys.Digest("challenge:" + challenge) }

func hash(salt string, n int) string {
	sum := sha256.Sum256([]byte(salt + strconv.Itoa(n)))
	return hex.EncodeToString(sum[:])
}

// Verify checks payload (Solution.Encode) and claims the challenge, so
// that it is good for this request only.
func (is *Issuer) Verify(ctx context.Context, payload string) error {
	if strings.TrimSpace(payload) == "" {
		return ErrMissing
	}
	if len(payload) > 1024 {
		return ErrInvalid
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return ErrInvalid
	}
	var s Solution
	if err := json.Unmarshal(raw, &s); err != nil {
		return ErrInvalid
	}
	if s.Algorithm != Algorithm || s.Number < 0 || s.Number > MaxNumber {
		return ErrInvalid
	}
	if !hmac.Equal([]byte(is.sign(s.Challenge)), []byte(s.Signature)) {
		return ErrInvalid
	}
	if hash(s.Salt, s.Number) != s.Challenge {
		return ErrInvalid
	}
	exp, ok := expires(s.Salt)
	if !ok {
		return ErrInvalid
	}
	if !is.Now.Now().Before(exp) {
		return ErrExpired
	}
	// Kept a little past its expiry: by then it is refused as expired.
	claimed, err := is.Claims.Claim(ctx, "challenge:"+s.Challenge, exp.Sub(is.Now.Now())+time.Minute)
	if err != nil {
		return fmt.Errorf("challenge: claim: %w", err)
	}
	if !claimed {
		return ErrReplayed
	}
	return nil
}

func expires(salt string) (time.Time, bool) {
	_, query, ok := strings.Cut(salt, "?")
	if !ok {
		return time.Time{}, false
	}
	v, err := url.ParseQuery(query)
	if err != nil {
		return time.Time{}, false
	}
	unix, err := strconv.ParseInt(v.Get("expires"), 10, 64)
	if err != nil {
		return time.Time{}, false
	}
	return time.Unix(unix, 0), true
}

// Solve finds the number of c by trying each in turn, as a client does
// (for tests and benchmarks; the web app solves in a Web Worker).
func Solve(c Challenge) (Solution, bool) {
	for n := 0; n <= c.MaxNumber; n++ {
		if hash(c.Salt, n) == c.Challenge {
			return Solution{Algorithm: c.Algorithm, Challenge: c.Challenge, Number: n, Salt: c.Salt, Signature: c.Signature}, true
		}
	}
	return Solution{}, false
}
