// Package rights names what a member may do in an organisation. It is a
// leaf so that the data model, the domain and the API share one type.
package rights

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Right is one thing a member may do.
type Right string

const (
	// ManageMembers: invite people, change members' rights, remove members.
	ManageMembers Right = "MANAGE_MEMBERS"
	// ManageOrganization: rename the organisation.
	ManageOrganization Right = "MANAGE_ORGANIZATION"
	// The rest are for integrators to authorise in their own systems;
	// Latchkey stores and reports them but grants nothing by them itself.
	ViewOrders    Right = "VIEW_ORDERS"
	ManageOrders  Right = "MANAGE_ORDERS"
	ViewBilling   Right = "VIEW_BILLING"
	ManageBilling Right = "MANAGE_BILLING"
	UseAPI        Right = "USE_API"
)

// All lists every right in display order.
var All = []Right{ManageMembers, ManageOrganization, ViewOrders, ManageOrders, ViewBilling, ManageBilling, UseAPI}

// Valid reports whether r is a known right.
func (r Right) Valid() bool { return slices.Contains(All, r) }

// MarshalGQL writes the right as a GraphQL enum value.
func (r Right) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Right) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("rights: enums must be strings")
	}
	*r = Right(s)
	if !r.Valid() {
		return fmt.Errorf("rights: %q is not a valid Right", s)
	}
	return nil
}

// Normalize sorts and de-duplicates rs in display order.
func Normalize(rs []Right) []Right {
	out := []Right{}
	for _, r := range All {
		if slices.Contains(rs, r) {
			out = append(out, r)
		}
	}
	return out
}

// Covers reports whether have includes every right in want.
func Covers(have, want []Right) bool {
	for _, r := range want {
		if !slices.Contains(have, r) {
			return false
		}
	}
	return true
}
