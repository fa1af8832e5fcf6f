package password

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// BenchmarkHashOWASP is the cost of one hash at the production parameters.
func BenchmarkHashOWASP(b *testing.B) {
	h := NewHasher(OWASP, 1, 0)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := h.Hash(ctx, "Correct-Horse9"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyParallel verifies from 4 × GOMAXPROCS goroutines at once.
// The Hasher's concurrency bounds the throughput (and the memory:
// concurrency × 19 MiB), whatever the number of callers; the queue is large
// enough that no caller is refused.
func BenchmarkVerifyParallel(b *testing.B) {
	const parallelism = 4
	for _, concurrency := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("concurrency=%d", concurrency), func(b *testing.B) {
			h := NewHasher(OWASP, concurrency, 1<<16)
			enc, err := h.Hash(context.Background(), "Correct-Horse9")
			if err != nil {
				b.Fatal(err)
			}
			var peak atomic.Int64
			b.SetParallelism(parallelism)
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				ctx := context.Background()
				for pb.Next() {
					ok, _, err := h.Verify(ctx, "Correct-Horse9", enc)
					if err != nil || !ok {
						b.Errorf("Verify = (%v, %v)", ok, err)
						return
					}
					// Others' hashes still running as this one ends.
					r, _ := h.InFlight()
					maxInt64(&peak, r)
				}
			})
			b.StopTimer()
			if p := peak.Load(); p > int64(concurrency) {
				b.Fatalf("peak running = %d, more than the %d slots", p, concurrency)
			}
			if s := b.Elapsed().Seconds(); s > 0 {
				b.ReportMetric(float64(b.N)/s, "verifies/s")
			}
			b.ReportMetric(float64(peak.Load()), "peak-running-others")
			b.ReportMetric(float64(parallelism*runtime.GOMAXPROCS(0)), "callers")
		})
	}
}

func maxInt64(a *atomic.Int64, v int64) {
	for p := a.Load(); v > p && !a.CompareAndSwap(p, v); p = a.Load() {
	}
}

// BenchmarkFloodIsRefusedNotQueued sends 64 simultaneous verifications to a
// Hasher with two slots and a queue of four: at most six are admitted at a
// time, the rest get ErrBusy at once instead of each holding 19 MiB.
func BenchmarkFloodIsRefusedNotQueued(b *testing.B) {
	const (
		concurrency = 2
		queue       = 4
		callers     = 64
	)
	h := NewHasher(OWASP, concurrency, queue)
	enc, err := h.Hash(context.Background(), "Correct-Horse9")
	if err != nil {
		b.Fatal(err)
	}
	var refused, admitted, other atomic.Int64
	var peakRunning, peakWaiting atomic.Int64
	observe := func() {
		r, w := h.InFlight()
		maxInt64(&peakRunning, r)
		maxInt64(&peakWaiting, w)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := make(chan struct{})
		var wg sync.WaitGroup
		for g := 0; g < callers; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				observe()
				_, _, err := h.Verify(context.Background(), "Correct-Horse9", enc)
				observe()
				switch {
				case err == nil:
					admitted.Add(1)
				case errors.Is(err, ErrBusy):
					refused.Add(1)
				default:
					other.Add(1)
				}
			}()
		}
		close(start)
		wg.Wait()
	}
	b.StopTimer()
	if n := other.Load(); n > 0 {
		b.Fatalf("%d verifications failed with an error other than ErrBusy", n)
	}
	if p := peakRunning.Load(); p > concurrency {
		b.Fatalf("peak running = %d, more than the %d slots", p, concurrency)
	}
	if p := peakWaiting.Load(); p > queue {
		b.Fatalf("peak waiting = %d, more than the queue of %d", p, queue)
	}
	total := float64(b.N * callers)
	b.ReportMetric(float64(refused.Load())/total, "refused-fraction")
	b.ReportMetric(float64(admitted.Load())/float64(b.N), "admitted/flood")
	b.ReportMetric(float64(peakRunning.Load()), "peak-running")
	b.ReportMetric(float64(peakWaiting.Load()), "peak-waiting")
}
