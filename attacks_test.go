package main

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/testdb"
)

// fragmentBomb is a query of n fragments, each spreading the next twice:
// under 2 KB, it asks for 2^n fields once expanded.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { __typename }\n", n)
	return b.String()
}

// An anonymous caller sends 40 fragments that each spread the next twice
// (1.7 KB, 2^40 fields): the limits used to expand every spread anew, 3 s
// of CPU at 22 fragments and doubling with each. It is refused at once,
// before anything walks it.
func TestFragmentBombIsRefusedBeforeItIsExpanded(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		for _, n := range []int{14, 40} {
			resp := ta.browser(t).gql(fragmentBomb(n), nil)
			if resp.code() != "INVALID_INPUT" || !strings.Contains(resp.Raw, "fields") {
				t.Fatalf("a fragment bomb of %d: %s", n, resp.Raw)
			}
		}
	})
}

// Whoever reads the logs (at debug level) or a copy of the database finds
// no secret: not the links' tokens nor the temporary password of any email
// (the lock email and an admin's reset included), not an access token, not
// a session cookie, not a password typed at sign-in, even after the tokens
// were used in requests (previewing an invitation, a bearer request).
func TestNoSecretInTheLogsAtDebugLevelOrTheDatabase(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		admin := ta.newAdmin(t)
		sendEverySecret(t, ta, admin)
		setSettingsAsAdmin(t, admin, map[string]any{"resetMethod": "LINK"})
		carolID := ta.createUser(t, "carol@example.com", "carol", false)
		for i := range 5 {
			ta.browser(t).gql(signInMutation, map[string]any{"login": "carol", "password": fmt.Sprintf("Wrong-Horse-%d", i)})
		}
		daveID := ta.createUser(t, "dave@example.com", "dave", false)
		if r := admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": daveID}); r.code() != "" {
			t.Fatalf("adminResetPassword: %s", r.Raw)
		}
		alice := ta.signedIn(t, "alice")
		var tok struct {
			CreateAccessToken struct{ Token *string }
		}
		alice.gql(`mutation { createAccessToken(input: {name: "ci"}) { token } }`, nil).into(t, &tok)
		if tok.CreateAccessToken.Token == nil {
			t.Fatal("no access token")
		}
		if s := ta.bearerStatus(t, *tok.CreateAccessToken.Token); s != 200 {
			t.Fatalf("bearer: %d", s)
		}
		ta.background.Wait()
		ta.drainMail(t)
		secrets := map[string]string{
			"access token":     *tok.CreateAccessToken.Token,
			"password typed":   goodPassword,
			"wrong password":   "Wrong-Horse-3",
			"session of alice": alice.cookie("latchkey_session").Value,
		}
		for _, m := range secretMails {
			secrets[m.name] = secretOf(t, m.kind, smtp.WaitTo(m.to, m.subject, mailWait).Text)
		}
		secrets["lock email link"] = secretOf(t, "RESET_LINK", smtp.WaitTo("carol@example.com", "Your account was locked", mailWait).Text)
		secrets["admin reset link"] = secretOf(t, "RESET_LINK", smtp.WaitTo("dave@example.com", "Reset your password", mailWait).Text)
		if p := orgPreview(t, ta.browser(t), secrets["invitation link"]); p == nil {
			t.Fatal("the invitation token does not preview")
		}
		_ = carolID
		logs := ta.logs.String()
		if !strings.Contains(logs, `"level":`) {
			t.Fatal("nothing was logged") // newTestApp logs at debug level
		}
		for name, s := range secrets {
			if strings.Contains(logs, s) {
				t.Errorf("the %s is in the logs", name)
			}
		}
		delete(secrets, "password typed") // the database holds no password, only its hash
		delete(secrets, "wrong password")
		wantNoSecretInTheDatabase(t, ta, secrets)
	})
}

// An inviter sends 12 aliases of inviteMember to one address of their
// choosing in one document (each mails it; before, without any limit): at
// most InvitationsPerAddressPerHour are sent, the rest are RATE_LIMITED.
func TestAliasedInvitationsCannotFloodOneAddress(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		admin := ta.newAdmin(t)
		ta.noClientLimit(t)
		orgID := orgCreate(t, admin, "Shop")
		awayFromWindowEdge(time.Hour, 30*time.Second) // the limit's window is clock-aligned
		var q strings.Builder
		q.WriteString("mutation($org: ID!) {\n")
		for i := range 12 {
			fmt.Fprintf(&q, "  i%d: inviteMember(input: {organizationId: $org, email: \"victim@example.com\", rights: []}) { invitation { id } userErrors { code } }\n", i)
		}
		q.WriteString("}")
		resp := admin.gql(q.String(), map[string]any{"org": orgID})
		var out map[string]struct {
			Invitation *struct{ ID string }
			UserErrors []userErrorJSON
		}
		resp.into(t, &out)
		sent, limited := 0, 0
		for _, p := range out {
			switch {
			case p.Invitation != nil:
				sent++
			case onlyCode(p.UserErrors) == "RATE_LIMITED":
				limited++
			}
		}
		if sent != account.InvitationsPerAddressPerHour || limited != 12-sent {
			t.Fatalf("%d invitations sent, %d rate limited: %s", sent, limited, resp.Raw)
		}
		if n := len(ta.outboxRows(t, "INVITATION")); n != account.InvitationsPerAddressPerHour {
			t.Fatalf("%d invitation emails queued", n)
		}
	})
}

// lockUser ends the account's sessions and tokens, but a sign-in whose
// password was being checked at that instant (or a token made then) came
// out after it, alive: a session and a token of an admin-locked account
// open nothing while the lock holds, and a sign-in finishing after the
// lock is ACCOUNT_LOCKED.
func TestASessionOrTokenThatOutracesAnAdminLockOpensNothing(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		ann := ta.signedIn(t, "ann")
		tok := ta.accessToken(t, annID)
		// What the race leaves: the lock is set, the session and the
		// token made a moment after it still exist.
		ta.db.Client.User.UpdateOneID(annID).SetAdminLockedAt(time.Now()).SetLockedAt(time.Now()).ExecX(ctx)
		if me := ann.me(); me != nil {
			t.Errorf("the session of an admin-locked account is signed in as %s", me.Email)
		}
		if s := ta.bearerStatus(t, tok); s == 200 {
			t.Errorf("the token of an admin-locked account answers %d", s)
		}

		// The lock commits while Bob's right password is being checked:
		// here it is written just before the sign-in's own write.
		bobID := ta.createUser(t, "bob@example.com", "bob", false)
		var armed atomic.Int32
		armed.Store(1)
		ta.db.Client.User.Use(func(next ent.Mutator) ent.Mutator {
			return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
				if _, ok := m.LastSignInAt(); ok && armed.CompareAndSwap(1, 0) {
					if err := m.Client().User.UpdateOneID(bobID).SetAdminLockedAt(time.Now()).Exec(ctx); err != nil {
						return nil, err
					}
				}
				return next.Mutate(ctx, m)
			})
		})
		bob := ta.browser(t)
		r := bob.signIn("bob", goodPassword)
		if r.SignIn.User != nil || len(r.SignIn.UserErrors) != 1 || r.SignIn.UserErrors[0].Code != "ACCOUNT_LOCKED" {
			t.Errorf("a sign-in finishing after the admin's lock: %+v", r.SignIn)
		}
	})
}

// Emails are typed by whoever signs up, invites or changes an address and
// then shown in the admin's grid, the console, logs and emails: a bidi
// override or a C1 control in one (net/mail lets them through) is refused
// wherever an address is given.
func TestEmailsCarryingBidiOverridesOrControlsAreRefused(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		admin := ta.newAdmin(t)
		setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true, "ipRequestsPerMinute": 0})
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		ann := ta.signedIn(t, "ann")
		orgID := orgCreate(t, admin, "Shop")
		for _, bad := range []string{"moc.elpmaxe\u202e@example.com", "a\u0085b@example.com"} {
			if p := payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": bad, "username": "joiner", "pw": newPassword, "confirm": newPassword}); p.code() != "INVALID_INPUT" {
				t.Errorf("signUp with %q: %+v", bad, p)
			}
			if p := payloadOf(t, ann, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": bad, "pw": goodPassword}); p.code() != "INVALID_INPUT" {
				t.Errorf("requestEmailChange to %q: %+v", bad, p)
			}
			if inv, resp := orgInvite(t, admin, orgID, bad); inv != nil {
				t.Errorf("inviteMember %q: %s", bad, resp.Raw)
			}
			r := admin.gql(`mutation($id: ID!, $e: String!) { updateUser(input: {id: $id, email: $e}) { user { email } userErrors { code } } }`, map[string]any{"id": annID, "e": bad})
			if ues := r.userErrors(t, "updateUser"); onlyCode(ues) != "INVALID_INPUT" {
				t.Errorf("updateUser email %q: %s", bad, r.Raw)
			}
		}
	})
}

// Several accounts (each allowed 5 requests an hour) ask to move to one
// address nobody has: each request mailed it a link, so accounts enough
// flood it. It gets at most EmailChangeLinksPerAddressPerHour links an
// hour; every requester still gets the same answer.
func TestManyAccountsCannotFloodOneAddressWithEmailChangeLinks(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		awayFromWindowEdge(time.Hour, 30*time.Second) // the limit's window is clock-aligned
		for i := range 3 {
			name := fmt.Sprintf("req%d", i)
			ta.createUser(t, name+"@example.com", name, false)
			br := ta.browser(t)
			br.mustSignIn(name, goodPassword)
			for range 2 {
				if p := payloadOf(t, br, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "victim@example.org", "pw": goodPassword}); p.code() != "" {
					t.Fatalf("requestEmailChange by %s: %+v", name, p)
				}
			}
		}
		n := 0
		for _, m := range ta.outboxRows(t, "EMAIL_CHANGE_LINK") {
			if m.ToAddress == "victim@example.org" {
				n++
			}
		}
		if n != account.EmailChangeLinksPerAddressPerHour {
			t.Fatalf("the address got %d email-change links, want %d", n, account.EmailChangeLinksPerAddressPerHour)
		}
	})
}

// The inviter is removed in the instant the invitation is accepted: after
// acceptance's first look at the inviter, while its transaction holds the
// invitation. The re-check inside the transaction refuses it (on
// PostgreSQL the removal commits from another connection; SQLite queues
// writers, so there it lands in the same transaction before the check).
func TestAnInviterRemovedAsTheInvitationIsAcceptedGrantsNothing(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		admin := ta.newAdmin(t)
		orgID := orgCreate(t, admin, "Inn")
		inviterID := ta.createUser(t, "inviter@example.com", "inviter", false)
		mID := ta.db.Client.Membership.Create().SetUserID(inviterID).SetOrganizationID(orgID).
			SetRights(orgRights([]string{"MANAGE_MEMBERS", "VIEW_ORDERS"})).SaveX(ctx).ID
		inviter := ta.signedIn(t, "inviter")
		tok, _ := orgInvitedToken(t, smtp, inviter, orgID, "Inn", "second@example.com", "MANAGE_MEMBERS")

		var armed atomic.Int32
		armed.Store(1)
		ta.db.Client.Invitation.Use(func(next ent.Mutator) ent.Mutator {
			return hook.InvitationFunc(func(ctx context.Context, m *ent.InvitationMutation) (ent.Value, error) {
				if _, ok := m.AcceptedAt(); ok && armed.CompareAndSwap(1, 0) {
					c := ta.db.Client // another connection: commits at once
					if b == testdb.SQLite {
						c = m.Client()
					}
					if err := c.Membership.DeleteOneID(mID).Exec(ctx); err != nil {
						return nil, err
					}
				}
				return next.Mutate(ctx, m)
			})
		})
		out, resp := orgAccept(t, ta.browser(t), tok, map[string]any{"password": "Marble-Orchard-71", "username": "second", "name": "Second"})
		if armed.Load() != 0 {
			t.Fatalf("the acceptance never took the invitation: %s", resp.Raw)
		}
		if onlyCode(out.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || out.AcceptInvitation.Membership != nil {
			t.Fatalf("accepting as the inviter is removed: %s", resp.Raw)
		}
	})
}

// A person types their password into the login field (it happens every
// day): the per-login counters kept the typed login as text, so the
// password sat in the database. They keep its hash.
func TestAPasswordTypedAsTheLoginIsNotKeptInTheDatabase(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "erin@example.com", "erin", false)
		const typed = "erin-secret-passphrase-42" // as counters kept it (ASCII lower-cased)
		ta.browser(t).gql(signInMutation, map[string]any{"login": typed, "password": "whatever"})
		for range 5 { // and lock that "login"
			ta.browser(t).gql(signInMutation, map[string]any{"login": typed + "x", "password": "whatever"})
		}
		ta.background.Wait()
		// Nor its plain SHA-256, which a stolen database would let anyone
		// test guesses against offline: the counters key it with the
		// secret key.
		wantNoSecretInTheDatabase(t, ta, map[string]string{
			"password typed as a login":             typed,
			"unkeyed SHA-256 of the typed password": secret.Hash(typed),
			"... of the password typed again":       secret.Hash(typed + "x"),
		})
	})
}

// A signed-in caller (a stolen session is enough) sends 40 aliases of
// changePassword in one document: each ran a hash (a dummy one past the
// lockout), 40 hashes for one request, without any limit. They count
// against the client's address like sign-ins: past ipRequestsPerMinute
// they are RATE_LIMITED before any hash.
func TestAliasedChangePasswordsCannotKeepTheHashersBusy(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.createUser(t, "ann@example.com", "ann", false)
		ann := ta.signedIn(t, "ann")
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(5) })
		awayFromWindowEdge(time.Minute, 10*time.Second)
		var q strings.Builder
		q.WriteString("mutation {\n")
		for i := range 40 {
			fmt.Fprintf(&q, "  c%d: changePassword(input: {currentPassword: \"Wrong-%d\", newPassword: \"Marble-Orchard-71\", newPasswordConfirmation: \"Marble-Orchard-71\"}) { userErrors { code } }\n", i, i)
		}
		q.WriteString("}")
		var out map[string]struct{ UserErrors []userErrorJSON }
		ann.gql(q.String(), nil).into(t, &out)
		limited := 0
		for _, p := range out {
			if onlyCode(p.UserErrors) == "RATE_LIMITED" {
				limited++
			}
		}
		if limited < 35 {
			t.Fatalf("%d of 40 aliased changePassword tries were rate limited, want at least 35", limited)
		}
	})
}
