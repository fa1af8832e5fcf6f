package httpx

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// queryLimits refuses, before anything runs, a GraphQL operation nested
// deeper than MaxDepth or costing more than ComplexityLimit (the costs are
// the schema's, see graph/complexity.go). The refusal is INVALID_INPUT.
type queryLimits struct {
	es graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*queryLimits)(nil)

func (*queryLimits) ExtensionName() string { return "QueryLimits" }

func (q *queryLimits) Validate(es graphql.ExecutableSchema) error {
	q.es = es
	return nil
}

func (q *queryLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil // gqlgen refuses it itself
	}
	if d := depth(op.SelectionSet); d > MaxDepth {
		return refusal(fmt.Sprintf("The query is nested %d levels deep; at most %d are allowed.", d, MaxDepth))
	}
	if c := complexity.Calculate(ctx, q.es, op, oc.Variables); c > ComplexityLimit {
		return refusal(fmt.Sprintf("The query costs %d; at most %d is allowed. Ask for fewer or smaller lists, or split it.", c, ComplexityLimit))
	}
	return nil
}

func refusal(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": "INVALID_INPUT"}}
}

// depth is how many fields deep a selection set goes: `{ me { id } }` is 2.
// Fragments add no level. Introspection (__schema, __type) is not counted:
// its own types are finite and GraphiQL's query goes deep.
func depth(set ast.SelectionSet) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + depth(s.SelectionSet)
		case *ast.InlineFragment:
			d = depth(s.SelectionSet)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = depth(s.Definition.SelectionSet)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
