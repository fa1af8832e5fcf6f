package main

import (
	"context"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/testdb"
)

// Every admin operation is refused to anonymous callers (UNAUTHENTICATED)
// and to signed-in people without the ADMIN role (FORBIDDEN), with no data
// and no change to anything.
func TestOnlyAdminsUseTheAdminOperations(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "root@example.com", "root", true)
	ta.createUser(t, "mallory@example.com", "mallory", false)
	victim := ta.createUser(t, "victor@example.com", "victor", false)
	locked := ta.createUser(t, "lena@example.com", "lena", false)
	ta.db.Client.User.UpdateOneID(locked).SetLockedAt(time.Now()).ExecX(context.Background())
	// The victim is signed in somewhere: a forced sign-in must not end it.
	ta.signedIn(t, "victor")
	// A token of the victim, to see that forceSignIn by a non-admin leaves it.
	victimBrowser := ta.signedIn(t, "victor")
	victimBrowser.gql(`mutation { createAccessToken(input: {name: "ci"}) { token } }`, nil)

	tests := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"createUser", `mutation($e: String!) { createUser(input: {email: $e, username: "intruder", role: ADMIN}) { user { id } userErrors { code } } }`, map[string]any{"e": "intruder@example.com"}},
		{"updateUser", `mutation($id: ID!) { updateUser(input: {id: $id, name: "Owned", role: ADMIN, email: "owned@example.com"}) { user { id } userErrors { code } } }`, map[string]any{"id": victim}},
		{"deleteUser", `mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedUserId userErrors { code } } }`, map[string]any{"id": victim}},
		{"lockUser", `mutation($id: ID!) { lockUser(input: {id: $id}) { user { id } userErrors { code } } }`, map[string]any{"id": victim}},
		{"unlockUser", `mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id } userErrors { code } } }`, map[string]any{"id": locked}},
		{"adminResetPassword", `mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": victim}},
		{"forceSignIn", `mutation($id: ID!) { forceSignIn(input: {userId: $id}) { revokedSessions revokedTokens userErrors { code } } }`, map[string]any{"id": victim}},
		{"auditEvents", `{ auditEvents(first: 10) { totalCount edges { node { id type } } } }`, nil},
		{"outbox (it holds the emailed links)", `{ outbox(first: 10) { edges { node { id textBody } } } }`, nil},
		{"users", `{ users(first: 10) { edges { node { id email } } } }`, nil},
		{"organizations", `{ organizations { id name } }`, nil},
		{"createOrganization", `mutation { createOrganization(input: {name: "Shadow Org"}) { organization { id } userErrors { code } } }`, nil},
		{"securitySettings", `{ securitySettings { lockoutThreshold ipRequestsPerMinute } }`, nil},
		{"updateSecuritySettings", `mutation { updateSecuritySettings(input: {lockoutThreshold: 100, registrationOpen: true}) { securitySettings { lockoutThreshold } userErrors { code } } }`, nil},
	}
	callers := []struct {
		name, login, code string
	}{
		{"anonymous caller is told to sign in", "", "UNAUTHENTICATED"},
		{"signed-in non-admin is forbidden", "mallory", "FORBIDDEN"},
	}
	for _, c := range callers {
		br := ta.browser(t)
		if c.login != "" {
			br.mustSignIn(c.login, goodPassword)
		}
		for _, tt := range tests {
			t.Run(tt.name+"/"+c.name, func(t *testing.T) {
				before := ta.snapshot(t)
				resp := br.gql(tt.query, tt.vars)
				ta.background.Wait()
				if resp.Status != 200 {
					t.Fatalf("status %d: %s", resp.Status, resp.Raw)
				}
				wantTopLevel(t, resp, c.code)
				if string(resp.Data) != "null" {
					t.Fatalf("a refused call returned data: %s", resp.Raw)
				}
				if after := ta.snapshot(t); after != before {
					t.Fatalf("a refused call changed something:\nbefore:\n%s\nafter:\n%s", before, after)
				}
			})
		}
	}
}
