package main

import (
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

// Free-text inputs (names, organisation names, token names) and the
// escape sequences, line breaks and bidi overrides that would rewrite a
// console, a log line or what a screen shows.

const (
	htUpdateMeQ = `mutation($name: String) {
  updateMe(input: {name: $name}) { user { id } userErrors { code field message } }
}`
	htSignUpQ = `mutation($email: String!, $username: String!, $name: String) {
  signUp(input: {email: $email, username: $username, name: $name, password: "Brand-New-Pass-42", passwordConfirmation: "Brand-New-Pass-42"}) {
    user { id }
    userErrors { code field message }
  }
}`
	htCreateUserQ = `mutation($name: String) {
  createUser(input: {email: "new@example.com", username: "newbie", name: $name}) { user { id } userErrors { code field message } }
}`
	htCreateOrgQ = `mutation($name: String!) {
  createOrganization(input: {name: $name}) { userErrors { code field message } }
}`
	htCreateTokenQ = `mutation($name: String!) {
  createAccessToken(input: {name: $name}) { userErrors { code field message } }
}`
)

var htHostileTexts = []struct{ name, text string }{
	{"an ANSI escape", "Eve\x1b[2J\x1b[31mROOT"},
	{"a bare ESC", "Eve\x1b"},
	{"a C1 CSI", "Eve\u009b2J"},
	{"DEL", "Eve\x7f"},
	{"a tab", "Eve\tRoot"},
	{"a forged log line", "Eve\nlevel=INFO msg=signed-in user=root"},
	{"a right-to-left override", "Eve\u202eexe.gpj"},
	{"a Unicode line separator", "Eve\u2028Root"},
}

func TestNamesWithEscapeAndControlCharactersAreRefused(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		ta.createUser(t, "eve@example.com", "eve", false)
		eve := ta.signedIn(t, "eve")
		setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})

		call := func(br *browser, field, q string, vars map[string]any) func(string) payload {
			return func(text string) payload {
				vars["name"] = text
				return payloadOf(t, br, field, q, vars)
			}
		}
		inputs := []struct {
			name string
			call func(text string) payload
		}{
			{"updateMe's name", call(eve, "updateMe", htUpdateMeQ, map[string]any{})},
			{"signUp's name", call(ta.browser(t), "signUp", htSignUpQ, map[string]any{"email": "joiner@example.com", "username": "joiner"})},
			{"createUser's name", call(admin, "createUser", htCreateUserQ, map[string]any{})},
			{"createOrganization's name", call(admin, "createOrganization", htCreateOrgQ, map[string]any{})},
			{"createAccessToken's name", call(eve, "createAccessToken", htCreateTokenQ, map[string]any{})},
		}
		for _, in := range inputs {
			for _, h := range htHostileTexts {
				t.Run(in.name+" with "+h.name, func(t *testing.T) {
					if p := in.call(h.text); p.code() != "INVALID_INPUT" || p.field() != "input.name" {
						t.Fatalf("got %+v, want INVALID_INPUT on input.name", p)
					}
				})
			}
		}
		if me := eve.me(); me == nil {
			t.Fatal("eve was signed out")
		}
		var out struct{ Me struct{ Name string } }
		eve.gql(`{ me { name } }`, nil).into(t, &out)
		if out.Me.Name != "Eve" {
			t.Fatalf("the name changed to %q", out.Me.Name)
		}
		t.Run("plain names of any script still pass", func(t *testing.T) {
			if p := payloadOf(t, eve, "updateMe", htUpdateMeQ, map[string]any{"name": "Ève Öberg-王"}); p.code() != "" {
				t.Fatalf("got %+v", p)
			}
			if p := payloadOf(t, admin, "createOrganization", htCreateOrgQ, map[string]any{"name": "Åsa & Co"}); p.code() != "" {
				t.Fatalf("got %+v", p)
			}
			if p := payloadOf(t, eve, "createAccessToken", htCreateTokenQ, map[string]any{"name": "CI (prod) ✓"}); p.code() != "" {
				t.Fatalf("got %+v", p)
			}
		})
	})
}
