package main

import (
	"context"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

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
		admin := admSignedIn(t, ta, "root")
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
