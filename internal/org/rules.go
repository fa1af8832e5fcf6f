package org

import (
	"slices"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/rights"
)

// The rules about who may grant and take away rights, kept free of the
// database so that they can be tested as a table.

// maySetRights reports whether an actor holding have may change a member's
// rights from current to next: only by holding every right the member has
// and every right they are given. Holding only the rights that change is
// not enough: a lesser member could otherwise strip a stronger one of a
// right they share (MANAGE_MEMBERS), or remove them (next empty).
func maySetRights(have, current, next []rights.Right) bool {
	return rights.Covers(have, current) && rights.Covers(have, next)
}

// lostRights lists the rights in before that after no longer has.
func lostRights(before, after []rights.Right) []rights.Right {
	var out []rights.Right
	for _, r := range before {
		if !slices.Contains(after, r) {
			out = append(out, r)
		}
	}
	return out
}

// voidedBy reports whether a pending invitation granting granted can no
// longer stand once its inviter loses the rights in lost: losing
// MANAGE_MEMBERS voids all of them (the right to invite at all), losing
// another right voids those that grant it.
func voidedBy(granted, lost []rights.Right) bool {
	if slices.Contains(lost, rights.ManageMembers) {
		return true
	}
	return slices.ContainsFunc(granted, func(r rights.Right) bool { return slices.Contains(lost, r) })
}

// inviterEntitled reports whether an inviter may still stand behind an
// invitation granting granted: an admin always; otherwise a member who
// holds MANAGE_MEMBERS and every right granted.
func inviterEntitled(admin, member bool, have, granted []rights.Right) bool {
	if admin {
		return true
	}
	return member && rights.Covers(have, append([]rights.Right{rights.ManageMembers}, granted...))
}

// The rules the GraphQL edge applies to what it has loaded in batches (one
// query per level): each takes the caller's memberships rather than reading
// them, so that the same rule serves one organisation or a hundred.

// RightsIn is what an actor may do in an organisation where their
// membership is m (nil: not a member): an admin everything, a member their
// rights, anyone else nothing.
func RightsIn(admin bool, m *ent.Membership) []rights.Right {
	switch {
	case admin:
		return rights.All
	case m == nil:
		return []rights.Right{}
	}
	return m.Rights
}

// MaySeeMembers reports whether an actor whose membership of an
// organisation is m (nil: none) may list its members: admins and members.
func MaySeeMembers(admin bool, m *ent.Membership) bool {
	return admin || m != nil
}

// MaySeeAccountState reports whether an actor may see a person's account
// state (when they last signed in, whether they are locked): the person
// themselves, admins, and members holding MANAGE_MEMBERS in an
// organisation the person belongs to. Fellow members without that right
// see each other's names only. mine are the actor's memberships, theirs
// the person's.
func MaySeeAccountState(self, admin bool, mine, theirs []*ent.Membership) bool {
	if self || admin {
		return true
	}
	for _, m := range mine {
		if !managesMembers(m) {
			continue
		}
		for _, t := range theirs {
			if t.OrganizationID == m.OrganizationID {
				return true
			}
		}
	}
	return false
}

// ManagesMembersSomewhere reports whether any of mine holds MANAGE_MEMBERS:
// without it, MaySeeAccountState is false for everyone but oneself, and the
// other person's memberships need not be read.
func ManagesMembersSomewhere(mine []*ent.Membership) bool {
	return slices.ContainsFunc(mine, managesMembers)
}

func managesMembers(m *ent.Membership) bool {
	return rights.Covers(m.Rights, []rights.Right{rights.ManageMembers})
}
