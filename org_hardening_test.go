package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/testdb"
)

const orgRemoveMutation = `mutation($id: ID!) { removeMember(input: {membershipId: $id}) { userErrors { code field } } }`
const orgUpdateMutation = `mutation($id: ID!, $rights: [Right!]!) { updateMember(input: {membershipId: $id, rights: $rights}) { membership { id rights } userErrors { code field } } }`

// A member with MANAGE_MEMBERS invites a second address of their own and
// then loses the membership or a right: the invitation must not hand it
// back to them.
func TestRemovedInviterInvitationNoLongerGrantsRights(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		ownerID := ta.createUser(t, "owner@example.com", "owner", false)
		admin := ta.signedIn(t, "root")
		orgID := orgCreate(t, admin, "Inn")
		ta.db.Client.Membership.Create().SetUserID(ownerID).SetOrganizationID(orgID).
			SetRights(orgRights([]string{"MANAGE_MEMBERS", "MANAGE_ORGANIZATION", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx)
		owner := ta.signedIn(t, "owner")

		tests := []struct {
			name    string
			grants  []string // what the inviter's invitation grants
			lose    func(t *testing.T, inviter *browser, inviterID, membershipID string)
			revoked bool // the invitation is marked revoked (not only refused at acceptance)
		}{
			{"removed by a member who covers them", []string{"MANAGE_MEMBERS"}, func(t *testing.T, _ *browser, _, mID string) {
				wantUserError(t, owner.gql(orgRemoveMutation, map[string]any{"id": mID}), "removeMember", "")
			}, true},
			{"leaves the organisation", []string{"MANAGE_MEMBERS"}, func(t *testing.T, inviter *browser, _, mID string) {
				wantUserError(t, inviter.gql(orgRemoveMutation, map[string]any{"id": mID}), "removeMember", "")
			}, true},
			{"loses MANAGE_MEMBERS", []string{"VIEW_ORDERS"}, func(t *testing.T, _ *browser, _, mID string) {
				wantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"VIEW_ORDERS", "VIEW_BILLING"}}), "updateMember", "")
			}, true},
			{"loses a right the invitation grants", []string{"VIEW_BILLING"}, func(t *testing.T, _ *browser, _, mID string) {
				wantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"MANAGE_MEMBERS", "VIEW_ORDERS"}}), "updateMember", "")
			}, true},
			{"is deleted by an admin", []string{"MANAGE_MEMBERS"}, func(t *testing.T, _ *browser, uID, _ string) {
				wantUserError(t, admin.gql(`mutation($id: ID!) { deleteUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": uID}), "deleteUser", "")
			}, true},
			{"loses the right by a change the service did not make (acceptance re-checks)", []string{"MANAGE_MEMBERS"}, func(t *testing.T, _ *browser, _, mID string) {
				ta.db.Client.Membership.UpdateOneID(mID).SetRights(orgRights([]string{"VIEW_ORDERS"})).ExecX(ctx)
			}, false},
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				login := fmt.Sprintf("inviter%d", i)
				inviterID := ta.createUser(t, login+"@example.com", login, false)
				mID := ta.db.Client.Membership.Create().SetUserID(inviterID).SetOrganizationID(orgID).
					SetRights(orgRights([]string{"MANAGE_MEMBERS", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx).ID
				inviter := ta.signedIn(t, login)
				second := fmt.Sprintf("second-address-%d@example.com", i)
				tok, inv := orgInvitedToken(t, smtp, inviter, orgID, "Inn", second, tt.grants...)

				tt.lose(t, inviter, inviterID, mID)

				stored := ta.db.Client.Invitation.GetX(ctx, inv.ID)
				if tt.revoked && stored.RevokedAt == nil {
					t.Errorf("the invitation is still pending after its inviter lost the right")
				}
				if orgPreview(t, ta.browser(t), tok) != nil {
					t.Errorf("the invitation still has a preview")
				}
				out, resp := orgAccept(t, ta.browser(t), tok, map[string]any{"password": "Marble-Orchard-71", "username": fmt.Sprintf("second%d", i), "name": "Second"})
				if onlyCode(out.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || out.AcceptInvitation.Membership != nil {
					t.Fatalf("accepting the invitation of an inviter who lost the right: %s", resp.Raw)
				}
				if n := ta.db.Client.User.Query().Where(user.EmailKey(second)).CountX(ctx); n != 0 {
					t.Errorf("an account was made for %s", second)
				}
				if n := ta.db.Client.Membership.Query().Where(membership.OrganizationID(orgID), membership.HasUserWith(user.EmailKey(second))).CountX(ctx); n != 0 {
					t.Errorf("the second address joined")
				}
			})
		}

		t.Run("an invitation granting a right the inviter keeps stays valid", func(t *testing.T) {
			inviterID := ta.createUser(t, "keeper@example.com", "keeper", false)
			mID := ta.db.Client.Membership.Create().SetUserID(inviterID).SetOrganizationID(orgID).
				SetRights(orgRights([]string{"MANAGE_MEMBERS", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx).ID
			keeper := ta.signedIn(t, "keeper")
			tok, inv := orgInvitedToken(t, smtp, keeper, orgID, "Inn", "kept@example.com", "VIEW_ORDERS")
			wantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"MANAGE_MEMBERS", "VIEW_ORDERS"}}), "updateMember", "")
			if ta.db.Client.Invitation.GetX(ctx, inv.ID).RevokedAt != nil {
				t.Fatal("an invitation granting only rights the inviter keeps was revoked")
			}
			out, resp := orgAccept(t, ta.browser(t), tok, map[string]any{"password": "Marble-Orchard-71", "username": "kept", "name": "Kept"})
			if len(out.AcceptInvitation.UserErrors) != 0 || out.AcceptInvitation.Membership == nil || fmt.Sprint(out.AcceptInvitation.Membership.Rights) != "[VIEW_ORDERS]" {
				t.Fatalf("accepting: %s", resp.Raw)
			}
		})
	})
}

// A member with MANAGE_MEMBERS and little else takes MANAGE_MEMBERS away
// from, or changes the rights of, a member who holds more than they do.
func TestLesserMemberCannotStripStrongerMember(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		lesserID := ta.createUser(t, "lesser@example.com", "lesser", false)
		strongID := ta.createUser(t, "strong@example.com", "strong", false)
		admin := ta.signedIn(t, "root")
		orgID := orgCreate(t, admin, "Garage")
		ta.db.Client.Membership.Create().SetUserID(lesserID).SetOrganizationID(orgID).SetRights(orgRights([]string{"MANAGE_MEMBERS", "VIEW_ORDERS"})).SaveX(ctx)
		strongM := ta.db.Client.Membership.Create().SetUserID(strongID).SetOrganizationID(orgID).
			SetRights(orgRights([]string{"MANAGE_MEMBERS", "MANAGE_ORGANIZATION", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx).ID
		lesser := ta.signedIn(t, "lesser")
		const want = "[MANAGE_MEMBERS MANAGE_ORGANIZATION VIEW_ORDERS VIEW_BILLING]"
		for _, tt := range []struct {
			name   string
			rights []string
		}{
			{"takes MANAGE_MEMBERS, a right both hold", []string{"MANAGE_ORGANIZATION", "VIEW_ORDERS", "VIEW_BILLING"}},
			{"takes VIEW_ORDERS, a right both hold", []string{"MANAGE_MEMBERS", "MANAGE_ORGANIZATION", "VIEW_BILLING"}},
			{"takes both shared rights", []string{"MANAGE_ORGANIZATION", "VIEW_BILLING"}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				resp := lesser.gql(orgUpdateMutation, map[string]any{"id": strongM, "rights": tt.rights})
				wantTopLevel(t, resp, "FORBIDDEN")
				if got := fmt.Sprint(ta.db.Client.Membership.GetX(ctx, strongM).Rights); got != want {
					t.Fatalf("the stronger member's rights became %s", got)
				}
			})
		}
	})
}

// Accepting an invitation as a new person stops halfway (the last write,
// the audit event of the acceptance, fails): no account, no membership, no
// audit event of an account is left, and the link still works.
func TestInvitationAcceptedHalfwayLeavesNoAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.noClientLimit(t)
		ctx := context.Background()
		admin := ta.newAdmin(t)
		orgID := orgCreate(t, admin, "Dairy")
		tok, inv := orgInvitedToken(t, smtp, admin, orgID, "Dairy", "halfway@example.com", "VIEW_ORDERS")
		before := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.UserCreated)).CountX(ctx)
		failOn(ta, audit.InvitationAccepted)

		resp := ta.browser(t).gql(orgAcceptMutation, map[string]any{"token": tok, "password": "Marble-Orchard-71", "username": "halfway", "name": "Half Way"})
		if resp.code() != "INTERNAL" {
			t.Fatalf("accepting while its audit event fails: %s", resp.Raw)
		}
		if n := ta.db.Client.User.Query().Where(user.EmailKey("halfway@example.com")).CountX(ctx); n != 0 {
			t.Error("an account was left behind")
		}
		if n := ta.db.Client.Membership.Query().Where(membership.OrganizationID(orgID)).CountX(ctx); n != 0 {
			t.Error("a membership was left behind")
		}
		if after := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.UserCreated)).CountX(ctx); after != before {
			t.Errorf("USER_CREATED events %d -> %d: the log tells of an account that does not exist", before, after)
		}
		if stored := ta.db.Client.Invitation.GetX(ctx, inv.ID); stored.AcceptedAt != nil || stored.RevokedAt != nil {
			t.Errorf("the invitation was spent: %+v", stored)
		}
		if n := ta.db.Client.Invitation.Query().Where(invitation.ID(inv.ID), invitation.AcceptedAtIsNil()).CountX(ctx); n != 1 {
			t.Error("the invitation is no longer pending")
		}
	})
}

// An admin creates an account and its set-password email cannot be queued:
// no account is left without a way in, and no audit event tells of one.
func TestAdminCreateUserHalfwayLeavesNoAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, _ := newMailApp(t, b)
		ctx := context.Background()
		admin := ta.newAdmin(t)
		before := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.UserCreated)).CountX(ctx)
		ta.db.Client.OutboxMessage.Use(func(next ent.Mutator) ent.Mutator {
			return hook.OutboxMessageFunc(func(ctx context.Context, m *ent.OutboxMessageMutation) (ent.Value, error) {
				if m.Op().Is(ent.OpCreate) {
					return nil, errors.New("test: the outbox cannot be written")
				}
				return next.Mutate(ctx, m)
			})
		})
		resp := admin.gql(`mutation { createUser(input: {email: "halfmade@example.com", username: "halfmade"}) { user { id } userErrors { code } } }`, nil)
		if resp.code() == "" {
			t.Logf("answer: %s", resp.Raw)
		}
		if n := ta.db.Client.User.Query().Where(user.Username("halfmade")).CountX(ctx); n != 0 {
			t.Error("an account was left without its set-password email")
		}
		if after := ta.db.Client.AuditEvent.Query().Where(auditevent.Type(audit.UserCreated)).CountX(ctx); after != before {
			t.Errorf("USER_CREATED events %d -> %d", before, after)
		}
		if n := ta.db.Client.ResetToken.Query().CountX(ctx); n != 0 {
			t.Errorf("%d set-password tokens were left", n)
		}
	})
}

// One document removes a member and then reads the organisation's members
// (through a later mutation's payload, after the same list was read before
// the removal): the removed member is gone, not served from the cache of
// the document's first field.
func TestAMutationAfterRemoveMemberInOneDocumentSeesTheMemberGone(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		ta.createUser(t, "root@example.com", "root", true)
		keepID := ta.createUser(t, "keep@example.com", "keep", false)
		goneID := ta.createUser(t, "gone@example.com", "gone", false)
		admin := ta.signedIn(t, "root")
		orgID := orgCreate(t, admin, "Mill")
		keep := ta.db.Client.Membership.Create().SetUserID(keepID).SetOrganizationID(orgID).SetRights(orgRights([]string{"VIEW_ORDERS"})).SaveX(ctx)
		gone := ta.db.Client.Membership.Create().SetUserID(goneID).SetOrganizationID(orgID).SetRights(orgRights([]string{"VIEW_ORDERS"})).SaveX(ctx)

		resp := admin.gql(`mutation($keep: ID!, $gone: ID!) {
  before: updateMember(input: {membershipId: $keep, rights: [VIEW_ORDERS]}) { membership { organization { members { user { username } } } } userErrors { code } }
  removeMember(input: {membershipId: $gone}) { userErrors { code } }
  after: updateMember(input: {membershipId: $keep, rights: [VIEW_ORDERS]}) { membership { organization { members { user { username } } } user { memberships { id } } } userErrors { code } }
  again: updateMember(input: {membershipId: $gone, rights: [VIEW_ORDERS]}) { userErrors { code } }
}`, map[string]any{"keep": keep.ID, "gone": gone.ID})
		var out struct {
			Before, After struct {
				Membership *struct {
					Organization struct {
						Members []struct{ User struct{ Username string } }
					}
				}
				UserErrors []userErrorJSON
			}
			RemoveMember struct{ UserErrors []userErrorJSON }
		}
		resp.into(t, &out)
		names := func(ms []struct{ User struct{ Username string } }) string {
			var n []string
			for _, m := range ms {
				n = append(n, m.User.Username)
			}
			return strings.Join(n, ",")
		}
		if out.Before.Membership == nil || !strings.Contains(names(out.Before.Membership.Organization.Members), "gone") {
			t.Fatalf("before the removal: %s", resp.Raw)
		}
		if len(out.RemoveMember.UserErrors) != 0 {
			t.Fatalf("removeMember: %s", resp.Raw)
		}
		if out.After.Membership == nil {
			t.Fatalf("after the removal: %s", resp.Raw)
		}
		if got := names(out.After.Membership.Organization.Members); strings.Contains(got, "gone") {
			t.Fatalf("after removeMember, the same document still lists the removed member: %s", got)
		}
	})
}
