package httpx

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/introspection"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/internal/codes"
)

// queryLimits refuses, before anything runs, a GraphQL operation nested
// deeper than MaxDepth or costing more than ComplexityLimit (the costs are
// the schema's, see graph/complexity.go). The refusal is INVALID_INPUT.
type queryLimits struct {
	es graphql.ExecutableSchema
	// introspectionBudget is one and a half times what GraphiQL's
	// introspection query costs (see introspectionCost): about 40 ms.
	introspectionBudget int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*queryLimits)(nil)

func (*queryLimits) ExtensionName() string { return "QueryLimits" }

func (q *queryLimits) Validate(es graphql.ExecutableSchema) error {
	q.es = es
	doc, errs := gqlparser.LoadQuery(es.Schema(), IntrospectionQuery)
	if errs != nil {
		return fmt.Errorf("introspection query: %w", errs)
	}
	q.introspectionBudget = 3 * q.introspectionCost(doc.Operations[0].SelectionSet, nil, math.MaxInt) / 2
	return nil
}

func (q *queryLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil // gqlgen refuses it itself
	}
	// First, in time linear in the document: the walks below (and gqlgen's
	// complexity) expand every fragment spread anew, so a fragment spread
	// twice by one spread twice by one... costs 2^n of them.
	if n := expandedFields(op.SelectionSet, map[*ast.FragmentDefinition]int{}); n > MaxFields {
		return refusal(fmt.Sprintf("The query asks for more than %d fields (a fragment counts each time it is used).", MaxFields))
	}
	if d := depth(op.SelectionSet); d > MaxDepth {
		return refusal(fmt.Sprintf("The query is nested %d levels deep; at most %d are allowed.", d, MaxDepth))
	}
	if c := q.introspectionCost(op.SelectionSet, oc.Variables, q.introspectionBudget); c > q.introspectionBudget {
		return refusal("The query asks more of the schema than a full introspection does: ask for it once.")
	}
	if c := complexity.Calculate(ctx, q.es, op, oc.Variables); c > ComplexityLimit {
		return refusal(fmt.Sprintf("The query costs %d; at most %d is allowed. Ask for fewer or smaller lists, or split it.", c, ComplexityLimit))
	}
	return nil
}

func refusal(msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": codes.InvalidInput}}
}

// expandedFields is how many fields set holds once every fragment is
// expanded where it is used, counted with each fragment's size computed
// once (memo), so in time linear in the document; it saturates far above
// MaxFields instead of overflowing.
func expandedFields(set ast.SelectionSet, memo map[*ast.FragmentDefinition]int) int {
	const ceiling = 1 << 40
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n += 1 + expandedFields(s.SelectionSet, memo)
		case *ast.InlineFragment:
			n += expandedFields(s.SelectionSet, memo)
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			k, ok := memo[s.Definition]
			if !ok {
				memo[s.Definition] = 0 // a cycle (refused by validation already) adds nothing
				k = expandedFields(s.Definition.SelectionSet, memo)
				memo[s.Definition] = k
			}
			n += k
		}
		n = min(n, ceiling)
	}
	return n
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

// introspectionCost is what the introspection in set costs: the values it
// returns, counted by walking the schema as gqlgen would answer it (objects
// weigh introspectionObjectCost), stopping once past budget. gqlgen's complexity leaves __schema out, and depth does
// not count it; without this, `__schema { types { fields { type { fields
// { ... } } } } }` under many aliases is work without bound for any
// signed-in caller.
func (q *queryLimits) introspectionCost(set ast.SelectionSet, vars map[string]any, budget int) int {
	w := &introspectionWalk{schema: q.es.Schema(), vars: vars, left: budget}
	for _, f := range fields(set) {
		switch f.Name {
		case "__schema":
			w.walk(f.SelectionSet, introspection.WrapSchema(w.schema))
		case "__type":
			name, _ := f.ArgumentMap(vars)["name"].(string)
			if def := w.schema.Types[name]; def != nil {
				w.walk(f.SelectionSet, introspection.WrapTypeFromDef(w.schema, def))
			}
		}
	}
	return budget - w.left
}

// introspectionObjectCost is what an object of introspection (a type, a
// field...) costs beside its scalars (1 each): gqlgen builds each anew, and
// so weighted the cost follows the time taken (about 1 µs a unit here).
const introspectionObjectCost = 10

type introspectionWalk struct {
	schema *ast.Schema
	vars   map[string]any
	left   int
}

// walk counts v, the values of set's fields on it, and theirs in turn.
func (w *introspectionWalk) walk(set ast.SelectionSet, v any) {
	w.left -= introspectionObjectCost
	for _, f := range fields(set) {
		if w.left < 0 {
			return
		}
		var items []any
		switch x := v.(type) {
		case *introspection.Schema:
			switch f.Name {
			case "types":
				items = each(x.Types())
			case "directives":
				items = each(x.Directives())
			case "queryType":
				items = one(x.QueryType())
			case "mutationType":
				items = one(x.MutationType())
			case "subscriptionType":
				items = one(x.SubscriptionType())
			}
		case *introspection.Type:
			switch f.Name {
			case "fields":
				items = each(x.Fields(true))
			case "inputFields":
				items = each(x.InputFields())
			case "interfaces":
				items = each(x.Interfaces())
			case "possibleTypes":
				items = each(x.PossibleTypes())
			case "enumValues":
				items = each(x.EnumValues(true))
			case "ofType":
				items = one(x.OfType())
			}
		case *introspection.Field:
			switch f.Name {
			case "args":
				items = each(x.Args)
			case "type":
				items = one(x.Type)
			}
		case *introspection.InputValue:
			if f.Name == "type" {
				items = one(x.Type)
			}
		case *introspection.Directive:
			switch f.Name {
			case "args":
				items = each(x.Args)
			case "locations":
				w.left -= len(x.Locations)
			}
		}
		if items == nil {
			w.left-- // a scalar
			continue
		}
		for _, it := range items {
			w.walk(f.SelectionSet, it)
		}
	}
}

func each[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

func one[T any](x *T) []any {
	if x == nil {
		return []any{}
	}
	return []any{x}
}

// fields are the fields of set, with its fragments' spread in.
func fields(set ast.SelectionSet) []*ast.Field {
	var out []*ast.Field
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			out = append(out, s)
		case *ast.InlineFragment:
			out = append(out, fields(s.SelectionSet)...)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				out = append(out, fields(s.Definition.SelectionSet)...)
			}
		}
	}
	return out
}

// IntrospectionQuery is graphql-js's getIntrospectionQuery as GraphiQL
// sends it (descriptions, deprecated input values, repeatable directives,
// specifiedByURL): the most introspection a tool needs.
const IntrospectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`
