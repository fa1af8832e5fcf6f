package main

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/testdb"
)

func TestAdminReadsTheAuditLog(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	rootID := ta.createUser(t, "root@example.com", "root", true)
	annID := ta.createUser(t, "ann@example.com", "ann", false)
	benID := ta.createUser(t, "ben@example.com", "ben", false)
	admin := ta.signedIn(t, "root")
	for i := 0; i < 3; i++ {
		ta.signedIn(t, "ann")
		ta.signedIn(t, "ben")
	}
	ta.browser(t).signIn("ben", "Wrong-Horse-1")
	const force = `mutation($id: ID!) { forceSignIn(input: {userId: $id}) { revokedSessions userErrors { code } } }`
	for _, id := range []string{annID, benID} {
		wantUserError(t, admin.gql(force, map[string]any{"id": id}), "forceSignIn", "")
		time.Sleep(2 * time.Millisecond)
	}
	admin.gql(`mutation($id: ID!) { lockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": annID})
	ta.background.Wait()

	t.Run("filters by type", func(t *testing.T) {
		page := auditEventsOf(t, admin, map[string]any{"where": map[string]any{"type": "FORCED_SIGN_IN"}})
		if page.TotalCount != 2 || len(page.Edges) != 2 {
			t.Fatalf("FORCED_SIGN_IN events: %s", asJSON(page))
		}
		evs := page.events()
		// Newest first: ben was forced out last.
		if *evs[0].SubjectID != benID || *evs[1].SubjectID != annID {
			t.Errorf("order: %s", asJSON(evs))
		}
		for _, e := range evs {
			if e.Type != "FORCED_SIGN_IN" || e.ActorID == nil || *e.ActorID != rootID || e.IP != "127.0.0.1" || e.detail("sessions") != "3" {
				t.Errorf("event %s", asJSON(e))
			}
		}
	})

	t.Run("takes the type quoted in the query text, as integrators' scripts have it", func(t *testing.T) {
		// AuditEvent.type is the AuditEventType enum; the filters stay String.
		var out struct {
			AuditEvents struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						Type string `json:"type"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"auditEvents"`
		}
		admin.gql(`{ auditEvents(first: 10, where: {type: "FORCED_SIGN_IN"}) { totalCount edges { node { type } } } }`, nil).into(t, &out)
		if out.AuditEvents.TotalCount != 2 || len(out.AuditEvents.Edges) != 2 || out.AuditEvents.Edges[0].Node.Type != "FORCED_SIGN_IN" {
			t.Fatalf("quoted type filter: %s", asJSON(out))
		}
		admin.gql(`{ auditEvents(first: 10, where: {typeHasPrefix: "FORCED_"}) { totalCount } }`, nil).into(t, &out)
		if out.AuditEvents.TotalCount != 2 {
			t.Fatalf("prefix filter: %s", asJSON(out))
		}
	})

	t.Run("filters by user, as actor or subject", func(t *testing.T) {
		page := auditEventsOf(t, admin, map[string]any{"first": 100, "where": map[string]any{"or": []any{map[string]any{"actorID": benID}, map[string]any{"subjectID": benID}}}})
		types := eventTypes(page.events())
		for _, want := range []string{"SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "FORCED_SIGN_IN"} {
			if !slices.Contains(types, want) {
				t.Errorf("ben's trail %v lacks %s", types, want)
			}
		}
		for _, e := range page.events() {
			if !e.involves(benID) {
				t.Errorf("an event not about ben: %s", asJSON(e))
			}
		}
		if slices.Contains(types, "ACCOUNT_LOCKED") {
			t.Errorf("ann's lock is in ben's trail: %v", types)
		}
	})

	var all []auditEventJSON
	t.Run("lists newest first by default", func(t *testing.T) {
		page := auditEventsOf(t, admin, map[string]any{"first": 100})
		all = page.events()
		if len(all) < 10 || page.TotalCount != len(all) {
			t.Fatalf("%d events, total %d", len(all), page.TotalCount)
		}
		for i := 1; i < len(all); i++ {
			prev, _ := time.Parse(time.RFC3339Nano, all[i-1].CreatedAt)
			cur, _ := time.Parse(time.RFC3339Nano, all[i].CreatedAt)
			if cur.After(prev) {
				t.Fatalf("event %d (%s) is newer than event %d (%s)", i, all[i].CreatedAt, i-1, all[i-1].CreatedAt)
			}
		}
		if all[0].Type != "ACCOUNT_LOCKED" {
			t.Errorf("newest event is %s, want the lock (the last thing done)", all[0].Type)
		}
	})

	t.Run("pages with first and after", func(t *testing.T) {
		var seen []string
		var after any
		for page := 0; ; page++ {
			p := auditEventsOf(t, admin, map[string]any{"first": 3, "after": after})
			if len(p.Edges) > 3 {
				t.Fatalf("page of %d", len(p.Edges))
			}
			for _, e := range p.events() {
				seen = append(seen, e.ID)
			}
			if !p.PageInfo.HasNextPage {
				break
			}
			after = *p.PageInfo.EndCursor
			if page > 50 {
				t.Fatal("paging does not end")
			}
		}
		var want []string
		for _, e := range all {
			want = append(want, e.ID)
		}
		if fmt.Sprint(seen) != fmt.Sprint(want) {
			t.Fatalf("pages gave\n%v\nwant\n%v", seen, want)
		}
	})

	t.Run("refuses pages over 100", func(t *testing.T) {
		for _, vars := range []map[string]any{{"first": 101}, {"first": -1}} {
			resp := admin.gql(auditEventsQ, vars)
			if resp.code() != "INVALID_INPUT" {
				t.Fatalf("%v: code %q: %s", vars, resp.code(), resp.Raw)
			}
		}
		resp := admin.gql(`{ auditEvents(last: 1000) { totalCount } }`, nil)
		if resp.code() != "INVALID_INPUT" {
			t.Fatalf("last: 1000: code %q: %s", resp.code(), resp.Raw)
		}
	})
}
