// Command honest measures whether a real person still gets in during a
// credential-stuffing flood (issue 15): many flooding client addresses
// (X-Forwarded-For, so the server must trust loopback as a proxy:
// --trusted-proxies 127.0.0.1) send sign-ins with unknown logins as fast as
// their connections allow, while one honest address signs in to a real
// account every -every, solving the proof of work when asked (as the web
// app does in its worker). It prints the honest sign-ins' success rate and
// latency (the solving included), and what the flood got. bench/honest.sh
// starts the server and runs it on SQLite and PostgreSQL.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/latchkey/latchkey/internal/challenge"
)

const signInQ = `mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code } challenge { algorithm challenge salt maxNumber signature expiresAt } } }`

type answer struct {
	Data struct {
		SignIn struct {
			User       *struct{ ID string }    `json:"user"`
			UserErrors []struct{ Code string } `json:"userErrors"`
			Challenge  *struct {
				Algorithm, Challenge, Salt, Signature string
				MaxNumber                             int
			} `json:"challenge"`
		} `json:"signIn"`
	} `json:"data"`
	Errors []struct {
		Extensions struct{ Code string } `json:"extensions"`
	} `json:"errors"`
}

func (a answer) code() string {
	if len(a.Errors) > 0 {
		return "top:" + a.Errors[0].Extensions.Code
	}
	if u := a.Data.SignIn.UserErrors; len(u) > 0 {
		return u[0].Code
	}
	if a.Data.SignIn.User != nil {
		return "success"
	}
	return "none"
}

func post(c *http.Client, url, ip, cookie string, vars map[string]any) (answer, int, http.Header, error) {
	body, _ := json.Marshal(map[string]any{"query": signInQ, "variables": map[string]any{"i": vars}})
	req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", ip)
	if cookie != "" {
		req.Header.Set("Cookie", cookie)
	}
	resp, err := c.Do(req)
	if err != nil {
		return answer{}, 0, nil, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a answer
	json.Unmarshal(raw, &a)
	return a, resp.StatusCode, resp.Header, nil
}

func main() {
	url := flag.String("url", "http://127.0.0.1:18140/graphql", "the GraphQL endpoint")
	addrs := flag.Int("addresses", 200, "flooding client addresses")
	perAddr := flag.Int("connections", 2, "connections per flooding address")
	dur := flag.Duration("duration", 20*time.Second, "how long")
	every := flag.Duration("every", time.Second, "the honest person's pace (under the default 30 sign-ins per address per minute)")
	login := flag.String("login", "loader", "the honest person's login")
	pw := flag.String("password", "Load-test-Passw0rd!", "their password")
	device := flag.Bool("device", true, "the honest browser has signed in before (keeps its device cookie)")
	botsSolve := flag.Bool("bots-solve", false, "the flood solves challenges too")
	flag.Parse()

	tr := &http.Transport{MaxIdleConnsPerHost: *addrs**perAddr + 8, MaxConnsPerHost: 0, IdleConnTimeout: time.Minute}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	// The honest browser signs in once before the flood, for its device
	// cookie (a returning customer).
	cookie := ""
	if *device {
		a, _, h, err := post(client, *url, "192.0.2.1", "", map[string]any{"login": *login, "password": *pw})
		if err != nil || a.code() != "success" {
			fmt.Fprintln(os.Stderr, "first sign-in:", err, a.code())
			os.Exit(1)
		}
		for _, c := range (&http.Response{Header: h}).Cookies() {
			if strings.Contains(c.Name, "device") {
				cookie = c.Name + "=" + c.Value
			}
		}
	}

	stop := make(chan struct{})
	var floodN atomic.Int64
	var mu sync.Mutex
	floodCodes := map[string]int{}
	var wg sync.WaitGroup
	for a := 0; a < *addrs; a++ {
		ip := fmt.Sprintf("10.%d.%d.7", a/250, a%250)
		for k := 0; k < *perAddr; k++ {
			wg.Add(1)
			go func(ip string, k int) {
				defer wg.Done()
				for n := 0; ; n++ {
					select {
					case <-stop:
						return
					default:
					}
					vars := map[string]any{"login": fmt.Sprintf("bot-%s-%d-%d@example.com", ip, k, n), "password": "Guess-1234"}
					ans, _, _, err := post(client, *url, ip, "", vars)
					code := ans.code()
					if err != nil {
						code = "transport"
					}
					if *botsSolve && code == "CHALLENGE_REQUIRED" && ans.Data.SignIn.Challenge != nil {
						c := ans.Data.SignIn.Challenge
						if s, ok := challenge.Solve(challenge.Challenge{Algorithm: c.Algorithm, Challenge: c.Challenge, Salt: c.Salt, MaxNumber: c.MaxNumber, Signature: c.Signature}); ok {
							vars["challenge"] = s.Encode()
							ans, _, _, _ = post(client, *url, ip, "", vars)
							code = ans.code()
						}
					}
					floodN.Add(1)
					mu.Lock()
					floodCodes[code]++
					mu.Unlock()
				}
			}(ip, k)
		}
	}

	time.Sleep(2 * time.Second) // let the flood build up
	start := time.Now()
	// lat is each sign-in's whole time; ask, solve and answer its parts:
	// the first request (asked for a challenge), the solving, and the
	// request with the solution.
	var lat, ask, solve, answerT []time.Duration
	ok, tries, challenges := 0, 0, 0
	honestCodes := map[string]int{}
	tick := time.NewTicker(*every)
	for time.Since(start) < *dur {
		t0 := time.Now()
		vars := map[string]any{"login": *login, "password": *pw}
		ans, _, _, err := post(client, *url, "192.0.2.1", cookie, vars)
		code := ans.code()
		if code == "CHALLENGE_REQUIRED" {
			ask = append(ask, time.Since(t0))
		}
		for i := 0; i < 2 && err == nil && code == "CHALLENGE_REQUIRED" && ans.Data.SignIn.Challenge != nil; i++ {
			challenges++
			c := ans.Data.SignIn.Challenge
			t1 := time.Now()
			s, found := challenge.Solve(challenge.Challenge{Algorithm: c.Algorithm, Challenge: c.Challenge, Salt: c.Salt, MaxNumber: c.MaxNumber, Signature: c.Signature})
			if !found {
				break
			}
			solve = append(solve, time.Since(t1))
			vars["challenge"] = s.Encode()
			t2 := time.Now()
			ans, _, _, err = post(client, *url, "192.0.2.1", cookie, vars)
			answerT = append(answerT, time.Since(t2))
			code = ans.code()
		}
		if err != nil {
			code = "transport"
		}
		tries++
		honestCodes[code]++
		if code == "success" {
			ok++
		}
		lat = append(lat, time.Since(t0))
		<-tick.C
	}
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()

	at := func(d []time.Duration, p float64) time.Duration {
		if len(d) == 0 {
			return 0
		}
		d = slices.Clone(d)
		slices.Sort(d)
		return d[min(len(d)-1, int(p*float64(len(d))))].Round(time.Millisecond)
	}
	pct := func(p float64) time.Duration { return at(lat, p) }
	fmt.Printf("RESULT honest: %d/%d sign-ins succeeded (%.1f %%), p50 %v, p95 %v, max %v, %d challenges solved; answers %v\n",
		ok, tries, 100*float64(ok)/float64(max(tries, 1)), pct(0.5).Round(time.Millisecond), pct(0.95).Round(time.Millisecond), pct(1).Round(time.Millisecond), challenges, honestCodes)
	fmt.Printf("RESULT honest parts (p50 / p95): asked %v / %v, solving %v / %v, with the solution %v / %v\n",
		at(ask, .5), at(ask, .95), at(solve, .5), at(solve, .95), at(answerT, .5), at(answerT, .95))
	fmt.Printf("RESULT flood: %d addresses × %d connections, %.0f requests/s; answers %v\n", *addrs, *perAddr, float64(floodN.Load())/(elapsed.Seconds()+2), floodCodes)
}
