package main

import (
	"context"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
)

const adminCreateUserMutation = `mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    user { id email username name role locale mustChangePassword }
    userErrors { code field message }
  }
}`

type adminUserJSON struct {
	ID, Email, Username, Name, Role, Locale string
	LockedAt                                *string `json:"lockedAt"`
}

func TestAdminCreatesAnAccountThatSetsItsOwnPassword(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.createUser(t, "root@example.com", "root", true)
	ta.createUser(t, "taken@example.com", "taken", false)
	admin := ta.signedIn(t, "root")

	resp := admin.gql(adminCreateUserMutation, map[string]any{"input": map[string]any{"email": "Nina.Berg@Example.com", "username": "nina", "name": "Nina Berg"}})
	var out struct {
		CreateUser struct {
			User       *adminUserJSON  `json:"user"`
			UserErrors []userErrorJSON `json:"userErrors"`
		} `json:"createUser"`
	}
	resp.into(t, &out)
	if out.CreateUser.User == nil || len(out.CreateUser.UserErrors) != 0 {
		t.Fatalf("createUser: %s", resp.Raw)
	}
	nina := out.CreateUser.User
	if nina.Username != "nina" || nina.Name != "Nina Berg" || nina.Role != "USER" {
		t.Fatalf("created %+v", nina)
	}
	if strings.Contains(resp.Raw, "lk_") || strings.Contains(strings.ToLower(resp.Raw), `"token"`) || strings.Contains(strings.ToLower(resp.Raw), `"password"`) {
		t.Fatalf("the answer holds a secret: %s", resp.Raw)
	}

	t.Run("the payload type has no field for a token or a password", func(t *testing.T) {
		var typ struct {
			Type struct {
				Fields []struct{ Name string } `json:"fields"`
			} `json:"__type"`
		}
		admin.gql(`{ __type(name: "CreateUserPayload") { fields { name } } }`, nil).into(t, &typ)
		for _, f := range typ.Type.Fields {
			if f.Name != "user" && f.Name != "userErrors" {
				t.Errorf("CreateUserPayload has a field %q", f.Name)
			}
		}
	})

	msg := smtp.WaitTo("nina.berg@example.com", "Set your password", mailWait)
	if !strings.Contains(msg.Text, "/reset-password?token=") {
		t.Fatalf("the email has no set-password link: %s", msg.Text)
	}
	tok := linkToken(t, msg, "/reset-password")
	if strings.Contains(resp.Raw, tok) {
		t.Fatal("the admin's answer holds the emailed token")
	}

	t.Run("nobody can sign in before the password is set", func(t *testing.T) {
		r := ta.browser(t).signIn("nina", "")
		if r.SignIn.User != nil {
			t.Fatalf("signed in without a password: %+v", r)
		}
	})

	t.Run("the link sets the password and the person signs in", func(t *testing.T) {
		const pw = "Lantern-Field-37"
		var reset struct {
			ResetPassword struct {
				User       *struct{ ID string } `json:"user"`
				UserErrors []userErrorJSON      `json:"userErrors"`
			} `json:"resetPassword"`
		}
		ta.browser(t).gql(`mutation($t: String!, $p: String!) { resetPassword(input: {token: $t, newPassword: $p, newPasswordConfirmation: $p}) { user { id } userErrors { code field message } } }`,
			map[string]any{"t": tok, "p": pw}).into(t, &reset)
		if reset.ResetPassword.User == nil || reset.ResetPassword.User.ID != nina.ID {
			t.Fatalf("resetPassword: %+v", reset)
		}
		br := ta.browser(t)
		br.mustSignIn("nina.berg@example.com", pw)
		if me := br.me(); me == nil || me.ID != nina.ID {
			t.Fatalf("me = %+v", me)
		}
	})

	tests := []struct {
		name  string
		input map[string]any
		code  string
		field string
	}{
		{"an email in use, in another letter case", map[string]any{"email": "NINA.BERG@example.COM", "username": "nina2"}, "ALREADY_EXISTS", "email"},
		{"an email in use by an account made otherwise", map[string]any{"email": "Taken@Example.com", "username": "other"}, "ALREADY_EXISTS", "email"},
		{"a username in use", map[string]any{"email": "someone@example.com", "username": "nina"}, "ALREADY_EXISTS", "username"},
		{"a username in use, in capitals", map[string]any{"email": "someone@example.com", "username": "NINA"}, "ALREADY_EXISTS", "username"},
		{"an invalid email", map[string]any{"email": "not-an-email", "username": "someone"}, "INVALID_INPUT", "email"},
		{"an invalid username", map[string]any{"email": "someone@example.com", "username": "a b"}, "INVALID_INPUT", "username"},
		{"an unknown locale", map[string]any{"email": "someone@example.com", "username": "someone", "locale": "xx"}, "INVALID_INPUT", "locale"},
	}
	for _, tt := range tests {
		t.Run("refuses "+tt.name, func(t *testing.T) {
			before := ta.db.Client.User.Query().CountX(context.Background())
			resp := admin.gql(adminCreateUserMutation, map[string]any{"input": tt.input})
			ues := resp.userErrors(t, "createUser")
			if onlyCode(ues) != tt.code {
				t.Fatalf("code %q, want %q: %s", onlyCode(ues), tt.code, resp.Raw)
			}
			if len(ues[0].Field) != 2 || ues[0].Field[1] != tt.field {
				t.Errorf("field %v, want [input %s]", ues[0].Field, tt.field)
			}
			if after := ta.db.Client.User.Query().CountX(context.Background()); after != before {
				t.Fatalf("users %d -> %d", before, after)
			}
		})
	}
}

const adminUpdateUserMutation = `mutation($input: UpdateUserInput!) {
  updateUser(input: $input) {
    user { id email username name role locale }
    userErrors { code field message }
  }
}`

func TestAdminEditsAccounts(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	rootID := ta.createUser(t, "root@example.com", "root", true)
	tomID := ta.createUser(t, "tom@example.com", "tom", false)
	ta.createUser(t, "uma@example.com", "uma", false)
	admin := ta.signedIn(t, "root")

	// Run in order: each row starts from the state the previous one left.
	tests := []struct {
		name  string
		input map[string]any
		code  string
		check func(u adminUserJSON) bool
	}{
		{"changes the email", map[string]any{"id": tomID, "email": "Thomas@Example.com"}, "", func(u adminUserJSON) bool { return strings.EqualFold(u.Email, "thomas@example.com") }},
		{"changes the username", map[string]any{"id": tomID, "username": "thomas"}, "", func(u adminUserJSON) bool { return u.Username == "thomas" }},
		{"changes the name", map[string]any{"id": tomID, "name": "Thomas Ek"}, "", func(u adminUserJSON) bool { return u.Name == "Thomas Ek" }},
		{"changes the locale", map[string]any{"id": tomID, "locale": "sv"}, "", func(u adminUserJSON) bool { return u.Locale == "sv" }},
		{"promotes to admin", map[string]any{"id": tomID, "role": "ADMIN"}, "", func(u adminUserJSON) bool { return u.Role == "ADMIN" }},
		{"demotes an admin while another remains", map[string]any{"id": tomID, "role": "USER"}, "", func(u adminUserJSON) bool { return u.Role == "USER" }},
		{"refuses an email in use, in another case", map[string]any{"id": tomID, "email": "UMA@example.com"}, "ALREADY_EXISTS", nil},
		{"refuses a username in use", map[string]any{"id": tomID, "username": "uma"}, "ALREADY_EXISTS", nil},
		{"refuses an invalid email", map[string]any{"id": tomID, "email": "nope"}, "INVALID_INPUT", nil},
		{"refuses to demote the last admin", map[string]any{"id": rootID, "role": "USER"}, "INVALID_INPUT", nil},
		{"refuses an unknown id", map[string]any{"id": "usr_00000000000000000000000000", "name": "Ghost"}, "NOT_FOUND", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := admin.gql(adminUpdateUserMutation, map[string]any{"input": tt.input})
			var out struct {
				UpdateUser struct {
					User       *adminUserJSON  `json:"user"`
					UserErrors []userErrorJSON `json:"userErrors"`
				} `json:"updateUser"`
			}
			resp.into(t, &out)
			if got := onlyCode(out.UpdateUser.UserErrors); got != tt.code {
				t.Fatalf("code %q, want %q: %s", got, tt.code, resp.Raw)
			}
			if tt.code != "" {
				if out.UpdateUser.User != nil {
					t.Fatalf("a refused update returned a user: %s", resp.Raw)
				}
				return
			}
			if out.UpdateUser.User == nil || !tt.check(*out.UpdateUser.User) {
				t.Fatalf("updated user: %s", resp.Raw)
			}
			// What the answer says is what is stored.
			stored := ta.db.Client.User.GetX(context.Background(), tomID)
			if !tt.check(adminUserJSON{Email: stored.Email, Username: stored.Username, Name: stored.Name, Role: string(stored.Role), Locale: stored.Locale}) {
				t.Fatalf("stored %+v", stored)
			}
		})
	}

	t.Run("the edited account signs in with its new username and email", func(t *testing.T) {
		ta.noClientLimit(t)
		ta.browser(t).mustSignIn("thomas", goodPassword)
		ta.browser(t).mustSignIn("thomas@example.com", goodPassword)
		if r := ta.browser(t).signIn("tom", goodPassword); r.SignIn.User != nil {
			t.Fatal("the old username still signs in")
		}
	})

	t.Run("the last admin cannot be deleted", func(t *testing.T) {
		resp := admin.gql(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedUserId userErrors { code field } } }`, map[string]any{"id": rootID})
		wantUserError(t, resp, "deleteUser", "INVALID_INPUT")
		if n := ta.db.Client.User.Query().Where(user.ID(rootID)).CountX(context.Background()); n != 1 {
			t.Fatal("the last admin was deleted")
		}
		if admin.me() == nil {
			t.Fatal("the admin was signed out")
		}
	})

	t.Run("deleting an unknown id is NOT_FOUND", func(t *testing.T) {
		resp := admin.gql(`mutation { deleteUser(input: {id: "usr_00000000000000000000000000"}) { deletedUserId userErrors { code } } }`, nil)
		wantUserError(t, resp, "deleteUser", "NOT_FOUND")
	})
}

func TestAdminDeletesAnAccountAndItsAccessButNotItsTrail(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) { adminDeletesAnAccount(t, b) })
}

func adminDeletesAnAccount(t *testing.T, b testdb.Backend) {
	ta := newTestApp(t, b)
	ta.createUser(t, "root@example.com", "root", true)
	vicID := ta.createUser(t, "vic@example.com", "vic", false)
	admin := ta.signedIn(t, "root")
	vic := ta.signedIn(t, "vic")
	// Everything that hangs off the account: a membership, a pending reset.
	orgID := orgCreate(t, admin, "Vic's Shop")
	ta.db.Client.Membership.Create().SetUserID(vicID).SetOrganizationID(orgID).ExecX(context.Background())
	wantUserError(t, admin.gql(`mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": vicID}), "adminResetPassword", "")
	var created struct {
		CreateAccessToken struct{ Token string } `json:"createAccessToken"`
	}
	vic.gql(`mutation { createAccessToken(input: {name: "shop"}) { token } }`, nil).into(t, &created)
	tok := created.CreateAccessToken.Token
	if resp := ta.bearer(t, tok, `{ me { id } }`, nil); resp.Status != 200 {
		t.Fatalf("token before deletion: %d %s", resp.Status, resp.Raw)
	}

	resp := admin.gql(`mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedUserId userErrors { code } } }`, map[string]any{"id": vicID})
	var out struct {
		DeleteUser struct {
			DeletedUserID *string         `json:"deletedUserId"`
			UserErrors    []userErrorJSON `json:"userErrors"`
		} `json:"deleteUser"`
	}
	resp.into(t, &out)
	if out.DeleteUser.DeletedUserID == nil || *out.DeleteUser.DeletedUserID != vicID {
		t.Fatalf("deleteUser: %s", resp.Raw)
	}

	if vic.me() != nil {
		t.Error("the deleted person's browser is still signed in")
	}
	if resp := ta.bearer(t, tok, `{ me { id } }`, nil); resp.Status != http.StatusUnauthorized || resp.code() != "UNAUTHENTICATED" {
		t.Errorf("the deleted person's token: %d %s", resp.Status, resp.Raw)
	}
	if r := ta.browser(t).signIn("vic", goodPassword); r.SignIn.User != nil {
		t.Error("the deleted account still signs in")
	}
	ctx := context.Background()
	if n := ta.db.Client.Membership.Query().CountX(ctx) + ta.db.Client.ResetToken.Query().CountX(ctx) + ta.db.Client.AccessToken.Query().CountX(ctx); n != 0 {
		t.Errorf("%d memberships, reset tokens or access tokens of the deleted account remain", n)
	}
	var members struct {
		Organization *struct{ Members []struct{ ID string } } `json:"organization"`
	}
	admin.gql(`query($id: ID!) { organization(id: $id) { members { id } } }`, map[string]any{"id": orgID}).into(t, &members)
	if members.Organization == nil || len(members.Organization.Members) != 0 {
		t.Errorf("the organisation still lists the deleted member: %+v", members)
	}
	if n := ta.db.Client.AuditEvent.Query().Where(auditevent.SubjectID(vicID)).CountX(ctx); n < 2 {
		t.Errorf("%d audit events about the deleted account remain; want its history (sign-in, token, deletion)", n)
	}
	page := auditEventsOf(t, admin, map[string]any{"where": map[string]any{"type": "USER_DELETED"}})
	if len(page.Edges) != 1 {
		t.Fatalf("USER_DELETED events: %s", asJSON(page))
	}
	ev := page.Edges[0].Node
	if ev.SubjectID == nil || *ev.SubjectID != vicID || ev.ActorID == nil || *ev.ActorID == vicID || ev.detail("email") != "vic@example.com" {
		t.Errorf("USER_DELETED event: %s", asJSON(ev))
	}
	trail := auditEventsOf(t, admin, map[string]any{"where": map[string]any{"or": []any{map[string]any{"actorID": vicID}, map[string]any{"subjectID": vicID}}}})
	if types := eventTypes(trail.events()); !slices.Contains(types, "SIGN_IN_SUCCEEDED") || !slices.Contains(types, "ACCESS_TOKEN_CREATED") || !slices.Contains(types, "USER_DELETED") {
		t.Errorf("the deleted account's trail: %v", types)
	}
}

func TestAdminLocksAndUnlocksAnAccount(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "root@example.com", "root", true)
	kimID := ta.createUser(t, "kim@example.com", "kim", false)
	admin := ta.signedIn(t, "root")

	var locked struct {
		LockUser struct {
			User       *adminUserJSON  `json:"user"`
			UserErrors []userErrorJSON `json:"userErrors"`
		} `json:"lockUser"`
	}
	admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { user { id lockedAt } userErrors { code } } }`, map[string]any{"id": kimID}).into(t, &locked)
	if locked.LockUser.User == nil || locked.LockUser.User.LockedAt == nil {
		t.Fatalf("lockUser: %+v", locked)
	}
	r := ta.browser(t).signIn("kim", goodPassword)
	if r.SignIn.User != nil || onlyCode(r.SignIn.UserErrors) != "ACCOUNT_LOCKED" {
		t.Fatalf("sign-in of a locked account: %+v", r)
	}

	var unlocked struct {
		UnlockUser struct {
			User       *adminUserJSON  `json:"user"`
			UserErrors []userErrorJSON `json:"userErrors"`
		} `json:"unlockUser"`
	}
	admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { user { id lockedAt } userErrors { code } } }`, map[string]any{"id": kimID}).into(t, &unlocked)
	if unlocked.UnlockUser.User == nil || unlocked.UnlockUser.User.LockedAt != nil {
		t.Fatalf("unlockUser: %+v", unlocked)
	}
	ta.signedIn(t, "kim")

	for _, op := range []string{"lockUser", "unlockUser"} {
		t.Run(op+" of an unknown id is NOT_FOUND", func(t *testing.T) {
			resp := admin.gql(`mutation { `+op+`(input: {id: "usr_00000000000000000000000000"}) { user { id } userErrors { code } } }`, nil)
			wantUserError(t, resp, op, "NOT_FOUND")
		})
	}
}

func TestAdminResetsSomeonesPassword(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ta.createUser(t, "root@example.com", "root", true)
	ta.createUser(t, "rita@example.com", "rita", true)
	ta.createUser(t, "sven@example.com", "sven", true)
	joID := ta.createUser(t, "jo@example.com", "jojo", false)
	root := ta.signedIn(t, "root")
	const reset = `mutation($id: ID!) { adminResetPassword(input: {userId: $id}) { userErrors { code field message } } }`

	t.Run("with a link", func(t *testing.T) {
		resp := root.gql(reset, map[string]any{"id": joID})
		wantUserError(t, resp, "adminResetPassword", "")
		msg := smtp.WaitTo("jo@example.com", "Reset your password", mailWait)
		tok := linkToken(t, msg, "/reset-password")
		if strings.Contains(resp.Raw, tok) || strings.Contains(resp.Raw, "lk_") {
			t.Fatalf("the answer holds the token: %s", resp.Raw)
		}
		// The password keeps working until the link is used.
		ta.browser(t).mustSignIn("jojo", goodPassword)
	})

	t.Run("with a temporary password", func(t *testing.T) {
		var set struct {
			UpdateSecuritySettings struct {
				SecuritySettings struct{ ResetMethod string } `json:"securitySettings"`
				UserErrors       []userErrorJSON              `json:"userErrors"`
			} `json:"updateSecuritySettings"`
		}
		root.gql(`mutation { updateSecuritySettings(input: {resetMethod: TEMPORARY_PASSWORD}) { securitySettings { resetMethod } userErrors { code } } }`, nil).into(t, &set)
		if set.UpdateSecuritySettings.SecuritySettings.ResetMethod != "TEMPORARY_PASSWORD" {
			t.Fatalf("settings: %+v", set)
		}
		resp := root.gql(reset, map[string]any{"id": joID})
		wantUserError(t, resp, "adminResetPassword", "")
		msg := smtp.WaitTo("jo@example.com", "Your temporary password", mailWait)
		pw := tempPassword(msg.Text)
		if pw == "" {
			t.Fatalf("no temporary password in %q", msg.Text)
		}
		if strings.Contains(resp.Raw, pw) {
			t.Fatalf("the answer holds the temporary password: %s", resp.Raw)
		}
		r := ta.browser(t).signIn("jojo", pw)
		if r.SignIn.User == nil || !r.SignIn.MustChangePassword {
			t.Fatalf("sign-in with the temporary password: %+v", r)
		}
	})

	t.Run("each admin may do it so many times an hour", func(t *testing.T) {
		awayFromWindowEdge(time.Hour, 10*time.Second)
		var set struct {
			UpdateSecuritySettings struct {
				SecuritySettings struct{ AdminResetsPerHour int } `json:"securitySettings"`
				UserErrors       []userErrorJSON                  `json:"userErrors"`
			} `json:"updateSecuritySettings"`
		}
		root.gql(`mutation { updateSecuritySettings(input: {adminResetsPerHour: 2, resetMethod: LINK}) { securitySettings { adminResetsPerHour } userErrors { code } } }`, nil).into(t, &set)
		if set.UpdateSecuritySettings.SecuritySettings.AdminResetsPerHour != 2 {
			t.Fatalf("settings: %+v", set)
		}
		rita := ta.signedIn(t, "rita")
		sent := len(smtp.To("jo@example.com"))
		for i, want := range []string{"", "", "RATE_LIMITED"} {
			resp := rita.gql(reset, map[string]any{"id": joID})
			if got := onlyCode(resp.userErrors(t, "adminResetPassword")); got != want {
				t.Fatalf("reset %d: %q, want %q: %s", i+1, got, want, resp.Raw)
			}
		}
		for deadline := time.Now().Add(10 * time.Second); len(smtp.To("jo@example.com")) < sent+2 && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond) // the worker would have sent a third by now
		if got := len(smtp.To("jo@example.com")) - sent; got != 2 {
			t.Errorf("%d emails for 2 allowed resets and 1 refused", got)
		}
		// The limit is per admin: root already made two, sven none.
		wantUserError(t, root.gql(reset, map[string]any{"id": joID}), "adminResetPassword", "RATE_LIMITED")
		wantUserError(t, ta.signedIn(t, "sven").gql(reset, map[string]any{"id": joID}), "adminResetPassword", "")
	})

	t.Run("of an unknown id is NOT_FOUND", func(t *testing.T) {
		wantUserError(t, ta.signedIn(t, "sven").gql(reset, map[string]any{"id": "usr_00000000000000000000000000"}), "adminResetPassword", "NOT_FOUND")
	})
}

func TestAdminChangingAnEmailEndsTheLinksSentToTheOldOne(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	var created struct {
		CreateUser struct{ User *struct{ ID string } } `json:"createUser"`
	}
	admin.gql(adminCreateUserMutation, map[string]any{"input": map[string]any{"email": "typo@exmaple.com", "username": "typo"}}).into(t, &created)
	if created.CreateUser.User == nil {
		t.Fatal("createUser failed")
	}
	tok := linkToken(t, smtp.WaitTo("typo@exmaple.com", "Set your password", mailWait), "/reset-password")
	wantUserError(t, admin.gql(adminUpdateUserMutation, map[string]any{"input": map[string]any{"id": created.CreateUser.User.ID, "email": "typo@example.com"}}), "updateUser", "")
	var reset struct {
		ResetPassword struct {
			User       *struct{ ID string } `json:"user"`
			UserErrors []userErrorJSON      `json:"userErrors"`
		} `json:"resetPassword"`
	}
	ta.browser(t).gql(`mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "Lantern-Field-37", newPasswordConfirmation: "Lantern-Field-37"}) { user { id } userErrors { code } } }`,
		map[string]any{"t": tok}).into(t, &reset)
	if reset.ResetPassword.User != nil || onlyCode(reset.ResetPassword.UserErrors) != "TOKEN_INVALID" {
		t.Fatalf("the link sent to the old address after the change: %+v", reset)
	}
}
