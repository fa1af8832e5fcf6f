package main

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/hook"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
)

// rendezvous holds every demotion or deletion of an account at the
// moment it writes until n of them have arrived (or a few seconds have
// passed, when the fix makes the others wait for the first to commit), so
// that the requests overlap as an attacker's racing ones would.
func rendezvous(ta *testApp, n int) {
	var mu sync.Mutex
	arrived := 0
	all := make(chan struct{})
	ta.db.Client.User.Use(func(next ent.Mutator) ent.Mutator {
		return hook.UserFunc(func(ctx context.Context, m *ent.UserMutation) (ent.Value, error) {
			r, demoting := m.Role()
			if (demoting && r == user.RoleUSER) || m.Op().Is(ent.OpDeleteOne) {
				mu.Lock()
				arrived++
				if arrived == n {
					close(all)
				}
				mu.Unlock()
				select {
				case <-all:
				case <-time.After(2 * time.Second):
				}
			}
			return next.Mutate(ctx, m)
		})
	})
}

// Two admins, the only two, demote or delete each other at the same
// moment: one of them wins, the other is refused, one admin remains.
func TestTwoAdminsDemotingEachOtherAtOnceLeaveOne(t *testing.T) {
	const demote = `mutation($id: ID!) { updateUser(input: {id: $id, role: USER}) { user { id role } userErrors { code field } } }`
	const remove = `mutation($id: ID!) { deleteUser(input: {id: $id}) { deletedUserId userErrors { code field } } }`
	tests := []struct {
		name   string
		aDoes  string // what admin a does to b
		aField string
		bDoes  string // and b to a
		bField string
	}{
		{"both demote", demote, "updateUser", demote, "updateUser"},
		{"both delete", remove, "deleteUser", remove, "deleteUser"},
		{"one demotes, one deletes", demote, "updateUser", remove, "deleteUser"},
	}
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ta := newTestApp(t, b)
				ta.noClientLimit(t)
				aID := ta.createUser(t, "alice@example.com", "alice", true)
				bID := ta.createUser(t, "bob@example.com", "bob", true)
				alice, bob := ta.signedIn(t, "alice"), ta.signedIn(t, "bob")
				rendezvous(ta, 2)

				var wg sync.WaitGroup
				var ra, rb *gqlResponse
				wg.Add(2)
				go func() { defer wg.Done(); ra = alice.gql(tt.aDoes, map[string]any{"id": bID}) }()
				go func() { defer wg.Done(); rb = bob.gql(tt.bDoes, map[string]any{"id": aID}) }()
				wg.Wait()

				ctx := context.Background()
				if n := ta.db.Client.User.Query().Where(user.RoleEQ(user.RoleADMIN)).CountX(ctx); n != 1 {
					t.Fatalf("%d admins remain\nalice: %s\nbob: %s", n, ra.Raw, rb.Raw)
				}
				codes := []string{onlyCode(ra.userErrors(t, tt.aField)), onlyCode(rb.userErrors(t, tt.bField))}
				if !(codes[0] == "" && codes[1] == "INVALID_INPUT") && !(codes[0] == "INVALID_INPUT" && codes[1] == "") {
					t.Fatalf("want one success and one refusal, got %q\nalice: %s\nbob: %s", codes, ra.Raw, rb.Raw)
				}
			})
		}
	})
}
