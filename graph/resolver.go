// Package graph is the GraphQL edge of Latchkey: thin resolvers that check
// who is asking, call one domain function and map its result.
package graph

import (
	"context"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/alexedwards/scs/v2"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/token"
	"github.com/latchkey/latchkey/internal/userimport"
	"github.com/latchkey/latchkey/internal/usersearch"
	"github.com/latchkey/latchkey/internal/webhook"
)

// Resolver holds the services the resolvers call. It is the only wiring
// point of the GraphQL layer.
type Resolver struct {
	Client   *ent.Client
	Accounts *account.Service
	Tokens   *token.Service
	Orgs     *org.Service
	Passkey  *passkey.Service
	Webhooks *webhook.Service
	// SecondFactors holds TOTP, recovery codes, pending sign-ins and the
	// second-factor policy; passkeys plug into it.
	Factors  *secondfactor.Service
	Sessions *scs.SessionManager
	// RemoveOtherFactor removes a factor that is no TOTP (a passkey) for
	// removeSecondFactor; nil: there are none.
	RemoveOtherFactor func(ctx context.Context, u *ent.User, id string) error
	// Importer brings people in with their old password hashes.
	Importer *userimport.Importer
	// UserSearch filters the admin users grid.
	UserSearch usersearch.Searcher
	// RedactMail hides links and temporary passwords in the outbox shown to
	// admins: true whenever mail is delivered by SMTP.
	RedactMail bool
	Log        *slog.Logger
	// Challenges asks for a proof of work under pressure (internal/
	// challenge); Pressure tells how busy the hashing is. nil: never.
	Challenges *challenge.Gate
	Pressure   *challenge.Watch
}

// NewSchema returns the executable schema with its directives.
func NewSchema(r *Resolver) graphql.ExecutableSchema {
	return generated.NewExecutableSchema(generated.Config{
		Resolvers: r,
		Directives: generated.DirectiveRoot{
			Authenticated: authenticated,
			HasRole:       hasRole,
		},
		Complexity: complexity(),
	})
}
