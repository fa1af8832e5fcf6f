package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestScratchAliases(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		smtp := mailtest.Start(t)
		ta := newTestApp(t, b, "--smtp", smtp.URL())
		admin := lcAdmin(t, ta)
		lcSetSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true, "ipRequestsPerMinute": 3})
		var q strings.Builder
		q.WriteString("mutation {\n")
		for i := range 8 {
			fmt.Fprintf(&q, "  s%d: signUp(input: {email: \"p%d@example.com\", username: \"p%d\", name: \"P\", password: \"Marble-Orchard-71\", passwordConfirmation: \"Marble-Orchard-71\"}) { user { id } userErrors { code } }\n", i, i, i)
		}
		q.WriteString("}")
		r := ta.browser(t).gql(q.String(), nil)
		t.Logf("signUp: %s", r.Raw)
		lcSetSettingsAsAdmin(t, admin, map[string]any{"ipRequestsPerMinute": 0})
		ta.createUser(t, "ann@example.com", "ann", false)
		ann := ta.browser(t)
		ann.mustSignIn("ann", goodPassword)
		q.Reset()
		q.WriteString("mutation {\n")
		for i := range 8 {
			fmt.Fprintf(&q, "  e%d: requestEmailChange(input: {newEmail: \"victim@example.org\", currentPassword: %q}) { userErrors { code } }\n", i, goodPassword)
		}
		q.WriteString("}")
		r = ann.gql(q.String(), nil)
		t.Logf("requestEmailChange: %s", r.Raw)
		orgID := orgCreate(t, admin, "Shop")
		tok, _ := orgInvitedToken(t, smtp, admin, orgID, "Shop", "guest@example.com", "VIEW_ORDERS")
		q.Reset()
		q.WriteString("mutation($t: String!) {\n")
		for i := range 4 {
			fmt.Fprintf(&q, "  a%d: acceptInvitation(input: {token: $t, password: \"Marble-Orchard-71\", username: \"guest%d\", name: \"G\"}) { membership { id } userErrors { code } }\n", i, i)
		}
		q.WriteString("}")
		r = ta.browser(t).gql(q.String(), map[string]any{"t": tok})
		t.Logf("accept: %s", r.Raw)
		n := ta.db.Client.User.Query().CountX(t.Context())
		t.Logf("users: %d", n)
	})
}
