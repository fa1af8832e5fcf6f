package graph

import (
	"context"
	"errors"

	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/challenge"
)

// withChallenge carries the solved challenge of a signIn or requestReset
// to the domain, and exempts access-token callers (never asked).
func withChallenge(ctx context.Context, solution *string) context.Context {
	if v := auth.FromContext(ctx); v != nil && v.Via == auth.ViaToken {
		return challenge.Exempt(ctx)
	}
	if solution != nil {
		return challenge.WithSolution(ctx, *solution)
	}
	return ctx
}

// challengeOf is the new challenge of a CHALLENGE_REQUIRED refusal.
func challengeOf(err error) *challenge.Challenge {
	var req *challenge.RequiredError
	if errors.As(err, &req) {
		return &req.Challenge
	}
	return nil
}
