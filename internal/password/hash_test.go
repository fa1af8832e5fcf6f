package password

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// cheap are parameters that cost next to nothing, for tests where the cost
// of a hash does not matter.
var cheap = Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func cheapHasher() *Hasher { return NewHasher(cheap, 2, 8) }

func mustHash(t *testing.T, h *Hasher, pw string) string {
	t.Helper()
	enc, err := h.Hash(context.Background(), pw)
	if err != nil {
		t.Fatalf("Hash(%q): %v", pw, err)
	}
	return enc
}

func TestHashWithOWASPParamsGivesPHCString(t *testing.T) {
	h := NewHasher(OWASP, 1, 0)
	enc := mustHash(t, h, "Correct-Horse9")
	const prefix = "$argon2id$v=19$m=19456,t=2,p=1$"
	if !strings.HasPrefix(enc, prefix) {
		t.Fatalf("Hash = %q, want prefix %q", enc, prefix)
	}
	tests := []struct {
		name string
		pw   string
		want bool
	}{
		{"the same password verifies", "Correct-Horse9", true},
		{"another password does not", "correct-horse9", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, stale, err := h.Verify(context.Background(), tt.pw, enc)
			if err != nil || ok != tt.want || stale {
				t.Fatalf("Verify = (%v, %v, %v), want (%v, false, nil)", ok, stale, err, tt.want)
			}
		})
	}
}

func TestHashSaltsEveryPassword(t *testing.T) {
	h := cheapHasher()
	a, b := mustHash(t, h, "Correct-Horse9"), mustHash(t, h, "Correct-Horse9")
	if a == b {
		t.Fatalf("two hashes of one password are equal: %q", a)
	}
	parts := strings.Split(a, "$")
	if len(parts) != 6 || parts[3] != "m=1024,t=1,p=1" {
		t.Fatalf("Hash = %q, want six $-separated parts with m=1024,t=1,p=1", a)
	}
}

func TestSignInWithRightOrWrongPassword(t *testing.T) {
	h := cheapHasher()
	enc := mustHash(t, h, "Correct-Horse9")
	tests := []struct {
		name string
		pw   string
		want bool
	}{
		{"right password", "Correct-Horse9", true},
		{"wrong case", "correct-horse9", false},
		{"one character more", "Correct-Horse9!", false},
		{"one character less", "Correct-Horse", false},
		{"empty password", "", false},
		{"leading space", " Correct-Horse9", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, stale, err := h.Verify(context.Background(), tt.pw, enc)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if ok != tt.want {
				t.Fatalf("Verify(%q) ok = %v, want %v", tt.pw, ok, tt.want)
			}
			if stale {
				t.Fatalf("Verify reports stale for a hash made with the current params")
			}
		})
	}
}

func TestSignInWithPasswordTypedInOtherUnicodeForm(t *testing.T) {
	const (
		decomposed  = "Caf" + "e\u0301" + "-Horse9"
		precomposed = "Caf" + "\u00e9" + "-Horse9"
	)
	tests := []struct {
		name  string
		set   string
		typed string
	}{
		{"set decomposed, typed precomposed", decomposed, precomposed},
		{"set precomposed, typed decomposed", precomposed, decomposed},
		{"set and typed decomposed", decomposed, decomposed},
		{"set and typed precomposed", precomposed, precomposed},
	}
	h := cheapHasher()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := mustHash(t, h, tt.set)
			ok, _, err := h.Verify(context.Background(), tt.typed, enc)
			if err != nil || !ok {
				t.Fatalf("Verify = (%v, %v), want a match", ok, err)
			}
			ok, _, err = h.Verify(context.Background(), "Cafe-Horse9", enc)
			if err != nil || ok {
				t.Fatalf("Verify without the accent = (%v, %v), want no match", ok, err)
			}
		})
	}
}

func TestVerifyReportsHashMadeWithOtherParamsAsStale(t *testing.T) {
	current := NewHasher(cheap, 2, 8)
	tests := []struct {
		name   string
		params Params
		stale  bool
	}{
		{"same params", cheap, false},
		{"other salt length only", Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 8, KeyLength: 32}, false},
		{"less memory", Params{Memory: 512, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}, true},
		{"more iterations", Params{Memory: 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}, true},
		{"more parallelism", Params{Memory: 1024, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32}, true},
		{"shorter key", Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 16}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc := mustHash(t, NewHasher(tt.params, 1, 0), "Correct-Horse9")
			ok, stale, err := current.Verify(context.Background(), "Correct-Horse9", enc)
			if err != nil || !ok {
				t.Fatalf("Verify = (%v, %v), want a match whatever the params", ok, err)
			}
			if stale != tt.stale {
				t.Fatalf("stale = %v, want %v", stale, tt.stale)
			}
			ok, _, err = current.Verify(context.Background(), "wrong", enc)
			if err != nil || ok {
				t.Fatalf("Verify(wrong) = (%v, %v), want no match", ok, err)
			}
		})
	}
}

func TestVerifyMalformedHash(t *testing.T) {
	h := cheapHasher()
	good := mustHash(t, h, "Correct-Horse9")
	parts := strings.Split(good, "$") // "", argon2id, v=19, m=…, salt, key
	with := func(i int, v string) string {
		p := append([]string(nil), parts...)
		p[i] = v
		return strings.Join(p, "$")
	}
	tests := []struct {
		name    string
		encoded string
	}{
		{"garbage", "not a hash"},
		{"only dollars", "$$$$$"},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"argon2i instead of argon2id", with(1, "argon2i")},
		{"scrypt", with(1, "scrypt")},
		{"missing key", strings.Join(parts[:5], "$")},
		{"extra field", good + "$x"},
		{"wrong version", with(2, "v=16")},
		{"version not a number", with(2, "v=x")},
		{"absurd memory", with(3, "m=99999999,t=2,p=1")},
		{"memory overflowing uint32", with(3, "m=99999999999,t=2,p=1")},
		{"zero memory", with(3, "m=0,t=1,p=1")},
		{"zero iterations", with(3, "m=1024,t=0,p=1")},
		{"absurd iterations", with(3, "m=1024,t=100000,p=1")},
		{"zero parallelism", with(3, "m=1024,t=1,p=0")},
		{"parallelism overflowing uint8", with(3, "m=1024,t=1,p=300")},
		{"negative memory", with(3, "m=-1,t=1,p=1")},
		{"params missing", with(3, "m=1024")},
		{"salt not base64", with(4, "!!!")},
		{"key not base64", with(5, "!!!")},
		{"key too short", with(5, "AAAA")},
		{"key too long", with(5, strings.Repeat("A", 200))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Verify(%q) panicked: %v", tt.encoded, r)
				}
			}()
			ok, stale, err := h.Verify(context.Background(), "Correct-Horse9", tt.encoded)
			if !errors.Is(err, ErrMalformedHash) {
				t.Fatalf("Verify(%q) err = %v, want ErrMalformedHash", tt.encoded, err)
			}
			if ok || stale {
				t.Fatalf("Verify(%q) = (%v, %v), want (false, false)", tt.encoded, ok, stale)
			}
		})
	}
}

func TestSignInToAccountWithoutPassword(t *testing.T) {
	h := cheapHasher()
	tests := []struct {
		name string
		pw   string
	}{
		{"empty password", ""},
		{"some password", "Correct-Horse9"},
		{"the dummy's own password", "latchkey-dummy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, stale, err := h.Verify(context.Background(), tt.pw, "")
			if err != nil || ok || stale {
				t.Fatalf("Verify(%q, \"\") = (%v, %v, %v), want (false, false, nil)", tt.pw, ok, stale, err)
			}
			if err := h.VerifyDummy(context.Background(), tt.pw); err != nil {
				t.Fatalf("VerifyDummy: %v", err)
			}
		})
	}
}

// holdSlots takes every slot of h, as if that many hashes were running, and
// returns a function that frees them.
func holdSlots(t *testing.T, h *Hasher) (release func()) {
	t.Helper()
	n := h.gate.Slots()
	for i := 0; i < n; i++ {
		if err := h.acquire(context.Background()); err != nil {
			t.Fatalf("acquire slot %d of %d: %v", i+1, n, err)
		}
	}
	released := false
	return func() {
		if released {
			return
		}
		released = true
		for i := 0; i < n; i++ {
			h.release()
		}
	}
}

// waitForWaiters blocks until exactly n callers wait for a slot. It only
// synchronises with goroutines; it asserts nothing about time.
func waitForWaiters(h *Hasher, n int64) {
	for {
		if _, w := h.InFlight(); w == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

func TestHashWhenAllSlotsAreBusy(t *testing.T) {
	type call struct {
		verify bool // Verify instead of Hash
	}
	tests := []struct {
		name        string
		concurrency int
		queue       int
		waiters     int  // callers already waiting before the one under test
		cancel      bool // cancel the caller's context while it waits
		call        call
		want        error // nil: proceeds once the slots free
	}{
		{"no queue: Hash is refused at once", 1, 0, 0, false, call{}, ErrBusy},
		{"no queue: Verify is refused at once", 1, 0, 0, false, call{verify: true}, ErrBusy},
		{"two slots, no queue: the third is refused", 2, 0, 0, false, call{}, ErrBusy},
		{"queue full: the caller beyond it is refused", 1, 1, 1, false, call{}, ErrBusy},
		{"queue of one: the waiter proceeds once the slot frees", 1, 1, 0, false, call{}, nil},
		{"queue of one: a waiting Verify proceeds once the slot frees", 1, 1, 0, false, call{verify: true}, nil},
		{"queue of three, two waiting: the third waiter proceeds too", 1, 3, 2, false, call{}, nil},
		{"cancelled while waiting: the context's error", 1, 1, 0, true, call{}, context.Canceled},
		{"cancelled Verify while waiting: the context's error", 1, 1, 0, true, call{verify: true}, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewHasher(cheap, tt.concurrency, tt.queue)
			enc := mustHash(t, h, "Correct-Horse9")
			release := holdSlots(t, h)
			defer release()

			earlier := make(chan error, tt.waiters)
			for i := 0; i < tt.waiters; i++ {
				go func() {
					_, err := h.Hash(context.Background(), "Correct-Horse9")
					earlier <- err
				}()
			}
			waitForWaiters(h, int64(tt.waiters))

			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			do := func() error {
				if tt.call.verify {
					ok, _, err := h.Verify(ctx, "Correct-Horse9", enc)
					if err == nil && !ok {
						return errors.New("Verify did not match")
					}
					return err
				}
				_, err := h.Hash(ctx, "Correct-Horse9")
				return err
			}

			if errors.Is(tt.want, ErrBusy) {
				// Refused at once: while every slot is held, the call
				// must return without joining the queue.
				done := make(chan error, 1)
				go func() { done <- do() }()
				var err error
			wait:
				for {
					select {
					case err = <-done:
						break wait
					default:
					}
					if _, w := h.InFlight(); w > int64(tt.waiters) {
						release()
						<-done
						t.Fatalf("the call queued (%d waiting) instead of being refused", w)
					}
					time.Sleep(time.Millisecond)
				}
				if !errors.Is(err, ErrBusy) {
					t.Fatalf("err = %v, want ErrBusy", err)
				}
				if _, w := h.InFlight(); w != int64(tt.waiters) {
					t.Fatalf("waiting = %d after a refusal, want %d", w, tt.waiters)
				}
			} else {
				done := make(chan error, 1)
				go func() { done <- do() }()
				waitForWaiters(h, int64(tt.waiters+1))
				if tt.cancel {
					cancel()
				} else {
					release()
				}
				if err := <-done; !errors.Is(err, tt.want) {
					t.Fatalf("err = %v, want %v", err, tt.want)
				}
			}

			release()
			for i := 0; i < tt.waiters; i++ {
				if err := <-earlier; err != nil {
					t.Fatalf("earlier waiter: %v", err)
				}
			}
			if r, w := h.InFlight(); r != 0 || w != 0 {
				t.Fatalf("InFlight = (%d, %d) once all is done, want (0, 0)", r, w)
			}
			// The Hasher still works after being busy.
			if _, err := h.Hash(context.Background(), "x"); err != nil {
				t.Fatalf("Hash after the flood: %v", err)
			}
		})
	}
}

func TestInFlightCountsRunningAndWaitingHashes(t *testing.T) {
	tests := []struct {
		name        string
		concurrency int
		queue       int
		waiters     int
	}{
		{"idle", 2, 4, 0},
		{"all slots held", 2, 4, 0},
		{"all slots held, one waiting", 2, 4, 1},
		{"all slots held, queue full", 3, 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewHasher(cheap, tt.concurrency, tt.queue)
			if r, w := h.InFlight(); r != 0 || w != 0 {
				t.Fatalf("new Hasher InFlight = (%d, %d), want (0, 0)", r, w)
			}
			if tt.name == "idle" {
				return
			}
			release := holdSlots(t, h)
			defer release()
			done := make(chan error, tt.waiters)
			for i := 0; i < tt.waiters; i++ {
				go func() {
					_, err := h.Hash(context.Background(), "pw")
					done <- err
				}()
			}
			waitForWaiters(h, int64(tt.waiters))
			if r, w := h.InFlight(); r != int64(tt.concurrency) || w != int64(tt.waiters) {
				t.Fatalf("InFlight = (%d, %d), want (%d, %d)", r, w, tt.concurrency, tt.waiters)
			}
			release()
			for i := 0; i < tt.waiters; i++ {
				if err := <-done; err != nil {
					t.Fatalf("waiter: %v", err)
				}
			}
			if r, w := h.InFlight(); r != 0 || w != 0 {
				t.Fatalf("InFlight after release = (%d, %d), want (0, 0)", r, w)
			}
		})
	}
}

func TestNewHasherDefaults(t *testing.T) {
	tests := []struct {
		name        string
		concurrency int
		queue       int
		wantQueue   func(slots int) int64
	}{
		{"zero concurrency means one slot per CPU, negative queue 64 per slot", 0, -1, func(n int) int64 { return int64(64 * n) }},
		{"explicit values are kept", 3, 5, func(int) int64 { return 5 }},
		{"zero queue is kept", 2, 0, func(int) int64 { return 0 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := NewHasher(cheap, tt.concurrency, tt.queue)
			slots := h.gate.Slots()
			if tt.concurrency > 0 && slots != tt.concurrency {
				t.Fatalf("slots = %d, want %d", slots, tt.concurrency)
			}
			if slots < 1 {
				t.Fatalf("slots = %d, want at least 1", slots)
			}
			if int64(h.gate.Queue()) != tt.wantQueue(slots) {
				t.Fatalf("queue = %d, want %d", h.gate.Queue(), tt.wantQueue(slots))
			}
			if h.Params() != cheap {
				t.Fatalf("Params() = %+v, want %+v", h.Params(), cheap)
			}
		})
	}
}

// Behaviour of the fair admission (admission.go) through the Hasher: a
// flooding client fills the queue, an honest one still gets a place, and
// a known browser goes before everyone.
func TestHashingSlotsAreSharedBetweenClients(t *testing.T) {
	h := NewHasher(cheap, 1, 3)
	free := holdSlots(t, h)
	defer free()
	flood := WithTicket(context.Background(), "203.0.113.7", false)
	results := make(chan error, 4)
	for i := 0; i < 3; i++ {
		go func() { results <- h.VerifyDummy(flood, "x") }()
	}
	waitForWaiters(h, 3)
	if !h.FullFor(flood) {
		t.Fatal("the flooding client should be refused at once now")
	}
	if err := h.VerifyDummy(flood, "x"); !errors.Is(err, ErrBusy) {
		t.Fatalf("a fourth try of the flood: %v, want ErrBusy", err)
	}
	honest := WithTicket(context.Background(), "2001:db8:1:2::/64", false)
	if h.FullFor(honest) {
		t.Fatal("an address with nothing waiting is refused: the flood took its share")
	}
	done := make(chan error, 1)
	go func() { done <- h.VerifyDummy(honest, "x") }()
	// The flood's newest waiter gave its place to the honest client.
	if err := <-results; !errors.Is(err, ErrBusy) {
		t.Fatalf("the flood's newest waiter: %v, want ErrBusy", err)
	}
	free()
	if err := <-done; err != nil {
		t.Fatalf("honest client: %v", err)
	}
	for i := 0; i < 2; i++ {
		if err := <-results; err != nil {
			t.Fatal(err)
		}
	}
}

func TestAKnownBrowserHashesBeforeTheQueue(t *testing.T) {
	h := NewHasher(cheap, 1, 8)
	free := holdSlots(t, h)
	order := make(chan string, 4)
	for i := 0; i < 3; i++ {
		ctx := WithTicket(context.Background(), "203.0.113."+string(rune('1'+i)), false)
		go func() { h.Do(ctx, func() { order <- "flood" }) }()
		waitForWaiters(h, int64(i+1))
	}
	known := WithTicket(context.Background(), "198.51.100.1", true)
	go func() { h.Do(known, func() { order <- "known" }) }()
	waitForWaiters(h, 4)
	free()
	if got := <-order; got != "known" {
		t.Fatalf("first hash after the slots freed: %s, want the known browser's", got)
	}
	for i := 0; i < 3; i++ {
		<-order
	}
}

func TestHashingGivesASlotToSignedInWork(t *testing.T) {
	h := NewHasher(cheap, 2, 8)
	var busy atomic.Bool
	busy.Store(true)
	h.YieldTo(busy.Load)
	free := make(chan struct{})
	started := make(chan struct{}, 2)
	for i := 0; i < 2; i++ {
		go h.Do(context.Background(), func() { started <- struct{}{}; <-free })
	}
	<-started
	waitForWaiters(h, 1)
	if r, _ := h.InFlight(); r != 1 {
		t.Fatalf("%d hashes run while signed-in work waits, want 1", r)
	}
	busy.Store(false)
	free <- struct{}{}
	<-started
	close(free)
}

func TestALaneGivesItsPlaceBackOnceItWaitsForAHash(t *testing.T) {
	h := cheapHasher()
	n := 0
	ctx := WithRelease(context.Background(), func() { n++ })
	h.VerifyDummy(ctx, "a")
	h.VerifyDummy(ctx, "b")
	if n != 1 {
		t.Fatalf("released %d times, want once", n)
	}
}
