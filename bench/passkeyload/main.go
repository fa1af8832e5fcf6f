// Command passkeyload measures passkey sign-ins per second against password
// sign-ins per second on a running server, in the same run (issue 12: at
// least 20 times as many, since no hash runs). It signs in to one account
// with its password, registers a passkey of a software authenticator
// (internal/passkey/passkeytest: real P-256 signatures and CBOR), then runs
// rounds of two timed phases with -workers callers each: passkey sign-ins
// (beginPasskeySignIn, the authenticator's signature, finishPasskeySignIn),
// then password sign-ins to a second account (-password-login) without a
// second factor, so that both kinds end signed in. Every sign-in starts signed out in a browser that
// has signed in before (it keeps its device cookie only): a person coming
// back. bench/passkey.sh starts the server on one core and this on another,
// so that the figure is the server's and not the load generator's.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/passkey/passkeytest"
)

// browser is one caller: its own cookies, as a browser keeps them.
type browser struct {
	c       *http.Client
	url     string
	cookies map[string]string
}

type gqlAnswer struct {
	Data   map[string]json.RawMessage `json:"data"`
	Errors []struct {
		Message    string
		Extensions struct{ Code string }
	} `json:"errors"`
}

// do posts one GraphQL document and returns the root field's answer.
func (b *browser) do(query, field string, vars map[string]any) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", b.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	var jar []string
	for k, v := range b.cookies {
		jar = append(jar, k+"="+v)
	}
	if len(jar) > 0 {
		req.Header.Set("Cookie", strings.Join(jar, "; "))
	}
	resp, err := b.c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	for _, c := range resp.Cookies() {
		if c.MaxAge < 0 || c.Value == "" {
			delete(b.cookies, c.Name)
		} else {
			b.cookies[c.Name] = c.Value
		}
	}
	var a gqlAnswer
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	if len(a.Errors) > 0 {
		return nil, fmt.Errorf("%s: %s", a.Errors[0].Extensions.Code, a.Errors[0].Message)
	}
	var payload struct {
		UserErrors []struct{ Code, Message string } `json:"userErrors"`
	}
	json.Unmarshal(a.Data[field], &payload)
	if len(payload.UserErrors) > 0 {
		return nil, fmt.Errorf("%s: %s: %s", field, payload.UserErrors[0].Code, payload.UserErrors[0].Message)
	}
	return a.Data[field], nil
}

// signOut forgets every cookie but the device's: the session ends on this
// side only, as when a browser is closed (signOut would be a request the
// timing does not want).
func (b *browser) signOut() {
	for k := range b.cookies {
		if !strings.HasSuffix(k, device.CookieName) {
			delete(b.cookies, k)
		}
	}
}

const (
	signInQ     = `mutation($i: SignInInput!) { signIn(input: $i) { user { id } userErrors { code message } } }`
	beginRegQ   = `mutation($name: String!) { beginPasskeyRegistration(input: {name: $name}) { options userErrors { code message } } }`
	finishRegQ  = `mutation($name: String!, $c: JSON!) { finishPasskeyRegistration(input: {name: $name, credential: $c}) { passkey { id } userErrors { code message } } }`
	beginSignQ  = `mutation { beginPasskeySignIn(input: {}) { options userErrors { code message } } }`
	finishSignQ = `mutation($c: JSON!) { finishPasskeySignIn(input: {credential: $c}) { user { id } userErrors { code message } } }`
)

func (b *browser) passwordSignIn(login, password string) error {
	raw, err := b.do(signInQ, "signIn", map[string]any{"i": map[string]any{"login": login, "password": password}})
	if err != nil {
		return err
	}
	return signedIn("signIn", raw)
}

// signedIn is nil when a sign-in's payload names its user: an answer
// without errors but without a user is no sign-in either.
func signedIn(field string, raw json.RawMessage) error {
	var p struct {
		User *struct{ ID string } `json:"user"`
	}
	if json.Unmarshal(raw, &p) != nil || p.User == nil || p.User.ID == "" {
		return fmt.Errorf("%s: no user in %.200s", field, raw)
	}
	return nil
}

func (b *browser) passkeySignIn(key *passkeytest.Authenticator) error {
	raw, err := b.do(beginSignQ, "beginPasskeySignIn", nil)
	if err != nil {
		return err
	}
	var begin struct{ Options json.RawMessage }
	json.Unmarshal(raw, &begin)
	cred, err := key.Get(begin.Options)
	if err != nil {
		return err
	}
	raw, err = b.do(finishSignQ, "finishPasskeySignIn", map[string]any{"c": json.RawMessage(cred)})
	if err != nil {
		return err
	}
	return signedIn("finishPasskeySignIn", raw)
}

func main() {
	base := flag.String("url", "http://localhost:18150", "the server's public URL (a host name: WebAuthn refuses IP addresses)")
	login := flag.String("login", "loader", "the login of the account that gets the passkey")
	password := flag.String("password", "", "the password of both accounts")
	pwLogin := flag.String("password-login", "pwuser", "the login of the account the password phase signs in to: one without a second factor (with the passkey, a correct password only asks for it)")
	workers := flag.Int("workers", 4, "callers per phase")
	phase := flag.Duration("phase", 5*time.Second, "the length of each timed phase")
	rounds := flag.Int("rounds", 3, "rounds of (passkey phase, password phase)")
	pid := flag.Int("pid", 0, "the server's process ID, to report the CPU it used per sign-in (Linux /proc)")
	flag.Parse()
	if *password == "" {
		fmt.Fprintln(os.Stderr, "passkeyload: -password is required")
		os.Exit(2)
	}
	tr := &http.Transport{MaxIdleConnsPerHost: *workers + 1}
	newBrowser := func() *browser {
		return &browser{c: &http.Client{Transport: tr, Timeout: 30 * time.Second}, url: *base + "/graphql", cookies: map[string]string{}}
	}
	key := passkeytest.New(*base)

	// The account's passkey, registered once from a signed-in browser.
	setup := newBrowser()
	if err := setup.passwordSignIn(*login, *password); err != nil {
		fail("sign in to register the passkey", err)
	}
	raw, err := setup.do(beginRegQ, "beginPasskeyRegistration", map[string]any{"name": "Load"})
	if err != nil {
		fail("beginPasskeyRegistration", err)
	}
	var reg struct{ Options json.RawMessage }
	json.Unmarshal(raw, &reg)
	cred, err := key.Create(reg.Options)
	if err != nil {
		fail("the authenticator's registration", err)
	}
	if _, err := setup.do(finishRegQ, "finishPasskeyRegistration", map[string]any{"name": "Load", "c": json.RawMessage(cred)}); err != nil {
		fail("finishPasskeyRegistration", err)
	}

	// Each caller's browser signs in once both ways before any timing (its
	// device becomes known, as a person's who comes back).
	browsers := make([]*browser, *workers)
	for i := range browsers {
		browsers[i] = newBrowser()
		if err := browsers[i].passkeySignIn(key); err != nil {
			fail("first passkey sign-in", err)
		}
		browsers[i].signOut()
		if err := browsers[i].passwordSignIn(*pwLogin, *password); err != nil {
			fail("first password sign-in", err)
		}
		browsers[i].signOut()
	}

	run := func(once func(*browser) error) (rate float64, cpuPer time.Duration, errs int64, firstErr error) {
		var ok, bad atomic.Int64
		cpu0 := cpuTime(*pid)
		var mu sync.Mutex
		deadline := time.Now().Add(*phase)
		start := time.Now()
		var wg sync.WaitGroup
		for _, br := range browsers {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					err := once(br)
					br.signOut()
					if err != nil {
						bad.Add(1)
						mu.Lock()
						if firstErr == nil {
							firstErr = err
						}
						mu.Unlock()
						continue
					}
					ok.Add(1)
				}
			})
		}
		wg.Wait()
		if n := ok.Load(); n > 0 {
			cpuPer = (cpuTime(*pid) - cpu0) / time.Duration(n)
		}
		return float64(ok.Load()) / time.Since(start).Seconds(), cpuPer, bad.Load(), firstErr
	}
	passkeyOnce := func(br *browser) error { return br.passkeySignIn(key) }
	passwordOnce := func(br *browser) error { return br.passwordSignIn(*pwLogin, *password) }

	var sumPK, sumPW float64
	for r := 1; r <= *rounds; r++ {
		pk, pkCPU, pkErrs, pkErr := run(passkeyOnce)
		pw, pwCPU, pwErrs, pwErr := run(passwordOnce)
		sumPK, sumPW = sumPK+pk, sumPW+pw
		fmt.Printf("round %d: %.1f passkey/s, %.1f password/s: %.1f×", r, pk, pw, pk/pw)
		if *pid != 0 {
			fmt.Printf("; server CPU per sign-in %.2f ms vs %.2f ms: %.1f×", ms(pkCPU), ms(pwCPU), float64(pwCPU)/float64(pkCPU))
		}
		if pkErrs+pwErrs > 0 {
			fmt.Printf(" (failed: %d passkey, %d password: %v)", pkErrs, pwErrs, errors.Join(pkErr, pwErr))
		}
		fmt.Println()
	}
	fmt.Printf("all rounds: %.1f passkey/s, %.1f password/s: %.1f×\n", sumPK/float64(*rounds), sumPW/float64(*rounds), sumPK/sumPW)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// cpuTime is the user and system time pid has used so far (0 without a
// pid or off Linux), from /proc/PID/stat in clock ticks (100 a second on
// Linux, as USER_HZ is for every architecture Go supports there).
func cpuTime(pid int) time.Duration {
	if pid == 0 {
		return 0
	}
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces: count from its ')'.
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
	if len(f) < 13 {
		return 0
	}
	var utime, stime int64
	fmt.Sscan(f[11], &utime)
	fmt.Sscan(f[12], &stime)
	return time.Duration(utime+stime) * (time.Second / 100)
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "passkeyload: %s: %v\n", what, err)
	os.Exit(1)
}
