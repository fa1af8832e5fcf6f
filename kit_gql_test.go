package main

// The test kit, part two: talking to the API as a browser (a cookie jar of
// its own) or an integrator (a bearer token), and reading its answers:
// data, top-level errors and the userErrors of a payload.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// browser is an HTTP client with its own cookie jar, like one browser.
type browser struct {
	t    testing.TB
	base string
	c    *http.Client
}

func (ta *testApp) browser(t testing.TB) *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{t: t, base: ta.srv.URL, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

// forgetAllBut makes the browser forget every cookie but those named keep
// (a closed browser that kept only its long-lived device cookie, say).
func (b *browser) forgetAllBut(keep ...string) {
	u, _ := url.Parse(b.base)
	var kept []*http.Cookie
	for _, c := range b.c.Jar.Cookies(u) {
		if slices.Contains(keep, c.Name) {
			kept = append(kept, &http.Cookie{Name: c.Name, Value: c.Value, Path: "/"})
		}
	}
	jar, _ := cookiejar.New(nil)
	jar.SetCookies(u, kept)
	b.c.Jar = jar
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

// gqlResponse is one answer of /graphql.
type gqlResponse struct {
	Status int
	Header http.Header
	Raw    string
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// code is the code of the first top-level error, or "".
func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// into decodes data into v; top-level errors fail the test.
func (r *gqlResponse) into(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %s", r.Raw)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Raw, err)
	}
}

// gql runs a GraphQL document; headers are name, value pairs.
func (b *browser) gql(query string, vars map[string]any, headers ...string) *gqlResponse {
	b.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", b.base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return b.send(req)
}

func (b *browser) send(req *http.Request) *gqlResponse {
	b.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := &gqlResponse{Status: resp.StatusCode, Header: resp.Header, Raw: string(raw)}
	json.Unmarshal(raw, out)
	return out
}

func (b *browser) cookie(name string) *http.Cookie {
	req, _ := http.NewRequest("GET", b.base, nil)
	for _, c := range b.c.Jar.Cookies(req.URL) {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// bearer sends query with an Authorization: Bearer header and no cookie.
func (ta *testApp) bearer(t testing.TB, token, query string, vars map[string]any, headers ...string) *gqlResponse {
	t.Helper()
	return ta.browser(t).gql(query, vars, append([]string{"Authorization", "Bearer " + token}, headers...)...)
}

// bearerStatus is the HTTP status of `me` with a bearer token.
func (ta *testApp) bearerStatus(t testing.TB, token string) int {
	t.Helper()
	return ta.bearer(t, token, `{ me { id } }`, nil).Status
}

// rawGQL posts a GraphQL request with a client of its own, without touching
// testing.T, so that it can run on any goroutine.
func rawGQL(c *http.Client, base, query string, vars map[string]any) (int, []byte, error) {
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

// Signing in.

const signInMutation = `mutation($login: String!, $password: String!) {
  signIn(input: {login: $login, password: $password}) {
    user { id email username role }
    mustChangePassword
    userErrors { code field message }
  }
}`

type signInResult struct {
	SignIn struct {
		User *struct {
			ID, Email, Username, Role string
		} `json:"user"`
		MustChangePassword bool            `json:"mustChangePassword"`
		UserErrors         []userErrorJSON `json:"userErrors"`
	} `json:"signIn"`
}

func (b *browser) signIn(login, pw string) signInResult {
	b.t.Helper()
	var out signInResult
	b.gql(signInMutation, map[string]any{"login": login, "password": pw}).into(b.t, &out)
	return out
}

func (b *browser) mustSignIn(login, pw string) {
	b.t.Helper()
	if r := b.signIn(login, pw); r.SignIn.User == nil {
		b.t.Fatalf("sign in as %s failed: %+v", login, r.SignIn.UserErrors)
	}
}

// signInCode signs in and returns the first userError code ("" on success).
func (b *browser) signInCode(login, pw string) string {
	b.t.Helper()
	r := b.signIn(login, pw)
	if len(r.SignIn.UserErrors) > 0 {
		return r.SignIn.UserErrors[0].Code
	}
	if r.SignIn.User == nil {
		b.t.Fatalf("sign-in gave neither a user nor an error")
	}
	return ""
}

// meJSON is the signed-in user as the API shows it.
type meJSON struct {
	ID, Email, Username, Locale string
	MustChangePassword          bool    `json:"mustChangePassword"`
	LockedAt                    *string `json:"lockedAt"`
	EmailVerifiedAt             *string `json:"emailVerifiedAt"`
}

const meQ = `{ me { id email username mustChangePassword locale lockedAt emailVerifiedAt } }`

// me returns the signed-in user, or nil.
func (b *browser) me() *meJSON {
	b.t.Helper()
	var out struct {
		Me *meJSON `json:"me"`
	}
	b.gql(meQ, nil).into(b.t, &out)
	return out.Me
}

// userErrors.

type userErrorJSON struct {
	Code    string   `json:"code"`
	Field   []string `json:"field"`
	Message string   `json:"message"`
}

// userErrors decodes data.<field>.userErrors of a mutation answer.
func (r *gqlResponse) userErrors(t testing.TB, field string) []userErrorJSON {
	t.Helper()
	var out map[string]*struct {
		UserErrors []userErrorJSON `json:"userErrors"`
	}
	r.into(t, &out)
	p := out[field]
	if p == nil {
		t.Fatalf("no payload %q in %s", field, r.Raw)
	}
	return p.UserErrors
}

// onlyCode is the code of the only userError, "" when there is none, and
// a description when there are several.
func onlyCode(ues []userErrorJSON) string {
	switch len(ues) {
	case 0:
		return ""
	case 1:
		return ues[0].Code
	}
	return fmt.Sprintf("%d errors: %+v", len(ues), ues)
}

// wantUserError fails unless the mutation answered exactly one userError
// with code (or none, when code is "").
func wantUserError(t testing.TB, resp *gqlResponse, field, code string) {
	t.Helper()
	if got := onlyCode(resp.userErrors(t, field)); got != code {
		t.Fatalf("%s: userError %q, want %q: %s", field, got, code, resp.Raw)
	}
}

// wantUserErrorField is wantUserError for an error about one input field.
func wantUserErrorField(t testing.TB, resp *gqlResponse, field, code, input string) {
	t.Helper()
	ues := resp.userErrors(t, field)
	if onlyCode(ues) != code || strings.Join(ues[0].Field, ".") != "input."+input {
		t.Fatalf("%s: want one %s about %s: %s", field, code, input, resp.Raw)
	}
}

// wantTopLevel fails unless the request was refused with a top-level
// error of code.
func wantTopLevel(t testing.TB, resp *gqlResponse, code string) {
	t.Helper()
	if resp.code() != code {
		t.Fatalf("top-level code %q, want %q: %s", resp.code(), code, resp.Raw)
	}
}

// payload is the common shape of the account mutations' payloads: the
// user they changed and their userErrors.
type payload struct {
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
func (p payload) code() string {
	if len(p.UserErrors) == 0 {
		return ""
	}
	return p.UserErrors[0].Code
}

// field is the first userError's field path, joined with dots.
func (p payload) field() string {
	if len(p.UserErrors) == 0 {
		return ""
	}
	return strings.Join(p.UserErrors[0].Field, ".")
}

// payloadOf runs a document and decodes data[field] as a payload; top-level
// errors fail the test.
func payloadOf(t testing.TB, br *browser, field, query string, vars map[string]any, headers ...string) payload {
	t.Helper()
	resp := br.gql(query, vars, headers...)
	var data map[string]json.RawMessage
	resp.into(t, &data)
	var p payload
	if err := json.Unmarshal(data[field], &p); err != nil {
		t.Fatalf("decode %s: %v (%s)", field, err, resp.Raw)
	}
	return p
}

// rawPayload decodes data[field] of a rawGQL answer.
func rawPayload(raw []byte, field string) (payload, error) {
	var out struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []gqlError                 `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return payload{}, err
	}
	if len(out.Errors) > 0 {
		return payload{}, fmt.Errorf("GraphQL errors: %s", raw)
	}
	var p payload
	err := json.Unmarshal(out.Data[field], &p)
	return p, err
}

// asJSON renders v for failure messages.
func asJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// The documents more than one test file sends.

const (
	requestResetQ = `mutation($login: String!) {
  requestReset(input: {login: $login}) { userErrors { code field message } }
}`
	resetPasswordQ = `mutation($token: String!, $pw: String!, $confirm: String!) {
  resetPassword(input: {token: $token, newPassword: $pw, newPasswordConfirmation: $confirm}) {
    user { id email mustChangePassword lockedAt }
    userErrors { code field message }
  }
}`
	changePasswordQ = `mutation($current: String!, $pw: String!, $confirm: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $pw, newPasswordConfirmation: $confirm}) {
    user { id email mustChangePassword }
    userErrors { code field message }
  }
}`
	reminderQ = `mutation($email: String!) {
  requestUsernameReminder(input: {email: $email}) { userErrors { code field message } }
}`
	requestEmailChangeQ = `mutation($email: String!, $pw: String!) {
  requestEmailChange(input: {newEmail: $email, currentPassword: $pw}) { userErrors { code field message } }
}`
	confirmEmailChangeQ = `mutation($token: String!) {
  confirmEmailChange(input: {token: $token}) { user { id email emailVerifiedAt } userErrors { code field message } }
}`
	signUpQ = `mutation($email: String!, $username: String!, $pw: String!, $confirm: String!, $locale: String) {
  signUp(input: {email: $email, username: $username, name: "New Person", password: $pw, passwordConfirmation: $confirm, locale: $locale}) {
    user { id email username emailVerifiedAt }
    userErrors { code field message }
  }
}`
	verifyEmailQ = `mutation($token: String!) {
  verifyEmail(input: {token: $token}) { user { id email emailVerifiedAt } userErrors { code field message } }
}`
	updateMeQ = `mutation($locale: String) {
  updateMe(input: {locale: $locale}) { user { id locale } userErrors { code field message } }
}`
	settingsFields = `resetLinkLifetimeMinutes setPasswordLinkLifetimeMinutes resetRequestsPerHour resetMinIntervalSeconds
adminResetsPerHour ipRequestsPerMinute lockoutThreshold lockoutMinutes resetMethod registrationOpen passwordPolicy`
	settingsQ       = `{ securitySettings { ` + settingsFields + ` } }`
	updateSettingsQ = `mutation($input: UpdateSecuritySettingsInput!) {
  updateSecuritySettings(input: $input) {
    securitySettings { ` + settingsFields + ` }
    userErrors { code field message }
  }
}`
)

func requestReset(t testing.TB, br *browser, login string) payload {
	t.Helper()
	return payloadOf(t, br, "requestReset", requestResetQ, map[string]any{"login": login})
}

func resetPassword(t testing.TB, br *browser, token, pw, confirm string) payload {
	t.Helper()
	return payloadOf(t, br, "resetPassword", resetPasswordQ, map[string]any{"token": token, "pw": pw, "confirm": confirm})
}

func changePassword(t testing.TB, br *browser, current, pw, confirm string) payload {
	t.Helper()
	return payloadOf(t, br, "changePassword", changePasswordQ, map[string]any{"current": current, "pw": pw, "confirm": confirm})
}

// setSettingsAsAdmin changes settings through the API and fails on errors.
func setSettingsAsAdmin(t testing.TB, admin *browser, input map[string]any) {
	t.Helper()
	resp := admin.gql(updateSettingsQ, map[string]any{"input": input})
	var out struct {
		UpdateSecuritySettings struct{ UserErrors []userErrorJSON }
	}
	resp.into(t, &out)
	if len(out.UpdateSecuritySettings.UserErrors) > 0 {
		t.Fatalf("update settings %v: %s", input, asJSON(out))
	}
}

// Audit events as an admin reads them through the API (auditRows in
// kit_app_test.go reads the stored rows).

type auditEventJSON struct {
	ID        string  `json:"id"`
	Type      string  `json:"type"`
	ActorID   *string `json:"actorID"`
	SubjectID *string `json:"subjectID"`
	IP        string  `json:"ip"`
	UserAgent string  `json:"userAgent"`
	CreatedAt string  `json:"createdAt"`
	Details   []struct {
		Key, Value string
	} `json:"details"`
}

func (e auditEventJSON) detail(key string) string {
	for _, d := range e.Details {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func (e auditEventJSON) involves(id string) bool {
	return (e.ActorID != nil && *e.ActorID == id) || (e.SubjectID != nil && *e.SubjectID == id)
}

const auditEventsQ = `query($first: Int, $after: Cursor, $where: AuditEventWhereInput, $orderBy: AuditEventOrder) {
  auditEvents(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type actorID subjectID ip userAgent createdAt details { key value } } }
  }
}`

type auditPage struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string         `json:"cursor"`
		Node   auditEventJSON `json:"node"`
	} `json:"edges"`
}

func (p auditPage) events() []auditEventJSON {
	out := make([]auditEventJSON, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}

// auditEventsOf lists audit events as an admin browser sees them.
func auditEventsOf(t testing.TB, br *browser, vars map[string]any) auditPage {
	t.Helper()
	var out struct {
		AuditEvents auditPage `json:"auditEvents"`
	}
	br.gql(auditEventsQ, vars).into(t, &out)
	return out.AuditEvents
}

func eventTypes(evs []auditEventJSON) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Type
	}
	return out
}
