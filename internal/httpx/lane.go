package httpx

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/latchkey/latchkey/internal/admission"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/codes"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/password"
)

// Lane admits GraphQL requests before their body is read or parsed.
// Requests of a signed-in viewer (a valid session or access token, already
// looked up by authenticate) pass at once and are counted as signed-in
// work in flight, which the password hashes give way to
// (password.Hasher.YieldTo). Anonymous requests (sign-in, reset, the
// public queries; and every request of a flood) go through a fair gate
// (internal/admission) of a few slots, shared in turn between client
// addresses: they wait for a slot at most Wait, and are then refused with
// 503 and Retry-After, before their body is read. A request that goes on
// to wait for a password hash gives its slot back then (the hashing slots
// bound the hashing; this lane bounds the reading, parsing and refusing).
//
// A browser that has signed in before goes ahead of the address turns
// (PreferDevices): a request with a device cookie the service signed
// (internal/device) waits before every other anonymous request. The lane
// cannot know the account yet (the body is not read), so what it checks is
// only that the cookie was issued by this service; and because anyone can
// get one (sign in once to an account of their own) and copy it, each
// device token has at most one request ahead at a time (its others wait
// their address's turn like everyone's), and at most MaxAhead requests are
// ahead at once: a flood that copies one cookie gets one request ahead,
// not all of them, and one that mints cookies (a successful sign-in each)
// can never take the whole queue.
type Lane struct {
	gate     *admission.Gate
	wait     time.Duration
	signedIn atomic.Int64
	lastSeen atomic.Int64 // UnixNano when the last signed-in request ended
	// Refused counts the anonymous requests refused by the lane.
	refused func()

	signed   func(token string) bool // a device cookie the service issued
	aheadMu  sync.Mutex
	ahead    map[string]struct{} // device hashes with a request ahead now
	maxAhead int
}

// MaxAhead is how many anonymous requests may be ahead of the address
// turns at once (PreferDevices): a quarter of the lane's queue.
const MaxAhead = LaneQueue / 4

// PreferDevices lets a request whose device cookie signed accepts (one the
// service issued: device.Signed) go ahead of the address turns, one
// request per device token at a time and at most MaxAhead (or a quarter
// of the queue, if smaller) at once.
func (l *Lane) PreferDevices(signed func(token string) bool) {
	l.signed = signed
	l.ahead = map[string]struct{}{}
	l.maxAhead = max(1, min(MaxAhead, l.gate.Queue()/4))
}

// goAhead reports whether this request goes ahead of the address turns
// and, if so, returns the function that ends its place ahead.
func (l *Lane) goAhead(ctx context.Context) (func(), bool) {
	if l.signed == nil {
		return nil, false
	}
	tok := device.Token(ctx)
	if tok == "" || !l.signed(tok) {
		return nil, false
	}
	id := device.Hash(tok)
	l.aheadMu.Lock()
	defer l.aheadMu.Unlock()
	if _, busy := l.ahead[id]; busy || len(l.ahead) >= l.maxAhead {
		return nil, false
	}
	l.ahead[id] = struct{}{}
	return func() {
		l.aheadMu.Lock()
		delete(l.ahead, id)
		l.aheadMu.Unlock()
	}, true
}

// AnonymousPace is the least time a lane slot is held by one anonymous
// request while signed-in work is in flight.
const AnonymousPace = time.Millisecond

// LaneSlotsPerCPU is how many anonymous requests are worked on at once per
// CPU by default. On SQLite, one: a request's time is the process's own
// CPU (half the CPUs left the lane too slow for an honest request to get
// its turn among 200 flooding addresses). On PostgreSQL, four: a request
// spends most of its time waiting for its round trips to the database, and
// with one slot per CPU the CPU stood half idle (bench/passkey.sh on one
// core: about 300 passkey sign-ins/s with one slot, 600-700/s with 3 to 8).
// The slots beyond one per CPU are used only while no signed-in request
// waits and the CPUs have room (SpareWhileQuiet). What protects signed-in
// work is that, the pace (AnonymousPace) and that hashes give way.
const (
	LaneSlotsPerCPU         = 1
	PostgresLaneSlotsPerCPU = 4
)

// LaneSlots is the default number of anonymous requests worked on at once,
// for a PostgreSQL database or SQLite. On PostgreSQL it is at most 32, the
// database pool's default bound (internal/database), so that anonymous
// requests alone cannot hold every connection on a big machine.
func LaneSlots(postgres bool) int {
	if postgres {
		return min(32, max(1, PostgresLaneSlotsPerCPU*runtime.GOMAXPROCS(0)))
	}
	return max(1, LaneSlotsPerCPU*runtime.GOMAXPROCS(0))
}

// LaneQueue is how many anonymous requests may wait for a slot: room for
// many addresses' share at once (a full queue gives the place of the
// address with most waiters to a newcomer).
const LaneQueue = 1024

// LaneCrowd is how many anonymous requests beyond the lane's slots and
// queue may be on their way into it before the next are refused at once,
// without taking the lane's lock (admission.Gate.RefuseCrowd): an open
// flood (requests sent at a fixed rate whatever the answers) otherwise
// piles thousands of goroutines on that lock, and signed-in requests wait
// behind them for a CPU. A closed-loop flood of a few hundred connections
// never gets there; a browser with a signed device cookie is never
// refused this way.
const LaneCrowd = 64

// NewLane returns a lane of slots anonymous requests at once, queue more
// waiting (each for at most wait).
func NewLane(slots, queue int, wait time.Duration) *Lane {
	g := admission.NewGate(slots, queue)
	g.RefuseCrowd(LaneCrowd)
	return &Lane{gate: g, wait: wait}
}

// SpareWhileQuiet makes the lane's slots beyond base usable only while no
// signed-in request waits (SignedInWaiting: they come first; with the
// spare slots in use during bench/flood.sh's flood on PostgreSQL, `me`
// kept 51 % of its quiet rate against 99 % without them, in the same
// minutes) and the CPUs have room (cpuRoom). The spare slots are there for
// CPU that stands idle while requests wait for the database; when the CPUs
// are busy anyway (a flood), more requests at once only share them
// thinner, and the one that matters (a browser going ahead) gets less of
// them: with four slots per CPU always, an honest sign-in during
// bench/honest.sh's flood on PostgreSQL took 0.6-0.9 s instead of
// 0.2-0.3 s.
func (l *Lane) SpareWhileQuiet(base int) {
	c := newCPURoom()
	l.spareWhile(base, c.busy)
}

// spareWhile is SpareWhileQuiet with the CPUs' state told by busy, which is
// called under the gate's lock at every admission.
func (l *Lane) spareWhile(base int, busy func(now time.Time) bool) {
	if base >= l.gate.Slots() {
		return
	}
	l.gate.SetLimit(func(slots int) int {
		if l.SignedInWaiting() || busy(time.Now()) {
			return base
		}
		return slots
	})
}

// cpuRoom tells whether the process's CPUs are busy, looking at most every
// cpuRoomEvery at two things: the CPU time the process used over the looks
// of the last cpuRoomSpan (busy from cpuRoomUse of GOMAXPROCS CPUs: with
// PostgreSQL or the load elsewhere on the machine, a busy process may use
// less than all of them), and the Go scheduler's latencies since the last
// look (busy when at least a tenth of the goroutines made ready waited
// cpuRoomWait or more for a CPU; on a free CPU they wait microseconds; the
// runtime samples one transition in eight, so a look with fewer than
// cpuRoomSamples keeps the last answer). Once busy, it stays busy for
// cpuRoomHold, so that a flood that pauses for a look does not get the
// spare slots back at once, and the average then starts afresh from the
// hold's last look. The CPU time is averaged over cpuRoomSpan
// because a crowd of sign-ins that keeps the CPUs at three quarters has
// many 20 ms stretches above nine tenths: judged on each, each holding
// 100 ms, passkey sign-ins on PostgreSQL ran a fifth slower (bench/passkey.sh), for
// no gain to a browser during a flood (bench/honest.sh), which keeps the
// CPUs busy over any span. (The count of goroutines ready to run was tried
// first: every burst of new connections looks busy by it.) Not safe for
// concurrent use: the gate's lock guards it.
type cpuRoom struct {
	cpu  func() time.Duration             // the process's CPU time so far
	hist func() *metrics.Float64Histogram // the scheduler's latencies so far

	looks     []cpuLook // of the last cpuRoomSpan, and the one before, oldest first
	prev      []uint64
	busyUntil time.Time
	held      bool // busy was answered: the average starts afresh when the hold ends
	slowLast  bool
}

// cpuLook is when cpuRoom looked and the process's CPU time then.
type cpuLook struct {
	at  time.Time
	cpu time.Duration
}

const (
	cpuRoomEvery   = 20 * time.Millisecond
	cpuRoomSpan    = 100 * time.Millisecond
	cpuRoomHold    = cpuRoomSpan // not shorter: the held time must not be averaged away at once
	cpuRoomUse     = 0.9
	cpuRoomWait    = time.Millisecond // a wait for a CPU this long is a busy CPU's
	cpuRoomSamples = 8
)

func newCPURoom() *cpuRoom {
	sample := []metrics.Sample{{Name: "/sched/latencies:seconds"}}
	return &cpuRoom{
		cpu: processCPU,
		hist: func() *metrics.Float64Histogram {
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindFloat64Histogram {
				return nil
			}
			return sample[0].Value.Float64Histogram()
		},
	}
}

// processCPU is the user and system CPU time the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (c *cpuRoom) busy(now time.Time) bool {
	if n := len(c.looks); n > 0 && now.Sub(c.looks[n-1].at) < cpuRoomEvery {
		return now.Before(c.busyUntil)
	}
	if c.held && !now.Before(c.busyUntil) {
		// The hold is over: what counts now is the time since, with the
		// spare slots back, not the held time at one slot per CPU (which
		// would lower the average and give a flood the spare slots again
		// at once).
		c.looks = append(c.looks[:0], c.looks[len(c.looks)-1])
		c.held = false
	}
	c.looks = append(c.looks, cpuLook{now, c.cpu()})
	// Keep the looks of the last cpuRoomSpan and at least one before this
	// one: after a quiet spell, the next looks measure from the last.
	for len(c.looks) > 2 && now.Sub(c.looks[0].at) > cpuRoomSpan {
		c.looks = append(c.looks[:0], c.looks[1:]...)
	}
	busy := false
	if first, last := c.looks[0], c.looks[len(c.looks)-1]; len(c.looks) > 1 {
		wall, cpu := last.at.Sub(first.at), last.cpu-first.cpu
		busy = float64(cpu) >= cpuRoomUse*float64(wall)*float64(runtime.GOMAXPROCS(0))
	}
	if h := c.hist(); h != nil {
		if len(c.prev) == len(h.Counts) {
			var all, slow uint64
			for i, n := range h.Counts {
				d := n - c.prev[i]
				all += d
				// Buckets[i] is bucket i's lower bound.
				if h.Buckets[i] >= cpuRoomWait.Seconds() {
					slow += d
				}
			}
			if all >= cpuRoomSamples {
				c.slowLast = slow*10 >= all
			}
			busy = busy || c.slowLast
		}
		c.prev = append(c.prev[:0], h.Counts...)
	}
	if busy {
		c.busyUntil, c.held = now.Add(cpuRoomHold), true
	}
	return now.Before(c.busyUntil)
}

// Pressure is the fraction of the lane (slots and queue) in use, 0 to 1:
// a lane full of anonymous requests waiting is pressure as much as a full
// hashing queue (a flood whose every try is slow before its hash, as on a
// busy PostgreSQL).
func (l *Lane) Pressure() float64 {
	r, w := l.gate.InUse()
	return float64(r+w) / float64(l.gate.Slots()+l.gate.Queue())
}

// OnRefusal sets f to be called for each anonymous request refused.
func (l *Lane) OnRefusal(f func()) { l.refused = f }

// SignedInRecent is how long after a signed-in request ends the service
// still counts signed-in work as waiting: under load their next request is
// on its way.
const SignedInRecent = 10 * time.Millisecond

// SignedInWaiting reports whether signed-in requests are in flight (see
// Track) or one ended within SignedInRecent.
func (l *Lane) SignedInWaiting() bool {
	if l == nil {
		return false
	}
	return l.signedIn.Load() > 0 || time.Now().UnixNano()-l.lastSeen.Load() < int64(SignedInRecent)
}

// Track counts, from the moment it arrives, a request that carries a
// session cookie or a bearer token as signed-in work in flight (its
// session is not looked up yet: that is part of the work the hashes give
// way to). It runs first, before the session is loaded.
func (l *Lane) Track(cookieName string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if l == nil {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, bearer := auth.BearerToken(r.Header.Get("Authorization"))
			if !bearer {
				if _, err := r.Cookie(cookieName); err != nil {
					next.ServeHTTP(w, r)
					return
				}
			}
			// A signed-in request that goes on to hash a password
			// (changePassword, reauthenticate, a sign-in from a browser
			// with a session) stops counting once it waits for its hash:
			// else the hash would give way to its own request, and run
			// three times slower for nothing.
			l.signedIn.Add(1)
			var untracked atomic.Bool
			untrack := func() {
				if untracked.CompareAndSwap(false, true) {
					l.signedIn.Add(-1)
				}
			}
			defer func() {
				if !untracked.Load() {
					l.lastSeen.Store(time.Now().UnixNano())
				}
				untrack()
			}()
			next.ServeHTTP(w, r.WithContext(password.WithRelease(r.Context(), untrack)))
		})
	}
}

// Middleware must run after authenticate and before the body is read.
func (l *Lane) Middleware(next http.Handler) http.Handler {
	if l == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if auth.FromContext(ctx) != nil {
			next.ServeHTTP(w, r)
			return
		}
		t := admission.Ticket{Client: clientinfo.RateKey(clientinfo.From(ctx).IP)}
		// A browser that signed in before goes first; its place ahead
		// lasts the whole request (one at a time per device token).
		if done, ok := l.goAhead(ctx); ok {
			t.First = true
			defer done()
		}
		wctx, cancel := context.WithTimeout(ctx, l.wait)
		err := l.gate.Acquire(wctx, t)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return // the client left
			}
			if !errors.Is(err, admission.ErrFull) && !errors.Is(err, context.DeadlineExceeded) {
				return
			}
			if l.refused != nil {
				l.refused()
			}
			w.Header().Set("Retry-After", "1")
			writeGraphQLError(w, http.StatusServiceUnavailable, codes.RateLimited, "The service is busy. Please try again in a moment.")
			return
		}
		start := time.Now()
		release := sync.OnceFunc(l.gate.Release)
		defer release()
		next.ServeHTTP(w, r.WithContext(password.WithRelease(ctx, release)))
		// While signed-in requests are in flight, a slot serves at most one
		// anonymous request per AnonymousPace: a flood of cheap refusals
		// (CHALLENGE_REQUIRED) then waits in the queue, costing no CPU,
		// instead of taking a core from the signed-in people.
		if rest := AnonymousPace - time.Since(start); rest > 0 && l.SignedInWaiting() {
			time.Sleep(rest)
		}
	})
}
