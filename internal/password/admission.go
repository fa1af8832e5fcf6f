package password

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/latchkey/latchkey/internal/admission"
)

// Hashing slots are shared fairly (internal/admission): waiters are served
// one per client in turn, and a browser known to the account it signs in
// to goes first. The caller says who asks with WithTicket; without a
// ticket every caller is one client ("").

type ticketKey struct{}

// WithTicket returns ctx saying who the hashes of this request are for:
// client is the address as the rate limits group it (IPv6 by /64), first
// is true for a browser known to the account (a device cookie).
func WithTicket(ctx context.Context, client string, first bool) context.Context {
	return context.WithValue(ctx, ticketKey{}, admission.Ticket{Client: client, First: first})
}

func ticket(ctx context.Context) admission.Ticket {
	t, _ := ctx.Value(ticketKey{}).(admission.Ticket)
	return t
}

// FullFor reports whether a hash for this request's client would be
// refused at once: every slot taken and no place in the queue for it.
func (h *Hasher) FullFor(ctx context.Context) bool { return h.gate.WouldRefuse(ticket(ctx)) }

// Pressure is the fraction of hashing capacity (slots and queue) in use,
// from 0 (idle) to 1 (full: newcomers are refused).
func (h *Hasher) Pressure() float64 {
	r, w := h.gate.InUse()
	return float64(r+w) / float64(h.gate.Slots()+h.gate.Queue())
}

// Capacity is the hashing slots and the queue's size.
func (h *Hasher) Capacity() (slots, queue int) { return h.gate.Slots(), h.gate.Queue() }

// YieldTo makes hashing give way to other work while busy reports that
// some waits (signed-in requests in flight, internal/httpx): one hashing
// slot fewer than configured (never fewer than one), and every
// argon2.YieldEvery blocks a running hash lets other goroutines run, and
// pauses a moment (yieldPause) if the other work is still there (so that the two
// cores do not both hash while a signed-in request waits behind them).
// Without other work hashing runs at full speed.
func (h *Hasher) YieldTo(busy func() bool) {
	h.yield = busy
	h.gate.SetLimit(func(slots int) int {
		if busy() && slots > 1 {
			return slots - 1
		}
		return slots
	})
}

// yieldPause is how long a hash pauses, between blocks, while other work
// waits: about as long as it has just run (argon2.YieldEvery blocks), so
// that under signed-in load hashing takes about a quarter of one core.
const yieldPause = time.Millisecond

func (h *Hasher) giveWay() {
	if h.yield == nil || !h.yield() {
		return
	}
	runtime.Gosched()
	if h.yield() {
		time.Sleep(yieldPause)
	}
}

// A request let in through a bounded lane (internal/httpx) gives its place
// back once it waits for a hash: the lane bounds the work of reading and
// refusing requests, the hashing slots bound the hashing.
type releaseKey struct{}

// WithRelease returns ctx in which the first hash (or wait for one) calls
// release, once, and then the releases ctx already held (a request can hold
// a lane place and be counted as signed-in work: both end there).
func WithRelease(ctx context.Context, release func()) context.Context {
	prev, _ := ctx.Value(releaseKey{}).(func())
	return context.WithValue(ctx, releaseKey{}, sync.OnceFunc(func() {
		release()
		if prev != nil {
			prev()
		}
	}))
}

func released(ctx context.Context) {
	if f, ok := ctx.Value(releaseKey{}).(func()); ok {
		f()
	}
}

// SetRefusalDelay makes a refusal (ErrBusy) wait d before it returns,
// without holding anything but the caller's goroutine: a flood whose
// every connection waits for its answer sends its next guess that much
// later, and costs no CPU meanwhile. 0 (the default) refuses at once.
func (h *Hasher) SetRefusalDelay(d time.Duration) { h.refuseAfter = d }

// Refuse returns ErrBusy after the refusal delay (or the context's error
// if it ends first), having given back the caller's lane place.
func (h *Hasher) Refuse(ctx context.Context) error {
	released(ctx)
	if h.onRefusal != nil {
		h.onRefusal()
	}
	if h.refuseAfter <= 0 {
		return ErrBusy
	}
	t := time.NewTimer(h.refuseAfter)
	defer t.Stop()
	select {
	case <-t.C:
		return ErrBusy
	case <-ctx.Done():
		return ctx.Err()
	}
}

// OnRefusal sets f to be called for each refusal (metrics).
func (h *Hasher) OnRefusal(f func()) { h.onRefusal = f }
