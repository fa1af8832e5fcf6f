package main

// Passkeys through the handler, with a software authenticator
// (internal/passkey/passkeytest: real P-256 keys and signatures, real CBOR)
// playing the person's device. Test apps run at the default public URL,
// http://localhost:8080: the relying-party ID is localhost and that is the
// only origin.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent/secondfactorchallenge"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/passkey/passkeytest"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

// testOrigin is the origin of the test apps' public URL.
const testOrigin = "http://localhost:8080"

const beginRegistrationMutation = `mutation($name: String!) {
  beginPasskeyRegistration(input: {name: $name}) { options userErrors { code field message } }
}`

const finishRegistrationMutation = `mutation($name: String!, $credential: JSON!) {
  finishPasskeyRegistration(input: {name: $name, credential: $credential}) {
    passkey { id name createdAt lastUsedAt }
    recoveryCodes
    userErrors { code field message }
  }
}`

const beginSignInMutation = `mutation($login: String) {
  beginPasskeySignIn(input: {login: $login}) { options userErrors { code field message } }
}`

const finishSignInMutation = `mutation($credential: JSON!) {
  finishPasskeySignIn(input: {credential: $credential}) {
    user { id username }
    userErrors { code field message }
  }
}`

// options runs a begin mutation and returns its options.
func (b *browser) passkeyOptions(field, query string, vars map[string]any) json.RawMessage {
	b.t.Helper()
	resp := b.gql(query, vars)
	var out map[string]struct {
		Options    json.RawMessage `json:"options"`
		UserErrors []userErrorJSON `json:"userErrors"`
	}
	resp.into(b.t, &out)
	if p := out[field]; len(p.UserErrors) > 0 || len(p.Options) == 0 || string(p.Options) == "null" {
		b.t.Fatalf("%s: %s", field, resp.Raw)
	}
	return out[field].Options
}

// addPasskey registers a passkey of a on the signed-in browser b and
// returns its ID.
func (b *browser) addPasskey(a *passkeytest.Authenticator, name string) string {
	b.t.Helper()
	id, _ := b.addPasskeyWithCodes(a, name)
	return id
}

// addPasskeyWithCodes is addPasskey, with the recovery codes the answer
// gave (with the account's first second factor).
func (b *browser) addPasskeyWithCodes(a *passkeytest.Authenticator, name string) (string, []string) {
	b.t.Helper()
	cred, err := a.Create(b.passkeyOptions("beginPasskeyRegistration", beginRegistrationMutation, map[string]any{"name": name}))
	if err != nil {
		b.t.Fatal(err)
	}
	resp := b.gql(finishRegistrationMutation, map[string]any{"name": name, "credential": json.RawMessage(cred)})
	var out struct {
		Finish struct {
			Passkey       *struct{ ID, Name string } `json:"passkey"`
			RecoveryCodes []string                   `json:"recoveryCodes"`
		} `json:"finishPasskeyRegistration"`
	}
	resp.into(b.t, &out)
	if out.Finish.Passkey == nil {
		b.t.Fatalf("finishPasskeyRegistration: %s", resp.Raw)
	}
	return out.Finish.Passkey.ID, out.Finish.RecoveryCodes
}

// beginPasskeySignIn asks for sign-in options (login "" for none).
func (b *browser) beginPasskeySignIn(login string) json.RawMessage {
	b.t.Helper()
	vars := map[string]any{}
	if login != "" {
		vars["login"] = login
	}
	return b.passkeyOptions("beginPasskeySignIn", beginSignInMutation, vars)
}

// finishPasskeySignIn sends an assertion and returns the answer.
func (b *browser) finishPasskeySignIn(cred []byte) *gqlResponse {
	b.t.Helper()
	return b.gql(finishSignInMutation, map[string]any{"credential": json.RawMessage(cred)})
}

// passkeySignIn signs b in with a's passkey and returns the userError code
// ("" on success).
func (b *browser) passkeySignIn(a *passkeytest.Authenticator, login string) string {
	b.t.Helper()
	cred, err := a.Get(b.beginPasskeySignIn(login))
	if err != nil {
		b.t.Fatal(err)
	}
	return onlyCode(b.finishPasskeySignIn(cred).userErrors(b.t, "finishPasskeySignIn"))
}

// passwordSignInJSON is signIn's answer with the second-factor fields.
type passwordSignInJSON struct {
	User                 *struct{ ID string } `json:"user"`
	SecondFactorRequired bool                 `json:"secondFactorRequired"`
	SecondFactorMethods  []string             `json:"secondFactorMethods"`
	UserErrors           []userErrorJSON      `json:"userErrors"`
}

// passwordSignIn signs in with goodPassword and returns the answer.
func passwordSignIn(t testing.TB, br *browser, login string) passwordSignInJSON {
	t.Helper()
	var out struct {
		SignIn passwordSignInJSON `json:"signIn"`
	}
	br.gql(`mutation($login: String!, $password: String!) {
  signIn(input: {login: $login, password: $password}) { user { id } secondFactorRequired secondFactorMethods userErrors { code field message } }
}`, map[string]any{"login": login, "password": goodPassword}).into(t, &out)
	return out.SignIn
}

type passkeyJSON struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	CreatedAt  string  `json:"createdAt"`
	LastUsedAt *string `json:"lastUsedAt"`
}

func (b *browser) myPasskeys() []passkeyJSON {
	b.t.Helper()
	var out struct {
		Me *struct {
			Passkeys []passkeyJSON `json:"passkeys"`
		} `json:"me"`
	}
	b.gql(`{ me { passkeys { id name createdAt lastUsedAt } } }`, nil).into(b.t, &out)
	if out.Me == nil {
		b.t.Fatal("not signed in")
	}
	return out.Me.Passkeys
}

func TestAPersonRegistersAPasskeyAndSignsInWithIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		annBr := ta.signedIn(t, "ann")
		id, codes := annBr.addPasskeyWithCodes(a, "Laptop")
		// The first second factor brings ten recovery codes, once.
		if len(codes) != 10 {
			t.Errorf("recovery codes with the first passkey: %v", codes)
		}
		if _, again := annBr.addPasskeyWithCodes(passkeytest.New(testOrigin), "Phone"); len(again) != 0 {
			t.Errorf("recovery codes with the second passkey: %v", again)
		}

		if got := ta.auditRows(t, audit.SecondFactorAdded, annID); len(got) != 2 || got[0].Details["factor_id"] != id || got[0].Details["kind"] != "PASSKEY" {
			t.Errorf("SECOND_FACTOR_ADDED events: %+v", got)
		}
		ta.lastMail(t, smtp, "ann@example.com", "A passkey was added to your account")

		// "Download my data" names them, without a key.
		var export struct {
			ExportMyData struct {
				Passkeys []map[string]any `json:"passkeys"`
			} `json:"exportMyData"`
		}
		resp := annBr.gql(`{ exportMyData }`, nil)
		resp.into(t, &export)
		if ps := export.ExportMyData.Passkeys; len(ps) != 2 || ps[0]["id"] != id || ps[0]["name"] != "Laptop" {
			t.Errorf("exported passkeys: %+v", ps)
		}
		if strings.Contains(strings.ToLower(resp.Raw), "publickey") || strings.Contains(resp.Raw, "credential") {
			t.Errorf("the export holds a key: %s", resp.Raw)
		}

		for _, tc := range []struct{ name, login string }{
			{"with no login (a discoverable credential)", ""},
			{"with the username", "ann"},
			{"with the email address", "ANN@example.com"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				br := ta.browser(t)
				if code := br.passkeySignIn(a, tc.login); code != "" {
					t.Fatalf("passkey sign-in: %s", code)
				}
				if me := br.me(); me == nil || me.ID != annID {
					t.Fatalf("me after a passkey sign-in: %+v", me)
				}
				ks := br.myPasskeys()
				if len(ks) != 2 || ks[0].ID != id || ks[0].Name != "Laptop" || ks[0].LastUsedAt == nil {
					t.Errorf("me.passkeys: %+v", ks)
				}
			})
		}
		// The session says how it was authenticated: a passkey, both factors.
		var methods string
		for _, row := range ta.db.Client.Session.Query().AllX(context.Background()) {
			if row.UserID != nil && *row.UserID == annID {
				_, values, err := session.Codec{}.Decode(row.Data)
				if err != nil {
					t.Fatal(err)
				}
				if m, _ := values["auth_methods"].(string); m != "" {
					methods = m
				}
			}
		}
		if methods != "PASSKEY" {
			t.Errorf("a passkey session's auth_methods: %q, want PASSKEY", methods)
		}
		evs := ta.auditRows(t, audit.SignInSucceeded, annID)
		if len(evs) == 0 || evs[len(evs)-1].Details["method"] != "passkey" {
			t.Errorf("the sign-in's event does not say passkey: %+v", evs)
		}
	})
}

func TestAPersonRenamesAndRemovesAPasskey(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		a := passkeytest.New(testOrigin)
		ann := ta.signedIn(t, "ann")
		id := ann.addPasskey(a, "Laptop")

		bob := ta.signedIn(t, "bob")
		rename := `mutation($id: ID!, $name: String!) { renamePasskey(input: {id: $id, name: $name}) { passkey { name } userErrors { code field } } }`
		remove := `mutation($id: ID!) { removePasskey(input: {id: $id}) { removedPasskeyId userErrors { code field } } }`
		wantUserError(t, bob.gql(rename, map[string]any{"id": id, "name": "Mine"}), "renamePasskey", "NOT_FOUND")
		wantUserError(t, bob.gql(remove, map[string]any{"id": id}), "removePasskey", "NOT_FOUND")
		wantUserError(t, ann.gql(rename, map[string]any{"id": id, "name": "bad\x1b[31m"}), "renamePasskey", "INVALID_INPUT")

		wantUserError(t, ann.gql(rename, map[string]any{"id": id, "name": "Work laptop"}), "renamePasskey", "")
		if ks := ann.myPasskeys(); len(ks) != 1 || ks[0].Name != "Work laptop" {
			t.Fatalf("after renaming: %+v", ks)
		}
		wantUserError(t, ann.gql(remove, map[string]any{"id": id}), "removePasskey", "")
		if ks := ann.myPasskeys(); len(ks) != 0 {
			t.Fatalf("after removing: %+v", ks)
		}
		if got := ta.auditRows(t, audit.SecondFactorRemoved, annID); len(got) != 1 || got[0].Details["kind"] != "PASSKEY" {
			t.Errorf("SECOND_FACTOR_REMOVED events: %+v", got)
		}
		ta.lastMail(t, smtp, "ann@example.com", "A passkey was removed from your account")
		if code := ta.browser(t).passkeySignIn(a, ""); code != "INVALID_CREDENTIALS" {
			t.Errorf("a removed passkey signs in: %q", code)
		}
	})
}

// TestPasskeyCeremoniesRefuseWhatARealBrowserWouldNotSend: each attack on
// the ceremony is refused with INVALID_CREDENTIALS and opens no session.
func TestPasskeyCeremoniesRefuseWhatARealBrowserWouldNotSend(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		annKey := passkeytest.New(testOrigin)
		annBr := ta.signedIn(t, "ann")
		annBr.addPasskey(annKey, "Ann's phone")
		bobKey := passkeytest.New(testOrigin)
		bobBr := ta.signedIn(t, "bob")
		bobBr.addPasskey(bobKey, "Bob's phone")

		refused := func(t *testing.T, br *browser, cred []byte) {
			t.Helper()
			wantUserError(t, br.finishPasskeySignIn(cred), "finishPasskeySignIn", "INVALID_CREDENTIALS")
			if me := br.me(); me != nil {
				t.Fatalf("signed in as %s", me.Username)
			}
		}
		t.Run("an assertion made for another origin (phishing site)", func(t *testing.T) {
			br := ta.browser(t)
			opts := br.beginPasskeySignIn("")
			phish := annKey.Clone()
			phish.Origin = "http://latchkey.example.evil"
			cred, _ := phish.Get(opts)
			refused(t, br, cred)
		})
		t.Run("an assertion without user verification", func(t *testing.T) {
			br := ta.browser(t)
			opts := br.beginPasskeySignIn("")
			noUV := annKey.Clone()
			noUV.NoUV = true
			cred, _ := noUV.Get(opts)
			refused(t, br, cred)
		})
		t.Run("an assertion replayed in a later ceremony", func(t *testing.T) {
			br := ta.browser(t)
			cred, _ := annKey.Get(br.beginPasskeySignIn(""))
			wantUserError(t, br.finishPasskeySignIn(cred), "finishPasskeySignIn", "")
			thief := ta.browser(t)
			thief.beginPasskeySignIn("")
			refused(t, thief, cred)
		})
		// The ceremony's state is in a sealed cookie (internal/ceremony):
		// a copy of it works no better than the session it replaced.
		t.Run("the ceremony cookie copied before the sign-in and sent again after it", func(t *testing.T) {
			br := ta.browser(t)
			cred, _ := annKey.Get(br.beginPasskeySignIn(""))
			copied := br.c.Jar.Cookies(mustURL(ta.srv.URL))
			wantUserError(t, br.finishPasskeySignIn(cred), "finishPasskeySignIn", "")
			thief := ta.browser(t)
			thief.c.Jar.SetCookies(mustURL(ta.srv.URL), copied)
			again, _ := annKey.Get(br.beginPasskeySignIn("")) // a fresh signature, the spent state
			refused(t, thief, again)
			refused(t, thief, cred)
		})
		t.Run("a ceremony cookie changed by the browser", func(t *testing.T) {
			br := ta.browser(t)
			cred, _ := annKey.Get(br.beginPasskeySignIn(""))
			u := mustURL(ta.srv.URL)
			for _, c := range br.c.Jar.Cookies(u) {
				if strings.HasSuffix(c.Name, "latchkey_ceremony") {
					v := []byte(c.Value)
					v[len(v)/2] ^= 1
					br.c.Jar.SetCookies(u, []*http.Cookie{{Name: c.Name, Value: string(v), Path: "/"}})
				}
			}
			refused(t, br, cred)
		})
		t.Run("an assertion with no ceremony begun in this browser", func(t *testing.T) {
			owner := ta.browser(t)
			cred, _ := annKey.Get(owner.beginPasskeySignIn(""))
			refused(t, ta.browser(t), cred)
		})
		t.Run("the login names bob, the passkey is ann's", func(t *testing.T) {
			br := ta.browser(t)
			cred, _ := annKey.Get(br.beginPasskeySignIn("bob"))
			refused(t, br, cred)
		})
		t.Run("ann's signature with bob's user handle", func(t *testing.T) {
			br := ta.browser(t)
			var opts struct{ Challenge string }
			json.Unmarshal(br.beginPasskeySignIn(""), &opts)
			c := *annKey.Credentials()[0]
			c.UserHandle = bobKey.Credentials()[0].UserHandle
			cred, _ := annKey.Assert(&c, opts.Challenge)
			refused(t, br, cred)
		})
		t.Run("a registration without user verification", func(t *testing.T) {
			ann := annBr
			noUV := passkeytest.New(testOrigin)
			noUV.NoUV = true
			cred, _ := noUV.Create(ann.passkeyOptions("beginPasskeyRegistration", beginRegistrationMutation, map[string]any{"name": "Key"}))
			wantUserError(t, ann.gql(finishRegistrationMutation, map[string]any{"name": "Key", "credential": json.RawMessage(cred)}), "finishPasskeyRegistration", "INVALID_CREDENTIALS")
		})
		t.Run("bob registering ann's credential ID as his", func(t *testing.T) {
			bob := bobBr
			again := passkeytest.New(testOrigin)
			again.ReuseID = annKey.Credentials()[0].ID
			cred, _ := again.Create(bob.passkeyOptions("beginPasskeyRegistration", beginRegistrationMutation, map[string]any{"name": "Stolen"}))
			wantUserError(t, bob.gql(finishRegistrationMutation, map[string]any{"name": "Stolen", "credential": json.RawMessage(cred)}), "finishPasskeyRegistration", "INVALID_CREDENTIALS")
			if n := ta.db.Client.Passkey.Query().CountX(context.Background()); n != 2 {
				t.Fatalf("%d passkeys, want 2", n)
			}
		})
	})
}

// TestTheSameAssertionSentManyTimesAtOnceSignsInOnce: the ceremony's state
// is spent before anything is checked, on whichever request comes first.
func TestTheSameAssertionSentManyTimesAtOnceSignsInOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(a, "Laptop")

		br := ta.browser(t)
		cred, _ := a.Get(br.beginPasskeySignIn(""))
		const n = 8
		var wg sync.WaitGroup
		results := make([]string, n)
		for i := range n {
			// Each request carries the same session cookie (the same
			// state), from a client of its own.
			jar, _ := cookiejar.New(nil)
			jar.SetCookies(mustURL(ta.srv.URL), br.c.Jar.Cookies(mustURL(ta.srv.URL)))
			c := &http.Client{Jar: jar}
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, raw, err := rawGQL(c, ta.srv.URL, finishSignInMutation, map[string]any{"credential": json.RawMessage(cred)})
				if err != nil {
					results[i] = err.Error()
					return
				}
				p, err := rawPayload(raw, "finishPasskeySignIn")
				if err != nil {
					results[i] = err.Error()
					return
				}
				results[i] = p.code()
			}()
		}
		wg.Wait()
		ok := 0
		for _, r := range results {
			switch r {
			case "":
				ok++
			case "INVALID_CREDENTIALS":
			default:
				t.Errorf("unexpected answer %q", r)
			}
		}
		if ok != 1 {
			t.Fatalf("%d of %d identical finishes signed in, want 1: %v", ok, n, results)
		}
	})
}

func TestALockedPasswordDoesNotLockThePasskeyOut(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(a, "Laptop")

		// An attacker locks the password.
		attacker := ta.browser(t)
		for range 10 {
			attacker.signInCode("ann", "Wrong-Password-1")
		}
		if code := ta.browser(t).signInCode("ann", goodPassword); code != "ACCOUNT_LOCKED" {
			t.Fatalf("the password after the attack: %q, want ACCOUNT_LOCKED", code)
		}
		for _, login := range []string{"", "ann"} {
			if code := ta.browser(t).passkeySignIn(a, login); code != "" {
				t.Fatalf("passkey sign-in (login %q) with the password locked: %q", login, code)
			}
		}
		// The passkey's success does not lift the password's lock.
		if code := ta.browser(t).signInCode("ann", goodPassword); code != "ACCOUNT_LOCKED" {
			t.Errorf("the password after a passkey sign-in: %q, want ACCOUNT_LOCKED still", code)
		}

		// An admin's lock stops every sign-in.
		admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": annID})
		if code := ta.browser(t).passkeySignIn(a, ""); code != "ACCOUNT_LOCKED" {
			t.Errorf("passkey sign-in under an admin's lock: %q, want ACCOUNT_LOCKED", code)
		}
	})
}

// TestPasskeyFailuresAreCountedOnTheirOwn: failures of one credential stop
// at passkey.FailuresPerCredential (then RATE_LIMITED even for a right
// assertion, until the window passes), and never count towards the
// password's lockout.
func TestPasskeyFailuresAreCountedOnTheirOwn(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(a, "Laptop")
		phish := a.Clone()
		phish.Origin = "http://evil.example"

		for i := range passkey.FailuresPerCredential {
			br := ta.browser(t)
			cred, _ := phish.Get(br.beginPasskeySignIn(""))
			if code := onlyCode(br.finishPasskeySignIn(cred).userErrors(t, "finishPasskeySignIn")); code != "INVALID_CREDENTIALS" {
				t.Fatalf("failure %d: %q", i+1, code)
			}
		}
		if code := ta.browser(t).passkeySignIn(a, ""); code != "RATE_LIMITED" {
			t.Fatalf("the right assertion after %d failures: %q, want RATE_LIMITED", passkey.FailuresPerCredential, code)
		}
		// The password is untouched: it is accepted (and, the account
		// having a second factor, asks for it).
		if p := passwordSignIn(t, ta.browser(t), "ann"); len(p.UserErrors) > 0 || !p.SecondFactorRequired {
			t.Fatalf("password sign-in after the passkey's failures: %+v", p)
		}
		// The window passes.
		ta.exec(t, `UPDATE rate_limit_counters SET expires_at = ? WHERE key LIKE 'passkey:tries:%'`, time.Now().Add(-time.Minute).UTC())
		if code := ta.browser(t).passkeySignIn(a, ""); code != "" {
			t.Fatalf("after the window: %q", code)
		}
	})
}

// TestParallelPasskeyFailuresStopAtTheBound: tries sent at once are counted
// before they are checked, so no more than the bound are checked.
func TestParallelPasskeyFailuresStopAtTheBound(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(a, "Laptop")
		phish := a.Clone()
		phish.Origin = "http://evil.example"

		const n = 3 * passkey.FailuresPerCredential
		type try struct {
			c    *http.Client
			cred []byte
		}
		tries := make([]try, n)
		for i := range tries {
			br := ta.browser(t)
			cred, _ := phish.Get(br.beginPasskeySignIn(""))
			tries[i] = try{br.c, cred}
		}
		var wg sync.WaitGroup
		codes := make([]string, n)
		for i, tr := range tries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, raw, _ := rawGQL(tr.c, ta.srv.URL, finishSignInMutation, map[string]any{"credential": json.RawMessage(tr.cred)})
				p, _ := rawPayload(raw, "finishPasskeySignIn")
				codes[i] = p.code()
			}()
		}
		wg.Wait()
		checked := 0
		for _, c := range codes {
			if c == "INVALID_CREDENTIALS" {
				checked++
			} else if c != "RATE_LIMITED" {
				t.Errorf("unexpected %q", c)
			}
		}
		if checked > passkey.FailuresPerCredential {
			t.Fatalf("%d tries checked, at most %d may be", checked, passkey.FailuresPerCredential)
		}
	})
}

// TestBeginPasskeySignInAnswersAlikeForEveryLogin: the options for a login
// no account has, for an account without passkeys and for one with
// passkeys have the same shape (only the challenge differs).
func TestBeginPasskeySignInAnswersAlikeForEveryLogin(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		ta.signedIn(t, "ann").addPasskey(passkeytest.New(testOrigin), "Laptop")

		shape := func(login string) string {
			var m map[string]any
			json.Unmarshal(ta.browser(t).beginPasskeySignIn(login), &m)
			if c, _ := m["challenge"].(string); len(c) < 22 {
				t.Fatalf("challenge %q", c)
			}
			m["challenge"] = "…"
			b, _ := json.Marshal(m)
			return string(b)
		}
		want := shape("ann")
		if strings.Contains(want, "allowCredentials") {
			t.Errorf("the options list credentials: %s", want)
		}
		for _, login := range []string{"bob", "nobody", "nobody@example.com", ""} {
			if got := shape(login); got != want {
				t.Errorf("login %q: %s\nwant (as for ann) %s", login, got, want)
			}
		}
	})
}

// TestAPasskeyNeedsABrowserSession: an access token has no session to keep
// a ceremony in.
func TestAPasskeyNeedsABrowserSession(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	annID := ta.createUser(t, "ann@example.com", "ann", false)
	tok := ta.accessToken(t, annID)
	wantTopLevel(t, ta.bearer(t, tok, beginRegistrationMutation, map[string]any{"name": "Laptop"}), "FORBIDDEN")
	wantTopLevel(t, ta.browser(t).gql(beginRegistrationMutation, map[string]any{"name": "Laptop"}), "UNAUTHENTICATED")
}

const verifyPasskeyMutation = `mutation($credential: JSON!) {
  verifySecondFactor(input: {credential: $credential}) { user { id } userErrors { code field message } }
}`

// TestAPasskeyIsASecondFactorAfterThePassword: an account with a passkey
// is asked for a second factor after its password; the passkey (through
// beginPasskeySignIn's options in the same browser) completes the sign-in,
// another person's passkey does not; the passkey is listed as a second
// factor and removeSecondFactor removes it.
func TestAPasskeyIsASecondFactorAfterThePassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		annKey := passkeytest.New(testOrigin)
		annBr := ta.signedIn(t, "ann")
		passkeyID := annBr.addPasskey(annKey, "Laptop")
		bobKey := passkeytest.New(testOrigin)
		ta.signedIn(t, "bob").addPasskey(bobKey, "Phone")

		var factors struct {
			Me struct {
				SecondFactors []struct{ ID, Kind, Name string } `json:"secondFactors"`
			} `json:"me"`
		}
		annBr.gql(`{ me { secondFactors { id kind name } } }`, nil).into(t, &factors)
		if fs := factors.Me.SecondFactors; len(fs) != 1 || fs[0].ID != passkeyID || fs[0].Kind != "PASSKEY" || fs[0].Name != "Laptop" {
			t.Fatalf("me.secondFactors: %+v", fs)
		}

		br := ta.browser(t)
		p := passwordSignIn(t, br, "ann")
		if p.User != nil || !p.SecondFactorRequired || !strings.Contains(strings.Join(p.SecondFactorMethods, ","), "PASSKEY") {
			t.Fatalf("password sign-in of an account with a passkey: %+v", p)
		}
		// Bob's passkey is no second factor of ann's.
		cred, _ := bobKey.Get(br.beginPasskeySignIn(""))
		if code := onlyCode(br.gql(verifyPasskeyMutation, map[string]any{"credential": json.RawMessage(cred)}).userErrors(t, "verifySecondFactor")); code == "" {
			t.Fatal("bob's passkey completed ann's sign-in")
		}
		if br.me() != nil {
			t.Fatal("signed in with another person's passkey")
		}
		// Ann's does, once.
		br = ta.browser(t)
		passwordSignIn(t, br, "ann")
		cred, _ = annKey.Get(br.beginPasskeySignIn("ann"))
		wantUserError(t, br.gql(verifyPasskeyMutation, map[string]any{"credential": json.RawMessage(cred)}), "verifySecondFactor", "")
		if me := br.me(); me == nil || me.ID != annID {
			t.Fatalf("me after the passkey as second factor: %+v", me)
		}

		// removeSecondFactor takes passkeys too (the session is recent).
		resp := br.gql(`mutation($id: ID!) { removeSecondFactor(input: {id: $id}) { removedSecondFactorId userErrors { code field message } } }`, map[string]any{"id": passkeyID})
		wantUserError(t, resp, "removeSecondFactor", "")
		if n := ta.db.Client.Passkey.Query().CountX(context.Background()); n != 1 {
			t.Fatalf("%d passkeys after removing ann's, want bob's alone", n)
		}
		if p := passwordSignIn(t, ta.browser(t), "ann"); p.User == nil || p.SecondFactorRequired {
			t.Fatalf("password sign-in once the passkey is gone: %+v", p)
		}
	})
}

// Beginning a passkey sign-in costs the service no row: its state goes to
// the browser, sealed (internal/ceremony). A flood of begins from pages
// that never finish leaves the database as it was.
func TestAFloodOfBegunPasskeySignInsWritesNoSession(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ctx := context.Background()
		before := ta.db.Client.Session.Query().CountX(ctx)
		for range 50 {
			if opts := ta.browser(t).beginPasskeySignIn(""); len(opts) == 0 {
				t.Fatal("no options")
			}
		}
		if after := ta.db.Client.Session.Query().CountX(ctx); after != before {
			t.Fatalf("%d sessions after 50 begun sign-ins, %d before", after, before)
		}
	})
}

const generateTokenQ = `mutation($login: String!, $password: String!) {
  generateToken(input: {login: $login, password: $password, name: "ci"}) {
    token secondFactorRequired secondFactorMethods secondFactorToken userErrors { code field } } }`

const beginForTokenQ = `mutation($token: String, $login: String) {
  beginPasskeySignIn(input: {secondFactorToken: $token, login: $login}) { options userErrors { code field message } } }`

const verifyPasskeyForTokenQ = `mutation($credential: JSON!, $token: String!) {
  verifySecondFactor(input: {credential: $credential, secondFactorToken: $token}) {
    user { id } token userErrors { code field message } } }`

// TestAnIntegratorCompletesGenerateTokenWithAPasskey: a client that is not
// a browser (no cookie kept between its requests) completes a
// generateToken's second factor with a passkey: beginPasskeySignIn with the
// secondFactorToken keeps the ceremony with the pending sign-in, and
// verifySecondFactor with the same token and the assertion gives the token,
// once. A ceremony a browser holds, another person's passkey, a login with
// the token and an unknown token get nothing.
func TestAnIntegratorCompletesGenerateTokenWithAPasskey(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		ta.createUser(t, "bob@example.com", "bob", false)
		annKey, bobKey := passkeytest.New(testOrigin), passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(annKey, "Security key")
		ta.signedIn(t, "bob").addPasskey(bobKey, "Phone")

		// Every request from a client of its own: nothing rides on cookies.
		call := func(query string, vars map[string]any) *gqlResponse { return ta.browser(t).gql(query, vars) }
		var gen struct {
			GenerateToken struct {
				Token                *string
				SecondFactorRequired bool
				SecondFactorMethods  []string
				SecondFactorToken    *string
			}
		}
		call(generateTokenQ, map[string]any{"login": "ann", "password": goodPassword}).into(t, &gen)
		g := gen.GenerateToken
		if g.Token != nil || !g.SecondFactorRequired || g.SecondFactorToken == nil || !strings.Contains(strings.Join(g.SecondFactorMethods, ","), "PASSKEY") {
			t.Fatalf("generateToken for an account with a passkey: %+v", g)
		}
		sft := *g.SecondFactorToken
		optionsFor := func(tok string) json.RawMessage {
			t.Helper()
			var out struct {
				Begin struct{ Options json.RawMessage } `json:"beginPasskeySignIn"`
			}
			resp := call(beginForTokenQ, map[string]any{"token": tok})
			resp.into(t, &out)
			if len(out.Begin.Options) == 0 || string(out.Begin.Options) == "null" {
				t.Fatalf("beginPasskeySignIn with the secondFactorToken: %s", resp.Raw)
			}
			return out.Begin.Options
		}
		verify := func(c *browser, cred []byte) verified {
			t.Helper()
			var out struct {
				V verified `json:"verifySecondFactor"`
			}
			c.gql(verifyPasskeyForTokenQ, map[string]any{"credential": json.RawMessage(cred), "token": sft}).into(t, &out)
			return out.V
		}

		t.Run("refused begins", func(t *testing.T) {
			wantUserErrorField(t, call(beginForTokenQ, map[string]any{"token": "lk2f_unknown"}), "beginPasskeySignIn", "TOKEN_INVALID", "secondFactorToken")
			wantUserErrorField(t, call(beginForTokenQ, map[string]any{"token": sft, "login": "ann"}), "beginPasskeySignIn", "INVALID_INPUT", "login")
		})
		t.Run("an expired secondFactorToken begins nothing", func(t *testing.T) {
			// Another generateToken's pending sign-in, past its lifetime.
			var other struct {
				GenerateToken struct{ SecondFactorToken *string }
			}
			call(generateTokenQ, map[string]any{"login": "ann", "password": goodPassword}).into(t, &other)
			if other.GenerateToken.SecondFactorToken == nil {
				t.Fatal("no secondFactorToken")
			}
			ctx := context.Background()
			pending := ta.db.Client.SecondFactorChallenge.Query().Where(secondfactorchallenge.TokenHash(secret.Hash(*other.GenerateToken.SecondFactorToken))).OnlyX(ctx)
			// Gone afterwards whatever happens, for the last subtest's count.
			t.Cleanup(func() { ta.db.Client.SecondFactorChallenge.DeleteOneID(pending.ID).ExecX(ctx) })
			// expires_at is immutable in the schema: past it by hand.
			q := fmt.Sprintf(`UPDATE %q SET %q = ? WHERE %q = ?`, secondfactorchallenge.Table, secondfactorchallenge.FieldExpiresAt, secondfactorchallenge.FieldID)
			if ta.db.Dialect == dialect.Postgres {
				q = strings.Replace(strings.Replace(q, "?", "$1", 1), "?", "$2", 1)
			}
			if _, err := ta.db.SQL.ExecContext(ctx, q, time.Now().UTC().Add(-time.Second), pending.ID); err != nil {
				t.Fatal(err)
			}
			wantUserErrorField(t, call(beginForTokenQ, map[string]any{"token": *other.GenerateToken.SecondFactorToken}), "beginPasskeySignIn", "TOKEN_INVALID", "secondFactorToken")
			if got := ta.db.Client.SecondFactorChallenge.GetX(ctx, pending.ID); got.PasskeyCeremony != nil && len(*got.PasskeyCeremony) > 0 {
				t.Errorf("a ceremony was kept for an expired pending sign-in: %q", *got.PasskeyCeremony)
			}
		})
		t.Run("a ceremony a browser holds does not complete the token", func(t *testing.T) {
			// Before any ceremony for the token, and after one.
			for _, tokenBegun := range []bool{false, true} {
				br := ta.browser(t)
				cred, err := annKey.Get(br.beginPasskeySignIn("ann"))
				if err != nil {
					t.Fatal(err)
				}
				if tokenBegun {
					optionsFor(sft) // with another challenge
				}
				if v := verify(br, cred); v.Token != nil || onlyCode(v.UserErrors) != "INVALID_CREDENTIALS" {
					t.Fatalf("the browser's ceremony completed the token (a token ceremony begun: %v): %+v", tokenBegun, v)
				}
				// The browser's own ceremony is left alone: it still signs
				// the browser in.
				if code := onlyCode(br.finishPasskeySignIn(cred).userErrors(t, "finishPasskeySignIn")); code != "" {
					t.Fatalf("the browser's ceremony after the refused token: %s", code)
				}
			}
		})
		t.Run("another person's passkey does not", func(t *testing.T) {
			cred, err := bobKey.Get(optionsFor(sft))
			if err != nil {
				t.Fatal(err)
			}
			if v := verify(ta.browser(t), cred); v.Token != nil || onlyCode(v.UserErrors) != "INVALID_CREDENTIALS" {
				t.Fatalf("bob's passkey completed ann's token: %+v", v)
			}
		})
		t.Run("the person's passkey does, once, whatever the parallel tries", func(t *testing.T) {
			cred, err := annKey.Get(optionsFor(sft))
			if err != nil {
				t.Fatal(err)
			}
			const n = 8
			tokens := make([]string, n)
			codes := make([]string, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, raw, err := rawGQL(&http.Client{}, ta.srv.URL, verifyPasskeyForTokenQ, map[string]any{"credential": json.RawMessage(cred), "token": sft})
					var out struct {
						Data struct {
							V verified `json:"verifySecondFactor"`
						}
					}
					if err == nil {
						err = json.Unmarshal(raw, &out)
					}
					switch {
					case err != nil:
						codes[i] = err.Error()
					case out.Data.V.Token != nil:
						tokens[i] = *out.Data.V.Token
					default:
						codes[i] = onlyCode(out.Data.V.UserErrors)
					}
				}()
			}
			wg.Wait()
			var got []string
			for i := range n {
				if tokens[i] != "" {
					got = append(got, tokens[i])
				} else if codes[i] != "TOKEN_INVALID" && codes[i] != "INVALID_CREDENTIALS" {
					t.Errorf("try %d: %q", i, codes[i])
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d tokens from %d identical verifications, want 1", len(got), n)
			}
			var me struct{ Me *struct{ ID string } }
			ta.bearer(t, got[0], `{ me { id } }`, nil).into(t, &me)
			if me.Me == nil || me.Me.ID != annID {
				t.Fatalf("the token is not ann's: %+v", me.Me)
			}
			if v := verify(ta.browser(t), cred); v.Token != nil || onlyCode(v.UserErrors) != "TOKEN_INVALID" {
				t.Fatalf("the secondFactorToken again: %+v", v)
			}
			evs := ta.auditRows(t, audit.SignInSucceeded, annID)
			if len(evs) == 0 || evs[len(evs)-1].Details["method"] != "passkey" {
				t.Errorf("the sign-in's event does not say passkey: %+v", evs)
			}
			if n := ta.db.Client.SecondFactorChallenge.Query().CountX(context.Background()); n != 0 {
				t.Errorf("%d pending sign-ins left", n)
			}
		})
	})
}

// TestAPersonSigningInWithAPasskeyManyTimesIsNeverLimited: a success gives
// back the try it took (in the sign-in's own write), so an owner who signs
// in more often than the failure bounds allow is never RATE_LIMITED, and
// the tries left counted are none.
func TestAPersonSigningInWithAPasskeyManyTimesIsNeverLimited(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", false)
		a := passkeytest.New(testOrigin)
		ta.signedIn(t, "ann").addPasskey(a, "Laptop")
		for i := range passkey.FailuresPerCredential + 2 {
			if code := ta.browser(t).passkeySignIn(a, ""); code != "" {
				t.Fatalf("sign-in %d: %s", i+1, code)
			}
			// And as the second factor after the password (a check
			// that records no sign-in of its own).
			br := ta.browser(t)
			if p := passwordSignIn(t, br, "ann"); !p.SecondFactorRequired {
				t.Fatalf("password sign-in %d: %+v", i+1, p)
			}
			cred, err := a.Get(br.beginPasskeySignIn(""))
			if err != nil {
				t.Fatal(err)
			}
			wantUserError(t, br.gql(verifyPasskeyMutation, map[string]any{"credential": json.RawMessage(cred)}), "verifySecondFactor", "")
		}
		for _, row := range ta.db.Client.RateLimitCounter.Query().AllX(context.Background()) {
			if strings.HasPrefix(row.Key, "passkey:tries:") && row.Count != 0 {
				t.Errorf("%s counts %d tries after successes only", row.Key, row.Count)
			}
		}
	})
}
