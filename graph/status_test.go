package graph

import (
	"testing"

	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/org"
)

// The Status resolver converts org's status to the schema's enum by name:
// every status org tells must be one the schema knows, and the other way.
func TestEveryInvitationStatusIsInTheSchema(t *testing.T) {
	statuses := []org.Status{org.StatusPending, org.StatusAccepted, org.StatusRevoked, org.StatusExpired}
	if len(statuses) != len(model.AllInvitationStatus) {
		t.Fatalf("org has %d statuses, the schema %d", len(statuses), len(model.AllInvitationStatus))
	}
	for _, s := range statuses {
		if !model.InvitationStatus(s).IsValid() {
			t.Errorf("status %q is not in the schema's InvitationStatus", s)
		}
	}
}
