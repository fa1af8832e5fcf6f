package usersearch_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/usersearch"
)

func newUser(t testing.TB, c *ent.Client, email, username, name string) *ent.User {
	t.Helper()
	u, err := c.User.Create().SetEmail(email).SetEmailKey(email).SetUsername(username).SetName(name).Save(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func search(t testing.TB, db *database.DB, q string) []string {
	t.Helper()
	ctx := context.Background()
	p, err := usersearch.Searcher{SQL: db.SQL, Dialect: db.Dialect}.Filter(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	names, err := db.Client.User.Query().Where(p).Order(ent.Asc(user.FieldUsername)).Select(user.FieldUsername).Strings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestSearchTextFollowsEveryChange(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		u := newUser(t, db.Client, "Anna.Berg@Shop.example", "anna", "")
		if want := "anna.berg@shop.example\nanna\n"; u.SearchText != want {
			t.Fatalf("created: %q, want %q", u.SearchText, want)
		}
		steps := []struct {
			name   string
			update func(*ent.UserUpdateOne)
			want   string
		}{
			{"name given", func(m *ent.UserUpdateOne) { m.SetName("Anna BERG") }, "anna.berg@shop.example\nanna\nanna berg"},
			{"username changed", func(m *ent.UserUpdateOne) { m.SetUsername("aberg") }, "anna.berg@shop.example\naberg\nanna berg"},
			{"email changed", func(m *ent.UserUpdateOne) { m.SetEmail("ab@else.example") }, "ab@else.example\naberg\nanna berg"},
			{"other field: kept", func(m *ent.UserUpdateOne) { m.SetLocale("sv") }, "ab@else.example\naberg\nanna berg"},
			{"decomposed accents stored composed", func(m *ent.UserUpdateOne) { m.SetName("A\u030asa") }, "ab@else.example\naberg\n\u00e5sa"},
		}
		for _, s := range steps {
			m := db.Client.User.UpdateOneID(u.ID)
			s.update(m)
			got, err := m.Save(ctx)
			if err != nil {
				t.Fatalf("%s: %v", s.name, err)
			}
			if got.SearchText != s.want {
				t.Fatalf("%s: %q, want %q", s.name, got.SearchText, s.want)
			}
		}
		if got := search(t, db, "\u00c5SA"); fmt.Sprint(got) != "[aberg]" {
			t.Fatalf("search for Åsa typed precomposed and in capitals: %v", got)
		}
		_, err := db.Client.User.Update().Where(user.ID(u.ID)).SetName("x").Save(ctx)
		if !errors.Is(err, usersearch.ErrBulkUpdate) {
			t.Fatalf("bulk update of a searched field: %v, want ErrBulkUpdate", err)
		}
		if _, err := db.Client.User.Update().Where(user.ID(u.ID)).SetLocale("fr").Save(ctx); err != nil {
			t.Fatalf("bulk update of another field: %v", err)
		}
	})
}

// An update that starts from an entity read before another update of the
// same user must not write that entity's old email back into the text.
func TestSearchTextFollowsTheRowNotAStaleEntity(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		stale := newUser(t, db.Client, "before@shop.example", "someone", "")
		if err := db.Client.User.UpdateOneID(stale.ID).SetEmail("after@shop.example").SetEmailKey("after@shop.example").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if err := db.Client.User.UpdateOne(stale).SetName("Renamed").Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if got := search(t, db, "after@"); fmt.Sprint(got) != "[someone]" {
			t.Fatalf("search for the current email: %v", got)
		}
		if got := search(t, db, "before@"); len(got) != 0 {
			t.Fatalf("the old email still finds the user: %v", got)
		}
		if got := search(t, db, "renamed"); fmt.Sprint(got) != "[someone]" {
			t.Fatalf("search for the new name: %v", got)
		}
	})
}

func TestSearchFindsFewAndManyMatches(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		// More matches than SQLite looks up by ID, so both of its paths run.
		const n = 5100
		for i := 0; i < n; i += 1000 {
			var bulk []*ent.UserCreate
			for j := i; j < min(i+1000, n); j++ {
				e := fmt.Sprintf("c%04d@many.example", j)
				bulk = append(bulk, db.Client.User.Create().SetEmail(e).SetEmailKey(e).SetUsername(fmt.Sprintf("c%04d", j)))
			}
			if err := db.Client.User.CreateBulk(bulk...).Exec(ctx); err != nil {
				t.Fatal(err)
			}
		}
		newUser(t, db.Client, "odd@one.example", "odd", "100% Sure_Thing")
		tests := []struct {
			q    string
			want int
		}{
			{"MANY.example", n},
			{"c01", 100},
			{"c0999", 1},
			{"100%", 1},       // LIKE's wildcards are plain text
			{"sure_thing", 1}, //
			{"o_e", 0},        // "_" is no wildcard ("one" is there)
			{"nobody", 0},
			{"c0\x00", 0}, // a NUL matches nothing (and is no SQL error)
			{"", n + 1},
		}
		for _, tt := range tests {
			if got := len(search(t, db, tt.q)); got != tt.want {
				t.Errorf("search %q: %d users, want %d", tt.q, got, tt.want)
			}
		}
	})
}

func TestMigrationIndexesAndFillsSearchText(t *testing.T) {
	for _, b := range testdb.Backends(t) {
		t.Run(string(b), func(t *testing.T) {
			ctx := context.Background()
			url := testdb.URL(t, b)
			db, err := database.OpenAndMigrate(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			newUser(t, db.Client, "old@shop.example", "old", "Olde Customer")
			newUser(t, db.Client, "new@shop.example", "new", "")
			// As if the rows predated the column.
			if _, err := db.SQL.ExecContext(ctx, `UPDATE users SET search_text = ''`); err != nil {
				t.Fatal(err)
			}
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if got := search(t, db, "olde"); fmt.Sprint(got) != "[old]" {
				t.Fatalf("after migration: %v", got)
			}
			var indexes []string
			q := `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users'`
			if db.Dialect == dialect.Postgres {
				q = `SELECT indexname FROM pg_indexes WHERE tablename = 'users' AND schemaname = current_schema()`
			}
			rows, err := db.SQL.QueryContext(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var n string
				rows.Scan(&n)
				indexes = append(indexes, n)
			}
			rows.Close()
			sort.Strings(indexes)
			want := map[string]string{dialect.SQLite: "users_search_text_id", dialect.Postgres: "users_search_text_trgm"}[db.Dialect]
			if i := sort.SearchStrings(indexes, want); i == len(indexes) || indexes[i] != want {
				t.Fatalf("no %s among %v", want, indexes)
			}
		})
	}
}

func TestSearchIsBoundedInCharacters(t *testing.T) {
	s := usersearch.Searcher{Dialect: dialect.Postgres} // no query is sent for these
	if _, err := s.Filter(context.Background(), strings.Repeat("å", usersearch.MaxLength)); err != nil {
		t.Fatalf("%d characters (twice as many bytes): %v", usersearch.MaxLength, err)
	}
	if _, err := s.Filter(context.Background(), strings.Repeat("a", usersearch.MaxLength+1)); !errors.Is(err, usersearch.ErrTooLong) {
		t.Fatalf("one character too many: %v, want ErrTooLong", err)
	}
}
