package audit_test

import (
	"context"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

// A person's activity is what they did and what was done to them, newest
// first, a page at a time; nobody else's events are in it.
func TestActivityIsWhatAPersonDidAndWhatWasDoneToThem(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		c := db.Client
		start := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
		events := []struct{ typ, actor, subject string }{
			{audit.SignInSucceeded, "usr_alice", ""},        // hers: she did it
			{audit.AccountLocked, "usr_admin", "usr_alice"}, // hers: done to her
			{audit.SignInSucceeded, "usr_bob", ""},          // Bob's
			{audit.UserUpdated, "usr_admin", "usr_bob"},     // Bob's
			{audit.PasswordChanged, "usr_alice", "usr_alice"},
		}
		for i, e := range events {
			q := c.AuditEvent.Create().SetType(e.typ).SetActorID(e.actor).SetCreatedAt(start.Add(time.Duration(i) * time.Minute))
			if e.subject != "" {
				q.SetSubjectID(e.subject)
			}
			if err := q.Exec(ctx); err != nil {
				t.Fatal(err)
			}
		}
		two := 2
		page, err := audit.Activity(ctx, c, "usr_alice", &two, nil)
		if err != nil {
			t.Fatal(err)
		}
		if page.TotalCount != 3 || len(page.Edges) != 2 || !page.PageInfo.HasNextPage {
			t.Fatalf("total %d, %d edges, next %v; want 3, 2, true", page.TotalCount, len(page.Edges), page.PageInfo.HasNextPage)
		}
		if page.Edges[0].Node.Type != audit.PasswordChanged || page.Edges[1].Node.Type != audit.AccountLocked {
			t.Fatalf("first page %s, %s; want newest first", page.Edges[0].Node.Type, page.Edges[1].Node.Type)
		}
		rest, err := audit.Activity(ctx, c, "usr_alice", &two, page.PageInfo.EndCursor)
		if err != nil {
			t.Fatal(err)
		}
		if len(rest.Edges) != 1 || rest.Edges[0].Node.Type != audit.SignInSucceeded || rest.Edges[0].Node.ActorID != "usr_alice" || rest.PageInfo.HasNextPage {
			t.Fatalf("second page: %+v", rest.Edges)
		}
	})
}
