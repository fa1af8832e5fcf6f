package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/testdb"
)

const orgInviteMutation = `mutation($org: ID!, $email: String!, $rights: [Right!]!) {
  inviteMember(input: {organizationId: $org, email: $email, rights: $rights}) {
    invitation { id email rights status createdAt expiresAt acceptedAt revokedAt }
    userErrors { code field message }
  }
}`

const orgAcceptMutation = `mutation($token: String!, $password: String, $username: String, $name: String) {
  acceptInvitation(input: {token: $token, password: $password, username: $username, name: $name}) {
    membership { id rights user { id email } }
    user { id email username name emailVerifiedAt }
    userErrors { code field message }
  }
}`

const orgPreviewQuery = `query($token: String!) { invitation(token: $token) { email organizationName rights expiresAt hasAccount } }`

type orgInvitationJSON struct {
	ID         string   `json:"id"`
	Email      string   `json:"email"`
	Rights     []string `json:"rights"`
	Status     string   `json:"status"`
	AcceptedAt *string  `json:"acceptedAt"`
	RevokedAt  *string  `json:"revokedAt"`
}

type orgAcceptResult struct {
	AcceptInvitation struct {
		Membership *struct {
			ID     string   `json:"id"`
			Rights []string `json:"rights"`
			User   struct{ ID, Email string }
		} `json:"membership"`
		User *struct {
			ID, Email, Username, Name string
			EmailVerifiedAt           *string `json:"emailVerifiedAt"`
		} `json:"user"`
		UserErrors []userErrorJSON `json:"userErrors"`
	} `json:"acceptInvitation"`
}

type orgPreviewJSON struct {
	Email            string   `json:"email"`
	OrganizationName string   `json:"organizationName"`
	Rights           []string `json:"rights"`
	ExpiresAt        string   `json:"expiresAt"`
	HasAccount       bool     `json:"hasAccount"`
}

// orgCreate makes an organisation as an admin and returns its ID.
func orgCreate(t testing.TB, admin *browser, name string) string {
	t.Helper()
	var out struct {
		CreateOrganization struct {
			Organization *struct{ ID, Name string } `json:"organization"`
			UserErrors   []userErrorJSON            `json:"userErrors"`
		} `json:"createOrganization"`
	}
	admin.gql(`mutation($n: String!) { createOrganization(input: {name: $n}) { organization { id name } userErrors { code } } }`, map[string]any{"n": name}).into(t, &out)
	if out.CreateOrganization.Organization == nil || out.CreateOrganization.Organization.Name != name {
		t.Fatalf("createOrganization: %+v", out)
	}
	return out.CreateOrganization.Organization.ID
}

// orgInvite invites email and returns the invitation (nil when refused)
// with the raw answer.
func orgInvite(t testing.TB, br *browser, orgID, email string, rights ...string) (*orgInvitationJSON, *gqlResponse) {
	t.Helper()
	if rights == nil {
		rights = []string{}
	}
	resp := br.gql(orgInviteMutation, map[string]any{"org": orgID, "email": email, "rights": rights})
	if len(resp.Errors) > 0 {
		return nil, resp
	}
	var out struct {
		InviteMember struct {
			Invitation *orgInvitationJSON `json:"invitation"`
		} `json:"inviteMember"`
	}
	resp.into(t, &out)
	return out.InviteMember.Invitation, resp
}

// orgInvitedToken invites email and returns the token of the emailed link.
func orgInvitedToken(t testing.TB, smtp *mailtest.Server, br *browser, orgID, orgName, email string, rights ...string) (string, *orgInvitationJSON) {
	t.Helper()
	inv, resp := orgInvite(t, br, orgID, email, rights...)
	if inv == nil {
		t.Fatalf("inviteMember %s: %s", email, resp.Raw)
	}
	if strings.Contains(resp.Raw, "lk_inv_") {
		t.Fatalf("the invitation answer holds the token: %s", resp.Raw)
	}
	msg := smtp.WaitTo(email, "You are invited to join "+orgName, mailWait)
	tok := linkToken(t, msg, "/accept-invitation")
	return tok, inv
}

func orgAccept(t testing.TB, br *browser, token string, fields map[string]any) (orgAcceptResult, *gqlResponse) {
	t.Helper()
	vars := map[string]any{"token": token}
	for k, v := range fields {
		vars[k] = v
	}
	resp := br.gql(orgAcceptMutation, vars)
	var out orgAcceptResult
	resp.into(t, &out)
	return out, resp
}

func orgPreview(t testing.TB, br *browser, token string) *orgPreviewJSON {
	t.Helper()
	var out struct {
		Invitation *orgPreviewJSON `json:"invitation"`
	}
	br.gql(orgPreviewQuery, map[string]any{"token": token}).into(t, &out)
	return out.Invitation
}

type orgMembershipJSON struct {
	ID           string   `json:"id"`
	Rights       []string `json:"rights"`
	Organization struct {
		ID, Name string
	} `json:"organization"`
}

func orgMyMemberships(t testing.TB, br *browser) []orgMembershipJSON {
	t.Helper()
	var out struct {
		Me *struct {
			Memberships []orgMembershipJSON `json:"memberships"`
		} `json:"me"`
	}
	br.gql(`{ me { memberships { id rights organization { id name } } } }`, nil).into(t, &out)
	if out.Me == nil {
		t.Fatal("not signed in")
	}
	return out.Me.Memberships
}

func TestOrgInvitationMakesAnAccountForANewPerson(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		admin := ta.newAdmin(t)
		orgID := orgCreate(t, admin, "Acme Shop")
		ctx := context.Background()

		tok, inv := orgInvitedToken(t, smtp, admin, orgID, "Acme Shop", "New.Person@Example.com", "VIEW_ORDERS", "MANAGE_MEMBERS")
		if inv.Status != "PENDING" || fmt.Sprint(inv.Rights) != "[MANAGE_MEMBERS VIEW_ORDERS]" {
			t.Fatalf("invitation %s", asJSON(inv))
		}

		anon := ta.browser(t)
		p := orgPreview(t, anon, tok)
		if p == nil || !strings.EqualFold(p.Email, "new.person@example.com") || p.OrganizationName != "Acme Shop" || p.HasAccount || fmt.Sprint(p.Rights) != "[MANAGE_MEMBERS VIEW_ORDERS]" || p.ExpiresAt == "" {
			t.Fatalf("preview %s", asJSON(p))
		}
		if orgPreview(t, anon, "lk_inv_notarealtoken") != nil {
			t.Fatal("an unknown token has a preview")
		}

		t.Run("a weak password is refused and the link keeps working", func(t *testing.T) {
			out, resp := orgAccept(t, ta.browser(t), tok, map[string]any{"password": "weak", "username": "newbie", "name": "New Person"})
			if onlyCode(out.AcceptInvitation.UserErrors) != "PASSWORD_POLICY" || out.AcceptInvitation.User != nil {
				t.Fatalf("weak password: %s", resp.Raw)
			}
			if n := ta.db.Client.User.Query().Where(user.Username("newbie")).CountX(ctx); n != 0 {
				t.Fatal("an account was made with a weak password")
			}
			if orgPreview(t, anon, tok) == nil {
				t.Fatal("the link stopped working after a refused password")
			}
		})

		nb := ta.browser(t)
		out, resp := orgAccept(t, nb, tok, map[string]any{"password": "Marble-Orchard-71", "username": "newbie", "name": "New Person"})
		a := out.AcceptInvitation
		if len(a.UserErrors) != 0 || a.User == nil || a.Membership == nil {
			t.Fatalf("acceptInvitation: %s", resp.Raw)
		}
		if a.User.Username != "newbie" || a.User.Name != "New Person" || !strings.EqualFold(a.User.Email, "new.person@example.com") {
			t.Errorf("new account %+v", a.User)
		}
		if fmt.Sprint(a.Membership.Rights) != "[MANAGE_MEMBERS VIEW_ORDERS]" || a.Membership.User.ID != a.User.ID {
			t.Errorf("membership %s", asJSON(a.Membership))
		}
		if me := nb.me(); me == nil || me.ID != a.User.ID {
			t.Fatalf("the new person is not signed in: %+v", me)
		}
		ms := orgMyMemberships(t, nb)
		if len(ms) != 1 || ms[0].Organization.Name != "Acme Shop" || fmt.Sprint(ms[0].Rights) != "[MANAGE_MEMBERS VIEW_ORDERS]" {
			t.Errorf("me.memberships %s", asJSON(ms))
		}
		ta.browser(t).mustSignIn("newbie", "Marble-Orchard-71")

		t.Run("the link works once", func(t *testing.T) {
			out, resp := orgAccept(t, ta.browser(t), tok, map[string]any{"password": "Other-Orchard-72", "username": "newbie2", "name": "Again"})
			if onlyCode(out.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || out.AcceptInvitation.Membership != nil {
				t.Fatalf("second acceptance: %s", resp.Raw)
			}
			if orgPreview(t, anon, tok) != nil {
				t.Fatal("a used invitation still has a preview")
			}
			if n := ta.db.Client.Membership.Query().Where(membership.OrganizationID(orgID)).CountX(ctx); n != 1 {
				t.Fatalf("%d memberships", n)
			}
			var org struct {
				Organization *struct {
					Invitations []orgInvitationJSON `json:"invitations"`
				} `json:"organization"`
			}
			admin.gql(`query($id: ID!) { organization(id: $id) { invitations { id email status acceptedAt } } }`, map[string]any{"id": orgID}).into(t, &org)
			if org.Organization == nil || len(org.Organization.Invitations) != 1 || org.Organization.Invitations[0].Status != "ACCEPTED" || org.Organization.Invitations[0].AcceptedAt == nil {
				t.Fatalf("invitations %s", asJSON(org))
			}
		})

		t.Run("an expired link is refused", func(t *testing.T) {
			late, inv := orgInvitedToken(t, smtp, admin, orgID, "Acme Shop", "late@example.com", "VIEW_ORDERS")
			ta.db.Client.Invitation.UpdateOneID(inv.ID).SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(ctx)
			out, resp := orgAccept(t, ta.browser(t), late, map[string]any{"password": "Marble-Orchard-71", "username": "late", "name": "Late"})
			if onlyCode(out.AcceptInvitation.UserErrors) != "TOKEN_EXPIRED" || out.AcceptInvitation.User != nil {
				t.Fatalf("expired: %s", resp.Raw)
			}
			if n := ta.db.Client.User.Query().Where(user.Username("late")).CountX(ctx); n != 0 {
				t.Fatal("an expired invitation made an account")
			}
			if orgPreview(t, anon, late) != nil {
				t.Fatal("an expired invitation has a preview")
			}
		})
	})
}

// The acceptance answer is what the SPA and integrators read next: the
// organisation joined and the account as it now is.
func TestOrgAcceptInvitationAnswersWithTheOrganisationAndTheAccount(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.createUser(t, "root@example.com", "root", true)
	ta.createUser(t, "ivy@example.com", "ivy", false)
	admin := ta.signedIn(t, "root")
	orgID := orgCreate(t, admin, "Florist")
	const accept = `mutation($token: String!, $password: String, $username: String) {
  acceptInvitation(input: {token: $token, password: $password, username: $username}) {
    membership { id rights organization { id name } }
    user { id emailVerifiedAt }
    userErrors { code }
  }
}`
	type result struct {
		AcceptInvitation struct {
			Membership *struct {
				Organization *struct{ ID, Name string } `json:"organization"`
			} `json:"membership"`
			User *struct {
				EmailVerifiedAt *string `json:"emailVerifiedAt"`
			} `json:"user"`
		} `json:"acceptInvitation"`
	}
	check := func(t *testing.T, br *browser, tok string, vars map[string]any, newAccount bool) {
		t.Helper()
		vars["token"] = tok
		resp := br.gql(accept, vars)
		if len(resp.Errors) > 0 {
			t.Errorf("acceptInvitation answered errors: %s", resp.Raw)
			for _, line := range strings.Split(ta.logs.String(), "\n") {
				if strings.Contains(line, "resolver failed") {
					t.Logf("server log: %s", line)
				}
			}
		}
		var out result
		json.Unmarshal(resp.Data, &out) //nolint:errcheck // checked below
		m := out.AcceptInvitation.Membership
		if m == nil || m.Organization == nil || m.Organization.ID != orgID || m.Organization.Name != "Florist" {
			t.Errorf("membership.organization in the answer: %s", asJSON(m))
		}
		if newAccount {
			if u := out.AcceptInvitation.User; u == nil || u.EmailVerifiedAt == nil {
				t.Errorf("the new account's emailVerifiedAt in the answer: %s (the stored account is verified: see me below)", asJSON(u))
			}
			var me struct {
				Me *struct {
					EmailVerifiedAt *string `json:"emailVerifiedAt"`
				} `json:"me"`
			}
			br.gql(`{ me { emailVerifiedAt } }`, nil).into(t, &me)
			if me.Me == nil || me.Me.EmailVerifiedAt == nil {
				t.Errorf("the new account is not signed in or its address is not verified: %+v", me.Me)
			}
		}
	}
	t.Run("a new person", func(t *testing.T) {
		tok, _ := orgInvitedToken(t, smtp, admin, orgID, "Florist", "rose@example.com", "VIEW_ORDERS")
		check(t, ta.browser(t), tok, map[string]any{"password": "Marble-Orchard-71", "username": "rose"}, true)
	})
	t.Run("an existing account", func(t *testing.T) {
		tok, _ := orgInvitedToken(t, smtp, admin, orgID, "Florist", "ivy@example.com", "VIEW_ORDERS")
		check(t, ta.signedIn(t, "ivy"), tok, map[string]any{}, false)
	})
}

func TestOrgNewPersonMustChooseAPasswordToAccept(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	orgID := orgCreate(t, admin, "Passwordless Ltd")
	tok, _ := orgInvitedToken(t, smtp, admin, orgID, "Passwordless Ltd", "nopw@example.com", "VIEW_ORDERS")
	br := ta.browser(t)
	out, resp := orgAccept(t, br, tok, map[string]any{"username": "nopw", "name": "No Password"})
	if out.AcceptInvitation.User != nil || onlyCode(out.AcceptInvitation.UserErrors) != "PASSWORD_POLICY" {
		t.Errorf("accepting without a password: %s", resp.Raw)
	}
	if n := ta.db.Client.User.Query().Where(user.EmailKey("nopw@example.com")).CountX(context.Background()); n != 0 {
		t.Errorf("an account without a password was made")
	}
	if br.me() != nil {
		t.Errorf("accepting without a password signed in")
	}
}

func TestOrgExistingAccountAcceptsOnlyWhenSignedInAsIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.createUser(t, "root@example.com", "root", true)
		eveID := ta.createUser(t, "eve@example.com", "eve", false)
		ta.createUser(t, "mallory@example.com", "mallory", false)
		admin := ta.signedIn(t, "root")
		orgID := orgCreate(t, admin, "Bakery")
		ctx := context.Background()
		noMembers := func(t *testing.T) {
			t.Helper()
			if n := ta.db.Client.Membership.Query().Where(membership.OrganizationID(orgID)).CountX(ctx); n != 0 {
				t.Fatalf("%d memberships were made", n)
			}
		}

		tok, _ := orgInvitedToken(t, smtp, admin, orgID, "Bakery", "eve@example.com", "VIEW_BILLING")
		if p := orgPreview(t, ta.browser(t), tok); p == nil || !p.HasAccount {
			t.Fatalf("preview %s", asJSON(p))
		}

		t.Run("not signed in: sign in first", func(t *testing.T) {
			out, resp := orgAccept(t, ta.browser(t), tok, nil)
			if onlyCode(out.AcceptInvitation.UserErrors) != "INVALID_CREDENTIALS" || out.AcceptInvitation.Membership != nil {
				t.Fatalf("%s", resp.Raw)
			}
			noMembers(t)
		})

		t.Run("not signed in, offering a new password: no takeover", func(t *testing.T) {
			br := ta.browser(t)
			out, resp := orgAccept(t, br, tok, map[string]any{"password": "Takeover-Attempt-99", "username": "eve2", "name": "Not Eve"})
			if onlyCode(out.AcceptInvitation.UserErrors) != "INVALID_CREDENTIALS" || out.AcceptInvitation.User != nil {
				t.Fatalf("%s", resp.Raw)
			}
			if br.me() != nil {
				t.Fatal("signed in as the invitee without their password")
			}
			noMembers(t)
			ta.browser(t).mustSignIn("eve", goodPassword)
			if r := ta.browser(t).signIn("eve", "Takeover-Attempt-99"); r.SignIn.User != nil {
				t.Fatal("the offered password became eve's")
			}
		})

		t.Run("signed in as another account: refused for everyone", func(t *testing.T) {
			mallory := ta.signedIn(t, "mallory")
			out, resp := orgAccept(t, mallory, tok, nil)
			if onlyCode(out.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || out.AcceptInvitation.Membership != nil {
				t.Fatalf("%s", resp.Raw)
			}
			noMembers(t)
			if ms := orgMyMemberships(t, mallory); len(ms) != 0 {
				t.Fatalf("mallory joined: %s", asJSON(ms))
			}
		})

		t.Run("signed in as the invitee: joins", func(t *testing.T) {
			eve := ta.signedIn(t, "eve")
			out, resp := orgAccept(t, eve, tok, nil)
			a := out.AcceptInvitation
			if len(a.UserErrors) != 0 || a.Membership == nil || a.Membership.User.ID != eveID || fmt.Sprint(a.Membership.Rights) != "[VIEW_BILLING]" {
				t.Fatalf("%s", resp.Raw)
			}
			if me := eve.me(); me == nil || me.ID != eveID {
				t.Fatalf("eve's session after accepting: %+v", me)
			}
			ms := orgMyMemberships(t, eve)
			if len(ms) != 1 || ms[0].Organization.ID != orgID || ms[0].Organization.Name != "Bakery" {
				t.Fatalf("me.memberships %s", asJSON(ms))
			}
			again, _ := orgAccept(t, eve, tok, nil)
			if onlyCode(again.AcceptInvitation.UserErrors) != "TOKEN_INVALID" {
				t.Fatalf("second acceptance: %+v", again)
			}
		})
	})
}

func TestOrgMembersManageMembersWithinTheirRights(t *testing.T) {
	ta, smtp := newMailApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	ctx := context.Background()
	ta.createUser(t, "root@example.com", "root", true)
	managerID := ta.createUser(t, "manager@example.com", "manager", false)
	plainID := ta.createUser(t, "plain@example.com", "plain", false)
	ownerID := ta.createUser(t, "owner@example.com", "owner", false)
	ta.createUser(t, "outsider@example.com", "outsider", false)
	admin := ta.signedIn(t, "root")
	orgID := orgCreate(t, admin, "Bistro")
	otherOrg := orgCreate(t, admin, "Other Place")
	join := func(userID string, rs ...string) string {
		var rights []string
		rights = append(rights, rs...)
		m := ta.db.Client.Membership.Create().SetUserID(userID).SetOrganizationID(orgID).SetRights(orgRights(rights)).SaveX(ctx)
		return m.ID
	}
	managerM := join(managerID, "MANAGE_MEMBERS", "VIEW_ORDERS")
	plainM := join(plainID, "VIEW_ORDERS")
	ownerM := join(ownerID, "MANAGE_ORGANIZATION", "MANAGE_MEMBERS", "VIEW_BILLING")
	manager := ta.signedIn(t, "manager")
	plain := ta.signedIn(t, "plain")
	owner := ta.signedIn(t, "owner")
	outsider := ta.signedIn(t, "outsider")

	invitations := func() int { return ta.db.Client.Invitation.Query().Where(invitation.OrganizationID(orgID)).CountX(ctx) }
	rightsOf := func(membershipID string) string {
		return fmt.Sprint(ta.db.Client.Membership.GetX(ctx, membershipID).Rights)
	}

	var guestToken string
	var guestInv *orgInvitationJSON
	t.Run("a member with MANAGE_MEMBERS invites with rights they hold", func(t *testing.T) {
		guestToken, guestInv = orgInvitedToken(t, smtp, manager, orgID, "Bistro", "guest@example.com", "VIEW_ORDERS")
		if fmt.Sprint(guestInv.Rights) != "[VIEW_ORDERS]" {
			t.Fatalf("invitation %s", asJSON(guestInv))
		}
	})

	t.Run("refusals", func(t *testing.T) {
		tests := []struct {
			name   string
			br     *browser
			email  string
			rights []string
			top    string // top-level code
			ue     string // userError code
		}{
			{"granting a right the inviter lacks", manager, "x@example.com", []string{"MANAGE_ORGANIZATION"}, "FORBIDDEN", ""},
			{"granting a right they hold with one they lack", manager, "x@example.com", []string{"VIEW_ORDERS", "MANAGE_BILLING"}, "FORBIDDEN", ""},
			{"inviting a member", manager, "PLAIN@example.com", []string{"VIEW_ORDERS"}, "", "ALREADY_EXISTS"},
			{"a member without MANAGE_MEMBERS", plain, "x@example.com", []string{"VIEW_ORDERS"}, "FORBIDDEN", ""},
			{"a member without MANAGE_MEMBERS, no rights", plain, "x@example.com", nil, "FORBIDDEN", ""},
			{"a non-member", outsider, "x@example.com", []string{"VIEW_ORDERS"}, "FORBIDDEN", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := invitations()
				inv, resp := orgInvite(t, tt.br, orgID, tt.email, tt.rights...)
				if inv != nil {
					t.Fatalf("invited: %s", resp.Raw)
				}
				if tt.top != "" {
					wantTopLevel(t, resp, tt.top)
				} else {
					wantUserError(t, resp, "inviteMember", tt.ue)
				}
				// An existing member is told so, not that the address is in use.
				if tt.ue == "ALREADY_EXISTS" && !strings.Contains(string(resp.Raw), "already a member of the organisation") {
					t.Fatalf("no word of an existing member: %s", resp.Raw)
				}
				if after := invitations(); after != before {
					t.Fatalf("invitations %d -> %d", before, after)
				}
			})
		}
	})

	const orgQuery = `query($id: ID!) { organization(id: $id) { id name viewerRights members { id rights user { id username } } invitations { id email status rights } } }`
	type orgJSON struct {
		Organization *struct {
			ID, Name     string
			ViewerRights []string `json:"viewerRights"`
			Members      []struct {
				ID     string
				Rights []string
				User   struct{ ID, Username string }
			} `json:"members"`
			Invitations []orgInvitationJSON `json:"invitations"`
		} `json:"organization"`
	}

	t.Run("a manager lists invitations", func(t *testing.T) {
		var out orgJSON
		manager.gql(orgQuery, map[string]any{"id": orgID}).into(t, &out)
		o := out.Organization
		if o == nil || len(o.Members) != 3 || fmt.Sprint(o.ViewerRights) != "[MANAGE_MEMBERS VIEW_ORDERS]" {
			t.Fatalf("organization %s", asJSON(out))
		}
		if len(o.Invitations) != 1 || o.Invitations[0].Email != "guest@example.com" || o.Invitations[0].Status != "PENDING" {
			t.Fatalf("invitations %s", asJSON(o.Invitations))
		}
	})

	t.Run("a new invitation to the same address replaces the pending one", func(t *testing.T) {
		first, firstInv := orgInvitedToken(t, smtp, manager, orgID, "Bistro", "twice@example.com", "VIEW_ORDERS")
		second, resp := orgInvite(t, admin, orgID, "Twice@Example.com", "VIEW_ORDERS", "VIEW_BILLING")
		if second == nil || second.Status != "PENDING" {
			t.Fatalf("second invitation: %s", resp.Raw)
		}
		if orgPreview(t, ta.browser(t), first) != nil {
			t.Error("the replaced invitation still has a preview")
		}
		stored := ta.db.Client.Invitation.GetX(ctx, firstInv.ID)
		if stored.RevokedAt == nil {
			t.Error("the replaced invitation is not revoked")
		}
	})

	t.Run("a member without MANAGE_MEMBERS sees the members but not the invitations", func(t *testing.T) {
		resp := plain.gql(orgQuery, map[string]any{"id": orgID})
		wantTopLevel(t, resp, "FORBIDDEN")
		var out orgJSON
		plain.gql(`query($id: ID!) { organization(id: $id) { id name viewerRights members { id rights user { id username } } } }`, map[string]any{"id": orgID}).into(t, &out)
		if out.Organization == nil || len(out.Organization.Members) != 3 || fmt.Sprint(out.Organization.ViewerRights) != "[VIEW_ORDERS]" {
			t.Fatalf("organization %s", asJSON(out))
		}
	})

	t.Run("a non-member does not see the organisation", func(t *testing.T) {
		var out orgJSON
		outsider.gql(`query($id: ID!) { organization(id: $id) { id name } }`, map[string]any{"id": orgID}).into(t, &out)
		if out.Organization != nil {
			t.Fatalf("outsider sees %s", asJSON(out))
		}
		// Members do not see other organisations either.
		manager.gql(`query($id: ID!) { organization(id: $id) { id name } }`, map[string]any{"id": otherOrg}).into(t, &out)
		if out.Organization != nil {
			t.Fatalf("a member of Bistro sees Other Place")
		}
	})

	t.Run("members cannot read each other's sessions or tokens", func(t *testing.T) {
		for _, field := range []string{"sessions { id }", "accessTokens { id }", "memberships { id }", "activity { totalCount }"} {
			resp := plain.gql(`query($id: ID!) { organization(id: $id) { members { user { id `+field+` } } } }`, map[string]any{"id": orgID})
			wantTopLevel(t, resp, "FORBIDDEN")
		}
	})

	const update = `mutation($id: ID!, $rights: [Right!]!) { updateMember(input: {membershipId: $id, rights: $rights}) { membership { id rights } userErrors { code field } } }`
	t.Run("updateMember", func(t *testing.T) {
		tests := []struct {
			name       string
			br         *browser
			membership string
			rights     []string
			top, ue    string
			want       string // rights stored afterwards
		}{
			{"a manager grants a right they hold", manager, plainM, []string{"VIEW_ORDERS", "MANAGE_MEMBERS"}, "", "", "[MANAGE_MEMBERS VIEW_ORDERS]"},
			{"a manager takes a right they hold", manager, plainM, []string{"VIEW_ORDERS"}, "", "", "[VIEW_ORDERS]"},
			{"a manager cannot grant a right they lack", manager, plainM, []string{"VIEW_ORDERS", "MANAGE_ORGANIZATION"}, "FORBIDDEN", "", "[VIEW_ORDERS]"},
			{"a manager cannot take a right they lack", manager, ownerM, []string{"MANAGE_MEMBERS", "VIEW_BILLING"}, "FORBIDDEN", "", "[MANAGE_MEMBERS MANAGE_ORGANIZATION VIEW_BILLING]"},
			{"a member without MANAGE_MEMBERS", plain, plainM, []string{"VIEW_ORDERS", "VIEW_BILLING"}, "FORBIDDEN", "", "[VIEW_ORDERS]"},
			{"a member without MANAGE_MEMBERS, about someone else", plain, managerM, []string{}, "FORBIDDEN", "", "[MANAGE_MEMBERS VIEW_ORDERS]"},
			{"an unknown membership", manager, "mem_00000000000000000000000000", []string{}, "", "NOT_FOUND", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				resp := tt.br.gql(update, map[string]any{"id": tt.membership, "rights": tt.rights})
				if tt.top != "" {
					wantTopLevel(t, resp, tt.top)
				} else {
					wantUserError(t, resp, "updateMember", tt.ue)
				}
				if tt.want != "" {
					if got := rightsOf(tt.membership); got != tt.want {
						t.Fatalf("rights %s, want %s", got, tt.want)
					}
				}
			})
		}
	})

	t.Run("revokeInvitation", func(t *testing.T) {
		const revoke = `mutation($id: ID!) { revokeInvitation(input: {id: $id}) { invitation { id status revokedAt } userErrors { code } } }`
		wantTopLevel(t, plain.gql(revoke, map[string]any{"id": guestInv.ID}), "FORBIDDEN")
		if orgPreview(t, ta.browser(t), guestToken) == nil {
			t.Fatal("a refused revocation revoked")
		}
		resp := manager.gql(revoke, map[string]any{"id": guestInv.ID})
		var out struct {
			RevokeInvitation struct {
				Invitation *orgInvitationJSON `json:"invitation"`
				UserErrors []userErrorJSON    `json:"userErrors"`
			} `json:"revokeInvitation"`
		}
		resp.into(t, &out)
		if out.RevokeInvitation.Invitation == nil || out.RevokeInvitation.Invitation.Status != "REVOKED" || out.RevokeInvitation.Invitation.RevokedAt == nil {
			t.Fatalf("revokeInvitation: %s", resp.Raw)
		}
		acc, raw := orgAccept(t, ta.browser(t), guestToken, map[string]any{"password": "Marble-Orchard-71", "username": "guest", "name": "Guest"})
		if onlyCode(acc.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || acc.AcceptInvitation.User != nil {
			t.Fatalf("accepting a revoked invitation: %s", raw.Raw)
		}
		if orgPreview(t, ta.browser(t), guestToken) != nil {
			t.Fatal("a revoked invitation has a preview")
		}
	})

	t.Run("updateOrganization needs MANAGE_ORGANIZATION", func(t *testing.T) {
		const rename = `mutation($id: ID!, $name: String!) { updateOrganization(input: {id: $id, name: $name}) { organization { id name } userErrors { code field } } }`
		name := func() string { return ta.db.Client.Organization.GetX(ctx, orgID).Name }
		wantTopLevel(t, manager.gql(rename, map[string]any{"id": orgID, "name": "Manager's Bistro"}), "FORBIDDEN")
		wantTopLevel(t, plain.gql(rename, map[string]any{"id": orgID, "name": "Plain's Bistro"}), "FORBIDDEN")
		resp := outsider.gql(rename, map[string]any{"id": orgID, "name": "Outsider's Bistro"})
		if resp.code() != "FORBIDDEN" {
			wantUserError(t, resp, "updateOrganization", "NOT_FOUND")
		}
		if name() != "Bistro" {
			t.Fatalf("renamed to %q without the right", name())
		}
		wantUserError(t, owner.gql(rename, map[string]any{"id": orgID, "name": "Bistro Deluxe"}), "updateOrganization", "")
		if name() != "Bistro Deluxe" {
			t.Fatalf("name %q", name())
		}
		wantUserError(t, admin.gql(rename, map[string]any{"id": orgID, "name": "Bistro"}), "updateOrganization", "")
		wantUserError(t, owner.gql(rename, map[string]any{"id": orgID, "name": "   "}), "updateOrganization", "INVALID_INPUT")
	})

	t.Run("me.memberships tells integrators the organisation and rights", func(t *testing.T) {
		ms := orgMyMemberships(t, manager)
		if len(ms) != 1 || ms[0].ID != managerM || ms[0].Organization.ID != orgID || ms[0].Organization.Name != "Bistro" || fmt.Sprint(ms[0].Rights) != "[MANAGE_MEMBERS VIEW_ORDERS]" {
			t.Fatalf("me.memberships %s", asJSON(ms))
		}
	})

	const remove = `mutation($id: ID!) { removeMember(input: {membershipId: $id}) { userErrors { code } } }`
	t.Run("removeMember", func(t *testing.T) {
		wantTopLevel(t, plain.gql(remove, map[string]any{"id": managerM}), "FORBIDDEN")
		if n := ta.db.Client.Membership.Query().Where(membership.ID(managerM)).CountX(ctx); n != 1 {
			t.Fatal("a member without MANAGE_MEMBERS removed someone")
		}
		// Re-add the plain member's twin to be removed by the manager.
		twinID := ta.createUser(t, "twin@example.com", "twin", false)
		twinM := join(twinID, "VIEW_ORDERS")
		wantUserError(t, manager.gql(remove, map[string]any{"id": twinM}), "removeMember", "")
		if n := ta.db.Client.Membership.Query().Where(membership.ID(twinM)).CountX(ctx); n != 0 {
			t.Fatal("the manager could not remove a member")
		}
		wantUserError(t, manager.gql(remove, map[string]any{"id": "mem_00000000000000000000000000"}), "removeMember", "NOT_FOUND")
	})

	t.Run("a member leaves", func(t *testing.T) {
		wantUserError(t, plain.gql(remove, map[string]any{"id": plainM}), "removeMember", "")
		if ms := orgMyMemberships(t, plain); len(ms) != 0 {
			t.Fatalf("still a member: %s", asJSON(ms))
		}
		var out struct {
			Organization *struct{ ID string } `json:"organization"`
		}
		plain.gql(`query($id: ID!) { organization(id: $id) { id } }`, map[string]any{"id": orgID}).into(t, &out)
		if out.Organization != nil {
			t.Fatal("a former member still sees the organisation")
		}
	})

	t.Run("admins list and create organisations", func(t *testing.T) {
		var out struct {
			Organizations []struct{ ID, Name string } `json:"organizations"`
		}
		admin.gql(`{ organizations { id name } }`, nil).into(t, &out)
		if len(out.Organizations) != 2 {
			t.Fatalf("organizations %+v", out)
		}
		resp := admin.gql(`mutation { createOrganization(input: {name: "  "}) { organization { id } userErrors { code field } } }`, nil)
		wantUserError(t, resp, "createOrganization", "INVALID_INPUT")
	})
}

func orgRights(rs []string) []rights.Right {
	out := make([]rights.Right, len(rs))
	for i, r := range rs {
		out[i] = rights.Right(r)
	}
	return rights.Normalize(out)
}
