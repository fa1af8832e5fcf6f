package main

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
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
			admin := ta.newAdmin(t)
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
			ann := ta.signedIn(t, "ann")
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
			tok := ta.accessToken(t, annID)
			id := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).OnlyX(ctx).ID
			ann := ta.signedIn(t, "ann")
			failOn(ta, audit.AccessTokenRevoked)
			resp := ann.gql(`mutation($id: ID!) { revokeAccessToken(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": id})
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if n := ta.db.Client.AccessToken.Query().Where(accesstoken.ID(id)).CountX(ctx); n != 1 {
				t.Fatal("the token was revoked without its audit event")
			}
			if s := ta.bearerStatus(t, tok); s != 200 {
				t.Fatalf("the token stopped working: %d", s)
			}
		})
	})
}

// The changes that still wrote their audit event (or their email) in a
// step of its own: each fails at one write, and nothing of it is left.
func TestAChangeWhoseLastWriteFailsLeavesNothingHalfDone(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		t.Run("adminResetPassword: its audit event fails, no token and no email", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.createUser(t, "root@example.com", "root", true)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			admin := ta.signedIn(t, "root")
			failOn(ta, audit.AdminResetPassword)
			resp := admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": annID})
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if n := ta.db.Client.ResetToken.Query().Where(resettoken.UserID(annID)).CountX(ctx); n != 0 {
				t.Errorf("%d reset tokens were made without the admin's audit event", n)
			}
			if n := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.ToAddress("ann@example.com")).CountX(ctx); n != 0 {
				t.Errorf("%d emails were queued without the admin's audit event", n)
			}
		})
		t.Run("lockout: its email fails, no lock and no lock event", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.noClientLimit(t)
			id := ta.createUser(t, "erin@example.com", "erin", false)
			failOn(ta, audit.PasswordResetAsked) // the lock email's event
			for i := range 5 {
				ta.browser(t).gql(signInMutation, map[string]any{"login": "erin", "password": "Wrong-Horse-" + string(rune('1'+i))})
			}
			ta.background.Wait()
			if u := ta.db.Client.User.GetX(ctx, id); u.LockedAt != nil {
				t.Error("the account was locked without its email")
			}
			if n := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.AccountLocked), auditevent.SubjectID(id)).CountX(ctx); n != 0 {
				t.Errorf("%d lock events without the lock's email", n)
			}
		})
		t.Run("unlockUser: its audit event fails, the lock holds", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.createUser(t, "root@example.com", "root", true)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			admin := ta.signedIn(t, "root")
			if r := admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": annID}); r.code() != "" {
				t.Fatalf("lockUser: %s", r.Raw)
			}
			failOn(ta, audit.AccountUnlocked)
			resp := admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": annID})
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if u := ta.db.Client.User.GetX(ctx, annID); u.AdminLockedAt == nil {
				t.Error("the admin's lock was lifted without its audit event")
			}
		})
		t.Run("updateMe: its audit event fails, the name stays", func(t *testing.T) {
			ta := newTestApp(t, b)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			ann := ta.signedIn(t, "ann")
			failOn(ta, audit.UserUpdated)
			resp := ann.gql(`mutation { updateMe(input: {name: "Someone Else"}) { user { name } userErrors { code } } }`, nil)
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if u := ta.db.Client.User.GetX(ctx, annID); u.Name != "Ann" {
				t.Errorf("the name changed to %q without an audit event", u.Name)
			}
		})
		t.Run("revokeSession: its audit event fails, the session lives", func(t *testing.T) {
			ta := newTestApp(t, b)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			laptop := ta.signedIn(t, "ann")
			ta.signedIn(t, "ann") // the phone
			sessions := ta.db.Client.Session.Query().Where(session.UserID(annID)).AllX(ctx)
			if len(sessions) != 2 {
				t.Fatalf("%d sessions", len(sessions))
			}
			failOn(ta, audit.SessionRevoked)
			resp := laptop.gql(`mutation($id: ID!) { revokeSession(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": sessions[0].ID})
			if resp.code() != "INTERNAL" {
				t.Errorf("answer: %s", resp.Raw)
			}
			if n := ta.db.Client.Session.Query().Where(session.UserID(annID)).CountX(ctx); n != 2 {
				t.Error("the session ended without its audit event")
			}
		})
	})
}
