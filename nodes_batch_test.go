package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

// nodes(ids:) loads each type in one query (Ent's Noders) and answers, id
// by id, exactly what node(id:) answers: an admin sees every user, audit
// event and outbox message; anyone else themselves only; ids of no node
// (other types, unknown, malformed) are null, with no error.
func TestNodesOfMixedTypesAnswerAsNodeDoesInOneQueryPerType(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		ctx := context.Background()
		// An outbox message: a reset link for Alice.
		if resp := ta.browser(t).gql(`mutation { requestReset(input: {login: "alice"}) { userErrors { code } } }`, nil); resp.code() != "" {
			t.Fatalf("requestReset: %s", resp.Raw)
		}
		ta.background.Wait() // the reset is written after the answer
		events := ta.db.Client.AuditEvent.Query().Limit(3).IDsX(ctx)
		messages := ta.db.Client.OutboxMessage.Query().IDsX(ctx)
		memberships := ta.db.Client.Membership.Query().Limit(1).IDsX(ctx)
		if len(events) < 3 || len(messages) == 0 || len(memberships) == 0 {
			t.Fatalf("seed: %d events, %d messages, %d memberships", len(events), len(messages), len(memberships))
		}
		ids := []string{
			w.aliceID, events[0], w.bobID, messages[0], w.orgID, events[1],
			"usr_00000000000000000000000000", "evt_00000000000000000000000000", "zzz_1", "42",
			memberships[0], w.adminID, w.aliceID, events[2], messages[0],
		}
		const fields = `id __typename ... on User { email username lockedAt } ... on AuditEvent { type actorID subjectID } ... on OutboxMessage { subject toAddress }`
		count := qlCount(ta)
		for _, c := range []struct {
			name    string
			br      *browser
			visible int
		}{
			{"an admin", w.admin, 9}, // not the organisation, the membership or the five ids of nothing
			{"a user", w.alice, 2},   // herself, twice
		} {
			t.Run(c.name, func(t *testing.T) {
				want := make([]json.RawMessage, len(ids))
				for i, id := range ids {
					var one struct{ Node json.RawMessage }
					c.br.gql(`query($id: ID!) { node(id: $id) { `+fields+` } }`, map[string]any{"id": id}).into(t, &one)
					want[i] = one.Node
				}
				var resp *gqlResponse
				queries := count.beyond(c.br, func() {
					resp = c.br.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { `+fields+` } }`, map[string]any{"ids": ids})
				})
				var got struct{ Nodes []json.RawMessage }
				resp.into(t, &got) // no error: a missing node is null, as in node
				if len(got.Nodes) != len(ids) {
					t.Fatalf("%d nodes for %d ids: %s", len(got.Nodes), len(ids), resp.Raw)
				}
				visible := 0
				for i := range ids {
					if string(got.Nodes[i]) != string(want[i]) {
						t.Errorf("nodes[%d] (%s) = %s, node says %s", i, ids[i], got.Nodes[i], want[i])
					}
					if string(got.Nodes[i]) != "null" {
						visible++
					}
				}
				if visible != c.visible {
					t.Errorf("%d nodes visible, want %d: %s", visible, c.visible, resp.Raw)
				}
				for typ, n := range queries {
					if n > 1 {
						t.Errorf("%d %s queries for %d ids, want one per type: %v", n, typ, len(ids), queries)
					}
				}
				if c.br == w.alice && queries["AuditEvent"] > 0 {
					t.Errorf("a user's nodes looked up others' events: %v", queries)
				}
			})
		}
	})
}
