package main

// Helpers shared by the password-lifecycle tests (lifecycle_*_test.go). They
// are prefixed with lc so that they never collide with other test files.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

// lcNewPassword is a password every policy accepts, different from
// goodPassword.
const lcNewPassword = "Brand-New-Pass-42"

// lcMailWait is how long a test waits for an email: generous, never asserted.
const lcMailWait = 10 * time.Second

const (
	lcRequestResetQ = `mutation($login: String!) {
  requestReset(input: {login: $login}) { userErrors { code field message } }
}`
	lcResetPasswordQ = `mutation($token: String!, $pw: String!, $confirm: String!) {
  resetPassword(input: {token: $token, newPassword: $pw, newPasswordConfirmation: $confirm}) {
    user { id email mustChangePassword lockedAt }
    userErrors { code field message }
  }
}`
	lcChangePasswordQ = `mutation($current: String!, $pw: String!, $confirm: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $pw, newPasswordConfirmation: $confirm}) {
    user { id email mustChangePassword }
    userErrors { code field message }
  }
}`
	lcReminderQ = `mutation($email: String!) {
  requestUsernameReminder(input: {email: $email}) { userErrors { code field message } }
}`
	lcRequestEmailChangeQ = `mutation($email: String!, $pw: String!) {
  requestEmailChange(input: {newEmail: $email, currentPassword: $pw}) { userErrors { code field message } }
}`
	lcConfirmEmailChangeQ = `mutation($token: String!) {
  confirmEmailChange(input: {token: $token}) { user { id email emailVerifiedAt } userErrors { code field message } }
}`
	lcSignUpQ = `mutation($email: String!, $username: String!, $pw: String!, $confirm: String!, $locale: String) {
  signUp(input: {email: $email, username: $username, name: "New Person", password: $pw, passwordConfirmation: $confirm, locale: $locale}) {
    user { id email username emailVerifiedAt }
    userErrors { code field message }
  }
}`
	lcVerifyEmailQ = `mutation($token: String!) {
  verifyEmail(input: {token: $token}) { user { id email emailVerifiedAt } userErrors { code field message } }
}`
	lcUpdateMeQ = `mutation($locale: String) {
  updateMe(input: {locale: $locale}) { user { id locale } userErrors { code field message } }
}`
	lcSettingsFields = `resetLinkLifetimeMinutes setPasswordLinkLifetimeMinutes resetRequestsPerHour resetMinIntervalSeconds
adminResetsPerHour ipRequestsPerMinute lockoutThreshold lockoutMinutes resetMethod registrationOpen passwordPolicy`
	lcSettingsQ       = `{ securitySettings { ` + lcSettingsFields + ` } }`
	lcUpdateSettingsQ = `mutation($input: UpdateSecuritySettingsInput!) {
  updateSecuritySettings(input: $input) {
    securitySettings { ` + lcSettingsFields + ` }
    userErrors { code field message }
  }
}`
	lcMeQ = `{ me { id email username mustChangePassword locale lockedAt emailVerifiedAt } }`
)

// lcPayload is the common shape of the lifecycle mutations' payloads.
type lcPayload struct {
	User *struct {
		ID                 string  `json:"id"`
		Email              string  `json:"email"`
		Username           string  `json:"username"`
		Locale             string  `json:"locale"`
		MustChangePassword bool    `json:"mustChangePassword"`
		LockedAt           *string `json:"lockedAt"`
		EmailVerifiedAt    *string `json:"emailVerifiedAt"`
	} `json:"user"`
	UserErrors []userErrorJSON `json:"userErrors"`
}

// code is the first userError's code, or "".
func (p lcPayload) code() string {
	if len(p.UserErrors) == 0 {
		return ""
	}
	return p.UserErrors[0].Code
}

// field is the first userError's field path, joined with dots.
func (p lcPayload) field() string {
	if len(p.UserErrors) == 0 {
		return ""
	}
	return strings.Join(p.UserErrors[0].Field, ".")
}

// lcCall runs a mutation or query and decodes data[field]; top-level errors
// fail the test.
func lcCall(t testing.TB, br *browser, field, query string, vars map[string]any, headers ...string) lcPayload {
	t.Helper()
	resp := br.gql(query, vars, headers...)
	var data map[string]json.RawMessage
	resp.into(t, &data)
	var p lcPayload
	if err := json.Unmarshal(data[field], &p); err != nil {
		t.Fatalf("decode %s: %v (%s)", field, err, resp.Raw)
	}
	return p
}

func lcRequestReset(t testing.TB, br *browser, login string) lcPayload {
	t.Helper()
	return lcCall(t, br, "requestReset", lcRequestResetQ, map[string]any{"login": login})
}

func lcResetPassword(t testing.TB, br *browser, token, pw, confirm string) lcPayload {
	t.Helper()
	return lcCall(t, br, "resetPassword", lcResetPasswordQ, map[string]any{"token": token, "pw": pw, "confirm": confirm})
}

func lcChangePassword(t testing.TB, br *browser, current, pw, confirm string) lcPayload {
	t.Helper()
	return lcCall(t, br, "changePassword", lcChangePasswordQ, map[string]any{"current": current, "pw": pw, "confirm": confirm})
}

// lcSignInCode signs in and returns the first userError code ("" on success).
func lcSignInCode(t testing.TB, br *browser, login, pw string) string {
	t.Helper()
	r := br.signIn(login, pw)
	if len(r.SignIn.UserErrors) > 0 {
		return r.SignIn.UserErrors[0].Code
	}
	if r.SignIn.User == nil {
		t.Fatalf("sign-in gave neither a user nor an error")
	}
	return ""
}

type lcMe struct {
	ID, Email, Username, Locale string
	MustChangePassword          bool    `json:"mustChangePassword"`
	LockedAt                    *string `json:"lockedAt"`
	EmailVerifiedAt             *string `json:"emailVerifiedAt"`
}

// lcMeOf returns the signed-in user as the API shows it, or nil.
func lcMeOf(t testing.TB, br *browser) *lcMe {
	t.Helper()
	var out struct{ Me *lcMe }
	br.gql(lcMeQ, nil).into(t, &out)
	return out.Me
}

// lcSettings changes the security settings directly in the database, for
// tests whose subject is not the settings API.
func lcSettings(t testing.TB, ta *testApp, set func(u *ent.SecuritySettingsUpdateOne)) {
	t.Helper()
	ctx := context.Background()
	st, err := settings.Load(ctx, ta.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	u := ta.db.Client.SecuritySettings.UpdateOne(st)
	set(u)
	if err := u.Exec(ctx); err != nil {
		t.Fatal(err)
	}
}

// lcNoClientLimit turns the per-address limit off: every request of a test
// comes from 127.0.0.1.
func lcNoClientLimit(t testing.TB, ta *testApp) {
	t.Helper()
	lcSettings(t, ta, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0) })
}

// lcMailApp is a test app that delivers through an in-process SMTP server.
func lcMailApp(t testing.TB, b testdb.Backend, args ...string) (*testApp, *mailtest.Server) {
	t.Helper()
	smtp := mailtest.Start(t)
	ta := newTestApp(t, b, append([]string{"--smtp", smtp.URL()}, args...)...)
	return ta, smtp
}

// lcAdmin creates an admin and returns a browser signed in as them.
func lcAdmin(t testing.TB, ta *testApp) *browser {
	t.Helper()
	ta.createUser(t, "root@example.com", "root", true)
	br := ta.browser(t)
	br.mustSignIn("root", goodPassword)
	return br
}

// lcDrain waits until background work is done and no email is pending, so
// that what the SMTP server holds is final.
func lcDrain(t testing.TB, ta *testApp) {
	t.Helper()
	ta.background.Wait()
	deadline := time.Now().Add(lcMailWait)
	for {
		n, err := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.StatusEQ(outboxmessage.StatusPENDING)).Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d email(s) still pending after %v", n, lcMailWait)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// lcCount counts the received emails to addr (any letter case) whose
// subject contains subject.
func lcCount(smtp *mailtest.Server, addr, subject string) int {
	n := 0
	for _, m := range smtp.To(addr) {
		if strings.Contains(m.Subject, subject) {
			n++
		}
	}
	return n
}

// lcOutbox returns the outbox rows of a kind, oldest first.
func lcOutbox(t testing.TB, ta *testApp, kind string) []*ent.OutboxMessage {
	t.Helper()
	ms, err := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.Kind(kind)).Order(outboxmessage.ByCreatedAt()).All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// The stored bodies hold markers: read them as their recipient would.
	for _, m := range ms {
		op, err := mail.Open(ta.outbox.Keys, m)
		if err != nil {
			t.Fatal(err)
		}
		m.TextBody, m.HTMLBody, m.Link = op.TextBody, op.HTMLBody, op.Link
	}
	return ms
}

var lcTokenPattern = regexp.MustCompile(`token=([A-Za-z0-9_%-]+)`)

// lcTokenIn returns the token of the first link in a text body.
func lcTokenIn(t testing.TB, text string) string {
	t.Helper()
	m := lcTokenPattern.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no token link in %q", text)
	}
	return m[1]
}

var lcTempPasswordPattern = regexp.MustCompile(`(?m)^\s*([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3})\s*$`)

// lcTempPassword returns the temporary password on its own line of text, or "".
func lcTempPassword(text string) string {
	m := lcTempPasswordPattern.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	return m[1]
}

// lcExec runs a statement written with ? placeholders on either backend.
func lcExec(t testing.TB, ta *testApp, query string, args ...any) int64 {
	t.Helper()
	if ta.db.Dialect == dialect.Postgres {
		var b strings.Builder
		n := 0
		for _, c := range query {
			if c == '?' {
				n++
				fmt.Fprintf(&b, "$%d", n)
				continue
			}
			b.WriteRune(c)
		}
		query = b.String()
	}
	res, err := ta.db.SQL.ExecContext(context.Background(), query, args...)
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	n, _ := res.RowsAffected()
	return n
}

// lcExpireTokens moves the expiry of every one-time token of a user into the
// past (expires_at cannot be changed through Ent: it is immutable).
func lcExpireTokens(t testing.TB, ta *testApp, userID string) {
	t.Helper()
	if n := lcExec(t, ta, `UPDATE reset_tokens SET expires_at = ? WHERE user_id = ?`, time.Now().Add(-time.Minute).UTC(), userID); n == 0 {
		t.Fatal("the user has no token to expire")
	}
}

// lcAccessToken stores an access token for a user and returns its secret.
func lcAccessToken(t testing.TB, ta *testApp, userID string) string {
	t.Helper()
	tok, hash := secret.NewToken("lk_at_")
	ta.db.Client.AccessToken.Create().SetName("integration").SetTokenHash(hash).SetUserID(userID).ExecX(context.Background())
	return tok
}

// lcBearerStatus is the HTTP status of `me` with a bearer token.
func lcBearerStatus(t testing.TB, ta *testApp, token string) int {
	t.Helper()
	return ta.browser(t).gql(`{ me { id } }`, nil, "Authorization", "Bearer "+token).Status
}

// lcAvoidWindowEdge sleeps past the next boundary of a fixed rate-limit
// window when fewer than margin remain before it, so that a few requests
// sent now all count in one window.
func lcAvoidWindowEdge(window, margin time.Duration) {
	now := time.Now().UnixNano()
	left := time.Duration(int64(window) - now%int64(window))
	if left < margin {
		time.Sleep(left + 20*time.Millisecond)
	}
}

// lcAudit returns the audit events of a type about a subject ("" for any).
func lcAudit(t testing.TB, ta *testApp, typ, subjectID string) []*ent.AuditEvent {
	t.Helper()
	q := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(typ))
	if subjectID != "" {
		q = q.Where(auditevent.SubjectID(subjectID))
	}
	evs, err := q.All(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// lcRaw posts a GraphQL request with a client of its own, without touching
// testing.T, so that it can run on any goroutine.
func lcRaw(c *http.Client, base, query string, vars map[string]any) (int, []byte, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest("POST", base+"/graphql", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	return resp.StatusCode, raw, err
}

// lcRawPayload decodes data[field] of a raw answer.
func lcRawPayload(raw []byte, field string) (lcPayload, error) {
	var out struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []gqlError                 `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return lcPayload{}, err
	}
	if len(out.Errors) > 0 {
		return lcPayload{}, fmt.Errorf("GraphQL errors: %s", raw)
	}
	var p lcPayload
	err := json.Unmarshal(out.Data[field], &p)
	return p, err
}
