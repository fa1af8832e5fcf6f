package main

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

// An anonymous caller cannot introspect, and must not learn the schema's
// names from validation messages either ("Did you mean ...?"). Signed-in
// callers, who may introspect anyway, keep the suggestions.
func TestAnonymousCallerGetsNoFieldSuggestions(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.createUser(t, "dev@example.com", "dev", false)
		guesses := []struct{ name, query string }{
			{"a misspelt root field", `{ mee { id } }`},
			{"a misspelt field of a type", `{ passwordPolicy { minLenght } }`},
			{"a misspelt argument", `{ invitation(tokn: "x") { email } }`},
			{"a misspelt enum value", `mutation { updateSecuritySettings(input: {resetMethod: LINKK}) { userErrors { code } } }`},
			{"a misspelt input field", `mutation { signIn(input: {logn: "a", password: "b"}) { userErrors { code } } }`},
		}
		anon := ta.browser(t)
		dev := ta.browser(t)
		dev.mustSignIn("dev", goodPassword)
		for _, g := range guesses {
			t.Run(g.name, func(t *testing.T) {
				resp := anon.gql(g.query, nil)
				if len(resp.Errors) == 0 {
					t.Fatalf("no error: %s", resp.Raw)
				}
				if strings.Contains(resp.Raw, "Did you mean") {
					t.Fatalf("anonymous caller got a suggestion: %s", resp.Raw)
				}
				if signedIn := dev.gql(g.query, nil); !strings.Contains(signedIn.Raw, "Did you mean") {
					t.Errorf("signed-in caller lost the suggestion: %s", signedIn.Raw)
				}
			})
		}
	})
}

// Introspection refused to an anonymous caller is an expected refusal:
// UNAUTHENTICATED for the caller, and no error line in the log.
func TestAnonymousIntrospectionIsRefusedNotLoggedAsInternal(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		for _, q := range []string{
			`{ __schema { queryType { name } } }`,
			`{ __type(name: "User") { fields { name } } }`,
		} {
			resp := ta.browser(t).gql(q, nil)
			if resp.code() != "UNAUTHENTICATED" {
				t.Errorf("%s: code %q, want UNAUTHENTICATED: %s", q, resp.code(), resp.Raw)
			}
		}
		logs := ta.logs.String()
		if strings.Contains(logs, `"level":"ERROR"`) || strings.Contains(logs, "resolver failed") {
			t.Errorf("a refused introspection was logged as a failure:\n%s", logs)
		}
		if !strings.Contains(logs, "introspection refused") {
			t.Errorf("the refusal was not logged as one:\n%s", logs)
		}
	})
}
