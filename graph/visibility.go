package graph

import (
	"context"
	"errors"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/auth"
)

// visibleNode returns n if the viewer may see it through node/nodes, or nil
// (as if it did not exist). Admins see every user; others only themselves.
func visibleNode(v *auth.Viewer, n ent.Noder) ent.Noder {
	if v.IsAdmin() {
		return n
	}
	if u, ok := n.(*ent.User); ok && u.ID == v.User.ID {
		return n
	}
	return nil
}

// mayLookUp reports whether visibleNode could show the viewer the node id
// names: no need to look up the others.
func mayLookUp(v *auth.Viewer, id string) bool {
	return v.IsAdmin() || id == v.User.ID
}

// noders loads ids (in their order, nil where there is none) with Ent's
// Noders: one query per type, not one per ID. Noders reports every ID it
// does not find as a GraphQL error of its own; nodes, like node, answers
// null without one (a hidden node and a missing one look alike), so those
// are dropped here, and any other failure is returned.
func (r *Resolver) noders(ctx context.Context, ids []string) ([]ent.Noder, error) {
	var mu sync.Mutex
	var failed []error
	caught := graphql.WithResponseContext(ctx, func(_ context.Context, err error) *gqlerror.Error {
		if !isNodeNotFound(err) {
			mu.Lock()
			failed = append(failed, err)
			mu.Unlock()
		}
		return nil
	}, nil)
	ns, err := r.Client.Noders(caught, ids, ent.WithNodeType(ent.IDToType))
	if len(ids) == 1 && isNodeNotFound(err) {
		// One ID: Noders asks Noder, which returns the error instead.
		return []ent.Noder{nil}, nil
	}
	if err != nil {
		return nil, err
	}
	if len(failed) > 0 {
		return nil, errors.Join(failed...)
	}
	return ns, nil
}

// isNodeNotFound reports Ent's answers for an ID that names no node: an
// unknown prefix or type, or no such row.
func isNodeNotFound(err error) bool {
	if ent.IsNotFound(err) {
		return true
	}
	var gqlErr *gqlerror.Error
	return errors.As(err, &gqlErr) && gqlErr.Extensions["code"] == "NOT_FOUND"
}
