package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/auth"
)

// authenticated refuses the field to anonymous callers.
func authenticated(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
	if auth.FromContext(ctx) == nil {
		return nil, errUnauthenticated
	}
	return next(ctx)
}

// hasRole refuses the field to anyone without role.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, role user.Role) (any, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, errUnauthenticated
	}
	if v.User.Role != role {
		return nil, errForbidden
	}
	return next(ctx)
}
