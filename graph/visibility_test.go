package graph

import (
	"context"
	"errors"
	"testing"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/go-multierror"

	"github.com/latchkey/latchkey/ent"
)

// nodes drops Noders' errors for IDs that name nothing, and no other.
func TestNodersNotFoundIsToldFromAFailure(t *testing.T) {
	_, unknownPrefix := ent.IDToType(context.Background(), "zzz_1")
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"an unknown prefix", unknownPrefix, true},
		{"no such row, as Noders reports it", graphql.ErrorOnPath(context.Background(), multierror.Append(unknownPrefix, entgql.ErrNodeNotFound("usr_1"))), true},
		{"nil for an ID, as Noders reports it", graphql.ErrorOnPath(context.Background(), entgql.ErrNodeNotFound("evt_1")), true},
		{"a database failure", graphql.ErrorOnPath(context.Background(), errors.New("driver: bad connection")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isNodeNotFound(tt.err); got != tt.want {
				t.Fatalf("isNodeNotFound(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}
