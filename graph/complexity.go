package graph

import (
	"entgo.io/contrib/entgql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/token"
)

// Page sizes for connections: a caller asks for at most MaxPageSize items,
// and gets DefaultPageSize when it does not say.
const (
	DefaultPageSize = 50
	MaxPageSize     = 100
)

// The sizes lists are costed at. A list costs 1 plus its size times what is
// asked of each item, so nested lists multiply and the complexity limit
// (internal/httpx) stops a nesting before it runs. A bounded list is costed
// at its bound; an unbounded one at a size few real ones reach (real lists
// are rarely that long, so real work stays below the estimate).
const (
	// OrganizationsCost: Query.organizations returns at most 1000 (org.List).
	OrganizationsCost = 1000
	// MembersCost: Organization.members, members of one organisation.
	MembersCost = 100
	// MembershipsCost: User.memberships, organisations of one person.
	MembershipsCost = 20
	// InvitationsCost: Organization.invitations returns at most 500.
	InvitationsCost = 500
	// SessionsCost: User.sessions, live sessions of one person.
	SessionsCost = 50
	// AccessTokensCost: User.accessTokens, at most token.MaxPerUser.
	AccessTokensCost = token.MaxPerUser
	// LookupCost is what a field costs on top of its children when it runs
	// a query of its own that no loader batches (a root lookup, a page and
	// its count). A query takes about as much CPU as 150 fields; costed at
	// 500, aliases of lookups stop at about 300 (BenchmarkWorstAcceptedQuery).
	LookupCost = 500
	// ExportMyDataCost: exportMyData writes up to account.ExportMaxEvents
	// audit events (1.3 MiB): 74 ms on SQLite, 85 ms on PostgreSQL at its
	// largest (BenchmarkExportMyData), more than any other accepted query.
	// Costed over half the limit, so that a document holds one (each also
	// counted against account.ExportsPerHour).
	ExportMyDataCost = 80_000
)

// connectionCost is a connection's own: two queries, its page and its
// totalCount.
const connectionCost = 2 * LookupCost

// complexity gives every list and connection field its cost (see the
// constants above); every other field costs 1 plus its children.
func complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	list := func(size int) func(int) int {
		return func(child int) int { return 1 + child*size }
	}
	lookup := func(child int) int { return LookupCost + child }

	// importUsers writes up to 1000 records in a call: a lookup for each
	// hundred of them (a batch's queries and its multi-row inserts).
	c.Mutation.ImportUsers = func(child int, input model.ImportUsersInput) int {
		return LookupCost*(1+len(input.Records)/100) + child
	}
	c.Query.Users = func(child int, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy *ent.UserOrder, where *ent.UserWhereInput) int {
		return connectionCost + child*pageSize(first, last)
	}
	c.Query.AuditEvents = func(child int, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy *ent.AuditEventOrder, where *ent.AuditEventWhereInput) int {
		return connectionCost + child*pageSize(first, last)
	}
	c.Query.Outbox = func(child int, after *entgql.Cursor[string], first *int, before *entgql.Cursor[string], last *int, orderBy *ent.OutboxMessageOrder, where *ent.OutboxMessageWhereInput) int {
		return connectionCost + child*pageSize(first, last)
	}
	c.User.Activity = func(child int, first *int, after *entgql.Cursor[string]) int {
		return connectionCost + child*pageSize(first, nil)
	}
	// Every id is one lookup; more than MaxPageSize ids are refused.
	c.Query.Nodes = func(child int, ids []string) int {
		return 1 + (LookupCost+child)*max(1, min(len(ids), MaxPageSize))
	}
	c.Query.Node = func(child int, id string) int { return lookup(child) }
	c.Query.Organization = func(child int, id string) int { return lookup(child) }
	c.Query.Invitation = func(child int, token string) int { return lookup(child) }
	c.Query.PasswordPolicy = lookup
	c.Query.SecuritySettings = lookup
	c.Query.Organizations = list(OrganizationsCost)
	c.Query.ExportMyData = func(int) int { return ExportMyDataCost }

	c.Organization.Members = list(MembersCost)
	c.Organization.Invitations = list(InvitationsCost)
	c.User.Memberships = list(MembershipsCost)
	c.User.Sessions = list(SessionsCost)
	c.User.AccessTokens = list(AccessTokensCost)
	// A connection's edges are costed by the connection above them.
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
