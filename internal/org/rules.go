package org

import (
	"slices"

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
