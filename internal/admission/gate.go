// Package admission shares a few slots of costly work fairly between the
// clients that ask for them: the password hashes (internal/password) and the
// anonymous requests let in before their body is parsed (internal/httpx).
//
// A Gate has Slots places of work and room for Queue waiters. Waiters are
// served in turn by client (round robin over the clients that wait, each
// client's own waiters oldest first), except that a waiter marked First
// (a browser known to the account it signs in to) goes before all of them.
// When the queue is full, a newcomer takes the place of the newest waiter
// of the client that has the most waiters, if that client has more than
// the newcomer's would; otherwise the newcomer is refused (ErrFull). So a
// flood from many addresses fills the queue with every address's share and
// no more, and one address asking once is never the one refused.
//
// Beyond its queue, a gate can refuse without taking its lock (RefuseCrowd):
// under an open flood of thousands of requests a second, every one of them
// taking the gate's lock to be refused makes a convoy in which thousands
// of goroutines wait for the lock, and the work that never comes near the
// gate (signed-in requests) waits behind them for a CPU. Past that crowd,
// a newcomer is refused whatever its address (a First one still asks).
//
// It is a leaf: clients are opaque keys (an address, grouped as the rate
// limits group them: IPv6 by /64, internal/clientinfo.RateKey).
package admission

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// ErrFull means every slot is taken and the queue holds no place for this
// client: the caller should refuse at once ("try again later").
var ErrFull = errors.New("admission: too many waiting")

// Ticket says who waits.
type Ticket struct {
	// Client groups waiters for the fair share; "" is one client of its own.
	Client string
	// First puts the waiter before every waiter that is not First.
	First bool
}

// Gate is a fair, bounded semaphore. The zero Gate is not usable: NewGate.
type Gate struct {
	mu      sync.Mutex
	slots   int
	queue   int
	limit   func(slots int) int // slots usable now (see SetLimit)
	running int
	waiting int
	arrived int                // waiters ever queued (for tests)
	first   list               // First waiters, oldest first
	clients map[string]*client // clients with waiters that are not First
	ring    list               // of *client sentinels: the turn order

	// inside counts the callers in Acquire or holding a slot; beyond
	// crowdAt (0: never) Acquire refuses without the lock.
	inside  atomic.Int64
	crowdAt atomic.Int64
	crowded atomic.Int64 // refusals without the lock (for tests, metrics)
}

// RefuseCrowd makes Acquire refuse (ErrFull) without taking the gate's
// lock while more than slots + queue + extra callers are inside the gate
// (holding a slot, waiting, or about to ask): the queue is full and a
// crowd waits to be told so. First tickets still ask. extra < 0: never.
func (g *Gate) RefuseCrowd(extra int) {
	if extra < 0 {
		g.crowdAt.Store(0)
		return
	}
	g.crowdAt.Store(int64(g.slots + g.queue + extra))
}

// Crowded is how many callers RefuseCrowd refused.
func (g *Gate) Crowded() int64 { return g.crowded.Load() }

type client struct {
	key     string
	waiters list
	turn    *node // this client's node in the gate's ring
}

type waiter struct {
	ready  chan struct{}
	err    error
	client *client // nil for a First waiter
	node   *node
}

// NewGate returns a gate with slots places of work (at least 1) and room
// for queue waiters (0: nobody waits).
func NewGate(slots, queue int) *Gate {
	if slots < 1 {
		slots = 1
	}
	if queue < 0 {
		queue = 0
	}
	return &Gate{slots: slots, queue: queue, clients: map[string]*client{}}
}

// SetLimit lets f lower the slots usable at a given moment (between 1 and
// the gate's slots): how the hashes give way to other work. f is called
// under the gate's lock at every admission and must be cheap.
func (g *Gate) SetLimit(f func(slots int) int) {
	g.mu.Lock()
	g.limit = f
	g.mu.Unlock()
}

// Slots and Queue are the gate's sizes.
func (g *Gate) Slots() int { return g.slots }
func (g *Gate) Queue() int { return g.queue }

func (g *Gate) usable() int {
	if g.limit == nil {
		return g.slots
	}
	return min(max(g.limit(g.slots), 1), g.slots)
}

// InUse reports how many hold a slot and how many wait.
func (g *Gate) InUse() (running, waiting int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.running, g.waiting
}

// Acquire takes a slot for t, waiting in turn if need be, until ctx ends.
// ErrFull: no slot and no place in the queue for t. Every nil return must
// be followed by one Release.
func (g *Gate) Acquire(ctx context.Context, t Ticket) error {
	n := g.inside.Add(1)
	if at := g.crowdAt.Load(); at > 0 && n > at && !t.First {
		g.inside.Add(-1)
		g.crowded.Add(1)
		return ErrFull
	}
	err := g.acquire(ctx, t)
	if err != nil {
		g.inside.Add(-1)
	}
	return err
}

func (g *Gate) acquire(ctx context.Context, t Ticket) error {
	g.mu.Lock()
	if g.waiting == 0 && g.running < g.usable() {
		g.running++
		g.mu.Unlock()
		return nil
	}
	if g.waiting >= g.queue && !g.makeRoom(t) {
		g.mu.Unlock()
		return ErrFull
	}
	w := g.enqueue(t)
	// A limit (SetLimit) may have risen since the last admission: the
	// slots it frees go to the waiters in turn, this one among them.
	g.dispatch()
	g.mu.Unlock()

	select {
	case <-w.ready:
		return w.err
	case <-ctx.Done():
		g.mu.Lock()
		select {
		case <-w.ready:
			// Admitted (or refused) just now: give the slot back.
			if w.err == nil {
				g.running--
				g.dispatch()
			}
		default:
			g.remove(w)
		}
		g.mu.Unlock()
		return ctx.Err()
	}
}

// Release gives back a slot taken by Acquire and admits the next waiter.
func (g *Gate) Release() {
	g.inside.Add(-1)
	g.mu.Lock()
	g.running--
	g.dispatch()
	g.mu.Unlock()
}

// WouldRefuse reports whether t would be refused at once (ErrFull) if it
// asked now: every usable slot taken and no place in the queue for it. A
// caller refuses before doing any other work for such a request.
func (g *Gate) WouldRefuse(t Ticket) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.waiting == 0 && g.running < g.usable() {
		return false
	}
	if g.waiting < g.queue {
		return false
	}
	return g.victim(t) == nil
}

// victim is the waiter a newcomer t would take the place of, or nil.
func (g *Gate) victim(t Ticket) *waiter {
	var longest *client
	for n := g.ring.head; n != nil; n = n.next {
		c := n.value.(*client)
		if longest == nil || c.waiters.len > longest.waiters.len {
			longest = c
		}
	}
	if t.First {
		if longest != nil {
			return longest.waiters.tail.value.(*waiter)
		}
		return nil // the queue is all First: in turn with them
	}
	if longest == nil {
		return nil
	}
	own := 0
	if c := g.clients[t.Client]; c != nil {
		own = c.waiters.len
	}
	if longest.waiters.len > own+1 {
		return longest.waiters.tail.value.(*waiter)
	}
	return nil
}

// makeRoom refuses a waiter to make room for t, if one is to give way.
func (g *Gate) makeRoom(t Ticket) bool {
	v := g.victim(t)
	if v == nil {
		return false
	}
	g.remove(v)
	v.err = ErrFull
	close(v.ready)
	return true
}

func (g *Gate) enqueue(t Ticket) *waiter {
	w := &waiter{ready: make(chan struct{})}
	g.waiting++
	g.arrived++
	if t.First {
		w.node = g.first.push(w)
		return w
	}
	c := g.clients[t.Client]
	if c == nil {
		c = &client{key: t.Client}
		c.turn = g.ring.push(c)
		g.clients[t.Client] = c
	}
	w.client = c
	w.node = c.waiters.push(w)
	return w
}

// remove takes w out of the queue (it was neither admitted nor refused).
func (g *Gate) remove(w *waiter) {
	g.waiting--
	if w.client == nil {
		g.first.remove(w.node)
		return
	}
	c := w.client
	c.waiters.remove(w.node)
	if c.waiters.len == 0 {
		g.ring.remove(c.turn)
		delete(g.clients, c.key)
	}
}

// dispatch admits waiters while usable slots are free: First ones, then
// one per client in turn.
func (g *Gate) dispatch() {
	for g.waiting > 0 && g.running < g.usable() {
		var w *waiter
		if g.first.head != nil {
			w = g.first.head.value.(*waiter)
			g.first.remove(w.node)
		} else {
			c := g.ring.head.value.(*client)
			w = c.waiters.head.value.(*waiter)
			c.waiters.remove(w.node)
			g.ring.remove(c.turn)
			if c.waiters.len == 0 {
				delete(g.clients, c.key)
			} else {
				c.turn = g.ring.push(c) // to the back of the turn order
			}
		}
		g.waiting--
		g.running++
		close(w.ready)
	}
}

// list is a small doubly linked list (container/list without interface
// conversions at every call site would be no shorter).
type list struct {
	head, tail *node
	len        int
}

type node struct {
	prev, next *node
	value      any
}

func (l *list) push(v any) *node {
	n := &node{prev: l.tail, value: v}
	if l.tail != nil {
		l.tail.next = n
	} else {
		l.head = n
	}
	l.tail = n
	l.len++
	return n
}

func (l *list) remove(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		l.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		l.tail = n.prev
	}
	n.prev, n.next = nil, nil
	l.len--
}
