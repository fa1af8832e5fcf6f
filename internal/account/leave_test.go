package account

import (
	"maps"
	"slices"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/rights"
)

func TestTheLastManagerOfAnOrganisationWithMembersCannotLeave(t *testing.T) {
	type rs = []rights.Right
	mm, vo := rights.ManageMembers, rights.ViewOrders
	tests := []struct {
		name  string
		seats []Seat
		want  []string
	}{
		{"no organisations", nil, nil},
		{"a plain member leaves", []Seat{{"org_a", rs{vo}, []rs{{vo}}}}, nil},
		{"the last manager, other members stay", []Seat{{"org_a", rs{mm, vo}, []rs{{vo}, {}}}}, []string{"org_a"}},
		{"another manager remains", []Seat{{"org_a", rs{mm}, []rs{{vo}, {mm, vo}}}}, nil},
		{"alone in the organisation", []Seat{{"org_a", rs{mm}, nil}}, nil},
		{"one of two organisations is stranded", []Seat{
			{"org_a", rs{mm}, []rs{{mm}}},
			{"org_b", rs{mm}, []rs{{vo}}},
		}, []string{"org_b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Stranded(tt.seats); !slices.Equal(got, tt.want) {
				t.Errorf("Stranded = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestScrubDetailsForgetsOnlyTheLeavingPersonsNames(t *testing.T) {
	keys := []string{EmailKey("Bo@Example.com"), EmailKey("bo@old.example")}
	tests := []struct {
		name    string
		in      map[string]string
		want    map[string]string
		changed bool
	}{
		{"their address, in another case", map[string]string{"email": "BO@example.com", "invitation_id": "inv_1"}, map[string]string{"email": Scrubbed, "invitation_id": "inv_1"}, true},
		{"an email change", map[string]string{"old_email": "bo@old.example", "new_email": "bo@example.com"}, map[string]string{"old_email": Scrubbed, "new_email": Scrubbed}, true},
		{"an address they asked for and never confirmed", map[string]string{"new_email": "typo@example.org"}, map[string]string{"new_email": Scrubbed}, true},
		{"someone they invited stays", map[string]string{"email": "cy@example.com", "rights": "VIEW_ORDERS"}, map[string]string{"email": "cy@example.com", "rights": "VIEW_ORDERS"}, false},
		{"their username and name", map[string]string{"username": "bo", "name": "Bo Ek", "role": "USER"}, map[string]string{"username": Scrubbed, "name": Scrubbed, "role": "USER"}, true},
		{"a reset's mail kind is not an address", map[string]string{"email": "RESET_LINK", "method": "LINK"}, map[string]string{"email": "RESET_LINK", "method": "LINK"}, false},
		{"already scrubbed", map[string]string{"old_email": Scrubbed}, map[string]string{"old_email": Scrubbed}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, changed := ScrubDetails(tt.in, keys, "bo", "Bo Ek")
			if !maps.Equal(got, tt.want) || changed != tt.changed {
				t.Errorf("ScrubDetails = %v, %v; want %v, %v", got, changed, tt.want, tt.changed)
			}
		})
	}
}

func TestAnExportedEventHoldsNoOtherPersonsDetails(t *testing.T) {
	const me = "usr_me"
	tests := []struct {
		name string
		in   ent.AuditEvent
		want ExportEvent
	}{
		{"my own sign-in keeps my address", ent.AuditEvent{ID: "evt_1", Type: audit.SignInSucceeded, ActorID: me, SubjectID: me, IP: "192.0.2.1", UserAgent: "Firefox"},
			ExportEvent{ID: "evt_1", Type: audit.SignInSucceeded, By: "self", ActorID: me, IP: "192.0.2.1", UserAgent: "Firefox"}},
		{"an admin's lock leaves out the admin's address", ent.AuditEvent{ID: "evt_2", Type: audit.AccountLocked, ActorID: "usr_admin", SubjectID: me, IP: "198.51.100.7", UserAgent: "Admin's browser", Details: map[string]string{"by": "admin"}},
			ExportEvent{ID: "evt_2", Type: audit.AccountLocked, By: "other", ActorID: "usr_admin", Details: map[string]string{"by": "admin"}}},
		{"a failed sign-in at my login keeps where it came from", ent.AuditEvent{ID: "evt_3", Type: audit.SignInFailed, SubjectID: me, IP: "203.0.113.9", Details: map[string]string{"reason": "wrong_password"}},
			ExportEvent{ID: "evt_3", Type: audit.SignInFailed, By: "nobody", IP: "203.0.113.9", Details: map[string]string{"reason": "wrong_password"}}},
		{"whom I invited is left out", ent.AuditEvent{ID: "evt_4", Type: audit.MemberInvited, ActorID: me, SubjectID: "org_1", Details: map[string]string{"email": "cy@example.com", "rights": "VIEW_ORDERS"}},
			ExportEvent{ID: "evt_4", Type: audit.MemberInvited, By: "self", ActorID: me, Details: map[string]string{"rights": "VIEW_ORDERS"}}},
		{"the member I removed is left out", ent.AuditEvent{ID: "evt_5", Type: audit.MemberRemoved, ActorID: me, SubjectID: "org_1", Details: map[string]string{"user_id": "usr_cy", "membership_id": "mem_1"}},
			ExportEvent{ID: "evt_5", Type: audit.MemberRemoved, By: "self", ActorID: me, Details: map[string]string{"membership_id": "mem_1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ExportEventOf(&tt.in, me)
			if got.ID != tt.want.ID || got.By != tt.want.By || got.ActorID != tt.want.ActorID || got.IP != tt.want.IP || got.UserAgent != tt.want.UserAgent || !maps.Equal(got.Details, tt.want.Details) {
				t.Errorf("ExportEventOf = %+v, want %+v", got, tt.want)
			}
		})
	}
}
