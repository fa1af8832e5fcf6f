package usersearch_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/usersearch"
)

// BenchmarkFilter measures the search alone (the filter, the count and one
// page, as the grid asks) over 100,000 users, without GraphQL around it.
//
//	go test ./internal/usersearch -run '^$' -bench Filter -benchtime 50x
//	LATCHKEY_BENCH_BACKEND=postgres go test ./internal/usersearch -run '^$' -bench Filter -benchtime 50x
func BenchmarkFilter(b *testing.B) {
	backend := testdb.SQLite
	if os.Getenv("LATCHKEY_BENCH_BACKEND") == "postgres" {
		backend = testdb.Postgres
	}
	db := testdb.New(b, backend)
	ctx := context.Background()
	for i := 0; i < 100_000; i += 1000 {
		var bulk []*ent.UserCreate
		for j := i; j < i+1000; j++ {
			e := fmt.Sprintf("user%06d@shop%d.example", j, j%97)
			bulk = append(bulk, db.Client.User.Create().SetEmail(e).SetEmailKey(e).
				SetUsername(fmt.Sprintf("user%06d", j)).SetName(fmt.Sprintf("Customer %d", j)).SetPasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"))
		}
		if err := db.Client.User.CreateBulk(bulk...).Exec(ctx); err != nil {
			b.Fatal(err)
		}
	}
	if backend == testdb.Postgres {
		db.SQL.ExecContext(ctx, "ANALYZE users")
	}
	s := usersearch.Searcher{SQL: db.SQL, Dialect: db.Dialect}
	for _, q := range []string{"04242", "@shop50.", "customer"} {
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				p, err := s.Filter(ctx, q)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := db.Client.User.Query().Where(p).Count(ctx); err != nil {
					b.Fatal(err)
				}
				if _, err := db.Client.User.Query().Where(p).Order(ent.Asc(user.FieldEmail)).Limit(51).All(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
