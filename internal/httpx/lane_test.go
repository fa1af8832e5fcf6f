package httpx

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/secret"
)

// watchedBody records whether anything read it.
type watchedBody struct {
	io.Reader
	read *atomic.Bool
}

func (b watchedBody) Read(p []byte) (int, error) { b.read.Store(true); return b.Reader.Read(p) }
func (b watchedBody) Close() error               { return nil }

func laneRequest(ip string, signedIn bool, read *atomic.Bool) *http.Request {
	r := httptest.NewRequest("POST", "/graphql", nil)
	r.Body = watchedBody{strings.NewReader(`{"query":"{ passwordPolicy { minLength } }"}`), read}
	ctx := clientinfo.With(r.Context(), clientinfo.Info{IP: ip})
	if signedIn {
		ctx = auth.WithViewer(ctx, &auth.Viewer{User: &ent.User{ID: "u1"}, Via: auth.ViaSession})
	}
	return r.WithContext(ctx)
}

func TestAFloodOfAnonymousRequestsIsRefusedBeforeItsBodyIsRead(t *testing.T) {
	lane := NewLane(1, 0, time.Millisecond)
	hold, held := make(chan struct{}), make(chan struct{})
	var handled atomic.Int64
	h := lane.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		handled.Add(1)
		io.ReadAll(r.Body)
		if r.Header.Get("X-Hold") != "" {
			close(held)
			<-hold
		}
	}))
	// One anonymous request holds the lane's only slot.
	var firstRead atomic.Bool
	first := laneRequest("203.0.113.9", false, &firstRead)
	first.Header.Set("X-Hold", "1")
	done := make(chan struct{})
	go func() { h.ServeHTTP(httptest.NewRecorder(), first); close(done) }()
	<-held

	tests := []struct {
		name      string
		signedIn  bool
		wantCode  int
		wantsRead bool
	}{
		{"an anonymous request waits, then is refused unread", false, http.StatusServiceUnavailable, false},
		{"a signed-in request is never gated", true, http.StatusOK, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var read atomic.Bool
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, laneRequest("198.51.100.4", tt.signedIn, &read))
			if rec.Code != tt.wantCode {
				t.Fatalf("status %d, want %d", rec.Code, tt.wantCode)
			}
			if read.Load() != tt.wantsRead {
				t.Fatalf("body read: %v, want %v", read.Load(), tt.wantsRead)
			}
			if tt.wantCode == http.StatusServiceUnavailable {
				if rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "RATE_LIMITED") {
					t.Fatalf("refusal without Retry-After or code: %v %s", rec.Header(), rec.Body)
				}
			}
		})
	}
	close(hold)
	<-done
	if n := handled.Load(); n != 2 {
		t.Fatalf("%d requests reached the handler, want 2 (the holder and the signed-in one)", n)
	}
}

func TestSignedInRequestsAreCountedFromTheirArrival(t *testing.T) {
	lane := NewLane(1, 0, time.Millisecond)
	var during bool
	h := lane.Track("latchkey_session")(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		during = lane.SignedInWaiting()
	}))
	for _, tt := range []struct {
		name   string
		header func(*http.Request)
		want   bool
	}{
		// First: a signed-in request that ended a moment ago still counts
		// (SignedInRecent).
		{"neither", func(r *http.Request) {}, false},
		{"a session cookie", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: "latchkey_session", Value: "x"}) }, true},
		{"a bearer token", func(r *http.Request) { r.Header.Set("Authorization", "Bearer lk_x") }, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "/graphql", nil).WithContext(context.Background())
			tt.header(r)
			h.ServeHTTP(httptest.NewRecorder(), r)
			if during != tt.want {
				t.Fatalf("signed-in work while it ran: %v, want %v", during, tt.want)
			}
			if n := lane.signedIn.Load(); n != 0 {
				t.Fatalf("%d signed-in requests in flight after it ended", n)
			}
		})
	}
}

// A signed-in person changing their password (or signing in again from a
// browser with a session) must not make their own hash give way to their
// own request: once the request waits for its hash, it stops counting.
func TestASignedInRequestStopsCountingOnceItHashes(t *testing.T) {
	lane := NewLane(1, 0, time.Millisecond)
	hasher := password.NewHasher(password.Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}, 1, 1)
	var before, after bool
	h := lane.Track("latchkey_session")(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		before = lane.SignedInWaiting()
		if _, err := hasher.Hash(r.Context(), "correct horse battery staple"); err != nil {
			t.Error(err)
		}
		after = lane.signedIn.Load() > 0
	}))
	r := httptest.NewRequest("POST", "/graphql", nil)
	r.AddCookie(&http.Cookie{Name: "latchkey_session", Value: "x"})
	h.ServeHTTP(httptest.NewRecorder(), r)
	if !before || after {
		t.Fatalf("counted as signed-in work before its hash: %v (want true), after: %v (want false)", before, after)
	}
	if n := lane.signedIn.Load(); n != 0 {
		t.Fatalf("%d signed-in requests in flight after it ended", n)
	}
}

// deviceLane is a lane of one slot whose handler notes the order in which
// requests get in; the first request holds the slot until let go, so that
// the others queue in a known order.
type deviceLane struct {
	t      *testing.T
	lane   *Lane
	h      http.Handler
	mu     sync.Mutex
	order  []string
	hold   chan struct{}
	wg     sync.WaitGroup
	queued int
}

func newDeviceLane(t *testing.T, queue int, keys *keyring.Ring) *deviceLane {
	dl := &deviceLane{t: t, lane: NewLane(1, queue, time.Minute), hold: make(chan struct{})}
	dl.lane.PreferDevices(func(tok string) bool { return device.Signed(keys, tok) })
	held := make(chan struct{})
	dl.h = device.Cookie{}.Middleware(dl.lane.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.Header.Get("X-Name")
		if name == "holder" {
			close(held)
			<-dl.hold
			return
		}
		dl.mu.Lock()
		dl.order = append(dl.order, name)
		dl.mu.Unlock()
	})))
	dl.wg.Add(1)
	go func() {
		defer dl.wg.Done()
		dl.h.ServeHTTP(httptest.NewRecorder(), dl.request("holder", "192.0.2.200", ""))
	}()
	<-held
	return dl
}

func (dl *deviceLane) request(name, ip, cookie string) *http.Request {
	r := httptest.NewRequest("POST", "/graphql", strings.NewReader(`{"query":"{ passwordPolicy { minLength } }"}`))
	r.Header.Set("X-Name", name)
	if cookie != "" {
		r.AddCookie(&http.Cookie{Name: device.CookieName, Value: cookie})
	}
	return r.WithContext(clientinfo.With(r.Context(), clientinfo.Info{IP: ip}))
}

// send queues a request and waits until it waits in the lane.
func (dl *deviceLane) send(name, ip, cookie string) {
	dl.wg.Add(1)
	go func() { defer dl.wg.Done(); dl.h.ServeHTTP(httptest.NewRecorder(), dl.request(name, ip, cookie)) }()
	dl.queued++
	for {
		if _, waiting := dl.lane.gate.InUse(); waiting >= dl.queued {
			return
		}
		runtime.Gosched()
	}
}

// run lets the holder go and returns the order in which the others got in.
func (dl *deviceLane) run() []string {
	close(dl.hold)
	dl.wg.Wait()
	return dl.order
}

// A browser that signed in before carries a device cookie the service
// signed: during a flood its request goes ahead of the address turns. A
// made-up cookie, or a copy of one cookie on many requests, does not give
// a flood the same.
func TestABrowserThatSignedInBeforeGoesAheadOfAFloodInTheLane(t *testing.T) {
	keys := keyring.Ephemeral()
	honest, other, third := device.New(keys), device.New(keys), device.New(keys)
	madeUp := device.Prefix + strings.Repeat("a", 52) + "_" + strings.Repeat("0", 64)
	unsigned, _ := secret.NewToken(device.Prefix)
	for _, tt := range []struct {
		name  string
		queue int
		send  func(dl *deviceLane)
		want  []string
	}{{
		name: "the honest browser with its signed cookie goes first",
		send: func(dl *deviceLane) {
			dl.send("bot1", "10.0.0.1", "")
			dl.send("bot2", "10.0.0.2", "")
			dl.send("honest", "192.0.2.1", honest)
		},
		want: []string{"honest", "bot1", "bot2"},
	}, {
		name: "a made-up or unsigned cookie waits its address's turn",
		send: func(dl *deviceLane) {
			dl.send("bot1", "10.0.0.1", "")
			dl.send("made-up", "10.0.0.2", madeUp)
			dl.send("unsigned", "10.0.0.3", unsigned)
		},
		want: []string{"bot1", "made-up", "unsigned"},
	}, {
		name: "a flood that copies one cookie gets one request ahead, not all",
		send: func(dl *deviceLane) {
			dl.send("bot1", "10.0.0.1", "")
			dl.send("copy1", "10.0.0.2", other)
			dl.send("copy2", "10.0.0.3", other)
			dl.send("copy3", "10.0.0.4", other)
			dl.send("honest", "192.0.2.1", honest)
		},
		want: []string{"copy1", "honest", "bot1", "copy2", "copy3"},
	}, {
		name:  "at most a quarter of the queue is ahead at once",
		queue: 8, // two ahead
		send: func(dl *deviceLane) {
			dl.send("bot1", "10.0.0.1", "")
			dl.send("first", "10.0.0.2", other)
			dl.send("second", "10.0.0.3", third)
			dl.send("honest", "192.0.2.1", honest)
		},
		want: []string{"first", "second", "bot1", "honest"},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			dl := newDeviceLane(t, cmp.Or(tt.queue, 64), keys)
			tt.send(dl)
			if got := dl.run(); !slices.Equal(got, tt.want) {
				t.Fatalf("order %v, want %v", got, tt.want)
			}
			if n := len(dl.lane.ahead); n != 0 {
				t.Fatalf("%d places ahead still taken after every request ended", n)
			}
		})
	}
}

func TestTheLaneHasMoreSlotsOnPostgreSQL(t *testing.T) {
	cpus := runtime.GOMAXPROCS(0)
	if got := LaneSlots(false); got != cpus {
		t.Errorf("SQLite: %d slots, want one per CPU (%d)", got, cpus)
	}
	if got, want := LaneSlots(true), min(32, PostgresLaneSlotsPerCPU*cpus); got != want {
		t.Errorf("PostgreSQL: %d slots, want %d per CPU, at most 32 (%d)", got, PostgresLaneSlotsPerCPU, want)
	}
}

func TestSpareLaneSlotsAreUsedOnlyWhileNoSignedInWorkWaitsAndTheCPUsHaveRoom(t *testing.T) {
	lane := NewLane(4, 16, 10*time.Second)
	var cpusBusy atomic.Bool
	lane.spareWhile(1, func(time.Time) bool { return cpusBusy.Load() })
	var inside atomic.Int64
	var hold chan struct{}
	h := lane.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		inside.Add(1)
		<-hold
		inside.Add(-1)
	}))
	var wg sync.WaitGroup
	send := func(ip string) {
		wg.Go(func() {
			var read atomic.Bool
			h.ServeHTTP(httptest.NewRecorder(), laneRequest(ip, false, &read))
		})
	}
	// waitInside waits until at least want requests are being worked on.
	waitInside := func(what string, want int64) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); inside.Load() < want; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: %d requests inside, want %d", what, inside.Load(), want)
			}
		}
	}
	// Four anonymous requests at once, from four addresses: how many the
	// lane works on.
	admitted := func(what string, want int64) {
		t.Helper()
		hold = make(chan struct{})
		for i := range 4 {
			send(fmt.Sprintf("203.0.113.%d", i+1))
		}
		waitInside(what, want)
		time.Sleep(20 * time.Millisecond)
		if n := inside.Load(); n != want {
			t.Errorf("%s: %d requests inside, want %d", what, n, want)
		}
		close(hold)
		wg.Wait()
	}

	admitted("the CPUs idle", 4)
	lane.signedIn.Add(1)
	admitted("a signed-in request in flight", 1)
	lane.signedIn.Add(-1)
	cpusBusy.Store(true)
	admitted("the CPUs busy", 1)
	cpusBusy.Store(false)
	admitted("the CPUs idle again", 4)

	// The CPUs freed while three wait: the next arrival lets them in.
	cpusBusy.Store(true)
	hold = make(chan struct{})
	for i := range 4 {
		send(fmt.Sprintf("198.51.100.%d", i+1))
	}
	waitInside("the CPUs busy, three waiting", 1)
	time.Sleep(20 * time.Millisecond)
	cpusBusy.Store(false)
	send("198.51.100.9")
	waitInside("after the CPUs were freed", 4)
	close(hold)
	wg.Wait()
}

// fakeCPU is a process whose CPU time and scheduler latencies a test sets.
type fakeCPU struct {
	used time.Duration
	fast uint64 // goroutines that waited less than a millisecond for a CPU
	slow uint64 // and a millisecond or more
}

func (f *fakeCPU) room() *cpuRoom {
	return &cpuRoom{
		cpu: func() time.Duration { return f.used },
		hist: func() *metrics.Float64Histogram {
			return &metrics.Float64Histogram{Counts: []uint64{f.fast, f.slow}, Buckets: []float64{0, cpuRoomWait.Seconds(), math.Inf(1)}}
		},
	}
}

func TestTheCPUsAreBusyWhenTheProcessUsesThemOrGoroutinesWaitForThem(t *testing.T) {
	cpus := time.Duration(runtime.GOMAXPROCS(0))
	type look struct {
		after      time.Duration // since the previous look
		cpu        time.Duration // CPU used since then
		fast, slow uint64        // goroutines made ready since then
		busy       bool
	}
	tests := []struct {
		name  string
		looks []look
	}{
		{"idle", []look{{0, 0, 0, 0, false}, {50 * time.Millisecond, 5 * time.Millisecond, 100, 0, false}}},
		{"the process uses nine tenths of its CPUs", []look{{0, 0, 0, 0, false}, {50 * time.Millisecond, 45 * time.Millisecond * cpus, 100, 0, true}}},
		{"a tenth of the goroutines waited a millisecond", []look{{0, 0, 0, 0, false}, {50 * time.Millisecond, 0, 90, 10, true}}},
		{"too few goroutines to tell keep the last answer", []look{
			{0, 0, 0, 0, false}, {50 * time.Millisecond, 0, 90, 10, true},
			{200 * time.Millisecond, 0, 1, 2, true}, {200 * time.Millisecond, 0, 100, 0, false},
		}},
		{"busy stays busy for a while", []look{
			{0, 0, 0, 0, false}, {50 * time.Millisecond, 50 * time.Millisecond * cpus, 0, 0, true},
			{cpuRoomEvery, 0, 100, 0, true}, {cpuRoomHold, 0, 100, 0, false},
		}},
		{"a crowd at three quarters of the CPUs with a short burst is not busy", []look{
			{0, 0, 0, 0, false},
			{cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false}, {cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false},
			{cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false}, {cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false},
			{cpuRoomEvery, 20 * time.Millisecond * cpus, 100, 0, false},
		}},
		{"nine tenths of the CPUs over the span is busy", []look{
			{0, 0, 0, 0, false},
			{cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false}, {cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false},
			{cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false}, {cpuRoomEvery, 15 * time.Millisecond * cpus, 100, 0, false},
			{cpuRoomEvery, 20 * time.Millisecond * cpus, 100, 0, false}, // 80 % over the span
			{cpuRoomEvery, 20 * time.Millisecond * cpus, 100, 0, false}, // 85 %
			{cpuRoomEvery, 20 * time.Millisecond * cpus, 100, 0, true},  // 90 %
		}},
		{"after a quiet spell the next looks measure from the last", []look{
			{0, 0, 0, 0, false}, {5 * time.Second, 10 * time.Millisecond * cpus, 100, 0, false},
			{cpuRoomEvery, 20 * time.Millisecond * cpus, 100, 0, true},
		}},
		{"after the hold only the time since counts", []look{
			{0, 0, 0, 0, false}, {cpuRoomEvery, cpuRoomEvery * cpus, 0, 0, true},
			// Held at one slot per CPU, the flood uses half of the CPUs...
			{cpuRoomEvery, cpuRoomEvery / 2 * cpus, 0, 0, true}, {cpuRoomEvery, cpuRoomEvery / 2 * cpus, 0, 0, true},
			{cpuRoomEvery, cpuRoomEvery / 2 * cpus, 0, 0, true}, {cpuRoomEvery, cpuRoomEvery / 2 * cpus, 0, 0, true},
			// ...which does not lower the average of the time after.
			{cpuRoomEvery, cpuRoomEvery * cpus, 0, 0, true},
		}},
		{"no second look before cpuRoomEvery", []look{
			{0, 0, 0, 0, false}, {50 * time.Millisecond, 0, 100, 0, false},
			{cpuRoomEvery / 2, 50 * time.Millisecond * cpus, 0, 100, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &fakeCPU{}
			c := f.room()
			now := time.Unix(1_000_000, 0)
			for i, l := range tt.looks {
				now = now.Add(l.after)
				f.used += l.cpu
				f.fast += l.fast
				f.slow += l.slow
				if got := c.busy(now); got != l.busy {
					t.Fatalf("look %d: busy %v, want %v", i, got, l.busy)
				}
			}
		})
	}
}
