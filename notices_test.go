package main

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/testdb"
)

// Tests of the security notices (issue 14): the new-sign-in email and its
// "This wasn't me" link, the notices about credentials, and the profile's
// preferences, through the handler with a real SMTP server.

const (
	ntFirefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
	ntChrome  = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
	ntSubject = "New sign-in to your account"
)

// ntSignIn signs br in as login with a user agent, and returns the
// response (for its cookies).
func ntSignIn(t testing.TB, br *browser, login, ua string) *gqlResponse {
	t.Helper()
	resp := br.gql(signInMutation, map[string]any{"login": login, "password": goodPassword}, "User-Agent", ua)
	var out signInResult
	resp.into(t, &out)
	if out.SignIn.User == nil {
		t.Fatalf("sign in as %s: %+v", login, out.SignIn.UserErrors)
	}
	return resp
}

func ntDeviceCookie(resp *gqlResponse) *http.Cookie {
	for _, c := range (&http.Response{Header: resp.Header}).Cookies() {
		if c.Name == device.CookieName {
			return c
		}
	}
	return nil
}

func TestSigningInFromANewBrowserMailsTheOwnerAndAKnownBrowserDoesNot(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "nina@example.com", "nina", false)

		laptop := ta.browser(t)
		resp := ntSignIn(t, laptop, "nina", ntChrome)
		c := ntDeviceCookie(resp)
		if c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.MaxAge < 365*24*3600 || c.Secure {
			t.Fatalf("device cookie: %+v", c)
		}
		ntSignIn(t, laptop, "nina", ntChrome)
		ta.drainMail(t)
		if n := mailCount(smtp, "nina@example.com", ntSubject); n != 0 {
			t.Fatalf("the account's first browser, and it again, sent %d notices", n)
		}
		known, err := ta.accounts.KnownDevice(context.Background(), id, c.Value)
		if err != nil || !known {
			t.Fatalf("KnownDevice(laptop) = %v, %v", known, err)
		}
		if known, _ := ta.accounts.KnownDevice(context.Background(), id, "lk_dev_"+strings.Repeat("a", 52)); known {
			t.Fatal("a made-up device is known")
		}

		phone := ta.browser(t)
		ntSignIn(t, phone, "nina", ntFirefox)
		m := smtp.WaitTo("nina@example.com", ntSubject, mailWait)
		for _, want := range []string{"Firefox on Linux", "127.0.0.1", "UTC", "This wasn't me"} {
			if !strings.Contains(m.Text, want) {
				t.Errorf("no %q in the notice:\n%s", want, m.Text)
			}
		}
		linkToken(t, m, "/this-wasnt-me")
		ntSignIn(t, phone, "nina", ntFirefox)
		ntSignIn(t, laptop, "nina", ntChrome)
		ta.drainMail(t)
		if n := mailCount(smtp, "nina@example.com", ntSubject); n != 1 {
			t.Fatalf("%d notices, want 1 (known browsers send none)", n)
		}
		// Another account on the same browser: new to that account.
		ta.createUser(t, "omar@example.com", "omar", false)
		ntSignIn(t, ta.browser(t), "omar", ntChrome)
		ntSignIn(t, laptop, "omar", ntChrome)
		smtp.WaitTo("omar@example.com", ntSubject, mailWait)
	})
}

func TestThisWasntMeEndsThatSessionAndMailsAResetOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "pia@example.com", "pia", false)
		mine := ta.browser(t)
		ntSignIn(t, mine, "pia", ntChrome)
		thief := ta.browser(t)
		ntSignIn(t, thief, "pia", ntFirefox)
		tok := linkToken(t, smtp.WaitTo("pia@example.com", ntSubject, mailWait), "/this-wasnt-me")
		if thief.me() == nil {
			t.Fatal("the new browser is not signed in")
		}

		// From the email, on any browser, signed in or not.
		report := `mutation($t: String!) { reportSignIn(input: {token: $t}) { userErrors { code field } } }`
		if p := payloadOf(t, ta.browser(t), "reportSignIn", report, map[string]any{"t": tok}); p.code() != "" {
			t.Fatalf("reportSignIn: %+v", p)
		}
		if thief.me() != nil {
			t.Fatal("the reported session is still signed in")
		}
		if mine.me() == nil {
			t.Fatal("the owner's own session ended too")
		}
		reset := smtp.WaitTo("pia@example.com", "Reset your password", mailWait)
		resetTok := linkToken(t, reset, "/reset-password")
		if p := resetPassword(t, ta.browser(t), resetTok, "Fresh-Meadow-72", "Fresh-Meadow-72"); p.code() != "" {
			t.Fatalf("resetPassword with the link: %+v", p)
		}
		if p := payloadOf(t, ta.browser(t), "reportSignIn", report, map[string]any{"t": tok}); p.code() != "TOKEN_INVALID" {
			t.Fatalf("the link a second time: %+v", p)
		}
		if p := payloadOf(t, ta.browser(t), "reportSignIn", report, map[string]any{"t": "lk_sin_nonsense"}); p.code() != "TOKEN_INVALID" || p.field() != "input.token" {
			t.Fatalf("a made-up link: %+v", p)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "pia@example.com", "Reset your password"); n != 1 {
			t.Fatalf("%d reset emails, want 1", n)
		}
		if evs := ta.auditRows(t, "SIGN_IN_REPORTED", ""); len(evs) != 1 {
			t.Fatalf("%d SIGN_IN_REPORTED events", len(evs))
		}
	})
}

func TestAFloodOfSignInsFromNewBrowsersSendsABoundedNumberOfNotices(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "quinn@example.com", "quinn", false)
		ntSignIn(t, ta.browser(t), "quinn", ntChrome)
		awayFromWindowEdge(time.Hour, 2*time.Minute)
		for i := 0; i < 100; i++ {
			ntSignIn(t, ta.browser(t), "quinn", ntFirefox)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "quinn@example.com", ntSubject); n != account.NewSignInNoticesPerHour {
			t.Fatalf("100 new browsers sent %d notices, want %d", n, account.NewSignInNoticesPerHour)
		}
	})
}

const ntPrefs = `mutation($p: [NotificationPreferenceInput!]!) {
  updateNotificationPreferences(input: {preferences: $p}) {
    notificationPreferences { notice enabled optional }
    userErrors { code field message }
  }
}`

type ntPref struct {
	Notice   string `json:"notice"`
	Enabled  bool   `json:"enabled"`
	Optional bool   `json:"optional"`
}

func ntPrefsOf(t testing.TB, br *browser) map[string]ntPref {
	t.Helper()
	var out struct {
		Me struct {
			NotificationPreferences []ntPref `json:"notificationPreferences"`
		} `json:"me"`
	}
	br.gql(`{ me { notificationPreferences { notice enabled optional } } }`, nil).into(t, &out)
	m := map[string]ntPref{}
	for _, p := range out.Me.NotificationPreferences {
		m[p.Notice] = p
	}
	return m
}

func TestAPersonTurnsOffNewSignInNoticesButNotTheOnesAboutCredentials(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "rui@example.com", "rui", false)
		br := ta.browser(t)
		ntSignIn(t, br, "rui", ntChrome)
		prefs := ntPrefsOf(t, br)
		if p := prefs["NEW_SIGN_IN"]; !p.Enabled || !p.Optional {
			t.Fatalf("NEW_SIGN_IN by default: %+v", p)
		}
		for _, n := range []string{"PASSWORD_CHANGED", "ACCESS_TOKEN_CREATED", "EMAIL_CHANGE_REQUESTED", "FORCED_SIGN_IN"} {
			if p := prefs[n]; !p.Enabled || p.Optional {
				t.Fatalf("%s: %+v", n, p)
			}
		}
		// Off with a credential notice in the same request: refused, and
		// nothing changes.
		p := payloadOf(t, br, "updateNotificationPreferences", ntPrefs, map[string]any{"p": []map[string]any{
			{"notice": "NEW_SIGN_IN", "enabled": false}, {"notice": "ACCESS_TOKEN_CREATED", "enabled": false}}})
		if p.code() != "INVALID_INPUT" || p.field() != "input.preferences.1.enabled" {
			t.Fatalf("turning off a credential notice: %+v", p)
		}
		if !ntPrefsOf(t, br)["NEW_SIGN_IN"].Enabled {
			t.Fatal("a refused request changed a preference")
		}
		if p := payloadOf(t, br, "updateNotificationPreferences", ntPrefs, map[string]any{"p": []map[string]any{{"notice": "NEW_SIGN_IN", "enabled": false}}}); p.code() != "" {
			t.Fatalf("turning off NEW_SIGN_IN: %+v", p)
		}
		if ntPrefsOf(t, br)["NEW_SIGN_IN"].Enabled {
			t.Fatal("NEW_SIGN_IN still on")
		}
		ntSignIn(t, ta.browser(t), "rui", ntFirefox)

		// The credential notices still come.
		var tok struct {
			CreateAccessToken struct {
				Token      string          `json:"token"`
				UserErrors []userErrorJSON `json:"userErrors"`
			} `json:"createAccessToken"`
		}
		br.gql(`mutation { createAccessToken(input: {name: "shop sync"}) { token userErrors { code } } }`, nil).into(t, &tok)
		if tok.CreateAccessToken.Token == "" {
			t.Fatalf("createAccessToken: %+v", tok)
		}
		m := smtp.WaitTo("rui@example.com", "A new access token was created", mailWait)
		if !strings.Contains(m.Text, "“shop sync”") || strings.Contains(m.Text, tok.CreateAccessToken.Token) {
			t.Fatalf("token notice:\n%s", m.Text)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "rui@example.com", ntSubject); n != 0 {
			t.Fatalf("%d new-sign-in notices after turning them off", n)
		}
	})
}

func TestCredentialNoticesArriveInThePersonsLanguage(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		id := ta.createUser(t, "sara@example.com", "sara", false)
		br := ta.browser(t)
		ntSignIn(t, br, "sara", ntChrome)
		if p := payloadOf(t, br, "updateMe", `mutation { updateMe(input: {locale: "fr"}) { userErrors { code } } }`, nil); p.code() != "" {
			t.Fatalf("updateMe: %+v", p)
		}
		// generateToken (a sign-in without a browser) sends no new-sign-in
		// notice: the token it makes sends its own.
		var gen struct {
			GenerateToken struct {
				Token string `json:"token"`
			} `json:"generateToken"`
		}
		ta.browser(t).gql(`mutation { generateToken(input: {login: "sara", password: "`+goodPassword+`", name: "erp"}) { token } }`, nil).into(t, &gen)
		if gen.GenerateToken.Token == "" {
			t.Fatal("generateToken gave no token")
		}
		smtp.WaitTo("sara@example.com", "Un nouveau jeton d'accès a été créé", mailWait)

		p := payloadOf(t, br, "requestEmailChange", `mutation { requestEmailChange(input: {newEmail: "sara@new.example", currentPassword: "`+goodPassword+`"}) { userErrors { code } } }`, nil)
		if p.code() != "" {
			t.Fatalf("requestEmailChange: %+v", p)
		}
		old := smtp.WaitTo("sara@example.com", "changement d'adresse", mailWait)
		if !strings.Contains(old.Text, "sara@new.example") {
			t.Fatalf("old-address notice:\n%s", old.Text)
		}

		admin.gql(`mutation($id: ID!) { forceSignIn(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": id}).into(t, &struct{}{})
		smtp.WaitTo("sara@example.com", "Un administrateur vous a déconnecté", mailWait)
		ta.drainMail(t)
		if n := mailCount(smtp, "sara@example.com", "Nouvelle connexion"); n != 0 {
			t.Fatalf("generateToken sent %d new-sign-in notices", n)
		}
	})
}

func TestThisWasntMeClickedManyTimesAtOnceWorksOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "ulla@example.com", "ulla", false)
		ntSignIn(t, ta.browser(t), "ulla", ntChrome)
		thief := ta.browser(t)
		resp := ntSignIn(t, thief, "ulla", ntFirefox)
		tok := linkToken(t, smtp.WaitTo("ulla@example.com", ntSubject, mailWait), "/this-wasnt-me")

		const n = 8
		codes := make(chan string, n)
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				p := payloadOf(t, ta.browser(t), "reportSignIn", `mutation($t: String!) { reportSignIn(input: {token: $t}) { userErrors { code } } }`, map[string]any{"t": tok})
				codes <- p.code()
			}()
		}
		wg.Wait()
		close(codes)
		ok := 0
		for c := range codes {
			switch c {
			case "":
				ok++
			case "TOKEN_INVALID":
			default:
				t.Errorf("reportSignIn: %q", c)
			}
		}
		if ok != 1 {
			t.Fatalf("%d of %d reports succeeded, want 1", ok, n)
		}
		ta.drainMail(t)
		if c := mailCount(smtp, "ulla@example.com", "Reset your password"); c != 1 {
			t.Fatalf("%d reset emails, want 1", c)
		}
		// The reported browser is no longer known to the account.
		if known, err := ta.accounts.KnownDevice(context.Background(), id, ntDeviceCookie(resp).Value); err != nil || known {
			t.Fatalf("KnownDevice(reported browser) = %v, %v", known, err)
		}
	})
}

// The device cookie a sign-in gives is signed by the service (so that the
// anonymous lane can let that browser ahead during a flood); a browser
// whose cookie was given before cookies were signed is still the same
// known browser (no notice), and its next sign-in signs its cookie.
func TestABrowserWithACookieOfBeforeSigningStaysKnownAndGetsItSigned(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		id := ta.createUser(t, "ulla@example.com", "ulla", false)
		keys := ta.outbox.Keys

		first := ntDeviceCookie(ntSignIn(t, ta.browser(t), "ulla", ntChrome))
		if first == nil || !device.Signed(keys, first.Value) {
			t.Fatalf("the device cookie of a sign-in is not signed: %+v", first)
		}

		// A browser known to the account from before signing.
		old, hash := secret.NewToken(device.Prefix)
		if err := ta.accounts.Client.KnownDevice.Create().SetUserID(id).SetTokenHash(hash).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
		laptop := ta.browser(t)
		u, _ := url.Parse(ta.srv.URL)
		laptop.c.Jar.SetCookies(u, []*http.Cookie{{Name: device.CookieName, Value: old, Path: "/"}})
		got := ntDeviceCookie(ntSignIn(t, laptop, "ulla", ntFirefox))
		if got == nil || !device.Signed(keys, got.Value) || device.Hash(got.Value) != hash {
			t.Fatalf("the old cookie was not signed as the same browser: %+v", got)
		}
		ntSignIn(t, laptop, "ulla", ntFirefox) // with the signed cookie now
		ta.drainMail(t)
		if n := mailCount(smtp, "ulla@example.com", ntSubject); n != 0 {
			t.Fatalf("%d new-sign-in notices for a known browser", n)
		}
		if known, err := ta.accounts.KnownDevice(context.Background(), id, got.Value); err != nil || !known {
			t.Fatalf("KnownDevice(signed) = %v, %v", known, err)
		}
	})
}
