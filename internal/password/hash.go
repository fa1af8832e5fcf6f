// Package password hashes passwords with argon2id and checks them against the
// password policy. It is a leaf: it knows nothing of users or storage.
package password

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/admission"
	"github.com/latchkey/latchkey/internal/argon2"
	"golang.org/x/text/unicode/norm"
)

// Params are argon2id's cost parameters.
type Params struct {
	Memory      uint32 // KiB
	Iterations  uint32
	Parallelism uint8
	SaltLength  uint32
	KeyLength   uint32
}

// OWASP is the Password Storage Cheat Sheet's first argon2id configuration:
// 19 MiB of memory, two iterations, one degree of parallelism.
var OWASP = Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// ErrBusy means too many hashes are already running or waiting; the caller
// should answer "try again later" rather than queue without bound.
var ErrBusy = errors.New("password: too many hashes in progress")

// ErrMalformedHash means a stored hash is not a PHC argon2id string.
var ErrMalformedHash = errors.New("password: malformed hash")

// Hasher hashes and verifies passwords. At most Concurrency hashes run at
// once and at most Queue callers wait for a slot; the rest get ErrBusy at
// once, so a flood of sign-ins costs bounded memory (Concurrency × Memory).
type Hasher struct {
	params Params
	gate   *admission.Gate
	dummy  string
	// yield, when set, reports that other (signed-in) work waits for the
	// CPU: hashing then uses one slot fewer and gives way between blocks
	// (see admission.go).
	yield       func() bool
	refuseAfter time.Duration
	onRefusal   func()
}

// NewHasher returns a Hasher. concurrency <= 0 means one slot per CPU;
// queue < 0 means 64 waiting callers per slot.
func NewHasher(p Params, concurrency, queue int) *Hasher {
	if concurrency <= 0 {
		concurrency = runtime.NumCPU()
	}
	if queue < 0 {
		queue = 64 * concurrency
	}
	h := &Hasher{params: p, gate: admission.NewGate(concurrency, queue)}
	h.dummy = h.encode(make([]byte, p.SaltLength), argon2.IDKey([]byte("latchkey-dummy"), make([]byte, p.SaltLength), p.Iterations, p.Memory, p.Parallelism, p.KeyLength))
	return h
}

// ReleaseMemory lets the garbage collector take back the work memory kept
// from earlier hashes (19 MiB per hashing slot); hashing goes on as before.
func (h *Hasher) ReleaseMemory() { argon2.ReleaseMemory() }

// Params returns the parameters new hashes use.
func (h *Hasher) Params() Params { return h.params }

// Full reports whether every slot is taken and the queue is full, so that
// a caller can refuse at once, before doing any other work for a request
// that would only be refused by Hash or Verify. FullFor says it of one
// client (admission.go): a full queue still has a place for a client with
// fewer waiters than the one with most.
func (h *Hasher) Full() bool {
	r, w := h.gate.InUse()
	return r >= h.gate.Slots() && w >= h.gate.Queue()
}

// InFlight reports how many hashes are running and how many wait.
func (h *Hasher) InFlight() (running, waiting int64) {
	r, w := h.gate.InUse()
	return int64(r), int64(w)
}

func (h *Hasher) acquire(ctx context.Context) error {
	released(ctx)
	if err := h.gate.Acquire(ctx, ticket(ctx)); err != nil {
		if errors.Is(err, admission.ErrFull) {
			return h.Refuse(ctx)
		}
		return err
	}
	return nil
}

func (h *Hasher) release() { h.gate.Release() }

// Normalize is applied to every password before it is hashed or checked,
// so that the same characters typed on two keyboards give the same hash.
func Normalize(pw string) string { return norm.NFC.String(pw) }

// Hash returns a PHC string: $argon2id$v=19$m=…,t=…,p=…$salt$key.
func (h *Hasher) Hash(ctx context.Context, pw string) (string, error) {
	salt := make([]byte, h.params.SaltLength)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password: salt: %w", err)
	}
	if err := h.acquire(ctx); err != nil {
		return "", err
	}
	defer h.release()
	p := h.params
	key := argon2.IDKeyYield([]byte(Normalize(pw)), salt, p.Iterations, p.Memory, p.Parallelism, p.KeyLength, h.giveWay)
	return h.encode(salt, key), nil
}

func (h *Hasher) encode(salt, key []byte) string {
	p := h.params
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Iterations, p.Parallelism, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// Verify reports whether pw matches encoded, and whether encoded was made
// with other parameters than the current ones (so the caller can re-hash).
// An empty encoded hash (an account with no password yet) is checked
// against a dummy so that it costs the same time and never matches.
func (h *Hasher) Verify(ctx context.Context, pw, encoded string) (ok, stale bool, err error) {
	if encoded == "" {
		_, _, err := h.Verify(ctx, pw, h.dummy)
		return false, false, err
	}
	p, salt, key, err := decode(encoded)
	if err != nil {
		return false, false, err
	}
	if err := h.acquire(ctx); err != nil {
		return false, false, err
	}
	defer h.release()
	got := argon2.IDKeyYield([]byte(Normalize(pw)), salt, p.Iterations, p.Memory, p.Parallelism, uint32(len(key)), h.giveWay)
	ok = subtle.ConstantTimeCompare(got, key) == 1
	stale = p.Memory != h.params.Memory || p.Iterations != h.params.Iterations || p.Parallelism != h.params.Parallelism || uint32(len(key)) != h.params.KeyLength
	return ok, stale, nil
}

// VerifyDummy spends the time of one verification without any account, so
// that "no such login" cannot be told from "wrong password" by timing.
func (h *Hasher) VerifyDummy(ctx context.Context, pw string) error {
	_, _, err := h.Verify(ctx, pw, h.dummy)
	return err
}

func decode(encoded string) (Params, []byte, []byte, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return Params{}, nil, nil, ErrMalformedHash
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return Params{}, nil, nil, ErrMalformedHash
	}
	var p Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Iterations, &p.Parallelism); err != nil {
		return Params{}, nil, nil, ErrMalformedHash
	}
	// Refuse parameters that would let a crafted hash exhaust memory.
	if p.Memory == 0 || p.Memory > 1<<21 || p.Iterations == 0 || p.Iterations > 64 || p.Parallelism == 0 {
		return Params{}, nil, nil, ErrMalformedHash
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil {
		return Params{}, nil, nil, ErrMalformedHash
	}
	key, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(key) < 16 || len(key) > 128 {
		return Params{}, nil, nil, ErrMalformedHash
	}
	return p, salt, key, nil
}

// Do runs fn in a hashing slot, under the same concurrency and queue as
// Hash and Verify: for other costly checks (the hashes of imported
// accounts, internal/legacyhash), so that they too cost bounded CPU and
// memory under a flood.
func (h *Hasher) Do(ctx context.Context, fn func()) error {
	if err := h.acquire(ctx); err != nil {
		return err
	}
	defer h.release()
	fn()
	return nil
}
