package httpx

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/password"
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
