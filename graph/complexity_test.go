package graph

import (
	"context"
	"testing"

	gqlcomplexity "github.com/99designs/gqlgen/complexity"
	"github.com/vektah/gqlparser/v2"
)

func cost(t *testing.T, query string, vars map[string]any) int {
	t.Helper()
	es := NewSchema(&Resolver{})
	doc, errs := gqlparser.LoadQuery(es.Schema(), query)
	if errs != nil {
		t.Fatal(errs)
	}
	return gqlcomplexity.Calculate(context.Background(), es, doc.Operations[0], vars)
}

func TestEveryListIsCostedAtItsLargestSize(t *testing.T) {
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		want  int
	}{
		{"a field", `{ me { id } }`, nil, 2},
		{"memberships and their organisations' members", `{ me { memberships { organization { members { id } } } } }`,
			nil, 1 + 1 + MembershipsCost*(1+1+MembersCost*1)},
		{"organizations", `{ organizations { id } }`, nil, 1 + OrganizationsCost},
		{"invitations", `{ organization(id: "org_x") { invitations { id } } }`, nil, LookupCost + 1 + InvitationsCost},
		{"sessions and tokens", `{ me { sessions { id } accessTokens { id } } }`, nil, 1 + 1 + SessionsCost + 1 + AccessTokensCost},
		{"a page of users costs its size", `{ users(first: 10) { edges { node { id } } } }`, nil, connectionCost + 10*(1+1+1)},
		{"a page without a size costs the default", `query($n: Int) { users(first: $n) { totalCount } }`, nil, connectionCost + DefaultPageSize},
		{"activity", `{ me { activity(first: 5) { totalCount } } }`, nil, 1 + connectionCost + 5},
		{"nodes: one lookup per id", `{ nodes(ids: ["a", "b", "c"]) { id } }`, nil, 1 + 3*(LookupCost+1)},
		{"introspection costs nothing", `{ __schema { types { name } } }`, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cost(t, tt.query, tt.vars); got != tt.want {
				t.Errorf("cost %d, want %d", got, tt.want)
			}
		})
	}
}

func TestSuggestionsAreCut(t *testing.T) {
	for in, want := range map[string]string{
		`Cannot query field "mee" on type "Query". Did you mean "me"?`:                            `Cannot query field "mee" on type "Query".`,
		`Value "LINKK" does not exist in "ResetMethod" enum. Did you mean the enum value "LINK"?`: `Value "LINKK" does not exist in "ResetMethod" enum.`,
		`Cannot query field "x" on type "Query".`:                                                 `Cannot query field "x" on type "Query".`,
	} {
		if got := withoutSuggestions(in); got != want {
			t.Errorf("withoutSuggestions(%q) = %q", in, got)
		}
	}
}
