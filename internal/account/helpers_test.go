package account

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password"
)

// cheap are argon2id parameters that cost next to nothing: these tests are
// about accounts, not about the cost of a hash.
var cheap = password.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func newService(db *database.DB, p password.Params) *Service {
	return &Service{
		Client: db.Client,
		Hasher: password.NewHasher(p, 2, 8),
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

const goodPassword = "Correct-Horse9"

func mustCreate(t *testing.T, s *Service, nu NewUser) *ent.User {
	t.Helper()
	u, err := s.CreateUser(context.Background(), nu)
	if err != nil {
		t.Fatalf("CreateUser(%q, %q): %v", nu.Email, nu.Username, err)
	}
	return u
}

func countUsers(t *testing.T, c *ent.Client) int {
	t.Helper()
	n, err := c.User.Query().Count(context.Background())
	if err != nil {
		t.Fatalf("count users: %v", err)
	}
	return n
}

func auditEvents(t *testing.T, c *ent.Client, typ string) []*ent.AuditEvent {
	t.Helper()
	evs, err := c.AuditEvent.Query().Where(auditevent.Type(typ)).All(context.Background())
	if err != nil {
		t.Fatalf("query audit events: %v", err)
	}
	return evs
}

func reload(t *testing.T, c *ent.Client, id string) *ent.User {
	t.Helper()
	u, err := c.User.Get(context.Background(), id)
	if err != nil {
		t.Fatalf("reload user %s: %v", id, err)
	}
	return u
}
