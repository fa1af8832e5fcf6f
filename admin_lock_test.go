package main

import (
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/testdb"
)

// lkLastMail waits until the outbox is delivered and returns the last
// message to addr about subject.
func lkLastMail(t *testing.T, ta *testApp, smtp *mailtest.Server, addr, subject string) mailtest.Message {
	t.Helper()
	lcDrain(t, ta)
	msgs := smtp.To(addr)
	for i := len(msgs) - 1; i >= 0; i-- {
		if strings.Contains(msgs[i].Subject, subject) {
			return msgs[i]
		}
	}
	t.Fatalf("no message to %s about %q", addr, subject)
	return mailtest.Message{}
}

const lkLockKindQ = `query($id: ID!) { node(id: $id) { ... on User { lockedAt lockKind } } }`

// lkLockKind returns the user's lockKind and whether lockedAt is set, as an
// admin sees them.
func lkLockKind(t *testing.T, admin *browser, id string) (kind string, locked bool) {
	t.Helper()
	var out struct {
		Node struct {
			LockedAt *string `json:"lockedAt"`
			LockKind *string `json:"lockKind"`
		} `json:"node"`
	}
	admin.gql(lkLockKindQ, map[string]any{"id": id}).into(t, &out)
	if out.Node.LockKind != nil {
		kind = *out.Node.LockKind
	}
	return kind, out.Node.LockedAt != nil
}

// The attack: lockUser, then the owner runs requestReset and resetPassword
// (or signs in with a temporary password): unlocked, signed in. An admin's
// lock is its own state now: only unlockUser lifts it.
func TestAnAdminLockIsNotUndoneByTheOwner(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := lcMailApp(t, b)
		lcNoClientLimit(t, ta)
		ta.createUser(t, "root@example.com", "root", true)
		kim := ta.createUser(t, "kim@example.com", "kim", false)
		admin := admSignedIn(t, ta, "root")

		// A reset link obtained before the lock.
		lcRequestReset(t, ta.browser(t), "kim")
		before := smtp.WaitTo("kim@example.com", "Reset your password", lcMailWait).Token()

		lockResp := admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { user { id lockedAt lockKind } userErrors { code } } }`, map[string]any{"id": kim})
		admWantUserError(t, lockResp, "lockUser", "")
		if kind, locked := lkLockKind(t, admin, kim); kind != "ADMIN" || !locked {
			t.Fatalf("after lockUser: lockKind %q, lockedAt set %v", kind, locked)
		}
		if c := lcSignInCode(t, ta.browser(t), "kim", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("sign-in under an admin lock: %q", c)
		}

		t.Run("requestReset answers the same and sends nothing", func(t *testing.T) {
			lcDrain(t, ta)
			sent := len(smtp.To("kim@example.com"))
			for _, login := range []string{"kim", "kim@example.com"} {
				mine := ta.browser(t).gql(lcRequestResetQ, map[string]any{"login": login})
				nobody := ta.browser(t).gql(lcRequestResetQ, map[string]any{"login": "nobody"})
				if mine.Raw != nobody.Raw {
					t.Fatalf("requestReset(%s) under an admin lock answers differently:\n%s\n%s", login, mine.Raw, nobody.Raw)
				}
			}
			lcCall(t, ta.browser(t), "requestUsernameReminder", lcReminderQ, map[string]any{"email": "kim@example.com"})
			lcDrain(t, ta)
			if got := smtp.To("kim@example.com"); len(got) != sent {
				t.Fatalf("%d emails to the admin-locked account after the requests; last %q", len(got)-sent, got[len(got)-1].Subject)
			}
		})

		t.Run("a reset link from before the lock does not unlock", func(t *testing.T) {
			lcResetPassword(t, ta.browser(t), before, lcNewPassword, lcNewPassword)
			if kind, _ := lkLockKind(t, admin, kim); kind != "ADMIN" {
				t.Fatalf("lockKind after the old link: %q", kind)
			}
			for _, pw := range []string{goodPassword, lcNewPassword} {
				if c := lcSignInCode(t, ta.browser(t), "kim", pw); c != "ACCOUNT_LOCKED" {
					t.Fatalf("sign-in after the old link: %q", c)
				}
			}
		})

		t.Run("a reset link sent by an admin sets the password but does not unlock", func(t *testing.T) {
			admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": kim})
			m := lkLastMail(t, ta, smtp, "kim@example.com", "Reset your password")
			if p := lcResetPassword(t, ta.browser(t), m.Token(), lcNewPassword, lcNewPassword); p.code() != "" {
				t.Fatalf("resetPassword: %+v", p)
			}
			if kind, locked := lkLockKind(t, admin, kim); kind != "ADMIN" || !locked {
				t.Fatalf("after resetPassword: lockKind %q, lockedAt set %v", kind, locked)
			}
			if c := lcSignInCode(t, ta.browser(t), "kim", lcNewPassword); c != "ACCOUNT_LOCKED" {
				t.Fatalf("sign-in with the new password under an admin lock: %q", c)
			}
		})

		t.Run("a temporary password does not open it", func(t *testing.T) {
			lcSettings(t, ta, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("TEMPORARY_PASSWORD") })
			defer lcSettings(t, ta, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("LINK") })
			admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": kim})
			m := lkLastMail(t, ta, smtp, "kim@example.com", "Your temporary password")
			temp := lcTempPassword(m.Text)
			if temp == "" {
				t.Fatalf("no temporary password in:\n%s", m.Text)
			}
			if c := lcSignInCode(t, ta.browser(t), "kim", temp); c != "ACCOUNT_LOCKED" {
				t.Fatalf("sign-in with a temporary password under an admin lock: %q", c)
			}
			if kind, _ := lkLockKind(t, admin, kim); kind != "ADMIN" {
				t.Fatalf("lockKind after the temporary password: %q", kind)
			}
		})

		t.Run("unlockUser lifts it", func(t *testing.T) {
			admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id } userErrors { code } } }`, map[string]any{"id": kim})
			if kind, locked := lkLockKind(t, admin, kim); kind != "" || locked {
				t.Fatalf("after unlockUser: lockKind %q, lockedAt set %v", kind, locked)
			}
			if c := lcSignInCode(t, ta.browser(t), "kim", lcNewPassword); c != "" {
				t.Fatalf("sign-in after unlockUser: %q", c)
			}
		})
	})
}

// The automatic lockout is its own kind, and a reset still lifts it.
func TestTheAutomaticLockoutShowsItsKindAndAResetLiftsIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := lcMailApp(t, b)
		lcNoClientLimit(t, ta)
		ta.createUser(t, "root@example.com", "root", true)
		erin := ta.createUser(t, "erin@example.com", "erin", false)
		admin := admSignedIn(t, ta, "root")
		for i := 0; i < 5; i++ {
			lcSignInCode(t, ta.browser(t), "erin", "Wrong-Horse-9")
		}
		ta.background.Wait()
		if kind, locked := lkLockKind(t, admin, erin); kind != "AUTOMATIC" || !locked {
			t.Fatalf("after five failures: lockKind %q, lockedAt set %v", kind, locked)
		}
		// The grid's "locked" filter finds both kinds.
		kim := ta.createUser(t, "kim@example.com", "kim", false)
		admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { user { id } } }`, map[string]any{"id": kim})
		var grid struct {
			Users struct {
				Edges []struct {
					Node struct{ Username, LockKind string }
				}
			}
		}
		admin.gql(`{ users(where: {lockedAtNotNil: true}, orderBy: {field: USERNAME, direction: ASC}) { edges { node { username lockKind } } } }`, nil).into(t, &grid)
		if len(grid.Users.Edges) != 2 || grid.Users.Edges[0].Node.LockKind != "AUTOMATIC" || grid.Users.Edges[1].Node.LockKind != "ADMIN" {
			t.Fatalf("the locked filter: %+v", grid)
		}
		m := smtp.WaitTo("erin@example.com", "Your account was locked", lcMailWait)
		if p := lcResetPassword(t, ta.browser(t), m.Token(), lcNewPassword, lcNewPassword); p.code() != "" {
			t.Fatalf("reset: %+v", p)
		}
		if kind, locked := lkLockKind(t, admin, erin); kind != "" || locked {
			t.Fatalf("after the reset: lockKind %q, lockedAt set %v", kind, locked)
		}
		if c := lcSignInCode(t, ta.browser(t), "erin", lcNewPassword); c != "" {
			t.Fatalf("sign-in after the reset: %q", c)
		}
	})
}
