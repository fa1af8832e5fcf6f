package account

import (
	"context"

	"github.com/latchkey/latchkey/internal/afterward"
	"log/slog"
	"sync"
)

// Background runs account work after the answer has gone out, so that the
// answer takes the same time whether or not the account exists. At most
// Limit jobs run at once; Wait lets tests and shutdown drain them.
type Background struct {
	Log   *slog.Logger
	sem   chan struct{}
	wg    sync.WaitGroup
	once  sync.Once
	Limit int
}

func (b *Background) init() {
	b.once.Do(func() {
		if b.Limit <= 0 {
			b.Limit = 16
		}
		b.sem = make(chan struct{}, b.Limit)
	})
}

// Go runs fn with a context that outlives the request but keeps its values
// (the client's address for the audit log).
func (b *Background) Go(ctx context.Context, name string, fn func(ctx context.Context) error) {
	b.init()
	b.wg.Add(1)
	ctx = context.WithoutCancel(ctx)
	start := func() {
		go func() {
			defer b.wg.Done()
			b.sem <- struct{}{}
			defer func() { <-b.sem }()
			if err := fn(ctx); err != nil && b.Log != nil {
				b.Log.ErrorContext(ctx, "background "+name+" failed", "err", err)
			}
		}()
	}
	// Inside an HTTP request, start only once the answer has gone out, so
	// the work does not slow the answer down for existing accounts.
	if !afterward.Defer(ctx, start) {
		start()
	}
}

// Wait blocks until every job started so far has finished.
func (b *Background) Wait() { b.wg.Wait() }

// run runs fn in the background when s has a Background, inline otherwise.
func (s *Service) run(ctx context.Context, name string, fn func(ctx context.Context) error) error {
	if s.Background == nil {
		return fn(ctx)
	}
	s.Background.Go(ctx, name, fn)
	return nil
}
