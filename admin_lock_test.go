package main

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/testdb"
)

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
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "root@example.com", "root", true)
		kim := ta.createUser(t, "kim@example.com", "kim", false)
		admin := ta.signedIn(t, "root")

		// A reset link obtained before the lock.
		requestReset(t, ta.browser(t), "kim")
		before := smtp.WaitTo("kim@example.com", "Reset your password", mailWait).Token()

		lockResp := admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { user { id lockedAt lockKind } userErrors { code } } }`, map[string]any{"id": kim})
		wantUserError(t, lockResp, "lockUser", "")
		if kind, locked := lkLockKind(t, admin, kim); kind != "ADMIN" || !locked {
			t.Fatalf("after lockUser: lockKind %q, lockedAt set %v", kind, locked)
		}
		if c := ta.browser(t).signInCode("kim", goodPassword); c != "ACCOUNT_LOCKED" {
			t.Fatalf("sign-in under an admin lock: %q", c)
		}

		t.Run("requestReset answers the same and sends nothing", func(t *testing.T) {
			ta.drainMail(t)
			sent := len(smtp.To("kim@example.com"))
			for _, login := range []string{"kim", "kim@example.com"} {
				mine := ta.browser(t).gql(requestResetQ, map[string]any{"login": login})
				nobody := ta.browser(t).gql(requestResetQ, map[string]any{"login": "nobody"})
				if mine.Raw != nobody.Raw {
					t.Fatalf("requestReset(%s) under an admin lock answers differently:\n%s\n%s", login, mine.Raw, nobody.Raw)
				}
			}
			payloadOf(t, ta.browser(t), "requestUsernameReminder", reminderQ, map[string]any{"email": "kim@example.com"})
			ta.drainMail(t)
			if got := smtp.To("kim@example.com"); len(got) != sent {
				t.Fatalf("%d emails to the admin-locked account after the requests; last %q", len(got)-sent, got[len(got)-1].Subject)
			}
		})

		t.Run("a reset link from before the lock does not unlock", func(t *testing.T) {
			resetPassword(t, ta.browser(t), before, newPassword, newPassword)
			if kind, _ := lkLockKind(t, admin, kim); kind != "ADMIN" {
				t.Fatalf("lockKind after the old link: %q", kind)
			}
			for _, pw := range []string{goodPassword, newPassword} {
				if c := ta.browser(t).signInCode("kim", pw); c != "ACCOUNT_LOCKED" {
					t.Fatalf("sign-in after the old link: %q", c)
				}
			}
		})

		t.Run("a reset link sent by an admin sets the password but does not unlock", func(t *testing.T) {
			admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": kim})
			m := ta.lastMail(t, smtp, "kim@example.com", "Reset your password")
			if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
				t.Fatalf("resetPassword: %+v", p)
			}
			if kind, locked := lkLockKind(t, admin, kim); kind != "ADMIN" || !locked {
				t.Fatalf("after resetPassword: lockKind %q, lockedAt set %v", kind, locked)
			}
			if c := ta.browser(t).signInCode("kim", newPassword); c != "ACCOUNT_LOCKED" {
				t.Fatalf("sign-in with the new password under an admin lock: %q", c)
			}
		})

		t.Run("a temporary password does not open it", func(t *testing.T) {
			ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("TEMPORARY_PASSWORD") })
			defer ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetResetMethod("LINK") })
			admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": kim})
			m := ta.lastMail(t, smtp, "kim@example.com", "Your temporary password")
			temp := tempPassword(m.Text)
			if temp == "" {
				t.Fatalf("no temporary password in:\n%s", m.Text)
			}
			if c := ta.browser(t).signInCode("kim", temp); c != "ACCOUNT_LOCKED" {
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
			if c := ta.browser(t).signInCode("kim", newPassword); c != "" {
				t.Fatalf("sign-in after unlockUser: %q", c)
			}
		})
	})
}

// The automatic lockout is its own kind, and a reset still lifts it.
func TestTheAutomaticLockoutShowsItsKindAndAResetLiftsIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "root@example.com", "root", true)
		erin := ta.createUser(t, "erin@example.com", "erin", false)
		admin := ta.signedIn(t, "root")
		for i := 0; i < 5; i++ {
			ta.browser(t).signInCode("erin", "Wrong-Horse-9")
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
		m := smtp.WaitTo("erin@example.com", "Your account was locked", mailWait)
		if p := resetPassword(t, ta.browser(t), m.Token(), newPassword, newPassword); p.code() != "" {
			t.Fatalf("reset: %+v", p)
		}
		if kind, locked := lkLockKind(t, admin, erin); kind != "" || locked {
			t.Fatalf("after the reset: lockKind %q, lockedAt set %v", kind, locked)
		}
		if c := ta.browser(t).signInCode("erin", newPassword); c != "" {
			t.Fatalf("sign-in after the reset: %q", c)
		}
	})
}

// TestTheGridsLockedFilterAndBadgesShowOnlyLocksThatHoldNow: where.locked (the
// admin grid's "Locked accounts only") finds an admin's lock, a lockout
// and codes locked after wrong codes while they hold, and leaves out the
// ones that have lapsed by themselves (still stored until the next try).
func TestTheGridsLockedFilterAndBadgesShowOnlyLocksThatHoldNow(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		admin := ta.newAdmin(t)
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(30) })
		now := time.Now()
		ctx := context.Background()
		for _, tc := range []struct {
			login string
			set   func(*ent.UserUpdateOne)
		}{
			{"lockedout", func(u *ent.UserUpdateOne) { u.SetLockedAt(now.Add(-time.Minute)) }},
			{"lapsedlockout", func(u *ent.UserUpdateOne) { u.SetLockedAt(now.Add(-2 * time.Hour)) }},
			{"adminlocked", func(u *ent.UserUpdateOne) {
				u.SetAdminLockedAt(now.Add(-48 * time.Hour)).SetLockedAt(now.Add(-48 * time.Hour))
			}},
			{"codeslocked", func(u *ent.UserUpdateOne) { u.SetSecondFactorLockedAt(now.Add(-time.Minute)) }},
			{"lapsedcodes", func(u *ent.UserUpdateOne) { u.SetSecondFactorLockedAt(now.Add(-2 * time.Hour)) }},
			{"free", func(*ent.UserUpdateOne) {}},
		} {
			id := ta.createUser(t, tc.login+"@example.com", tc.login, false)
			u := ta.db.Client.User.UpdateOneID(id)
			tc.set(u)
			u.ExecX(ctx)
		}
		list := func(locked bool) string {
			var out struct {
				Users struct {
					Edges []struct{ Node struct{ Username string } }
				}
			}
			admin.gql(`query($l: Boolean) { users(first: 50, where: {locked: $l}, orderBy: {field: USERNAME, direction: ASC}) { edges { node { username } } } }`,
				map[string]any{"l": locked}).into(t, &out)
			var names []string
			for _, e := range out.Users.Edges {
				names = append(names, e.Node.Username)
			}
			return strings.Join(names, ",")
		}
		if got, want := list(true), "adminlocked,codeslocked,lockedout"; got != want {
			t.Errorf("locked: true lists %s, want %s", got, want)
		}
		others := strings.Split(list(false), ",")
		for _, want := range []string{"free", "lapsedcodes", "lapsedlockout"} {
			if !slices.Contains(others, want) {
				t.Errorf("locked: false lists %v, without %s", others, want)
			}
		}
		for _, locked := range []string{"adminlocked", "codeslocked", "lockedout"} {
			if slices.Contains(others, locked) {
				t.Errorf("locked: false lists %v, with %s", others, locked)
			}
		}
		// The rows' badges say the same as the filter: a lapsed lockout
		// shows no lock, though it is stored until the next try.
		badges := func() string {
			var out struct {
				Users struct {
					Edges []struct {
						Node struct {
							Username             string
							LockKind             *string
							LockedAt             *time.Time
							SecondFactorLockedAt *time.Time
						}
					}
				}
			}
			admin.gql(`{ users(first: 50, orderBy: {field: USERNAME, direction: ASC}) { edges { node { username lockKind lockedAt secondFactorLockedAt } } } }`, nil).into(t, &out)
			var rows []string
			for _, e := range out.Users.Edges {
				n := e.Node
				if (n.LockKind == nil) != (n.LockedAt == nil) {
					t.Errorf("%s: lockKind %v with lockedAt %v", n.Username, n.LockKind, n.LockedAt)
				}
				switch {
				case n.LockKind != nil:
					rows = append(rows, n.Username+"="+*n.LockKind)
				case n.SecondFactorLockedAt != nil:
					rows = append(rows, n.Username+"=CODES")
				}
			}
			return strings.Join(rows, ",")
		}
		if got, want := badges(), "adminlocked=ADMIN,codeslocked=CODES,lockedout=AUTOMATIC"; got != want {
			t.Errorf("the rows' locks are %s, want %s", got, want)
		}
		// With lockoutMinutes 0 a lockout holds until an unlock.
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(0) })
		if got, want := list(true), "adminlocked,codeslocked,lapsedlockout,lockedout"; got != want {
			t.Errorf("with lockoutMinutes 0, locked: true lists %s, want %s", got, want)
		}
		if got, want := badges(), "adminlocked=ADMIN,codeslocked=CODES,lapsedlockout=AUTOMATIC,lockedout=AUTOMATIC"; got != want {
			t.Errorf("with lockoutMinutes 0, the rows' locks are %s, want %s", got, want)
		}
	})
}
