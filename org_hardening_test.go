package main

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/testdb"
)

const orgRemoveMutation = `mutation($id: ID!) { removeMember(input: {membershipId: $id}) { userErrors { code field } } }`
const orgUpdateMutation = `mutation($id: ID!, $rights: [Right!]!) { updateMember(input: {membershipId: $id, rights: $rights}) { membership { id rights } userErrors { code field } } }`

// A member with MANAGE_MEMBERS invites a second address of their own and
// then loses the membership or a right: the invitation must not hand it
// back to them.
func TestRemovedInviterInvitationNoLongerGrantsRights(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		smtp := mailtest.Start(t)
		ta := newTestApp(t, b, "--smtp", smtp.URL())
		admLiftIPLimit(t, ta)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		ownerID := ta.createUser(t, "owner@example.com", "owner", false)
		admin := admSignedIn(t, ta, "root")
		orgID := orgCreate(t, admin, "Inn")
		ta.db.Client.Membership.Create().SetUserID(ownerID).SetOrganizationID(orgID).
			SetRights(orgRights([]string{"MANAGE_MEMBERS", "MANAGE_ORGANIZATION", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx)
		owner := admSignedIn(t, ta, "owner")

		tests := []struct {
			name    string
			grants  []string // what the inviter's invitation grants
			lose    func(t *testing.T, inviter *browser, inviterID, membershipID string)
			revoked bool // the invitation is marked revoked (not only refused at acceptance)
		}{
			{"removed by a member who covers them", []string{"MANAGE_MEMBERS"}, func(t *testing.T, _ *browser, _, mID string) {
				admWantUserError(t, owner.gql(orgRemoveMutation, map[string]any{"id": mID}), "removeMember", "")
			}, true},
			{"leaves the organisation", []string{"MANAGE_MEMBERS"}, func(t *testing.T, inviter *browser, _, mID string) {
				admWantUserError(t, inviter.gql(orgRemoveMutation, map[string]any{"id": mID}), "removeMember", "")
			}, true},
			{"loses MANAGE_MEMBERS", []string{"VIEW_ORDERS"}, func(t *testing.T, _ *browser, _, mID string) {
				admWantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"VIEW_ORDERS", "VIEW_BILLING"}}), "updateMember", "")
			}, true},
			{"loses a right the invitation grants", []string{"VIEW_BILLING"}, func(t *testing.T, _ *browser, _, mID string) {
				admWantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"MANAGE_MEMBERS", "VIEW_ORDERS"}}), "updateMember", "")
			}, true},
			{"is deleted by an admin", []string{"MANAGE_MEMBERS"}, func(t *testing.T, _ *browser, uID, _ string) {
				admWantUserError(t, admin.gql(`mutation($id: ID!) { deleteUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": uID}), "deleteUser", "")
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
				inviter := admSignedIn(t, ta, login)
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
				if admCode(out.AcceptInvitation.UserErrors) != "TOKEN_INVALID" || out.AcceptInvitation.Membership != nil {
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
			keeper := admSignedIn(t, ta, "keeper")
			tok, inv := orgInvitedToken(t, smtp, keeper, orgID, "Inn", "kept@example.com", "VIEW_ORDERS")
			admWantUserError(t, owner.gql(orgUpdateMutation, map[string]any{"id": mID, "rights": []string{"MANAGE_MEMBERS", "VIEW_ORDERS"}}), "updateMember", "")
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
		admLiftIPLimit(t, ta)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		lesserID := ta.createUser(t, "lesser@example.com", "lesser", false)
		strongID := ta.createUser(t, "strong@example.com", "strong", false)
		admin := admSignedIn(t, ta, "root")
		orgID := orgCreate(t, admin, "Garage")
		ta.db.Client.Membership.Create().SetUserID(lesserID).SetOrganizationID(orgID).SetRights(orgRights([]string{"MANAGE_MEMBERS", "VIEW_ORDERS"})).SaveX(ctx)
		strongM := ta.db.Client.Membership.Create().SetUserID(strongID).SetOrganizationID(orgID).
			SetRights(orgRights([]string{"MANAGE_MEMBERS", "MANAGE_ORGANIZATION", "VIEW_ORDERS", "VIEW_BILLING"})).SaveX(ctx).ID
		lesser := admSignedIn(t, ta, "lesser")
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
				admWantTopLevel(t, resp, "FORBIDDEN")
				if got := fmt.Sprint(ta.db.Client.Membership.GetX(ctx, strongM).Rights); got != want {
					t.Fatalf("the stronger member's rights became %s", got)
				}
			})
		}
	})
}

// failOn makes every audit event of type typ fail to be written, as a full
// disk or a lost connection would at that moment.
func failOn(ta *testApp, typ string) {
	ta.db.Client.AuditEvent.Use(func(next ent.Mutator) ent.Mutator {
		return hook.AuditEventFunc(func(ctx context.Context, m *ent.AuditEventMutation) (ent.Value, error) {
			if t, ok := m.GetType(); ok && t == typ {
				return nil, errors.New("test: audit write fails")
			}
			return next.Mutate(ctx, m)
		})
	})
}

// Accepting an invitation as a new person stops halfway (the last write,
// the audit event of the acceptance, fails): no account, no membership, no
// audit event of an account is left, and the link still works.
func TestInvitationAcceptedHalfwayLeavesNoAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		smtp := mailtest.Start(t)
		ta := newTestApp(t, b, "--smtp", smtp.URL())
		admLiftIPLimit(t, ta)
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		admin := admSignedIn(t, ta, "root")
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
		smtp := mailtest.Start(t)
		ta := newTestApp(t, b, "--smtp", smtp.URL())
		ctx := context.Background()
		ta.createUser(t, "root@example.com", "root", true)
		admin := admSignedIn(t, ta, "root")
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
