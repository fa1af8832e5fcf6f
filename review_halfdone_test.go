package main

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/testdb"
)

// The changes that still wrote their audit event (or their email) in a
// step of its own: each fails at one write, and nothing of it is left.
func TestAChangeWhoseLastWriteFailsLeavesNothingHalfDone(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		t.Run("adminResetPassword: its audit event fails, no token and no email", func(t *testing.T) {
			ta := newTestApp(t, b)
			ta.createUser(t, "root@example.com", "root", true)
			annID := ta.createUser(t, "ann@example.com", "ann", false)
			admin := admSignedIn(t, ta, "root")
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
			lcNoClientLimit(t, ta)
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
			admin := admSignedIn(t, ta, "root")
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
			ann := admSignedIn(t, ta, "ann")
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
			laptop := admSignedIn(t, ta, "ann")
			admSignedIn(t, ta, "ann") // the phone
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
