// Command passkeyload measures passkey sign-ins per second against password
// sign-ins per second on a running server, in the same run (issue 12: at
// least 20 times as many, since no hash runs). Each person (-people; the
// accounts LOGIN1..n and PASSWORD-LOGIN1..n, or LOGIN and PASSWORD-LOGIN
// for one) signs in with their password, registers a passkey of a software
// authenticator of their own (internal/passkey/passkeytest: real P-256
// signatures and CBOR), then the tool runs rounds of two timed phases with
// -workers callers each: passkey sign-ins (beginPasskeySignIn, the
// authenticator's signature, finishPasskeySignIn), then password sign-ins
// to the person's second account, which has no second factor, so that both
// kinds end signed in. Every sign-in starts signed out in a browser that
// has signed in before (it keeps its device cookie only): a person coming
// back. It reports the rates and the CPU per sign-in of the server (-pid),
// of a database server's processes (-db-process) and of itself.
// bench/passkey.sh starts the server on one core and this on another, so
// that the figure is the server's and not the load generator's.
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
	"strconv"
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
	addr    string // sent as X-Forwarded-For when set
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
	if b.addr != "" {
		req.Header.Set("X-Forwarded-For", b.addr)
	}
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
	nPeople := flag.Int("people", 1, "distinct people: above 1, the accounts LOGIN1..LOGINn and PASSWORD-LOGIN1..n (which must exist), each with a passkey of its own; caller i is person i mod n")
	forwarded := flag.Bool("forwarded-for", false, "each person comes from an address of their own, sent as X-Forwarded-For (the server must trust this caller's as a proxy: --trusted-proxies 127.0.0.1/32)")
	dbName := flag.String("db-process", "", "the command name of a database server on this machine (postgres), to report the CPU its processes used per sign-in too")
	flag.Parse()
	if *password == "" {
		fmt.Fprintln(os.Stderr, "passkeyload: -password is required")
		os.Exit(2)
	}
	tr := &http.Transport{MaxIdleConnsPerHost: *workers + 1}
	newBrowser := func(addr string) *browser {
		return &browser{c: &http.Client{Transport: tr, Timeout: 30 * time.Second}, url: *base + "/graphql", addr: addr, cookies: map[string]string{}}
	}
	// A person: the account with the passkey, the one the password phase
	// signs in to, and (with -forwarded-for) the address they come from.
	// With -people 1 every caller is the same person, so that on
	// PostgreSQL their sign-ins wait for each other on the passkey's row,
	// the account's and the address's counter; distinct people's do not.
	type person struct {
		login, pwLogin, addr string
		key                  *passkeytest.Authenticator
	}
	people := make([]*person, max(*nPeople, 1))
	for i := range people {
		p := &person{login: *login, pwLogin: *pwLogin, key: passkeytest.New(*base)}
		if len(people) > 1 {
			p.login, p.pwLogin = fmt.Sprintf("%s%d", *login, i+1), fmt.Sprintf("%s%d", *pwLogin, i+1)
		}
		if *forwarded {
			p.addr = fmt.Sprintf("198.51.100.%d", i+1)
		}
		people[i] = p
		// Their passkey, registered once from a signed-in browser.
		setup := newBrowser(p.addr)
		if err := setup.passwordSignIn(p.login, *password); err != nil {
			fail("sign in to register the passkey of "+p.login, err)
		}
		raw, err := setup.do(beginRegQ, "beginPasskeyRegistration", map[string]any{"name": "Load"})
		if err != nil {
			fail("beginPasskeyRegistration", err)
		}
		var reg struct{ Options json.RawMessage }
		json.Unmarshal(raw, &reg)
		cred, err := p.key.Create(reg.Options)
		if err != nil {
			fail("the authenticator's registration", err)
		}
		if _, err := setup.do(finishRegQ, "finishPasskeyRegistration", map[string]any{"name": "Load", "c": json.RawMessage(cred)}); err != nil {
			fail("finishPasskeyRegistration", err)
		}
	}

	// Each caller's browser signs in once both ways before any timing (its
	// device becomes known, as a person's who comes back).
	type caller struct {
		*browser
		*person
	}
	callers := make([]caller, *workers)
	for i := range callers {
		p := people[i%len(people)]
		callers[i] = caller{newBrowser(p.addr), p}
		if err := callers[i].passkeySignIn(p.key); err != nil {
			fail("first passkey sign-in", err)
		}
		callers[i].signOut()
		if err := callers[i].passwordSignIn(p.pwLogin, *password); err != nil {
			fail("first password sign-in", err)
		}
		callers[i].signOut()
	}

	// What a phase cost per sign-in: the server's CPU, the database
	// server's (its processes, when -db-process names them) and this
	// caller's own (a passkey sign-in costs the browser a signature).
	type cost struct{ server, db, load time.Duration }
	run := func(once func(caller) error) (rate float64, per cost, errs int64, firstErr error) {
		var ok, bad atomic.Int64
		cpu0, db0, load0 := cpuTime(*pid), processesCPU(*dbName), cpuTime(os.Getpid())
		var mu sync.Mutex
		deadline := time.Now().Add(*phase)
		start := time.Now()
		var wg sync.WaitGroup
		for _, c := range callers {
			wg.Go(func() {
				for time.Now().Before(deadline) {
					err := once(c)
					c.signOut()
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
		if n := time.Duration(ok.Load()); n > 0 {
			per = cost{(cpuTime(*pid) - cpu0) / n, (processesCPU(*dbName) - db0) / n, (cpuTime(os.Getpid()) - load0) / n}
		}
		return float64(ok.Load()) / time.Since(start).Seconds(), per, bad.Load(), firstErr
	}
	passkeyOnce := func(c caller) error { return c.passkeySignIn(c.key) }
	passwordOnce := func(c caller) error { return c.passwordSignIn(c.pwLogin, *password) }

	var sumPK, sumPW float64
	for r := 1; r <= *rounds; r++ {
		pk, pkCPU, pkErrs, pkErr := run(passkeyOnce)
		pw, pwCPU, pwErrs, pwErr := run(passwordOnce)
		sumPK, sumPW = sumPK+pk, sumPW+pw
		fmt.Printf("round %d: %.1f passkey/s, %.1f password/s: %.1f×", r, pk, pw, pk/pw)
		if *pid != 0 {
			fmt.Printf("; server CPU per sign-in %.2f ms vs %.2f ms: %.1f×", ms(pkCPU.server), ms(pwCPU.server), float64(pwCPU.server)/float64(pkCPU.server))
		}
		if *dbName != "" {
			fmt.Printf("; %s CPU %.2f vs %.2f ms", *dbName, ms(pkCPU.db), ms(pwCPU.db))
		}
		fmt.Printf("; load CPU %.2f vs %.2f ms", ms(pkCPU.load), ms(pwCPU.load))
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

// processesCPU is the CPU used so far by every process whose command
// name is name (a database server's backends come and go; those that ended
// during a phase are not counted, which only lowers its figure).
func processesCPU(name string) time.Duration {
	if name == "" {
		return 0
	}
	dirs, _ := os.ReadDir("/proc")
	var sum time.Duration
	for _, d := range dirs {
		pid, err := strconv.Atoi(d.Name())
		if err != nil {
			continue
		}
		if comm, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid)); err == nil && strings.TrimSpace(string(comm)) == name {
			sum += cpuTime(pid)
		}
	}
	return sum
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "passkeyload: %s: %v\n", what, err)
	os.Exit(1)
}
