package main

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestForgotPasswordAnswersTheSameWhetherOrNotTheAccountExists(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "Alice@Example.com", "alice", false)
	ta.createUser(t, "kate@example.com", "kate", false)

	tests := []struct{ name, login string }{
		{"an existing email, typed in another letter case", "alice@example.com"},
		{"an existing username", "ALICE"},
		{"an unknown email", "nobody@example.com"},
		{"an unknown username", "nobody"},
		{"a look-alike of an existing email (Cyrillic e)", "alice@exampl\u0435.com"},
		{"a look-alike of an existing username (Kelvin sign)", "\u212Aate"},
		{"a look-alike email with a full-width k", "\uFF4Bate@example.com"},
	}
	var first *gqlResponse
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := ta.browser(t).gql(requestResetQ, map[string]any{"login": tt.login})
			if resp.Status != http.StatusOK {
				t.Fatalf("status %d: %s", resp.Status, resp.Raw)
			}
			if first == nil {
				first = resp
			}
			if resp.Raw != first.Raw {
				t.Fatalf("the answer differs:\n%s\n%s", resp.Raw, first.Raw)
			}
			if resp.Header.Get("Set-Cookie") != "" {
				t.Fatal("requestReset set a cookie")
			}
			var out struct{ RequestReset payload }
			resp.into(t, &out)
			if len(out.RequestReset.UserErrors) != 0 {
				t.Fatalf("userErrors: %+v", out.RequestReset.UserErrors)
			}
		})
	}

	ta.drainMail(t)
	msgs := smtp.Messages()
	// Alice asked twice within the minimum interval: one email only. Kate's
	// look-alikes reached nobody.
	if len(msgs) != 1 {
		var got []string
		for _, m := range msgs {
			got = append(got, strings.Join(m.To, ",")+" "+m.Subject)
		}
		t.Fatalf("emails sent: %q; want one, to Alice", got)
	}
	if m := msgs[0]; len(m.To) != 1 || m.To[0] != "Alice@Example.com" || m.Subject != "Reset your password" {
		t.Fatalf("the email went to %q (%q); want the stored address Alice@Example.com", m.To, m.Subject)
	}
	if got := msgs[0].Header.Get("To"); !strings.Contains(got, "Alice@Example.com") {
		t.Fatalf("To header %q is not the stored address", got)
	}
}

func TestResetEmailLinksToThePublicURLAndSaysWhatToDo(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite, "--public-url", "https://id.example.com/")
	ta.createUser(t, "alice@example.com", "alice", false)
	requestReset(t, ta.browser(t), "alice")
	m := smtp.WaitTo("alice@example.com", "Reset your password", mailWait)

	links := m.Links()
	if len(links) != 1 || !strings.HasPrefix(links[0], "https://id.example.com/reset-password?token=lk_rst_") {
		t.Fatalf("links %q; want one https://id.example.com/reset-password?token=… link", links)
	}
	if tok := m.Token(); len(tok) < len("lk_rst_")+40 {
		t.Fatalf("token %q is too short", tok)
	}
	for _, want := range []string{"Hello Alice", "alice@example.com", "24 hours", "works once", "If you did not ask for this, ignore this email"} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the text part lacks %q:\n%s", want, m.Text)
		}
	}
	if m.HTML == "" || !strings.Contains(m.HTML, links[0]) || !strings.Contains(m.HTML, "24 hours") || !strings.Contains(m.HTML, `lang="en"`) {
		t.Errorf("the HTML part lacks the link, the validity or the language:\n%s", m.HTML)
	}
}

func TestResetEmailIsWrittenInThePersonsLanguage(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "en@example.com", "english", false)
	ta.createUser(t, "fr@example.com", "french", false)
	sv := ta.createUser(t, "sv@example.com", "swedish", false)

	// French is chosen by the person in the app, Swedish set in the database.
	br := ta.signedIn(t, "french")
	if p := payloadOf(t, br, "updateMe", updateMeQ, map[string]any{"locale": "fr-CA"}); p.code() != "" || p.User.Locale != "fr" {
		t.Fatalf("updateMe: %+v", p)
	}
	ta.db.Client.User.UpdateOneID(sv).SetLocale("sv").ExecX(t.Context())

	tests := []struct{ login, addr, subject, valid, ignore string }{
		{"english", "en@example.com", "Reset your password", "24 hours", "If you did not ask"},
		{"french", "fr@example.com", "Réinitialisez votre mot de passe", "24 heures", "Si vous n'êtes pas à l'origine"},
		{"swedish", "sv@example.com", "Återställ ditt lösenord", "24 timmar", "Om det inte var du"},
	}
	for _, tt := range tests {
		t.Run(tt.login, func(t *testing.T) {
			requestReset(t, ta.browser(t), tt.login)
			m := smtp.WaitTo(tt.addr, tt.subject, mailWait)
			if m.Subject != tt.subject || !strings.Contains(m.Text, tt.valid) || !strings.Contains(m.Text, tt.ignore) || m.Token() == "" {
				t.Fatalf("subject %q, text:\n%s", m.Subject, m.Text)
			}
			if !strings.Contains(m.HTML, tt.valid) {
				t.Fatalf("HTML lacks %q", tt.valid)
			}
		})
	}
}

func TestResetEmailsAreSilentlyLimitedPerAccount(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	ta.createUser(t, "bob@example.com", "bob", false)

	t.Run("a second request within the minimum interval sends nothing", func(t *testing.T) {
		awayFromWindowEdge(time.Minute, 5*time.Second)
		a := ta.browser(t).gql(requestResetQ, map[string]any{"login": "alice"})
		b := ta.browser(t).gql(requestResetQ, map[string]any{"login": "alice@example.com"})
		if a.Raw != b.Raw || a.Status != b.Status {
			t.Fatalf("answers differ: %s / %s", a.Raw, b.Raw)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "alice@example.com", "Reset your password"); n != 1 {
			t.Fatalf("%d reset emails, want 1", n)
		}
		if n := len(ta.auditRows(t, "PASSWORD_RESET_THROTTLED", "")); n != 1 {
			t.Fatalf("%d throttled requests audited, want 1", n)
		}
	})

	t.Run("at most resetRequestsPerHour emails an hour", func(t *testing.T) {
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMinIntervalSeconds(0).SetResetRequestsPerHour(2) })
		awayFromWindowEdge(time.Hour, 5*time.Second)
		var first string
		for i := 0; i < 3; i++ {
			r := ta.browser(t).gql(requestResetQ, map[string]any{"login": "bob"})
			if i == 0 {
				first = r.Raw
			}
			if r.Raw != first {
				t.Fatalf("answer %d differs: %s", i+1, r.Raw)
			}
			ta.background.Wait()
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "bob@example.com", "Reset your password"); n != 2 {
			t.Fatalf("%d reset emails, want 2", n)
		}
	})
}

// The minimum interval is a promise about time between two emails, not
// about calendar windows: two requests a fraction of a second apart must
// not both send, whatever the clock reads.
func TestResetMinimumIntervalHoldsAcrossClockBoundaries(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMinIntervalSeconds(2).SetResetRequestsPerHour(100) })
	ta.createUser(t, "alice@example.com", "alice", false)

	// Ask about 0.2 s before an even second, then again just after it.
	const window = 2 * time.Second
	for {
		into := time.Duration(time.Now().UnixNano() % int64(window))
		if into >= window-250*time.Millisecond && into < window-150*time.Millisecond {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	first := time.Now()
	requestReset(t, ta.browser(t), "alice")
	ta.background.Wait()
	left := time.Duration(int64(window) - time.Now().UnixNano()%int64(window))
	if left < window/2 {
		time.Sleep(left + 50*time.Millisecond)
	}
	requestReset(t, ta.browser(t), "alice")
	second := time.Now()
	ta.drainMail(t)
	if n := mailCount(smtp, "alice@example.com", "Reset your password"); n != 1 {
		t.Fatalf("%d reset emails for two requests %v apart, with resetMinIntervalSeconds 2; want 1", n, second.Sub(first).Round(time.Millisecond))
	}
}

func TestEverySensitiveRequestCountsAgainstTheClientLimit(t *testing.T) {
	ta, _ := newMailApp(t, testdb.SQLite)
	ta.createUser(t, "alice@example.com", "alice", false)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(3) })
	awayFromWindowEdge(time.Minute, 5*time.Second)

	br := ta.browser(t)
	reset := func() string { return requestReset(t, br, "alice").code() }
	signIn := func() string { return br.signInCode("alice", "Wrong-Horse-9") }
	remind := func() string {
		return payloadOf(t, br, "requestUsernameReminder", reminderQ, map[string]any{"email": "alice@example.com"}).code()
	}
	steps := []struct {
		name string
		do   func() string
		want string
	}{
		{"requestReset", reset, ""},
		{"signIn", signIn, "INVALID_CREDENTIALS"},
		{"requestUsernameReminder", remind, ""},
		{"a fourth request (requestReset)", reset, "RATE_LIMITED"},
		{"then signIn", signIn, "RATE_LIMITED"},
		{"then requestUsernameReminder", remind, "RATE_LIMITED"},
	}
	for _, s := range steps {
		if got := s.do(); got != s.want {
			t.Fatalf("%s: code %q, want %q", s.name, got, s.want)
		}
	}
	if n := len(ta.auditRows(t, "RATE_LIMITED", "")); n != 3 {
		t.Fatalf("%d RATE_LIMITED audit events, want 3", n)
	}
}

func TestOpeningTheResetLinkDoesNotSpendIt(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.createUser(t, "alice@example.com", "alice", false)
	requestReset(t, ta.browser(t), "alice")
	m := smtp.WaitTo("alice@example.com", "Reset your password", mailWait)
	link := m.Links()[0]
	local := ta.srv.URL + strings.TrimPrefix(link, "http://localhost:8080")
	for i := 0; i < 2; i++ { // a mail scanner, then the person
		resp, err := http.Get(local)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), "<") {
			t.Fatalf("GET %s: %d", local, resp.StatusCode)
		}
	}
	if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
		t.Fatalf("the link no longer works after being opened: %+v", p)
	}
}

func TestPersonResetsAForgottenPassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		// The lockout email and the reset request come seconds apart here.
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMinIntervalSeconds(0) })
		id := ta.createUser(t, "alice@example.com", "alice", false)

		before := ta.signedIn(t, "alice")
		bearer := ta.accessToken(t, id)
		if s := ta.bearerStatus(t, bearer); s != 200 {
			t.Fatalf("bearer before the reset: %d", s)
		}
		attacker := ta.browser(t)
		for i := 1; i <= 5; i++ {
			attacker.signInCode("alice", "Wrong-Horse-9")
		}
		if c := ta.browser(t).signInCode("alice", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("after 5 failures the right password gives %q, want ACCOUNT_LOCKED", c)
		}
		lockMail := smtp.WaitTo("alice@example.com", "Your account was locked", mailWait)

		requestReset(t, ta.browser(t), "alice@example.com")
		m := smtp.WaitTo("alice@example.com", "Reset your password", mailWait)
		token := m.Token()

		br := ta.browser(t)
		steps := []struct {
			name, token, pw, confirm string
			code, field              string
		}{
			{"garbage token", "lk_rst_garbage", newPassword, newPassword, "TOKEN_INVALID", "input.token"},
			{"empty token", "", newPassword, newPassword, "TOKEN_INVALID", "input.token"},
			{"weak password", token, "weakpass", "weakpass", "PASSWORD_POLICY", "input.newPassword"},
			{"password containing the username", token, "Alice-Rocks-99", "Alice-Rocks-99", "PASSWORD_POLICY", "input.newPassword"},
			{"confirmation differs", token, newPassword, newPassword + "x", "PASSWORD_MISMATCH", "input.newPasswordConfirmation"},
		}
		for _, s := range steps {
			p := resetPassword(t, br, s.token, s.pw, s.confirm)
			if p.code() != s.code || p.field() != s.field || p.User != nil {
				t.Fatalf("%s: %+v, want %s on %s", s.name, p, s.code, s.field)
			}
		}

		// The refusals left the token usable.
		p := resetPassword(t, br, token, newPassword, newPassword)
		if p.code() != "" || p.User == nil || p.User.ID != id || p.User.LockedAt != nil {
			t.Fatalf("reset: %+v", p)
		}
		if br.me() != nil {
			t.Fatal("resetPassword signed the browser in")
		}
		if before.me() != nil {
			t.Fatal("a session from before the reset still works")
		}
		if s := ta.bearerStatus(t, bearer); s != http.StatusUnauthorized {
			t.Fatalf("an access token from before the reset: status %d, want 401", s)
		}
		if c := ta.browser(t).signInCode("alice", goodPassword); c != "INVALID_CREDENTIALS" {
			t.Fatalf("the old password: %q, want INVALID_CREDENTIALS", c)
		}
		after := ta.browser(t)
		if c := after.signInCode("alice", newPassword); c != "" {
			t.Fatalf("the new password: %q (the lock should be cleared)", c)
		}
		if me := after.me(); me == nil || me.LockedAt != nil {
			t.Fatalf("me after the reset: %+v", me)
		}
		notice := smtp.WaitTo("alice@example.com", "Your password was reset", mailWait)
		if notice.Token() != "" {
			t.Fatalf("the notice carries a token: %s", notice.Text)
		}
		if p := resetPassword(t, ta.browser(t), token, "Another-Pass-77", "Another-Pass-77"); p.code() != "TOKEN_INVALID" {
			t.Fatalf("the same link again: %+v", p)
		}
		if p := resetPassword(t, ta.browser(t), lockMail.Token(), "Another-Pass-77", "Another-Pass-77"); p.code() != "TOKEN_INVALID" {
			t.Fatalf("the older link of the lockout email after the reset: %+v", p)
		}
		ta.drainMail(t)
		if n := mailCount(smtp, "alice@example.com", "Your password was reset"); n != 1 {
			t.Fatalf("%d reset notices, want 1", n)
		}
	})
}

func TestExpiredResetLinkIsRefused(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	id := ta.createUser(t, "alice@example.com", "alice", false)
	requestReset(t, ta.browser(t), "alice")
	ta.background.Wait()
	token := tokenIn(t, ta.outboxRows(t, "RESET_LINK")[0].TextBody)
	ta.expireTokens(t, id)
	p := resetPassword(t, ta.browser(t), token, newPassword, newPassword)
	if p.code() != "TOKEN_EXPIRED" || p.field() != "input.token" {
		t.Fatalf("expired link: %+v", p)
	}
	if c := ta.browser(t).signInCode("alice", goodPassword); c != "" {
		t.Fatalf("the password changed through an expired link: %q", c)
	}
}

func TestUsingANewerResetLinkKillsTheOlderOne(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMinIntervalSeconds(0) })
	ta.createUser(t, "alice@example.com", "alice", false)
	for i := 0; i < 2; i++ {
		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait()
	}
	msgs := ta.outboxRows(t, "RESET_LINK")
	if len(msgs) != 2 {
		t.Fatalf("%d reset emails, want 2", len(msgs))
	}
	older, newer := tokenIn(t, msgs[0].TextBody), tokenIn(t, msgs[1].TextBody)
	if older == newer {
		t.Fatal("two requests gave the same token")
	}
	if p := resetPassword(t, ta.browser(t), newer, newPassword, newPassword); p.code() != "" {
		t.Fatalf("newer link: %+v", p)
	}
	if p := resetPassword(t, ta.browser(t), older, "Another-Pass-77", "Another-Pass-77"); p.code() != "TOKEN_INVALID" {
		t.Fatalf("older link after the newer was used: %+v", p)
	}
}

func TestTenSimultaneousResetsWithOneLinkSucceedOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		id := ta.createUser(t, "alice@example.com", "alice", false)
		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait()
		token := tokenIn(t, ta.outboxRows(t, "RESET_LINK")[0].TextBody)

		const n = 10
		codes := make([]string, n)
		errs := make([]error, n)
		start := make(chan struct{})
		var wg sync.WaitGroup
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				jar, _ := cookiejar.New(nil)
				c := &http.Client{Jar: jar, Timeout: 60 * time.Second}
				pw := "Racing-Pass-" + string(rune('A'+i)) + "7"
				<-start
				_, raw, err := rawGQL(c, ta.srv.URL, resetPasswordQ, map[string]any{"token": token, "pw": pw, "confirm": pw})
				if err != nil {
					errs[i] = err
					return
				}
				p, err := rawPayload(raw, "resetPassword")
				if err != nil {
					errs[i] = err
					return
				}
				codes[i] = p.code()
				if p.code() == "" {
					codes[i] = "OK:" + pw
				}
			}(i)
		}
		close(start)
		wg.Wait()
		winner := ""
		for i := 0; i < n; i++ {
			switch {
			case errs[i] != nil:
				t.Errorf("call %d: %v", i, errs[i])
			case strings.HasPrefix(codes[i], "OK:"):
				if winner != "" {
					t.Errorf("two calls succeeded with one link")
				}
				winner = strings.TrimPrefix(codes[i], "OK:")
			case codes[i] != "TOKEN_INVALID":
				t.Errorf("call %d: %q, want TOKEN_INVALID", i, codes[i])
			}
		}
		if winner == "" {
			t.Fatalf("no call succeeded: %q", codes)
		}
		if c := ta.browser(t).signInCode("alice", winner); c != "" {
			t.Fatalf("the winning password does not sign in: %q", c)
		}
		if k := len(ta.auditRows(t, "PASSWORD_RESET", id)); k != 1 {
			t.Fatalf("%d PASSWORD_RESET events, want 1", k)
		}
		if k := len(ta.outboxRows(t, "PASSWORD_RESET")); k != 1 {
			t.Fatalf("%d reset notices written, want 1", k)
		}
		used, err := ta.db.Client.ResetToken.Query().Where(resettoken.UserID(id), resettoken.UsedAtNotNil()).Count(context.Background())
		if err != nil || used != 1 {
			t.Fatalf("used tokens: %d, %v", used, err)
		}
	})
}
