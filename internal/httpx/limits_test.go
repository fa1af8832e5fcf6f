package httpx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/latchkey/latchkey/graph"
)

func TestDepthCountsFieldsNotFragmentsAndSkipsIntrospection(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"one leaf", `{ me }`, 1},
		{"a nested field", `{ me { id } }`, 2},
		{"the deepest branch counts", `{ a { b } c { d { e } } }`, 3},
		{"an inline fragment adds no level", `{ node { ... on User { id } } }`, 2},
		{"a named fragment adds no level", `{ me { ...F } } fragment F on User { memberships { id } }`, 3},
		{"introspection is not counted", `{ __schema { types { fields { type { ofType { ofType { name } } } } } } me { id } }`, 2},
		{"__typename is not counted", `{ me { __typename } }`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			// The validator links spreads to their definitions; do it here.
			for _, op := range doc.Operations {
				link(op.SelectionSet, doc.Fragments)
			}
			if got := depth(doc.Operations[0].SelectionSet); got != tt.want {
				t.Errorf("depth = %d, want %d", got, tt.want)
			}
		})
	}
}

func link(set ast.SelectionSet, frags ast.FragmentDefinitionList) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			link(s.SelectionSet, frags)
		case *ast.InlineFragment:
			link(s.SelectionSet, frags)
		case *ast.FragmentSpread:
			s.Definition = frags.ForName(s.Name)
			link(s.Definition.SelectionSet, frags)
		}
	}
}

func TestIntrospectionBudgetAdmitsGraphiQLOnly(t *testing.T) {
	q := &queryLimits{}
	if err := q.Validate(graph.NewSchema(&graph.Resolver{})); err != nil {
		t.Fatal(err)
	}
	cost := func(query string) int {
		doc, errs := gqlparser.LoadQuery(q.es.Schema(), query)
		if errs != nil {
			t.Fatal(errs)
		}
		return q.introspectionCost(doc.Operations[0].SelectionSet, nil, q.introspectionBudget)
	}
	aliases := func(n int, sel string) string {
		s := "{"
		for i := range n {
			s += fmt.Sprintf(" a%d: %s", i, sel)
		}
		return s + " }"
	}
	for _, tt := range []struct {
		name  string
		query string
		ok    bool
	}{
		{"GraphiQL's introspection query", IntrospectionQuery, true},
		{"one type's fields", `{ __type(name: "User") { name fields { name type { name ofType { name } } } } }`, true},
		{"no introspection", `{ me { id } }`, true},
		{"nested lists under aliases", aliases(10, `__schema { types { fields { type { fields { name } } } } }`), false},
		{"aliased lookups of a type", aliases(200, `__type(name: "User") { fields { type { fields { name } } } }`), false},
		{"a lighter introspection, twice", aliases(2, `__schema { types { name fields { name args { name type { name } } type { name } } } }`), true},
		{"types in types under aliases", aliases(5, `__schema { types { fields { type { fields { name } } } } }`), false},
		{"every type, twice", `{ a: __schema { types { ...FullType } } b: __schema { types { ...FullType } } }` + IntrospectionQuery[strings.Index(IntrospectionQuery, "fragment"):], false},
	} {
		c := cost(tt.query)
		if ok := c <= q.introspectionBudget; ok != tt.ok {
			t.Errorf("%s: cost %d, budget %d, accepted %v", tt.name, c, q.introspectionBudget, ok)
		}
	}
}

func TestExpandedFieldsCountsEachUseOfAFragmentInLinearTime(t *testing.T) {
	bomb := func(n int) string {
		var b strings.Builder
		b.WriteString("query { ...F0 }\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
		}
		fmt.Fprintf(&b, "fragment F%d on Query { __typename }\n", n)
		return b.String()
	}
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"plain fields", `{ me { id name } }`, 3},
		{"a fragment used twice counts twice", `{ a: me { ...F } b: me { ...F } } fragment F on User { id name }`, 6},
		{"an inline fragment adds no field", `{ node { ... on User { id } } }`, 2},
		{"a fragment bomb of 10 doublings", bomb(10), 1 << 10},
		{"a fragment bomb of 60 doublings saturates", bomb(60), 1 << 40},
		{"GraphiQL's introspection", IntrospectionQuery, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := parser.ParseQuery(&ast.Source{Input: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			for _, op := range doc.Operations {
				linkOnce(op.SelectionSet, doc.Fragments)
			}
			for _, f := range doc.Fragments {
				linkOnce(f.SelectionSet, doc.Fragments)
			}
			got := expandedFields(doc.Operations[0].SelectionSet, map[*ast.FragmentDefinition]int{})
			if tt.want < 0 {
				t.Logf("%s: %d fields", tt.name, got)
				if got > MaxFields {
					t.Errorf("%d fields, over MaxFields", got)
				}
				return
			}
			if got != tt.want {
				t.Errorf("expandedFields = %d, want %d", got, tt.want)
			}
		})
	}
}

// linkOnce links the spreads of set to their definitions without entering
// them (link does, which a fragment bomb makes exponential).
func linkOnce(set ast.SelectionSet, frags ast.FragmentDefinitionList) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			linkOnce(s.SelectionSet, frags)
		case *ast.InlineFragment:
			linkOnce(s.SelectionSet, frags)
		case *ast.FragmentSpread:
			s.Definition = frags.ForName(s.Name)
		}
	}
}
