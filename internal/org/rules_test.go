package org

import (
	"fmt"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/rights"
)

type rs = []rights.Right

const (
	mm   = rights.ManageMembers
	mo   = rights.ManageOrganization
	vo   = rights.ViewOrders
	vb   = rights.ViewBilling
	mord = rights.ManageOrders
)

func TestMaySetRights(t *testing.T) {
	tests := []struct {
		name                string
		have, current, next rs
		want                bool
	}{
		{"a manager grants a right they hold", rs{mm, vo}, rs{vo}, rs{mm, vo}, true},
		{"a manager takes a right they hold from an equal", rs{mm, vo}, rs{mm, vo}, rs{vo}, true},
		{"a lesser member strips a stronger one of a shared right", rs{mm, vo}, rs{mm, mo, vb}, rs{mo, vb}, false},
		{"a lesser member changes only a shared right of a stronger one", rs{mm, vo}, rs{mm, vo, vb}, rs{mm, vb}, false},
		{"a lesser member removes a stronger one", rs{mm}, rs{mm, mo}, nil, false},
		{"a manager removes a member they cover", rs{mm, vo}, rs{vo}, nil, true},
		{"granting a right the actor lacks", rs{mm}, rs{}, rs{mord}, false},
		{"leaving the rights as they are, on a stronger member", rs{mm}, rs{mm, mo}, rs{mm, mo}, false},
		{"an admin (all rights) does anything", rights.All, rs{mm, mo, vb}, rs{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := maySetRights(tt.have, tt.current, tt.next); got != tt.want {
				t.Errorf("maySetRights(%v, %v, %v) = %v, want %v", tt.have, tt.current, tt.next, got, tt.want)
			}
		})
	}
}

func TestInvitationsVoidedWhenTheInviterLosesARight(t *testing.T) {
	tests := []struct {
		name          string
		granted, lost rs
		want          bool
	}{
		{"the inviter loses MANAGE_MEMBERS: every invitation goes", rs{vo}, rs{mm}, true},
		{"the inviter loses MANAGE_MEMBERS: even one granting nothing", rs{}, rs{mm}, true},
		{"the inviter loses a right the invitation grants", rs{vo, vb}, rs{vb}, true},
		{"the inviter loses a right the invitation does not grant", rs{vo}, rs{vb}, false},
		{"the inviter loses nothing", rs{mm, vo}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := voidedBy(tt.granted, tt.lost); got != tt.want {
				t.Errorf("voidedBy(%v, %v) = %v, want %v", tt.granted, tt.lost, got, tt.want)
			}
		})
	}
}

func TestInviterMustStillBeEntitledAtAcceptance(t *testing.T) {
	tests := []struct {
		name          string
		admin, member bool
		have, granted rs
		want          bool
	}{
		{"an admin inviter, not a member", true, false, nil, rs{mm, mo}, true},
		{"a member who still holds everything", false, true, rs{mm, vo}, rs{mm, vo}, true},
		{"a member who lost MANAGE_MEMBERS", false, true, rs{vo}, rs{vo}, false},
		{"a member who lost a granted right", false, true, rs{mm}, rs{mm, vo}, false},
		{"a former member", false, false, nil, rs{}, false},
		{"a former member who still lists rights", false, false, rs{mm, vo}, rs{vo}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := inviterEntitled(tt.admin, tt.member, tt.have, tt.granted); got != tt.want {
				t.Errorf("inviterEntitled = %v, want %v (%s)", got, tt.want, fmt.Sprint(tt))
			}
		})
	}
}

func TestLostRights(t *testing.T) {
	if got := fmt.Sprint(lostRights(rs{mm, vo, vb}, rs{vo})); got != "[MANAGE_MEMBERS VIEW_BILLING]" {
		t.Errorf("lostRights = %s", got)
	}
	if got := lostRights(rs{vo}, rs{vo, mm}); len(got) != 0 {
		t.Errorf("gaining a right loses %v", got)
	}
}

func TestWhatAMemberMaySeeAndDoInAnOrganisation(t *testing.T) {
	in := func(org string, r ...rights.Right) *ent.Membership {
		return &ent.Membership{OrganizationID: org, Rights: r}
	}
	t.Run("rights", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			admin bool
			m     *ent.Membership
			want  rs
		}{
			{"an admin, member or not, may do everything", true, nil, rights.All},
			{"a member does what their rights say", false, in("org_a", vo, mm), rs{vo, mm}},
			{"anyone else does nothing", false, nil, rs{}},
		} {
			if got := RightsIn(tc.admin, tc.m); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			}
		}
	})
	t.Run("members list", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			admin bool
			m     *ent.Membership
			want  bool
		}{
			{"an admin sees the members", true, nil, true},
			{"a member without any right sees them", false, in("org_a"), true},
			{"someone outside does not", false, nil, false},
		} {
			if got := MaySeeMembers(tc.admin, tc.m); got != tc.want {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			}
		}
	})
	t.Run("account state", func(t *testing.T) {
		for _, tc := range []struct {
			name         string
			self, admin  bool
			mine, theirs []*ent.Membership
			want         bool
		}{
			{"the person themselves", true, false, nil, nil, true},
			{"an admin", false, true, nil, nil, true},
			{"a manager of an organisation the person is in", false, false, []*ent.Membership{in("org_a", mm)}, []*ent.Membership{in("org_a")}, true},
			{"a plain fellow member", false, false, []*ent.Membership{in("org_a", vo, mo)}, []*ent.Membership{in("org_a", mm)}, false},
			{"a manager elsewhere", false, false, []*ent.Membership{in("org_b", mm), in("org_a")}, []*ent.Membership{in("org_a")}, false},
			{"a stranger", false, false, nil, []*ent.Membership{in("org_a")}, false},
		} {
			if got := MaySeeAccountState(tc.self, tc.admin, tc.mine, tc.theirs); got != tc.want {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			}
			if !tc.self && !tc.admin && tc.want && !ManagesMembersSomewhere(tc.mine) {
				t.Errorf("%s: visible, but ManagesMembersSomewhere says the memberships need not be read", tc.name)
			}
		}
	})
}
