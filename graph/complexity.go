package graph

import (
	"entgo.io/contrib/entgql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
)

// Page sizes for connections: a caller asks for at most MaxPageSize items,
// and gets DefaultPageSize when it does not say.
const (
	DefaultPageSize = 50
	MaxPageSize     = 100
)

// complexity makes a connection cost its page size times its children, so
// that nested pages cannot multiply past the limit.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	c.Query.Users = func(childComplexity int, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy *ent.UserOrder, where *ent.UserWhereInput) int {
		return 1 + childComplexity*pageSize(first, last)
	}
	return c
}

// pageSize is the page size a connection will be costed at.
// Sizes over the cap are costed at the cap: checkPage refuses them with a
// clearer error than the complexity limit would.
func pageSize(first, last *int) int {
	n := DefaultPageSize
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	}
	return max(1, min(n, MaxPageSize))
}

// checkPage refuses pages that are negative or larger than MaxPageSize and
// fills in the default, like GitHub's API does.
func checkPage(first, last *int) (*int, error) {
	for _, n := range []*int{first, last} {
		if n != nil && (*n < 0 || *n > MaxPageSize) {
			return nil, invalidInput("first and last must be between 0 and 100.")
		}
	}
	if first == nil && last == nil {
		n := DefaultPageSize
		return &n, nil
	}
	return first, nil
}
