package main

import (
	"context"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/rights"
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
		dev := ta.signedIn(t, "dev")
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

// A plain member reads the organisation's members: names, not when the
// others last signed in or whether they are locked. Members who manage
// members, and admins, still see both.
func TestPlainMemberCannotSeeOtherMembersSignInAndLockState(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		ctx := context.Background()
		carolID := ta.createUser(t, "carol@example.com", "carol", false)
		ta.db.Client.Membership.Create().SetUserID(carolID).SetOrganizationID(w.orgID).SetRights([]rights.Right{rights.ManageMembers}).ExecX(ctx)
		carol := ta.signedIn(t, "carol")
		// Eve signed in once and is locked now.
		eveID := ta.createUser(t, "eve@example.com", "eve", false)
		ta.db.Client.Membership.Create().SetUserID(eveID).SetOrganizationID(w.orgID).SetRights([]rights.Right{}).ExecX(ctx)
		ta.db.Client.User.UpdateOneID(eveID).SetLastSignInAt(time.Now().Add(-time.Hour)).SetLockedAt(time.Now()).ExecX(ctx)

		const q = `query($id: ID!) { organization(id: $id) { members { user { username lockedAt lastSignInAt } } } }`
		state := func(br *browser) map[string][2]bool {
			t.Helper()
			var out struct {
				Organization struct {
					Members []struct {
						User struct {
							Username               string
							LockedAt, LastSignInAt *string
						}
					}
				}
			}
			br.gql(q, map[string]any{"id": w.orgID}).into(t, &out)
			got := map[string][2]bool{}
			for _, m := range out.Organization.Members {
				got[m.User.Username] = [2]bool{m.User.LockedAt != nil, m.User.LastSignInAt != nil}
			}
			return got
		}
		// [locked shown, last sign-in shown]
		tests := []struct {
			who  string
			br   *browser
			want map[string][2]bool
		}{
			{"a plain member", w.alice, map[string][2]bool{"alice": {false, true}, "bob": {false, false}, "carol": {false, false}, "eve": {false, false}}},
			{"a member who manages members", carol, map[string][2]bool{"alice": {false, true}, "bob": {false, true}, "carol": {false, true}, "eve": {true, true}}},
			{"an admin", w.admin, map[string][2]bool{"alice": {false, true}, "bob": {false, true}, "carol": {false, true}, "eve": {true, true}}},
		}
		for _, tt := range tests {
			t.Run(tt.who, func(t *testing.T) {
				if got := state(tt.br); !maps.Equal(got, tt.want) {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			})
		}
		t.Run("a plain member still sees their own", func(t *testing.T) {
			var out struct {
				Me struct{ LastSignInAt *string }
			}
			w.alice.gql(`{ me { lastSignInAt } }`, nil).into(t, &out)
			if out.Me.LastSignInAt == nil {
				t.Error("own lastSignInAt hidden")
			}
		})
	})
}
