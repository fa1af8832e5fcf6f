package admission

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

// queued starts an Acquire for t in the background and returns the
// channel its result arrives on, once the waiter is in the queue.
func queued(t *testing.T, g *Gate, tk Ticket) <-chan error {
	t.Helper()
	arrived := func() int { g.mu.Lock(); defer g.mu.Unlock(); return g.arrived }
	before := arrived()
	out := make(chan error, 1)
	go func() { out <- g.Acquire(context.Background(), tk) }()
	for {
		// Wait until it is queued (or refused at once).
		if arrived() != before {
			return out
		}
		select {
		case err := <-out:
			ch := make(chan error, 1)
			ch <- err
			return ch
		default:
		}
	}
}

// admittedOrder releases one slot at a time and returns which of the
// named waiters got it, in order.
func admittedOrder(t *testing.T, g *Gate, waiters []string, chans []<-chan error) []string {
	t.Helper()
	var order []string
	pending := map[int]bool{}
	for i := range chans {
		pending[i] = true
	}
	for len(pending) > 0 {
		g.Release()
		got := -1
		for got < 0 {
			for i := range pending {
				select {
				case err := <-chans[i]:
					if err != nil {
						t.Fatalf("%s: %v", waiters[i], err)
					}
					got = i
				default:
				}
				if got >= 0 {
					break
				}
			}
		}
		delete(pending, got)
		order = append(order, waiters[got])
	}
	g.Release()
	return order
}

func TestAClientAskingOnceIsServedBeforeAFloodingClientsSecondTurn(t *testing.T) {
	g := NewGate(1, 100)
	if err := g.Acquire(context.Background(), Ticket{Client: "flood"}); err != nil {
		t.Fatal(err)
	}
	var names []string
	var chans []<-chan error
	for i := range 5 {
		names = append(names, fmt.Sprintf("flood-%d", i))
		chans = append(chans, queued(t, g, Ticket{Client: "flood"}))
	}
	names = append(names, "honest")
	chans = append(chans, queued(t, g, Ticket{Client: "honest"}))
	order := admittedOrder(t, g, names, chans)
	if order[0] != "flood-0" || order[1] != "honest" {
		t.Fatalf("order %v: the honest client should get the second turn, after the flood's first waiter", order)
	}
}

func TestClientsTakeTurnsOneWaiterEach(t *testing.T) {
	g := NewGate(1, 100)
	g.Acquire(context.Background(), Ticket{Client: "x"})
	var names []string
	var chans []<-chan error
	for i := range 3 {
		for _, c := range []string{"a", "b", "c"} {
			names = append(names, fmt.Sprintf("%s%d", c, i))
			chans = append(chans, queued(t, g, Ticket{Client: c}))
		}
	}
	order := admittedOrder(t, g, names, chans)
	want := "[a0 b0 c0 a1 b1 c1 a2 b2 c2]"
	if fmt.Sprint(order) != want {
		t.Fatalf("order %v, want %s", order, want)
	}
}

func TestAKnownBrowserGoesBeforeEveryoneWaiting(t *testing.T) {
	g := NewGate(1, 100)
	g.Acquire(context.Background(), Ticket{Client: "x"})
	names := []string{"a", "b", "known"}
	chans := []<-chan error{
		queued(t, g, Ticket{Client: "a"}),
		queued(t, g, Ticket{Client: "b"}),
		queued(t, g, Ticket{Client: "a", First: true}),
	}
	order := admittedOrder(t, g, names, chans)
	if order[0] != "known" {
		t.Fatalf("order %v: the known browser should go first", order)
	}
}

func TestAFullQueueRefusesTheFloodNotTheNewcomer(t *testing.T) {
	g := NewGate(1, 4)
	g.Acquire(context.Background(), Ticket{Client: "x"})
	var flood []<-chan error
	for range 4 {
		flood = append(flood, queued(t, g, Ticket{Client: "flood"}))
	}
	// The flood itself gets no more places.
	if err := g.Acquire(context.Background(), Ticket{Client: "flood"}); !errors.Is(err, ErrFull) {
		t.Fatalf("fifth flood waiter: %v, want ErrFull", err)
	}
	if !g.WouldRefuse(Ticket{Client: "flood"}) || g.WouldRefuse(Ticket{Client: "honest"}) {
		t.Fatal("WouldRefuse should refuse the flood and not the honest client")
	}
	honest := queued(t, g, Ticket{Client: "honest"})
	// The newest flood waiter gave its place.
	if err := <-flood[3]; !errors.Is(err, ErrFull) {
		t.Fatalf("newest flood waiter: %v, want ErrFull", err)
	}
	g.Release() // flood[0]
	if err := <-flood[0]; err != nil {
		t.Fatal(err)
	}
	g.Release() // the honest client's turn
	if err := <-honest; err != nil {
		t.Fatal(err)
	}
}

func TestAnAbandonedWaiterLeavesTheQueue(t *testing.T) {
	g := NewGate(1, 2)
	g.Acquire(context.Background(), Ticket{})
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan error, 1)
	go func() { out <- g.Acquire(ctx, Ticket{Client: "a"}) }()
	for {
		if _, w := g.InUse(); w == 1 {
			break
		}
	}
	cancel()
	if err := <-out; !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if r, w := g.InUse(); r != 1 || w != 0 {
		t.Fatalf("in use %d, waiting %d; want 1, 0", r, w)
	}
	g.Release()
	if r, _ := g.InUse(); r != 0 {
		t.Fatalf("running %d after release", r)
	}
}

func TestALowerLimitLeavesSlotsFreeForOtherWork(t *testing.T) {
	g := NewGate(2, 10)
	var busy atomic.Bool
	busy.Store(true)
	g.SetLimit(func(slots int) int {
		if busy.Load() {
			return slots - 1
		}
		return slots
	})
	g.Acquire(context.Background(), Ticket{Client: "a"})
	second := queued(t, g, Ticket{Client: "b"})
	select {
	case <-second:
		t.Fatal("admitted a second hash while other work waits")
	default:
	}
	busy.Store(false)
	g.Release() // admits b; both slots usable again
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	if err := g.Acquire(context.Background(), Ticket{Client: "c"}); err != nil {
		t.Fatal(err)
	}
	if r, _ := g.InUse(); r != 2 {
		t.Fatalf("running %d, want 2", r)
	}
}

// A limit that rises while waiters are queued (and every slot under the
// old limit is held) lets them in with the next arrival, in turn: they do
// not wait for a slot to be released.
func TestARisingLimitAdmitsTheQueuedWaitersInTurn(t *testing.T) {
	g := NewGate(3, 10)
	var low atomic.Bool
	low.Store(true)
	g.SetLimit(func(slots int) int {
		if low.Load() {
			return 1
		}
		return slots
	})
	if err := g.Acquire(context.Background(), Ticket{Client: "held"}); err != nil {
		t.Fatal(err)
	}
	a := queued(t, g, Ticket{Client: "a"})
	b := queued(t, g, Ticket{Client: "b"})
	low.Store(false)
	c := queued(t, g, Ticket{Client: "c"})
	for name, ch := range map[string]<-chan error{"a": a, "b": b} {
		if err := <-ch; err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	select {
	case err := <-c:
		t.Fatalf("the newcomer went before the waiters' turn was over: %v", err)
	default:
	}
	if r, w := g.InUse(); r != 3 || w != 1 {
		t.Fatalf("running %d, waiting %d; want 3 and 1", r, w)
	}
}

// Under an open flood, a crowd beyond the queue is refused without the
// gate's lock (RefuseCrowd), whatever its address; a First ticket still
// asks, and once the crowd is gone a newcomer gets its fair place again.
func TestACrowdBeyondTheQueueIsRefusedWithoutTheLock(t *testing.T) {
	g := NewGate(1, 3)
	g.RefuseCrowd(1) // at most 1 + 3 + 1 inside
	if err := g.Acquire(context.Background(), Ticket{Client: "flood"}); err != nil {
		t.Fatal(err)
	}
	var flood []<-chan error
	for range 3 {
		flood = append(flood, queued(t, g, Ticket{Client: "flood"}))
	}
	arrived := func() int { g.mu.Lock(); defer g.mu.Unlock(); return g.arrived }

	g.inside.Add(1) // one more flood request on its way to the lock
	before := arrived()
	if err := g.Acquire(context.Background(), Ticket{Client: "honest"}); !errors.Is(err, ErrFull) {
		t.Fatalf("a newcomer in the crowd: %v, want ErrFull", err)
	}
	if g.Crowded() != 1 || arrived() != before {
		t.Fatalf("refused %d without the lock, %d queued meanwhile; want 1 and 0", g.Crowded(), arrived()-before)
	}
	first := queued(t, g, Ticket{Client: "known", First: true})
	if arrived() != before+1 {
		t.Fatal("a First ticket was refused with the crowd")
	}
	if err := <-flood[2]; !errors.Is(err, ErrFull) { // gave its place to the First one
		t.Fatalf("newest flood waiter: %v, want ErrFull", err)
	}
	g.inside.Add(-1) // the crowd has gone

	honest := queued(t, g, Ticket{Client: "honest"})
	if err := <-flood[1]; !errors.Is(err, ErrFull) {
		t.Fatalf("the flood's newest waiter: %v, want ErrFull (its place to the newcomer)", err)
	}
	for _, next := range []<-chan error{first, flood[0], honest} {
		g.Release()
		if err := <-next; err != nil {
			t.Fatal(err)
		}
	}
	g.Release()
	if n := g.inside.Load(); n != 0 {
		t.Fatalf("%d inside after everyone left", n)
	}
}
