// Command openloop floods signIn at a fixed offered rate, whatever the
// server answers (an open loop: each request is sent at its scheduled time,
// not after the previous answer, as wrk2 does and wrk does not), each with
// a new unknown login, as a credential-stuffing attack spread over many
// addresses does (run the server with the per-address limit lifted).
// bench/openloop.sh runs it against the real binary while wrk measures `me`
// by cookie.
//
// A request that would exceed -max-inflight is not sent and is counted as
// dropped: the generator's own bound (its file descriptors), reported so
// that the offered rate actually sent is known. Latency is measured from
// the scheduled send time (so a generator that falls behind counts its
// delay against the server, never in its favour).
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// codes recognised in the answers (by substring: cheap enough to keep up).
var codes = []string{"CHALLENGE_REQUIRED", "RATE_LIMITED", "INVALID_CREDENTIALS", "LOCKED"}

type stats struct {
	mu       sync.Mutex
	lat      []time.Duration // of completed requests, from their scheduled time
	byAnswer map[string]int
}

func (s *stats) add(d time.Duration, answer string) {
	s.mu.Lock()
	s.lat = append(s.lat, d)
	s.byAnswer[answer]++
	s.mu.Unlock()
}

func main() {
	url := flag.String("url", "http://127.0.0.1:18131/graphql", "the GraphQL endpoint")
	rate := flag.Int("rate", 14000, "requests per second offered")
	dur := flag.Duration("duration", 10*time.Second, "how long to offer them")
	maxInflight := flag.Int("max-inflight", 12000, "requests in flight at most (beyond: dropped, counted)")
	timeout := flag.Duration("timeout", 10*time.Second, "a request not answered by then counts as timed out")
	flag.Parse()

	tr := &http.Transport{
		MaxIdleConns:        *maxInflight,
		MaxIdleConnsPerHost: *maxInflight,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
	}
	client := &http.Client{Transport: tr, Timeout: *timeout}
	st := &stats{byAnswer: map[string]int{}}
	var inflight, sent, dropped, newConns atomic.Int64
	var wg sync.WaitGroup

	send := func(n int64, due time.Time) {
		defer wg.Done()
		defer inflight.Add(-1)
		body := []byte(`{"query":"mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code } } }","variables":{"i":{"login":"open` +
			strconv.FormatInt(n, 10) + `@example.com","password":"Guess-` + strconv.FormatInt(n, 10) + `"}}}`)
		req, _ := http.NewRequest("POST", *url, bytes.NewReader(body))
		req = req.WithContext(httptrace.WithClientTrace(req.Context(), &httptrace.ClientTrace{
			GotConn: func(i httptrace.GotConnInfo) {
				if !i.Reused {
					newConns.Add(1)
				}
			},
		}))
		req.Header.Set("Content-Type", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			st.add(time.Since(due), transportError(err))
			return
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer := "HTTP " + strconv.Itoa(resp.StatusCode)
		for _, c := range codes {
			if bytes.Contains(raw, []byte(`"`+c+`"`)) {
				answer += " " + c
				break
			}
		}
		st.add(time.Since(due), answer)
	}

	interval := time.Second / time.Duration(*rate)
	start := time.Now()
	end := start.Add(*dur)
	var n int64
	for {
		now := time.Now()
		if !now.Before(end) {
			break
		}
		// Every request due by now is sent now (the schedule, not the
		// answers, sets the pace).
		due := int64(now.Sub(start) / interval)
		for ; n <= due; n++ {
			if inflight.Load() >= int64(*maxInflight) {
				dropped.Add(1)
				continue
			}
			inflight.Add(1)
			sent.Add(1)
			wg.Add(1)
			go send(n, start.Add(time.Duration(n)*interval))
		}
		time.Sleep(time.Millisecond)
	}
	offered := n
	elapsed := time.Since(start)
	wg.Wait()

	slices.Sort(st.lat)
	pct := func(p float64) time.Duration {
		if len(st.lat) == 0 {
			return 0
		}
		return st.lat[min(len(st.lat)-1, int(p*float64(len(st.lat))))].Round(100 * time.Microsecond)
	}
	fmt.Printf("RESULT openloop offered=%d (%.0f/s) sent=%d dropped=%d completed=%d (%.0f/s) new_connections=%d p50=%v p99=%v max=%v answers=%v\n",
		offered, float64(offered)/elapsed.Seconds(), sent.Load(), dropped.Load(), len(st.lat), float64(len(st.lat))/elapsed.Seconds(), newConns.Load(), pct(.5), pct(.99), pct(1), st.byAnswer)
	if dropped.Load() > 0 {
		fmt.Fprintln(os.Stderr, "openloop: requests dropped by the generator (in-flight cap): the offered rate was not all sent")
	}
}

// transportError names what went wrong below HTTP, shortly.
func transportError(err error) string {
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		return "timeout"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "connection reset"
	case errors.Is(err, syscall.EMFILE):
		return "too many open files (generator)"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "no local port (generator)"
	}
	return "transport: " + err.Error()
}
