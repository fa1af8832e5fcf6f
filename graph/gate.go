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

// allowedBeforeEnrolment are the root fields a person whom a policy
// requires to have a second factor, and who has none, may use before
// enrolling one: the enrolment itself (an authenticator app or a passkey).
var allowedBeforeEnrolment = map[string]bool{
	"me": true, "signOut": true, "passwordPolicy": true,
	"enrollTotp": true, "confirmTotp": true,
	"beginPasskeyRegistration": true, "finishPasskeyRegistration": true,
	"__typename": true, "__schema": true, "__type": true,
}

// Gate is the one gate in front of every root field, for a signed-in
// viewer who must do something first: change a temporary password
// (PASSWORD_CHANGE_REQUIRED), then enrol a second factor a policy requires
// (SECOND_FACTOR_REQUIRED). Every other root field is refused.
func Gate(r *Resolver) graphql.RootFieldMiddleware {
	return func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		v := auth.FromContext(ctx)
		if v == nil {
			return next(ctx)
		}
		fc := graphql.GetRootFieldContext(ctx)
		if fc == nil {
			return next(ctx)
		}
		if v.User.MustChangePassword {
			if allowedBeforeChange[fc.Field.Name] {
				return next(ctx)
			}
			graphql.AddError(ctx, &codedError{codes.PasswordChangeRequired, "Change your password before doing anything else."})
			return graphql.Null
		}
		if allowedBeforeEnrolment[fc.Field.Name] {
			return next(ctx)
		}
		must, err := r.mustEnroll(ctx)
		if err != nil {
			graphql.AddError(ctx, err)
			return graphql.Null
		}
		if must {
			graphql.AddError(ctx, &codedError{codes.SecondFactorRequired, "Set up a second factor (an authenticator app or a passkey) before doing anything else."})
			return graphql.Null
		}
		return next(ctx)
	}
}

// PasswordChangeGate is Gate without a second-factor policy (for callers
// with no Resolver).
func PasswordChangeGate(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	return Gate(&Resolver{})(ctx, next)
}
