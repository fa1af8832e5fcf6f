package httpx

import (
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
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
