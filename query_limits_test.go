package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	entgo "entgo.io/ent"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/httpx"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/testdb"
)

// qlWorld is the setting: an organisation with two plain members,
// and an admin.
type qlWorld struct {
	orgID, aliceID, bobID, adminID string
	alice, bob, admin              *browser
}

func qlSeed(t testing.TB, ta *testApp) qlWorld {
	t.Helper()
	ctx := context.Background()
	ta.noClientLimit(t)
	w := qlWorld{
		adminID: ta.createUser(t, "root@example.com", "root", true),
		aliceID: ta.createUser(t, "alice@example.com", "alice", false),
		bobID:   ta.createUser(t, "bob@example.com", "bob", false),
	}
	w.orgID = ta.db.Client.Organization.Create().SetName("Acme").SaveX(ctx).ID
	for _, id := range []string{w.aliceID, w.bobID} {
		ta.db.Client.Membership.Create().SetUserID(id).SetOrganizationID(w.orgID).SetRights([]rights.Right{}).ExecX(ctx)
	}
	w.alice = ta.signedIn(t, "alice")
	w.bob = ta.signedIn(t, "bob")
	w.admin = ta.signedIn(t, "root")
	return w
}

// qlNested is the query: levels fields deep, going back and forth
// between an organisation and its members, from the caller's memberships.
//
//	me { memberships { organization { members { organization { members { ... id } } } } } }
func qlNested(root string, levels int) string {
	fields := []string{root, "memberships", "organization"}
	for len(fields) < levels-1 {
		if fields[len(fields)-1] == "organization" {
			fields = append(fields, "members")
		} else {
			fields = append(fields, "organization")
		}
	}
	q := "id"
	for i := len(fields) - 1; i >= 0; i-- {
		q = fields[i] + " { " + q + " }"
	}
	return "{ " + q + " }"
}

// qlCounter counts the queries Ent runs, by type, while it is on.
type qlCounter struct {
	mu sync.Mutex
	on bool
	n  map[string]int
}

func qlCount(ta *testApp) *qlCounter {
	c := &qlCounter{n: map[string]int{}}
	ta.db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			if qc := entgo.QueryFromContext(ctx); qc != nil {
				c.mu.Lock()
				if c.on {
					c.n[qc.Type]++
				}
				c.mu.Unlock()
			}
			return next.Query(ctx, q)
		})
	}))
	return c
}

// during counts the queries of the domain types while fn runs.
func (c *qlCounter) during(fn func()) map[string]int {
	c.mu.Lock()
	c.on, c.n = true, map[string]int{}
	c.mu.Unlock()
	fn()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.on = false
	out := map[string]int{}
	for _, typ := range []string{"Membership", "Organization", "User", "Invitation", "AccessToken", "AuditEvent"} {
		if c.n[typ] > 0 {
			out[typ] = c.n[typ]
		}
	}
	return out
}

// beyond is what fn runs beyond what any request runs (signing in the
// caller): { __typename } by the same caller.
func (c *qlCounter) beyond(br *browser, fn func()) map[string]int {
	base := c.during(func() { br.gql(`{ __typename }`, nil) })
	out := c.during(fn)
	for typ, n := range base {
		if out[typ] -= n; out[typ] <= 0 {
			delete(out, typ)
		}
	}
	return out
}

func qlWantRefused(t *testing.T, resp *gqlResponse) {
	t.Helper()
	if resp.code() != "INVALID_INPUT" {
		t.Fatalf("code %q, want INVALID_INPUT: %.600s", resp.code(), resp.Raw)
	}
	if len(resp.Data) != 0 && string(resp.Data) != "null" {
		t.Fatalf("a refused query ran: %.600s", resp.Raw)
	}
}

// The attack: a plain member of an organisation with two members
// nests members 14 levels deep (each level doubles the work; 18 s on
// main). Refused, before any of it runs, by the depth limit; shallower
// ones by the complexity limit.
func TestNestedMembershipsQueryByAMemberIsRefusedBeforeItRuns(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		count := qlCount(ta)
		attacks := map[string]string{
			// 31 fields deep: 14 levels of members, 18 s on main.
			"14 levels of members, as in the issue":    qlNested("me", 31),
			"6 levels of members":                      qlNested("me", 15),
			"within the depth limit, but too big":      qlNested("me", 8),
			"the same through an alias and a fragment": `{ a: me { ...M } } fragment M on User { memberships { organization { members { organization { members { organization { members { id } } } } } } } }`,
		}
		for name, q := range attacks {
			t.Run(name, func(t *testing.T) {
				var resp *gqlResponse
				queries := count.beyond(w.alice, func() { resp = w.alice.gql(q, nil) })
				qlWantRefused(t, resp)
				if len(queries) > 0 {
					t.Errorf("the refused query ran queries: %v", queries)
				}
			})
		}
	})
}

// Admins could do the same through organizations and users.
func TestAdminNestingOverOrganizationsAndUsersIsRefusedBeforeItRuns(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		count := qlCount(ta)
		attacks := map[string]string{
			"organizations, members, organization, members": `{ organizations { members { organization { members { organization { members { id } } } } } } }`,
			"users, memberships, organization, members":     `{ users(first: 100) { edges { node { memberships { organization { members { user { memberships { id } } } } } } } } }`,
			"organizations with every invitation":           `{ organizations { invitations { id email } members { user { id } } } }`,
			"the issue's nesting from a user node":          strings.Replace(qlNested("node(id: \""+w.aliceID+"\") { ... on User", 14), "id } }", "id } } }", 1),
		}
		attacks["aliases of a page of users with their sessions"] = func() string {
			var sb strings.Builder
			sb.WriteString("{ ")
			for i := range 100 {
				fmt.Fprintf(&sb, "u%d: users(first: 100) { edges { node { id sessions { id } } } } ", i)
			}
			return sb.String() + "}"
		}()
		for name, q := range attacks {
			t.Run(name, func(t *testing.T) {
				var resp *gqlResponse
				queries := count.beyond(w.admin, func() { resp = w.admin.gql(q, nil) })
				qlWantRefused(t, resp)
				if len(queries) > 0 {
					t.Errorf("the refused query ran queries: %v", queries)
				}
			})
		}
	})
}

// Introspection is exempt from the depth limit (GraphiQL's query is 15
// deep), but not from bounds: any signed-in caller could otherwise repeat
// the schema's nested lists under many aliases (50 copies took 0.6 s).
// gqlparser itself refuses lists nested more than three deep.
func TestNestedIntrospectionIsRefusedBeforeItRuns(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		attacks := map[string]string{
			"aliases of a nested introspection":  qlAliases(50, `__schema { types { fields { type { fields { name type { name } } } } } }`),
			"aliases of the whole introspection": strings.Replace(httpx.IntrospectionQuery, "types { ...FullType }", "types { ...FullType } b: types { ...FullType } c: types { ...FullType }", 1),
			"many __type lookups":                qlAliases(100, `__type(name: "User") { fields { type { fields { name } ofType { fields { name } ofType { fields { name } } } } } }`),
		}
		for name, q := range attacks {
			t.Run(name, func(t *testing.T) {
				qlWantRefused(t, w.alice.gql(q, nil))
			})
		}
		var out struct {
			Type struct{ Fields []struct{ Name string } } `json:"__type"`
		}
		w.alice.gql(`{ __type(name: "User") { fields { name type { name ofType { name } } } } }`, nil).into(t, &out)
		if len(out.Type.Fields) < 10 {
			t.Fatalf("__type: %+v", out)
		}
	})
}

// qlSPADocuments are the SPA's queries, read from its source.
func qlSPADocuments(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("frontend/src/*.graphql.ts")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("frontend/src/*/*.graphql.ts")
	deeper, _ := filepath.Glob("frontend/src/*/*/*.graphql.ts")
	files = append(append(files, more...), deeper...)
	docs := map[string]string{}
	re := regexp.MustCompile("(?s)graphql\\(`(.*?)`\\)")
	name := regexp.MustCompile(`^\s*query (\w+)`)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(src), -1) {
			if n := name.FindStringSubmatch(m[1]); n != nil {
				docs[n[1]] = m[1]
			}
		}
	}
	if len(docs) < 10 {
		t.Fatalf("found only %d SPA queries in %v", len(docs), files)
	}
	return docs
}

// Every query the SPA sends, and GraphiQL's introspection query, still
// passes the limits: as an admin (who sees everything) and as a member.
func TestTheSPAsQueriesAndIntrospectionPassTheLimits(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		vars := map[string]any{"id": w.orgID, "ids": []string{w.aliceID, w.bobID}, "first": 100, "token": "lk_inv_unknown"}
		for name, q := range qlSPADocuments(t) {
			t.Run(name, func(t *testing.T) {
				v := vars
				if name == "AdminUser" {
					v = map[string]any{"id": w.aliceID}
				}
				if resp := w.admin.gql(q, v); len(resp.Errors) > 0 {
					t.Fatalf("refused: %.600s", resp.Raw)
				}
			})
		}
		t.Run("a member's organisation page", func(t *testing.T) {
			docs := qlSPADocuments(t)
			var out struct {
				Organization struct {
					Members []struct{ User struct{ Username string } }
				}
			}
			w.alice.gql(docs["Organization"], map[string]any{"id": w.orgID}).into(t, &out)
			if len(out.Organization.Members) != 2 {
				t.Fatalf("members: %+v", out)
			}
		})
		t.Run("GraphiQL's introspection query", func(t *testing.T) {
			var out struct {
				Schema struct{ Types []struct{ Name string } } `json:"__schema"`
			}
			w.alice.gql(httpx.IntrospectionQuery, nil).into(t, &out)
			if len(out.Schema.Types) < 20 {
				t.Fatalf("types: %+v", out)
			}
		})
	})
}

// A nested query costs one query per level, not one per item.
func TestNestedListsAreLoadedOneQueryPerLevel(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		w := qlSeed(t, ta)
		ctx := context.Background()
		// Ten organisations of two members each.
		for i := range 9 {
			o := ta.db.Client.Organization.Create().SetName(fmt.Sprintf("Org %d", i)).SaveX(ctx)
			for _, id := range []string{w.aliceID, w.bobID} {
				ta.db.Client.Membership.Create().SetUserID(id).SetOrganizationID(o.ID).SetRights([]rights.Right{}).ExecX(ctx)
			}
		}
		count := qlCount(ta)
		q := `{ me { memberships { organization { id viewerRights members { id user { id name } organization { name } } } } } }`
		var resp *gqlResponse
		queries := count.beyond(w.alice, func() { resp = w.alice.gql(q, nil) })
		var out struct {
			Me struct {
				Memberships []struct {
					Organization struct {
						Members []struct{ User struct{ Name string } }
					}
				}
			}
		}
		resp.into(t, &out)
		if len(out.Me.Memberships) != 10 || len(out.Me.Memberships[9].Organization.Members) != 2 {
			t.Fatalf("unexpected answer: %.400s", resp.Raw)
		}
		// The caller's memberships with their organisations (2 queries), the
		// ten organisations' members with their users (2): one by one,
		// that would be 10 queries for the members, 10 for their users, 10
		// for the organisations again and 20 for the caller's rights.
		total := 0
		for _, n := range queries {
			total += n
		}
		if total > 5 {
			t.Errorf("%d queries, want one or two per level: %v", total, queries)
		}

		// nodes(ids:) finds its users in one query, not one per id.
		q = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`
		ids := []string{w.aliceID, w.bobID, w.adminID}
		queries = count.beyond(w.admin, func() { resp = w.admin.gql(q, map[string]any{"ids": ids}) })
		var nodes struct{ Nodes []*struct{ ID string } }
		resp.into(t, &nodes)
		if len(nodes.Nodes) != 3 || nodes.Nodes[2] == nil || nodes.Nodes[2].ID != w.adminID {
			t.Fatalf("nodes: %s", resp.Raw)
		}
		if queries["User"] > 1 {
			t.Errorf("%d user queries for 3 ids, want 1: %v", queries["User"], queries)
		}
	})
}
