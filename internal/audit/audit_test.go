package audit_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
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

// RowOf is the row Record writes, read back from the database, or no row
// at all when Record would write more (webhook events) or refuse it.
func TestRowOfIsTheRowRecordWrites(t *testing.T) {
	long := strings.Repeat("é", 400) // 800 bytes: cut to 512 on a character boundary
	tests := []struct {
		name   string
		client clientinfo.Info
		event  audit.Event
		ok     bool
	}{
		{"a sign-in", clientinfo.Info{IP: "203.0.113.9", UserAgent: "Test/1.0"},
			audit.Event{Type: audit.SignInSucceeded, ActorID: "usr_a", SubjectID: "usr_a", Details: map[string]string{"method": "passkey"}}, true},
		{"no actor, no details", clientinfo.Info{IP: "203.0.113.9"}, audit.Event{Type: audit.SignInFailed, SubjectID: "usr_a"}, true},
		{"a long user agent", clientinfo.Info{IP: "203.0.113.9", UserAgent: long}, audit.Event{Type: audit.SignInSucceeded, ActorID: "usr_a"}, true},
		{"without the client", clientinfo.Info{IP: "203.0.113.9", UserAgent: "Test/1.0"}, audit.Event{Type: audit.SignInSucceeded, ActorID: "usr_a", WithoutClient: true}, true},
		{"an event with webhook events", clientinfo.Info{}, audit.Event{Type: audit.UserCreated, ActorID: "usr_a", SubjectID: "usr_b"}, false},
		{"an address longer than the column's rule", clientinfo.Info{IP: strings.Repeat("1", 70)}, audit.Event{Type: audit.SignInSucceeded, ActorID: "usr_a"}, false},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ctx := clientinfo.With(context.Background(), tt.client)
				row, ok := audit.RowOf(ctx, tt.event)
				if ok != tt.ok {
					t.Fatalf("ok %v, want %v", ok, tt.ok)
				}
				if !ok {
					return
				}
				if err := audit.Record(ctx, db.Client, tt.event); err != nil {
					t.Fatal(err)
				}
				want := db.Client.AuditEvent.Query().Order(ent.Desc(auditevent.FieldCreatedAt), ent.Desc(auditevent.FieldID)).FirstX(ctx)
				var details []byte
				if len(want.Details) > 0 {
					details, _ = json.Marshal(want.Details)
				}
				if row.Type != want.Type || row.IP != want.IP || row.UserAgent != want.UserAgent ||
					deref(row.ActorID) != want.ActorID || deref(row.SubjectID) != want.SubjectID || string(row.Details) != string(details) ||
					!strings.HasPrefix(row.ID, "evt_") || len(row.ID) != len(want.ID) || row.CreatedAt.Sub(want.CreatedAt).Abs() > time.Minute {
					t.Errorf("RowOf: %+v\nRecord wrote: %+v", row, want)
				}
			})
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
