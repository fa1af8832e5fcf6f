// Package afterward runs work after a request's response has gone out.
//
// Some answers must take the same time whatever the work behind them: "we
// sent you an email if the account exists". Doing that work in a goroutine
// started during the request still competes with the response for the CPU;
// starting it once the response is flushed does not.
package afterward

import (
	"bytes"
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Pause is how long after the flushed answer queued work starts.
const Pause = 2 * time.Millisecond

type key struct{}

type queue struct {
	mu  sync.Mutex
	fns []func()
}

// Defer queues fn to start after the response of the request whose context
// is ctx. It reports false, and queues nothing, outside such a request.
func Defer(ctx context.Context, fn func()) bool {
	q, ok := ctx.Value(key{}).(*queue)
	if !ok {
		return false
	}
	q.mu.Lock()
	q.fns = append(q.fns, fn)
	q.mu.Unlock()
	return true
}

// Middleware gives requests a queue and holds their response until the
// handler returns; it then sends the response whole (with its length, so
// the client has all of it at once), flushes, and only then starts what was
// queued.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := &queue{}
		buf := &held{ResponseWriter: w}
		next.ServeHTTP(buf, r.WithContext(context.WithValue(r.Context(), key{}, q)))
		if buf.status == 0 {
			buf.status = http.StatusOK
		}
		w.Header().Set("Content-Length", strconv.Itoa(buf.body.Len()))
		w.WriteHeader(buf.status)
		w.Write(buf.body.Bytes()) //nolint:errcheck // the client went away
		q.mu.Lock()
		fns := q.fns
		q.fns = nil
		q.mu.Unlock()
		if len(fns) == 0 {
			return
		}
		http.NewResponseController(w).Flush() //nolint:errcheck // nothing to flush is fine
		// A short pause lets the answer leave the machine (and a client on
		// the same machine read it) before the work competes for the CPU.
		time.AfterFunc(Pause, func() {
			for _, fn := range fns {
				fn()
			}
		})
	})
}

// held keeps a response in memory (GraphQL responses are small).
type held struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (h *held) WriteHeader(code int) {
	if h.status == 0 {
		h.status = code
	}
}

func (h *held) Write(b []byte) (int, error) {
	if h.status == 0 {
		h.status = http.StatusOK
	}
	return h.body.Write(b)
}
