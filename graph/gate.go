package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/codes"
)

// allowedBeforeChange are the root fields a person who signed in with a
// temporary password may use before changing it.
var allowedBeforeChange = map[string]bool{
	"me": true, "signOut": true, "changePassword": true, "passwordPolicy": true,
	"__typename": true, "__schema": true, "__type": true,
}

// PasswordChangeGate refuses every other root field with
// PASSWORD_CHANGE_REQUIRED while the viewer must change their password.
func PasswordChangeGate(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	v := auth.FromContext(ctx)
	if v == nil || !v.User.MustChangePassword {
		return next(ctx)
	}
	fc := graphql.GetRootFieldContext(ctx)
	if fc == nil || allowedBeforeChange[fc.Field.Name] {
		return next(ctx)
	}
	graphql.AddError(ctx, &codedError{codes.PasswordChangeRequired, "Change your password before doing anything else."})
	return graphql.Null
}
