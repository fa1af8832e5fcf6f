package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
)

// seedUsers inserts n users directly (sharing one password hash: hashing
// 100,000 passwords would take an hour and measure nothing here).
func seedUsers(b *testing.B, ta *testApp, n int) {
	b.Helper()
	ctx := context.Background()
	hash, err := ta.accounts.Hasher.Hash(ctx, goodPassword)
	if err != nil {
		b.Fatal(err)
	}
	const batch = 1000
	base := time.Now().Add(-time.Duration(n) * time.Second)
	for i := 0; i < n; i += batch {
		builders := make([]*ent.UserCreate, 0, batch)
		for j := i; j < i+batch && j < n; j++ {
			email := fmt.Sprintf("user%06d@shop%d.example", j, j%97)
			builders = append(builders, ta.db.Client.User.Create().
				SetEmail(email).SetEmailKey(email).SetUsername(fmt.Sprintf("user%06d", j)).
				SetName(fmt.Sprintf("Customer %d", j)).SetPasswordHash(hash).SetCreatedAt(base.Add(time.Duration(j)*time.Second)))
		}
		if err := ta.db.Client.User.CreateBulk(builders...).Exec(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUsersGrid measures the admin users grid over 100,000 users
// through the real HTTP handler: the first page, a search, and deep pages.
//
//	go test -run '^$' -bench BenchmarkUsersGrid -benchtime 50x .
//	LATCHKEY_BENCH_BACKEND=postgres go test -run '^$' -bench BenchmarkUsersGrid -benchtime 50x .
func BenchmarkUsersGrid(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	ta.createUser(b, "root@example.com", "root", true)
	seedUsers(b, ta, 100_000)
	if ta.db.Dialect == "postgres" {
		// As autovacuum would after a bulk load: the planner needs the
		// table's statistics to choose between the trigram index and a scan.
		if _, err := ta.db.SQL.Exec("ANALYZE users"); err != nil {
			b.Fatal(err)
		}
	}
	br := ta.signedIn(b, "root")

	// Cursors half-way down the list ordered by email, filtered the old way
	// and with the search box.
	cursor := func(where map[string]any) any {
		var mid usersResult
		after := any(nil)
		for i := 0; i < 5; i++ {
			br.gql(usersQuery, map[string]any{"first": 100, "after": after, "orderBy": map[string]any{"field": "EMAIL", "direction": "ASC"}, "where": where}).into(b, &mid)
			after = *mid.Users.PageInfo.EndCursor
		}
		return after
	}
	after := cursor(map[string]any{"emailContainsFold": "@shop50."})
	afterSearch := cursor(map[string]any{"search": "@shop50."})
	cases := []struct {
		name string
		vars map[string]any
	}{
		{"first-page", map[string]any{"first": 50}},
		{"first-page-by-email", map[string]any{"first": 50, "orderBy": map[string]any{"field": "EMAIL", "direction": "ASC"}}},
		{"search-email", map[string]any{"first": 50, "where": map[string]any{"emailContainsFold": "user04242"}}},
		{"search-any-field", map[string]any{"first": 50, "where": map[string]any{"or": []any{
			map[string]any{"emailContainsFold": "04242"}, map[string]any{"usernameContainsFold": "04242"}, map[string]any{"nameContainsFold": "04242"}}}}},
		{"search-box-rare", map[string]any{"first": 50, "where": map[string]any{"search": "04242"}}},
		{"search-box-one-in-97", map[string]any{"first": 50, "where": map[string]any{"search": "@shop50."}}},
		{"search-box-everyone", map[string]any{"first": 50, "where": map[string]any{"search": "customer"}}},
		{"search-box-deep-page", map[string]any{"first": 50, "after": afterSearch, "orderBy": map[string]any{"field": "EMAIL", "direction": "ASC"}, "where": map[string]any{"search": "@shop50."}}},
		{"deep-page-after-cursor", map[string]any{"first": 50, "after": after, "orderBy": map[string]any{"field": "EMAIL", "direction": "ASC"}, "where": map[string]any{"emailContainsFold": "@shop50."}}},
		{"last-page", map[string]any{"last": 50, "orderBy": map[string]any{"field": "CREATED_AT", "direction": "ASC"}}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var out usersResult
				br.gql(usersQuery, c.vars).into(b, &out)
				if out.Users.TotalCount == 0 {
					b.Fatal("no users")
				}
			}
		})
	}
}
