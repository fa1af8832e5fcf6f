package main

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/passkey/passkeytest"
	"github.com/latchkey/latchkey/internal/testdb"
)

// The second-factor lock (issue 12): too many wrong codes lock the codes,
// with their own code, SECOND_FACTOR_LOCKED, told only to whoever shows the
// password; admins see it and unlockUser lifts it; passkeys are not locked
// out by it.

const signInLockQ = `mutation($login: String!, $password: String!) { signIn(input: {login: $login, password: $password}) {
  user { id } secondFactorRequired secondFactorMethods secondFactorLockedUntil userErrors { code field } } }`

const generateTokenLockQ = `mutation($login: String!, $password: String!) { generateToken(input: {login: $login, password: $password, name: "ci"}) {
  token secondFactorRequired secondFactorToken secondFactorLockedUntil userErrors { code field } } }`

const verifyLockQ = `mutation($code: String, $credential: JSON) { verifySecondFactor(input: {code: $code, credential: $credential}) {
  user { id } secondFactorLockedUntil userErrors { code field } } }`

const secondFactorLockQ = `query($id: ID!) { node(id: $id) { ... on User { lockKind secondFactorLockedAt secondFactorLockedUntil } } }`

type lockAnswer struct {
	User                    *struct{ ID string } `json:"user"`
	Token                   *string              `json:"token"`
	SecondFactorRequired    bool                 `json:"secondFactorRequired"`
	SecondFactorLockedUntil *time.Time           `json:"secondFactorLockedUntil"`
	UserErrors              []userErrorJSON      `json:"userErrors"`
}

// answer decodes the payload of field from resp.
func answer(t testing.TB, resp *gqlResponse, field string) lockAnswer {
	t.Helper()
	var out map[string]lockAnswer
	resp.into(t, &out)
	return out[field]
}

// lockWithWrongCodes signs in as u with the password and types wrong codes
// from the authenticator app until the second factor locks: the last one is
// the lockoutThreshold-th (5). It returns when the lock lapses.
func lockWithWrongCodes(t testing.TB, ta *testApp, u *totpUser) time.Time {
	t.Helper()
	br := ta.browser(t)
	pending(t, br, u)
	for i := range 5 {
		if v := answer(t, br.gql(verifyLockQ, map[string]any{"code": u.wrong(t)}), "verifySecondFactor"); onlyCode(v.UserErrors) != "SECOND_FACTOR_INVALID" {
			t.Fatalf("wrong code %d: %+v", i+1, v)
		}
	}
	lockedAt := u.clk.Now()
	// The right code now meets the lock, with when it lapses.
	v := answer(t, br.gql(verifyLockQ, map[string]any{"code": u.code(t)}), "verifySecondFactor")
	if onlyCode(v.UserErrors) != "SECOND_FACTOR_LOCKED" || v.User != nil || v.SecondFactorLockedUntil == nil {
		t.Fatalf("the right code after 5 wrong ones: %+v", v)
	}
	until := *v.SecondFactorLockedUntil
	// lockoutMinutes is 0 by default: the second-factor lock lasts 15 minutes.
	if d := until.Sub(lockedAt); d < 15*time.Minute-time.Second || d > 15*time.Minute+time.Second {
		t.Fatalf("the lock lapses at %v, %v after it was set, want 15 minutes", until, d)
	}
	return until
}

func TestASecondFactorLockIsToldOnlyAfterTheRightPassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		ta.createUser(t, "bob@example.com", "bob", false)
		until := lockWithWrongCodes(t, ta, u)

		// The owner is emailed, with a link to sign in (a passkey still
		// works) and no password-reset advice: a reset would not lift it.
		rows := ta.outboxRows(t, string(mail.KindSecondFactorLocked))
		if len(rows) != 1 {
			t.Fatalf("%d lock emails, want 1", len(rows))
		}
		if m := rows[0]; !strings.Contains(m.Link, "/sign-in") || strings.Contains(m.Link, "forgot") ||
			!strings.Contains(m.TextBody, "A password reset does not lift this lock") || !strings.Contains(m.TextBody, "passkey") {
			t.Fatalf("the lock email: link %q\n%s", m.Link, m.TextBody)
		}

		// Someone without the password learns nothing: a wrong password
		// answers exactly as for an account without a lock, or for no
		// account at all.
		strangers := map[string]string{}
		for _, login := range []string{"alice", "bob", "nobody"} {
			resp := ta.browser(t).gql(signInLockQ, map[string]any{"login": login, "password": "Wrong-Horse-9"})
			if a := answer(t, resp, "signIn"); onlyCode(a.UserErrors) != "INVALID_CREDENTIALS" || a.SecondFactorLockedUntil != nil {
				t.Fatalf("a wrong password for %s: %s", login, resp.Raw)
			}
			strangers[login] = string(resp.Data)
			token := ta.browser(t).gql(generateTokenLockQ, map[string]any{"login": login, "password": "Wrong-Horse-9"})
			if a := answer(t, token, "generateToken"); onlyCode(a.UserErrors) != "INVALID_CREDENTIALS" || a.SecondFactorLockedUntil != nil {
				t.Fatalf("generateToken with a wrong password for %s: %s", login, token.Raw)
			}
		}
		if strangers["alice"] != strangers["bob"] || strangers["alice"] != strangers["nobody"] {
			t.Fatalf("wrong passwords answer differently: %v", strangers)
		}

		// The right password is told, with when the lock lapses; no
		// pending sign-in starts, so no code can be tried.
		br := ta.browser(t)
		a := answer(t, br.gql(signInLockQ, map[string]any{"login": "alice", "password": goodPassword}), "signIn")
		if onlyCode(a.UserErrors) != "SECOND_FACTOR_LOCKED" || a.SecondFactorRequired || a.User != nil ||
			a.SecondFactorLockedUntil == nil || !a.SecondFactorLockedUntil.Equal(until) {
			t.Fatalf("signIn with the right password while locked: %+v (lock until %v)", a, until)
		}
		if v := answer(t, br.gql(verifyLockQ, map[string]any{"code": u.code(t)}), "verifySecondFactor"); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("a code after SECOND_FACTOR_LOCKED: %+v, want no pending sign-in", v)
		}
		if br.me() != nil {
			t.Fatal("signed in while the second factor is locked")
		}
		g := answer(t, ta.browser(t).gql(generateTokenLockQ, map[string]any{"login": "alice@example.com", "password": goodPassword}), "generateToken")
		if onlyCode(g.UserErrors) != "SECOND_FACTOR_LOCKED" || g.Token != nil || g.SecondFactorRequired || g.SecondFactorLockedUntil == nil {
			t.Fatalf("generateToken with the right password while locked: %+v", g)
		}
		failed := 0
		for _, e := range ta.auditRows(t, audit.SignInFailed, u.id) {
			if e.Details["reason"] == "second_factor_locked" {
				failed++
			}
		}
		if failed != 2 {
			t.Fatalf("%d SIGN_IN_FAILED (second_factor_locked) events, want 2 (signIn, generateToken)", failed)
		}
		// The right password was no failure: the password lockout counts
		// nothing for it (five more right passwords are still told).
		for range 5 {
			if a := answer(t, ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": goodPassword}), "signIn"); onlyCode(a.UserErrors) != "SECOND_FACTOR_LOCKED" {
				t.Fatalf("the right password again: %+v", a)
			}
		}

		// The password's own lockout keeps its code.
		for range 5 {
			ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": "Wrong-Horse-9"})
		}
		if a := answer(t, ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": goodPassword}), "signIn"); onlyCode(a.UserErrors) != "ACCOUNT_LOCKED" || a.SecondFactorLockedUntil != nil {
			t.Fatalf("the right password once the password is locked too: %+v, want ACCOUNT_LOCKED", a)
		}
	})
}

func TestAnAdminSeesTheSecondFactorLockAndUnlockUserLiftsIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		admin := ta.newAdmin(t)
		type lockFields struct {
			Node struct {
				LockKind                *string    `json:"lockKind"`
				SecondFactorLockedAt    *time.Time `json:"secondFactorLockedAt"`
				SecondFactorLockedUntil *time.Time `json:"secondFactorLockedUntil"`
			} `json:"node"`
		}
		var before lockFields
		admin.gql(secondFactorLockQ, map[string]any{"id": u.id}).into(t, &before)
		if n := before.Node; n.SecondFactorLockedAt != nil || n.SecondFactorLockedUntil != nil || n.LockKind != nil {
			t.Fatalf("before any wrong code: %+v", n)
		}

		until := lockWithWrongCodes(t, ta, u)
		var locked lockFields
		admin.gql(secondFactorLockQ, map[string]any{"id": u.id}).into(t, &locked)
		if n := locked.Node; n.SecondFactorLockedAt == nil || n.SecondFactorLockedUntil == nil || !n.SecondFactorLockedUntil.Equal(until) || n.LockKind != nil {
			t.Fatalf("an admin's view of the locked second factor: %+v (until %v), want it, and no password lock", n, until)
		}
		// The grid's "Locked accounts only" finds it (and only it).
		if got := lockedLogins(t, admin); len(got) != 1 || got[0] != u.login {
			t.Fatalf("locked accounts in the grid: %v, want %s", got, u.login)
		}
		// Admins only, like lockKind: not even the person themselves.
		ta.createUser(t, "carol@example.com", "carol", false)
		carol := ta.signedIn(t, "carol")
		wantTopLevel(t, carol.gql(`{ me { secondFactorLockedAt } }`, nil), "FORBIDDEN")
		wantTopLevel(t, ta.browser(t).gql(secondFactorLockQ, map[string]any{"id": u.id}), "UNAUTHENTICATED")

		// unlockUser lifts it, audited as such.
		wantUserError(t, admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id } userErrors { code } } }`, map[string]any{"id": u.id}), "unlockUser", "")
		events := ta.auditRows(t, audit.AccountUnlocked, u.id)
		if len(events) != 1 || events[0].Details["by"] != "admin" || events[0].Details["second_factor"] != "lifted" {
			t.Fatalf("ACCOUNT_UNLOCKED events: %+v", events)
		}
		var after lockFields
		admin.gql(secondFactorLockQ, map[string]any{"id": u.id}).into(t, &after)
		if n := after.Node; n.SecondFactorLockedAt != nil || n.SecondFactorLockedUntil != nil {
			t.Fatalf("after unlockUser: %+v", n)
		}
		if got := lockedLogins(t, admin); len(got) != 0 {
			t.Fatalf("locked accounts in the grid after unlockUser: %v", got)
		}
		br := ta.browser(t)
		pending(t, br, u)
		if v := answer(t, br.gql(verifyLockQ, map[string]any{"code": u.code(t)}), "verifySecondFactor"); v.User == nil {
			t.Fatalf("the right code after unlockUser: %+v", v)
		}

		// A lock that lapsed by itself is not shown, and an unlock then
		// says it lifted nothing of the kind.
		u.nextStep()
		lockWithWrongCodes(t, ta, u)
		u.clk.Advance(16 * time.Minute)
		var lapsed lockFields
		admin.gql(secondFactorLockQ, map[string]any{"id": u.id}).into(t, &lapsed)
		if n := lapsed.Node; n.SecondFactorLockedAt != nil || n.SecondFactorLockedUntil != nil {
			t.Fatalf("a lapsed lock: %+v", n)
		}
		admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": u.id})
		if events := ta.auditRows(t, audit.AccountUnlocked, u.id); len(events) != 2 || events[1].Details["second_factor"] != "" {
			t.Fatalf("ACCOUNT_UNLOCKED events after a lapsed lock: %+v", events)
		}
	})
}

// The same reasoning as for the password's lockout: someone who knows the
// password and types wrong codes must not lock the owner's passkey out. A
// passkey signs in on its own, and completes a pending sign-in, through the
// second-factor lock.
func TestASecondFactorLockDoesNotLockThePasskeyOut(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		clk := ta.withFactorClock()
		id := ta.createUser(t, "alice@example.com", "alice", false)
		owner := ta.signedIn(t, "alice")
		key := passkeytest.New(testOrigin)
		owner.addPasskey(key, "Laptop")
		sec, codes := enrolTotp(t, owner, clk)
		u := &totpUser{id: id, login: "alice", secret: sec, recovery: codes, clk: clk}

		// The owner's pending sign-in, started before the attack.
		waiting := ta.browser(t)
		pending(t, waiting, u)
		lockWithWrongCodes(t, ta, u)

		// The codes are locked, the passkey is not: on its own,
		if code := ta.browser(t).passkeySignIn(key, ""); code != "" {
			t.Fatalf("passkey sign-in while the second factor is locked: %q", code)
		}
		// and as the second step after the password.
		cred, err := key.Get(waiting.beginPasskeySignIn("alice"))
		if err != nil {
			t.Fatal(err)
		}
		resp := waiting.gql(verifyLockQ, map[string]any{"credential": json.RawMessage(cred)})
		if v := answer(t, resp, "verifySecondFactor"); v.User == nil || v.User.ID != id {
			t.Fatalf("a passkey completing a pending sign-in while the codes are locked: %s", resp.Raw)
		}
		// The passkey does not lift the codes' lock.
		if a := answer(t, ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": goodPassword}), "signIn"); onlyCode(a.UserErrors) != "SECOND_FACTOR_LOCKED" {
			t.Fatalf("the password after a passkey sign-in: %+v, want SECOND_FACTOR_LOCKED still", a)
		}
	})
}

// A temporary password (a reset mailed while the codes are locked) proves
// the mailbox as the password does: it learns of the lock and stays
// unspent, since the sign-in it would start could not be completed with a
// code. Once the lock is lifted it works as usual, and the second factor is
// still asked for.
func TestATemporaryPasswordWaitsForTheSecondFactorLock(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.setSettings(t, func(s *ent.SecuritySettingsUpdateOne) { s.SetResetMethod("TEMPORARY_PASSWORD") })
		u := newTotpUser(t, ta)
		admin := ta.newAdmin(t)
		lockWithWrongCodes(t, ta, u)
		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait() // the reset is written after the answer
		rows := ta.outboxRows(t, string(mail.KindTemporaryPassword))
		if len(rows) != 1 {
			t.Fatalf("%d temporary-password emails, want 1", len(rows))
		}
		temp := tempPassword(rows[0].TextBody)
		if temp == "" {
			t.Fatalf("no temporary password in %q", rows[0].TextBody)
		}
		a := answer(t, ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": temp}), "signIn")
		if onlyCode(a.UserErrors) != "SECOND_FACTOR_LOCKED" || a.SecondFactorLockedUntil == nil || a.SecondFactorRequired {
			t.Fatalf("the temporary password while the codes are locked: %+v", a)
		}
		if n := len(ta.auditRows(t, audit.TemporaryPasswordUsed, u.id)); n != 0 {
			t.Fatalf("%d TEMPORARY_PASSWORD_USED events while locked, want the temporary password unspent", n)
		}
		admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": u.id})
		a = answer(t, ta.browser(t).gql(signInLockQ, map[string]any{"login": "alice", "password": temp}), "signIn")
		if !a.SecondFactorRequired || len(a.UserErrors) > 0 {
			t.Fatalf("the temporary password after unlockUser: %+v, want the second factor asked for", a)
		}
	})
}

// lockedLogins is what the admin grid's "Locked accounts only" lists: the
// usernames with a password or admin lock, or codes locked.
func lockedLogins(t testing.TB, admin *browser) []string {
	t.Helper()
	var out struct {
		Users struct {
			Edges []struct{ Node struct{ Username string } }
		}
	}
	admin.gql(`{ users(first: 50, where: {locked: true}) { edges { node { username } } } }`, nil).into(t, &out)
	var names []string
	for _, e := range out.Users.Edges {
		names = append(names, e.Node.Username)
	}
	return names
}
