package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/settings"
)

// loaderWait is how long a loader waits for the other items of a level
// before it runs one query for all of them. gqlgen resolves the items of a
// list concurrently, so a level's keys arrive within microseconds.
const loaderWait = 2 * time.Millisecond

// loaders batch the edges of one request: one query per level of a
// nested query, not one per item, and each key at most once per request.
type loaders struct {
	org         *dataloadgen.Loader[string, *ent.Organization]
	user        *dataloadgen.Loader[string, *ent.User]
	members     *dataloadgen.Loader[string, []*ent.Membership] // by organization ID
	memberships *dataloadgen.Loader[string, []*ent.Membership] // by user ID
	settings    *settingsOnce
}

// settingsOnce reads the security settings once per loaders: the fields of
// a list of users that depend on them (whether a lock still holds) cost
// one query, not one per user.
type settingsOnce struct {
	c  *ent.Client
	mu sync.Mutex
	st *ent.SecuritySettings
}

func (o *settingsOnce) load(ctx context.Context) (*ent.SecuritySettings, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.st == nil {
		st, err := settings.Load(ctx, o.c)
		if err != nil {
			return nil, err
		}
		o.st = st
	}
	return o.st, nil
}

type loadersKey struct{}

func newLoaders(c *ent.Client) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(loaderWait), dataloadgen.WithBatchCapacity(1000)}
	return &loaders{
		settings: &settingsOnce{c: c},
		org: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []string) (map[string]*ent.Organization, error) {
			os, err := c.Organization.Query().Where(organization.IDIn(ids...)).All(ctx)
			return byID(os, func(o *ent.Organization) string { return o.ID }), err
		}, opts...),
		user: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []string) (map[string]*ent.User, error) {
			us, err := c.User.Query().Where(user.IDIn(ids...)).All(ctx)
			return byID(us, func(u *ent.User) string { return u.ID }), err
		}, opts...),
		members: dataloadgen.NewMappedLoader(func(ctx context.Context, orgIDs []string) (map[string][]*ent.Membership, error) {
			ms, err := c.Membership.Query().Where(membership.OrganizationIDIn(orgIDs...)).
				WithUser().Order(membership.ByCreatedAt(), membership.ByID()).All(ctx)
			return groupBy(orgIDs, ms, func(m *ent.Membership) string { return m.OrganizationID }), err
		}, opts...),
		memberships: dataloadgen.NewMappedLoader(func(ctx context.Context, userIDs []string) (map[string][]*ent.Membership, error) {
			ms, err := c.Membership.Query().Where(membership.UserIDIn(userIDs...)).
				WithOrganization().Order(membership.ByCreatedAt(), membership.ByID()).All(ctx)
			return groupBy(userIDs, ms, func(m *ent.Membership) string { return m.UserID }), err
		}, opts...),
	}
}

// WithLoaders gives every operation its own loaders (and so its own cache:
// nothing is shared between requests or callers).
func WithLoaders(r *Resolver) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(context.WithValue(ctx, loadersKey{}, newLoaders(r.Client)))
	}
}

// FreshLoadersPerMutation gives every root field of a mutation its own
// loaders: gqlgen runs them one after the other, and a field after a change
// (the payload of removeMember, a second mutation of the document) must
// not read the memberships or members cached before it.
func FreshLoadersPerMutation(r *Resolver) graphql.RootFieldMiddleware {
	return func(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
		if !graphql.HasOperationContext(ctx) {
			return next(ctx)
		}
		if oc := graphql.GetOperationContext(ctx); oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
			ctx = context.WithValue(ctx, loadersKey{}, newLoaders(r.Client))
		}
		return next(ctx)
	}
}

// loaders returns the request's loaders; outside a request (a test calling
// a resolver directly) a fresh set that lives for this call.
func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(r.Client)
}

func byID[T any](items []T, id func(T) string) map[string]T {
	out := make(map[string]T, len(items))
	for _, it := range items {
		out[id(it)] = it
	}
	return out
}

// groupBy groups items by key, with an empty (not nil) list for every key
// that has none.
func groupBy[T any](keys []string, items []T, key func(T) string) map[string][]T {
	out := make(map[string][]T, len(keys))
	for _, k := range keys {
		out[k] = []T{}
	}
	for _, it := range items {
		out[key(it)] = append(out[key(it)], it)
	}
	return out
}

// viewerMemberships are the caller's own memberships, loaded once per
// request (nil for anonymous callers).
func (r *Resolver) viewerMemberships(ctx context.Context) ([]*ent.Membership, error) {
	v := auth.FromContext(ctx)
	if v == nil {
		return nil, nil
	}
	return r.loaders(ctx).memberships.Load(ctx, v.User.ID)
}

// viewerMembership is the caller's membership of orgID, or nil.
func (r *Resolver) viewerMembership(ctx context.Context, orgID string) (*ent.Membership, error) {
	ms, err := r.viewerMemberships(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.OrganizationID == orgID {
			return m, nil
		}
	}
	return nil, nil
}

// loadOrganization is an organisation by ID, batched.
func (r *Resolver) loadOrganization(ctx context.Context, id string) (*ent.Organization, error) {
	o, err := r.loaders(ctx).org.Load(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("load organization %s: %w", id, err)
	}
	return o, nil
}

// loadUser is a user by ID, batched.
func (r *Resolver) loadUser(ctx context.Context, id string) (*ent.User, error) {
	u, err := r.loaders(ctx).user.Load(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("load user %s: %w", id, err)
	}
	return u, nil
}
