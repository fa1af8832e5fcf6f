package challenge

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// Watch follows the hashing pressure: whether it is at or over Threshold
// ("under pressure", until it falls below half of it), with one log line when that starts and one when it
// ends (the peak and how long it lasted; nothing about any request).
type Watch struct {
	Load      func() float64
	Threshold float64
	Log       *slog.Logger
	// Gauge, when set, is told whether the service is under pressure.
	Gauge func(under bool)

	under atomic.Bool
	since time.Time
	peak  float64
}

// Now is the pressure now (0 without a Load).
func (w *Watch) Now() float64 {
	if w == nil || w.Load == nil {
		return 0
	}
	return w.Load()
}

// Under reports whether the last tick found the service under pressure.
func (w *Watch) Under() bool { return w != nil && w.under.Load() }

// Tick compares the pressure now with the threshold and logs a change.
func (w *Watch) Tick(now time.Time) {
	p := w.Now()
	// It ends below half the threshold, so that a pressure hovering at
	// the threshold logs one start and one end.
	under := w.Threshold > 0 && (p >= w.Threshold || w.under.Load() && p >= w.Threshold/2)
	if under {
		w.peak = max(w.peak, p)
	}
	if under == w.under.Load() {
		return
	}
	w.under.Store(under)
	if w.Gauge != nil {
		w.Gauge(under)
	}
	if under {
		w.since, w.peak = now, p
		w.Log.Warn("under pressure: sign-ins and resets now ask for a proof of work", "pressure", round(p), "threshold", w.Threshold)
		return
	}
	w.Log.Info("pressure ended", "lasted", now.Sub(w.since).Round(time.Second).String(), "peak_pressure", round(w.peak))
}

// Run ticks every interval until ctx ends.
func (w *Watch) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			w.Tick(now)
		}
	}
}

func round(p float64) float64 { return float64(int(p*100+0.5)) / 100 }
