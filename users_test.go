package main

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/testdb"
)

const usersQuery = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput, $orderBy: UserOrder) {
  users(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id email username name role } }
  }
}`

type usersResult struct {
	Users struct {
		TotalCount int `json:"totalCount"`
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		} `json:"pageInfo"`
		Edges []struct {
			Cursor string
			Node   struct{ ID, Email, Username, Name, Role string }
		} `json:"edges"`
	} `json:"users"`
}

func (r usersResult) usernames() []string {
	var out []string
	for _, e := range r.Users.Edges {
		out = append(out, e.Node.Username)
	}
	return out
}

func TestOnlyAdminsListUsers(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "admin@example.com", "admin", true)
	ta.createUser(t, "user@example.com", "user", false)
	tests := []struct {
		name, login string
		wantCode    string
	}{
		{"anonymous caller is told to sign in", "", "UNAUTHENTICATED"},
		{"ordinary user is forbidden", "user", "FORBIDDEN"},
		{"admin sees the list", "admin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := ta.browser(t)
			if tt.login != "" {
				br.mustSignIn(tt.login, goodPassword)
			}
			for _, vars := range []map[string]any{nil, {"where": map[string]any{"search": "admin"}}} {
				resp := br.gql(usersQuery, vars)
				if got := resp.code(); got != tt.wantCode {
					t.Fatalf("%v: code = %q, want %q (%s)", vars, got, tt.wantCode, resp.Raw)
				}
				if tt.wantCode != "" && string(resp.Data) != "null" {
					t.Fatalf("refused query still returned data: %s", resp.Raw)
				}
			}
		})
	}
}

func TestAdminSearchesSortsAndPagesUsers(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.createUser(t, "root@example.com", "root", true)
		for _, n := range []string{"dora", "carl", "erik", "anna", "bert"} {
			ta.createUser(t, n+"@shop.example", n, false)
			time.Sleep(2 * time.Millisecond) // distinct creation times
		}
		br := ta.signedIn(t, "root")

		tests := []struct {
			name  string
			vars  map[string]any
			want  []string
			total int
		}{
			{"search by email", map[string]any{"where": map[string]any{"emailContains": "shop"}, "orderBy": map[string]any{"field": "USERNAME", "direction": "ASC"}}, []string{"anna", "bert", "carl", "dora", "erik"}, 5},
			{"emailContains is case-sensitive on every backend", map[string]any{"where": map[string]any{"emailContains": "SHOP"}}, nil, 0},
			{"search by email, any case", map[string]any{"where": map[string]any{"emailContainsFold": "SHOP"}, "orderBy": map[string]any{"field": "USERNAME", "direction": "ASC"}}, []string{"anna", "bert", "carl", "dora", "erik"}, 5},
			{"search by username", map[string]any{"where": map[string]any{"usernameContains": "er"}, "orderBy": map[string]any{"field": "USERNAME", "direction": "ASC"}}, []string{"bert", "erik"}, 2},
			{"search by name", map[string]any{"where": map[string]any{"nameContainsFold": "ann"}}, []string{"anna"}, 1},
			{"search email or username", map[string]any{"where": map[string]any{"or": []any{map[string]any{"emailContainsFold": "dora"}, map[string]any{"usernameContainsFold": "carl"}}}, "orderBy": map[string]any{"field": "EMAIL", "direction": "ASC"}}, []string{"carl", "dora"}, 2},
			{"search box: any field, any case", map[string]any{"where": map[string]any{"search": "ER"}, "orderBy": map[string]any{"field": "USERNAME", "direction": "ASC"}}, []string{"bert", "erik"}, 2},
			{"search box: part of an address", map[string]any{"where": map[string]any{"search": "nna@SHOP.ex"}}, []string{"anna"}, 1},
			{"search box: no match", map[string]any{"where": map[string]any{"search": "zz"}}, nil, 0},
			{"search box: never across two fields", map[string]any{"where": map[string]any{"search": "example\nanna"}}, nil, 0},
			{"search box with a role filter", map[string]any{"where": map[string]any{"search": "o", "role": "ADMIN"}}, []string{"root"}, 1},
			{"search box: empty is no filter", map[string]any{"where": map[string]any{"search": ""}, "first": 1}, []string{"root"}, 6},
			{"filter by role", map[string]any{"where": map[string]any{"role": "ADMIN"}}, []string{"root"}, 1},
			{"order by email descending", map[string]any{"first": 3, "orderBy": map[string]any{"field": "EMAIL", "direction": "DESC"}}, []string{"root", "erik", "dora"}, 6},
			{"order by creation", map[string]any{"first": 2, "orderBy": map[string]any{"field": "CREATED_AT", "direction": "DESC"}}, []string{"bert", "anna"}, 6},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var out usersResult
				br.gql(usersQuery, tt.vars).into(t, &out)
				if fmt.Sprint(out.usernames()) != fmt.Sprint(tt.want) || out.Users.TotalCount != tt.total {
					t.Fatalf("got %v (total %d), want %v (total %d)", out.usernames(), out.Users.TotalCount, tt.want, tt.total)
				}
			})
		}

		t.Run("pages forward and back with cursors", func(t *testing.T) {
			order := map[string]any{"field": "USERNAME", "direction": "ASC"}
			var seen []string
			var after any
			for page := 0; ; page++ {
				var out usersResult
				br.gql(usersQuery, map[string]any{"first": 2, "after": after, "orderBy": order}).into(t, &out)
				seen = append(seen, out.usernames()...)
				if !out.Users.PageInfo.HasNextPage {
					break
				}
				after = *out.Users.PageInfo.EndCursor
				if page > 5 {
					t.Fatal("paging does not end")
				}
			}
			if fmt.Sprint(seen) != "[anna bert carl dora erik root]" {
				t.Fatalf("pages gave %v", seen)
			}
			var back usersResult
			br.gql(usersQuery, map[string]any{"last": 2, "before": after, "orderBy": order}).into(t, &back)
			if fmt.Sprint(back.usernames()) != "[bert carl]" {
				t.Fatalf("last 2 before %v = %v", after, back.usernames())
			}
		})

		t.Run("search finds a user by a name an admin just gave", func(t *testing.T) {
			var found usersResult
			br.gql(usersQuery, map[string]any{"where": map[string]any{"search": "carl@"}}).into(t, &found)
			if len(found.Users.Edges) != 1 {
				t.Fatalf("carl: %v", found.usernames())
			}
			id := found.Users.Edges[0].Node.ID
			wantUserError(t, br.gql(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { userErrors { code field message } } }`,
				map[string]any{"i": map[string]any{"id": id, "name": "Åsa Öberg"}}), "updateUser", "")
			var out usersResult
			br.gql(usersQuery, map[string]any{"where": map[string]any{"search": "åSA ö"}}).into(t, &out)
			if fmt.Sprint(out.usernames()) != "[carl]" {
				t.Fatalf("search for the new name gave %v", out.usernames())
			}
		})

		t.Run("search is bounded in characters", func(t *testing.T) {
			resp := br.gql(usersQuery, map[string]any{"where": map[string]any{"search": strings.Repeat("a", 257)}})
			if resp.code() != "INVALID_INPUT" {
				t.Fatalf("code %q, want INVALID_INPUT: %s", resp.code(), resp.Raw)
			}
			var out usersResult
			br.gql(usersQuery, map[string]any{"where": map[string]any{"search": strings.Repeat("å", 256)}}).into(t, &out)
		})

		t.Run("page size is capped", func(t *testing.T) {
			for _, vars := range []map[string]any{{"first": 101}, {"last": 1000}, {"first": -1}} {
				resp := br.gql(usersQuery, vars)
				if resp.code() != "INVALID_INPUT" {
					t.Fatalf("%v: code %q, want INVALID_INPUT: %s", vars, resp.code(), resp.Raw)
				}
			}
			var out usersResult
			br.gql(usersQuery, map[string]any{"first": 100}).into(t, &out)
			if len(out.Users.Edges) != 6 {
				t.Fatalf("first:100 gave %d users", len(out.Users.Edges))
			}
		})
	})
}

func TestNodeShowsOnlyWhatTheViewerMaySee(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	adminID := ta.createUser(t, "admin@example.com", "admin", true)
	aliceID := ta.createUser(t, "alice@example.com", "alice", false)
	bobID := ta.createUser(t, "bob@example.com", "bob", false)
	const q = `query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on User { email } } nodes(ids: $ids) { id } }`
	tests := []struct {
		name, login, id string
		visible         bool
		code            string
	}{
		{"anonymous caller must sign in", "", aliceID, false, "UNAUTHENTICATED"},
		{"a user sees themselves", "alice", aliceID, true, ""},
		{"a user does not see another user", "alice", bobID, false, ""},
		{"an admin sees anyone", "admin", bobID, true, ""},
		{"an unknown id is null", "admin", "usr_00000000000000000000000000", false, ""},
		{"an id of no known type is null", "admin", "zzz_1", false, ""},
		{"an id with no prefix is null", "admin", "42", false, ""},
	}
	_ = adminID
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := ta.browser(t)
			if tt.login != "" {
				br.mustSignIn(tt.login, goodPassword)
			}
			resp := br.gql(q, map[string]any{"id": tt.id, "ids": []string{tt.id}})
			if resp.code() != tt.code {
				t.Fatalf("code %q, want %q: %s", resp.code(), tt.code, resp.Raw)
			}
			if tt.code != "" {
				return
			}
			var out struct {
				Node  *struct{ ID, Email string }
				Nodes []*struct{ ID string }
			}
			resp.into(t, &out)
			if (out.Node != nil) != tt.visible || (out.Nodes[0] != nil) != tt.visible {
				t.Fatalf("visible = %v/%v, want %v", out.Node != nil, out.Nodes[0] != nil, tt.visible)
			}
		})
	}
}

func TestIntegratorCallsTheAPIWithABearerToken(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		id := ta.createUser(t, "api@example.com", "api", false)
		good, goodHash := secret.NewToken("lk_at_")
		expired, expiredHash := secret.NewToken("lk_at_")
		ta.db.Client.AccessToken.Create().SetName("shop").SetTokenHash(goodHash).SetUserID(id).ExecX(t.Context())
		ta.db.Client.AccessToken.Create().SetName("old").SetTokenHash(expiredHash).SetUserID(id).SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(t.Context())
		unknown, _ := secret.NewToken("lk_at_")
		tests := []struct {
			name, header string
			status       int
			wantMe       bool
		}{
			{"valid token", "Bearer " + good, 200, true},
			{"scheme in lower case", "bearer " + good, 200, true},
			{"expired token", "Bearer " + expired, 401, false},
			{"unknown token", "Bearer " + unknown, 401, false},
			{"the stored hash is not a token", "Bearer " + goodHash, 401, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				resp := ta.browser(t).gql(`{ me { id } }`, nil, "Authorization", tt.header)
				if resp.Status != tt.status {
					t.Fatalf("status %d, want %d: %s", resp.Status, tt.status, resp.Raw)
				}
				if tt.status == 401 {
					if resp.code() != "UNAUTHENTICATED" {
						t.Fatalf("code %q", resp.code())
					}
					return
				}
				var out struct{ Me *struct{ ID string } }
				resp.into(t, &out)
				if (out.Me != nil && out.Me.ID == id) != tt.wantMe {
					t.Fatalf("me = %+v", out.Me)
				}
			})
		}
		if tok, _ := ta.db.Client.AccessToken.Query().Where().First(t.Context()); tok.LastUsedAt == nil && tok.Name == "shop" {
			t.Error("last used time was not recorded")
		}
	})
}

func TestIntrospectionNeedsAnAuthenticatedCaller(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "dev@example.com", "dev", false)
	const q = `{ __schema { queryType { name } } }`
	br := ta.browser(t)
	if resp := br.gql(q, nil); len(resp.Errors) == 0 {
		t.Fatalf("anonymous introspection allowed: %s", resp.Raw)
	}
	br.mustSignIn("dev", goodPassword)
	var out struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	br.gql(q, nil).into(t, &out)
	if out.Schema.QueryType.Name != "Query" {
		t.Fatalf("got %+v", out)
	}
}
