package main

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

// Each change below fails at its last write, its audit event (failOn):
// the change must not be made, so that the log never misses one.
func TestAChangeWhoseAuditEventFailsIsNotMade(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		t.Run("updateSecuritySettings", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.createUser(t, "root@example.com", "root", true)
			admin := admSignedIn(t, ta, "root")
			before, err := settings.Load(ctx, ta.db.Client)
			if err != nil {
				t.Fatal(err)
			}
			failOn(ta, audit.SettingsUpdated)
			resp := admin.gql(`mutation { updateSecuritySettings(input: {lockoutThreshold: 42, registrationOpen: true}) { securitySettings { lockoutThreshold } userErrors { code } } }`, nil)
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			after, err := settings.Load(ctx, ta.db.Client)
			if err != nil {
				t.Fatal(err)
			}
			if after.LockoutThreshold != before.LockoutThreshold || after.RegistrationOpen != before.RegistrationOpen {
				t.Fatalf("the settings changed without their audit event: lockoutThreshold %d, registrationOpen %v", after.LockoutThreshold, after.RegistrationOpen)
			}
		})
		t.Run("createAccessToken", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.createUser(t, "ann@example.com", "ann", false)
			ann := admSignedIn(t, ta, "ann")
			failOn(ta, audit.AccessTokenCreated)
			resp := ann.gql(`mutation { createAccessToken(input: {name: "ci"}) { token userErrors { code } } }`, nil)
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if n := ta.db.Client.AccessToken.Query().CountX(ctx); n != 0 {
				t.Fatalf("%d tokens were made without their audit event", n)
			}
		})
		t.Run("revokeAccessToken", func(t *testing.T) {
			ta := newTestApp(t, b)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			tok := lcAccessToken(t, ta, annID)
			id := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).OnlyX(ctx).ID
			ann := admSignedIn(t, ta, "ann")
			failOn(ta, audit.AccessTokenRevoked)
			resp := ann.gql(`mutation($id: ID!) { revokeAccessToken(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": id})
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if n := ta.db.Client.AccessToken.Query().Where(accesstoken.ID(id)).CountX(ctx); n != 1 {
				t.Fatal("the token was revoked without its audit event")
			}
			if s := lcBearerStatus(t, ta, tok); s != 200 {
				t.Fatalf("the token stopped working: %d", s)
			}
		})
	})
}
