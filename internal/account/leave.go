package account

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/settings"
)

// The right to leave: a person deletes their own account (DeleteMe).
//
// What goes and what stays, decided once here:
//   - the account row, its sessions, access tokens, reset and other
//     emailed links, and its memberships: deleted, in one transaction, so
//     that every instance refuses them at its next request (they all live
//     in the database);
//   - invitations the person sent that are still pending: revoked (as when
//     an admin deletes an account); accepted invitations addressed to the
//     person: deleted (they hold the address); pending invitations to the
//     address stay, they are the organisation's;
//   - emails to the person's addresses (the current one, those it
//     replaced and those they asked to move to, unless another account
//     has it now), pending or sent: deleted from the outbox, so nothing more
//     is sent to them and their address is not kept there. No farewell
//     email is written: it would keep the address in the outbox;
//   - the audit trail: every event stays with its actor and subject IDs
//     (the admin audit views show an unknown ID as a deleted account),
//     but without the person's details: the client address and user agent
//     of what they did (and of the anonymous tries at their account), and
//     any detail value that is one of their addresses, their username or
//     their name, become empty or Scrubbed. The deletion itself is
//     recorded (USER_DELETED, by: self) without an address.
//
// It is refused, changing nothing, for the last admin (ErrLastAdmin) and
// for the last member holding MANAGE_MEMBERS of an organisation that has
// other members (a *StrandedError naming the organisations): they are told
// what to do first.

// Scrubbed replaces a person's details in the audit trail after they
// deleted their account.
const Scrubbed = "[deleted]"

// Proof is what a person shows, in the request itself, that they are the
// account's owner and not someone riding a stolen session: a recent
// authentication. Today that is the current password; a second factor
// (a one-time code, a passkey assertion) will be a field beside it, which
// reauthenticate then requires of accounts that have one.
type Proof struct {
	// Password is the account's current password.
	Password string
}

// reauthenticate checks p for u. A wrong password counts as a failed
// sign-in (the lockout and the per-address limit apply, see
// checkCurrentPassword).
func (s *Service) reauthenticate(ctx context.Context, st *ent.SecuritySettings, u *ent.User, p Proof) error {
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	return s.checkCurrentPassword(ctx, st, u, p.Password)
}

// StrandedError refuses a deletion that would leave organisations with
// members none of whom may manage members.
type StrandedError struct {
	Organizations []*ent.Organization
}

func (e *StrandedError) Error() string {
	names := make([]string, len(e.Organizations))
	for i, o := range e.Organizations {
		names[i] = o.Name
	}
	return "account: the last member who may manage members of " + strings.Join(names, ", ")
}

// Seat is a person's place in an organisation, for the leaving rule: the
// rights they hold, and those of each other member.
type Seat struct {
	OrganizationID string
	Mine           []rights.Right
	Others         [][]rights.Right
}

// Stranded lists the organisations a person may not leave yet: where they
// hold MANAGE_MEMBERS, other members remain, and none of those holds it.
// An organisation they are alone in may be left (it stays, empty, for the
// admins).
func Stranded(seats []Seat) []string {
	var out []string
	for _, s := range seats {
		if !slices.Contains(s.Mine, rights.ManageMembers) || len(s.Others) == 0 {
			continue
		}
		if !slices.ContainsFunc(s.Others, func(rs []rights.Right) bool { return slices.Contains(rs, rights.ManageMembers) }) {
			out = append(out, s.OrganizationID)
		}
	}
	return out
}

// ScrubDetails returns an audit event's details without the leaving
// person's: a value that is one of their addresses (any case), their
// username or their name becomes Scrubbed, and so does every address the
// person typed for themselves (old_email, new_email). ok is false when
// nothing changed.
func ScrubDetails(details map[string]string, addressKeys []string, username, name string) (map[string]string, bool) {
	out := make(map[string]string, len(details))
	changed := false
	for k, v := range details {
		personal := k == "old_email" || k == "new_email" ||
			(strings.Contains(v, "@") && slices.Contains(addressKeys, EmailKey(v))) ||
			(v != "" && (v == username || (name != "" && v == name)))
		if personal && v != Scrubbed {
			v, changed = Scrubbed, true
		}
		out[k] = v
	}
	return out, changed
}

// Departure is what a deletion ended.
type Departure struct {
	Sessions, Tokens, Memberships int
}

// DeleteMe deletes u's own account after checking proof (see the top of
// this file for what goes and what stays). The password is checked before
// the transaction (no write transaction waits on argon2); everything else,
// the checks that refuse included, happens in one transaction, so a
// refusal or a failure changes nothing and two deletions at once delete
// once (the second gets ErrNotFound).
func (s *Service) DeleteMe(ctx context.Context, u *ent.User, proof Proof) (*Departure, error) {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	if err := s.reauthenticate(ctx, st, u, proof); err != nil {
		return nil, err
	}
	dep := &Departure{}
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		// An admin's check comes first: it locks every admin row, this
		// one included, in ID order (on PostgreSQL), so that two admins
		// leaving at once wait for each other instead of each holding
		// their own row while waiting for the other's (a deadlock).
		checkedAdmin := u.Role == user.RoleADMIN
		if checkedAdmin {
			if err := s.ensureAnotherAdmin(ctx, tx, u.ID); err != nil {
				return err
			}
		}
		q := tx.User.Query().Where(user.ID(u.ID))
		if s.Dialect == dialect.Postgres {
			q = q.ForUpdate()
		}
		fresh, err := q.Only(ctx)
		if ent.IsNotFound(err) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		if fresh.PasswordHash != u.PasswordHash {
			// The password changed while it was being checked.
			return ErrInvalidCredentials
		}
		u = fresh
		if u.Role == user.RoleADMIN && !checkedAdmin { // made an admin meanwhile
			if err := s.ensureAnotherAdmin(ctx, tx, u.ID); err != nil {
				return err
			}
		}
		if err := s.ensureNotStranding(ctx, tx, u.ID); err != nil {
			return err
		}
		addresses, err := s.addressesOf(ctx, tx, u)
		if err != nil {
			return err
		}
		keys := make([]string, len(addresses))
		for i, a := range addresses {
			keys[i] = EmailKey(a)
		}
		if dep.Sessions, err = tx.Session.Delete().Where(session.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if dep.Tokens, err = tx.AccessToken.Delete().Where(accesstoken.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.ResetToken.Delete().Where(resettoken.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if dep.Memberships, err = tx.Membership.Delete().Where(membership.UserID(u.ID)).Exec(ctx); err != nil {
			return err
		}
		if err := tx.Invitation.Update().
			Where(invitation.InvitedByID(u.ID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
			SetRevokedAt(s.Now.Now()).Exec(ctx); err != nil {
			return err
		}
		// The exact spellings the invitations to the person used, for the
		// audit events that name them.
		invited, err := tx.Invitation.Query().Where(invitation.EmailKeyIn(keys...)).Select(invitation.FieldEmail).Strings(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.Invitation.Delete().Where(invitation.EmailKeyIn(keys...), invitation.AcceptedAtNotNil()).Exec(ctx); err != nil {
			return err
		}
		toThem := make([]predicate.OutboxMessage, len(addresses))
		for i, a := range addresses {
			toThem[i] = outboxmessage.ToAddressEqualFold(a)
		}
		if _, err := tx.OutboxMessage.Delete().Where(outboxmessage.Or(toThem...)).Exec(ctx); err != nil {
			return err
		}
		if err := s.scrubAudit(ctx, tx, u, keys, invited); err != nil {
			return err
		}
		if err := tx.User.DeleteOneID(u.ID).Exec(ctx); err != nil {
			return fmt.Errorf("account: delete own account: %w", err)
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UserDeleted, ActorID: u.ID, SubjectID: u.ID, WithoutClient: true,
			Details: map[string]string{"by": "self", "sessions": fmt.Sprint(dep.Sessions), "tokens": fmt.Sprint(dep.Tokens), "memberships": fmt.Sprint(dep.Memberships)}})
	})
	if err != nil {
		return nil, err
	}
	s.forgetTries(ctx, u)
	return dep, nil
}

// ensureNotStranding refuses (a *StrandedError) when userID is the last
// member holding MANAGE_MEMBERS of an organisation with other members. On
// PostgreSQL the memberships of those organisations are locked, so that
// two managers leaving at once are checked one after the other.
func (s *Service) ensureNotStranding(ctx context.Context, tx *ent.Client, userID string) error {
	mine, err := tx.Membership.Query().Where(membership.UserID(userID)).All(ctx)
	if err != nil {
		return err
	}
	var orgIDs []string
	for _, m := range mine {
		if slices.Contains(m.Rights, rights.ManageMembers) {
			orgIDs = append(orgIDs, m.OrganizationID)
		}
	}
	if len(orgIDs) == 0 {
		return nil
	}
	q := tx.Membership.Query().Where(membership.OrganizationIDIn(orgIDs...)).Order(membership.ByID())
	if s.Dialect == dialect.Postgres {
		q = q.ForUpdate()
	}
	all, err := q.All(ctx)
	if err != nil {
		return err
	}
	seats := map[string]*Seat{}
	for _, id := range orgIDs {
		seats[id] = &Seat{OrganizationID: id}
	}
	for _, m := range all {
		seat := seats[m.OrganizationID]
		if m.UserID == userID {
			seat.Mine = m.Rights
		} else {
			seat.Others = append(seat.Others, m.Rights)
		}
	}
	list := make([]Seat, 0, len(orgIDs))
	for _, id := range orgIDs {
		list = append(list, *seats[id])
	}
	stranded := Stranded(list)
	if len(stranded) == 0 {
		return nil
	}
	orgs, err := tx.Organization.Query().Where(organization.IDIn(stranded...)).Order(organization.ByName(), organization.ByID()).All(ctx)
	if err != nil {
		return err
	}
	return &StrandedError{Organizations: orgs}
}

// addressesOf is u's current address, the ones it replaced (from the
// EMAIL_CHANGED events) and those u asked to move to (EMAIL_CHANGE_REQUESTED),
// leaving out any that is another account's now.
func (s *Service) addressesOf(ctx context.Context, tx *ent.Client, u *ent.User) ([]string, error) {
	out := []string{u.Email}
	changes, err := tx.AuditEvent.Query().
		Where(auditevent.SubjectID(u.ID), auditevent.TypeIn(audit.EmailChanged, audit.EmailChangeRequested)).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, e := range changes {
		for _, a := range []string{e.Details["old_email"], e.Details["new_email"]} {
			if a == "" || a == Scrubbed || slices.ContainsFunc(out, func(b string) bool { return EmailKey(a) == EmailKey(b) }) {
				continue
			}
			taken, err := tx.User.Query().Where(user.EmailKey(EmailKey(a)), user.IDNEQ(u.ID)).Exist(ctx)
			if err != nil {
				return nil, err
			}
			if !taken {
				out = append(out, a)
			}
		}
	}
	return out, nil
}

// detailTypes are the audit event types whose details may name a person.
var detailTypes = []string{audit.EmailChanged, audit.EmailChangeRequested, audit.MemberInvited, audit.UserDeleted, audit.UserCreated, audit.UserUpdated}

// scrubAudit takes u's details out of the audit trail (see the top of this
// file): the client of what u did and of anonymous tries at u, and detail
// values that name u. The events themselves, their types, times and IDs
// stay.
func (s *Service) scrubAudit(ctx context.Context, tx *ent.Client, u *ent.User, keys, invited []string) error {
	if err := tx.AuditEvent.Update().
		Where(auditevent.Or(
			auditevent.ActorID(u.ID),
			auditevent.And(auditevent.SubjectID(u.ID), auditevent.Or(auditevent.ActorIDIsNil(), auditevent.ActorID(""))),
		)).
		SetIP("").SetUserAgent("").Exec(ctx); err != nil {
		return fmt.Errorf("account: forget the client in the audit trail: %w", err)
	}
	// Invitations to the person are events of the organisation: found by
	// the address they name.
	naming := []predicate.AuditEvent{auditevent.ActorID(u.ID), auditevent.SubjectID(u.ID)}
	for _, a := range invited {
		naming = append(naming, auditevent.And(auditevent.Type(audit.MemberInvited), detailIs("email", a)))
	}
	evs, err := tx.AuditEvent.Query().
		Where(auditevent.TypeIn(detailTypes...), auditevent.DetailsNotNil(), auditevent.Or(naming...)).All(ctx)
	if err != nil {
		return err
	}
	for _, e := range evs {
		// Whom the person invited stays (the organisation's record): only
		// values that name the person themselves go.
		d, changed := ScrubDetails(e.Details, keys, u.Username, u.Name)
		if !changed {
			continue
		}
		if err := tx.AuditEvent.UpdateOneID(e.ID).SetDetails(d).Exec(ctx); err != nil {
			return err
		}
	}
	return nil
}

// detailIs matches audit events whose details hold v at key.
func detailIs(key, v string) predicate.AuditEvent {
	return predicate.AuditEvent(func(s *sql.Selector) {
		s.Where(sqljson.ValueEQ(auditevent.FieldDetails, v, sqljson.Path(key)))
	})
}
