// Package org holds the rules of organisations (seed 004's accounts and
// establishments): members with rights, and invitations by email that start
// a membership only when accepted.
package org

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/text"
)

// Errors callers branch on.
var (
	ErrForbidden     = errors.New("org: not allowed")
	ErrNotFound      = errors.New("org: not found")
	ErrInvalidName   = errors.New("org: give the organisation a name of 1 to 200 characters")
	ErrInvalidRights = errors.New("org: unknown right")
	ErrAlreadyMember = errors.New("org: already a member")
	// ErrInvitationInvalid: no invitation has this token, or it was
	// accepted or revoked, or its inviter may no longer grant it.
	ErrInvitationInvalid = errors.New("org: invitation invalid or already used")
	ErrInvitationExpired = errors.New("org: invitation expired")
	ErrSignInAsInvitee   = errors.New("org: sign in as the invited account to accept")
	ErrWrongAccount      = errors.New("org: this invitation is for another account")
)

// Actor is who asks: a user, and whether they are an admin (admins may do
// anything in any organisation).
type Actor struct {
	User  *ent.User
	Admin bool
}

// Service implements the organisation rules.
type Service struct {
	Client   *ent.Client
	Accounts *account.Service
	Outbox   *mail.Outbox
	Now      clock.Clock
}

// nameRule: the name goes into invitations, sent to addresses not yet
// proven, so it carries no link.
var nameRule = text.NameRule{Max: 200, NoLink: true, Refused: ErrInvalidName}

func checkRights(rs []rights.Right) ([]rights.Right, error) {
	for _, r := range rs {
		if !r.Valid() {
			return nil, ErrInvalidRights
		}
	}
	return rights.Normalize(rs), nil
}

// Create makes an organisation (admins only; the caller checks the role).
func (s *Service) Create(ctx context.Context, a Actor, name string) (*ent.Organization, error) {
	if !a.Admin {
		return nil, ErrForbidden
	}
	name, err := text.Name(name, nameRule)
	if err != nil {
		return nil, err
	}
	var o *ent.Organization
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if o, err = tx.Organization.Create().SetName(name).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.OrganizationCreated, ActorID: a.User.ID, SubjectID: o.ID, Details: map[string]string{"name": name}})
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// Rename changes the name (MANAGE_ORGANIZATION).
func (s *Service) Rename(ctx context.Context, a Actor, id, name string) (*ent.Organization, error) {
	return s.Update(ctx, a, id, name, nil)
}

// Update renames an organisation and, when requireSecondFactor is given,
// sets whether its members must have a second factor (MANAGE_ORGANIZATION,
// or admins), with its audit event.
func (s *Service) Update(ctx context.Context, a Actor, id, name string, requireSecondFactor *bool) (*ent.Organization, error) {
	if err := s.require(ctx, a, id, rights.ManageOrganization); err != nil {
		return nil, err
	}
	name, err := text.Name(name, nameRule)
	if err != nil {
		return nil, err
	}
	details := map[string]string{"name": name}
	if requireSecondFactor != nil {
		details["require_second_factor"] = strconv.FormatBool(*requireSecondFactor)
	}
	var o *ent.Organization
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if o, err = tx.Organization.UpdateOneID(id).SetName(name).SetNillableRequireSecondFactor(requireSecondFactor).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.OrganizationUpdated, ActorID: a.User.ID, SubjectID: o.ID, Details: details})
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// Get returns an organisation the actor may see (admins: all; others: the
// ones they are members of). Others are ErrNotFound, as if absent.
func (s *Service) Get(ctx context.Context, a Actor, id string) (*ent.Organization, error) {
	o, err := s.Client.Organization.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if a.Admin {
		return o, nil
	}
	if _, err := s.membership(ctx, a.User.ID, id); err != nil {
		return nil, ErrNotFound
	}
	return o, nil
}

// List returns every organisation (admins).
func (s *Service) List(ctx context.Context, a Actor) ([]*ent.Organization, error) {
	if !a.Admin {
		return nil, ErrForbidden
	}
	return s.Client.Organization.Query().Order(organization.ByName()).Limit(1000).All(ctx)
}

// Rights returns what the actor may do in organisation id.
func (s *Service) Rights(ctx context.Context, a Actor, id string) ([]rights.Right, error) {
	if a.Admin {
		return RightsIn(true, nil), nil
	}
	m, err := s.membership(ctx, a.User.ID, id)
	if err != nil {
		m = nil
	}
	return RightsIn(false, m), nil
}

func (s *Service) membership(ctx context.Context, userID, orgID string) (*ent.Membership, error) {
	return s.Client.Membership.Query().Where(membership.UserID(userID), membership.OrganizationID(orgID)).Only(ctx)
}

// require checks that the actor holds every right in want in orgID.
// An organisation that does not exist is ErrNotFound; one the actor is
// not a member of is ErrForbidden.
func (s *Service) require(ctx context.Context, a Actor, orgID string, want ...rights.Right) error {
	if exists, err := s.Client.Organization.Query().Where(organization.ID(orgID)).Exist(ctx); err != nil {
		return err
	} else if !exists {
		return ErrNotFound
	}
	if !a.Admin {
		if _, err := s.membership(ctx, a.User.ID, orgID); err != nil {
			return ErrForbidden
		}
	}
	have, err := s.Rights(ctx, a, orgID)
	if err != nil {
		return err
	}
	if !rights.Covers(have, want) {
		return ErrForbidden
	}
	return nil
}

// Invitations lists pending and past invitations (MANAGE_MEMBERS).
func (s *Service) Invitations(ctx context.Context, a Actor, orgID string) ([]*ent.Invitation, error) {
	if err := s.require(ctx, a, orgID, rights.ManageMembers); err != nil {
		return nil, err
	}
	return s.Client.Invitation.Query().Where(invitation.OrganizationID(orgID)).Order(ent.Desc(invitation.FieldCreatedAt)).Limit(500).All(ctx)
}

// Invite emails email a one-time link to join orgID with rs. Inviters need
// MANAGE_MEMBERS and can grant only rights they hold themselves. A new
// invitation to the same address replaces a pending one.
func (s *Service) Invite(ctx context.Context, a Actor, orgID, email string, rs []rights.Right) (*ent.Invitation, error) {
	if err := s.require(ctx, a, orgID, rights.ManageMembers); err != nil {
		return nil, err
	}
	email, err := account.NormalizeEmail(email)
	if err != nil {
		return nil, err
	}
	rs, err = checkRights(rs)
	if err != nil {
		return nil, err
	}
	if have, _ := s.Rights(ctx, a, orgID); !rights.Covers(have, rs) {
		return nil, ErrForbidden
	}
	// Each invitation mails an address of the inviter's choosing: counted
	// per client address and per invited address, so that no one floods it.
	if err := s.Accounts.AllowInvitation(ctx, email); err != nil {
		return nil, err
	}
	key := account.EmailKey(email)
	if existing, err := s.Client.User.Query().Where(user.EmailKey(key)).Only(ctx); err == nil {
		if _, err := s.membership(ctx, existing.ID, orgID); err == nil {
			return nil, ErrAlreadyMember
		}
	}
	o, err := s.Client.Organization.Get(ctx, orgID)
	if err != nil {
		return nil, err
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	lifetime := settings.InvitationLifetime(st)
	locale := a.User.Locale
	token, hash := secret.NewToken("lk_inv_")
	var inv *ent.Invitation
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		now := s.Now.Now()
		if err := tx.Invitation.Update().
			Where(invitation.OrganizationID(orgID), invitation.EmailKey(key), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
			SetRevokedAt(now).Exec(ctx); err != nil {
			return err
		}
		var err error
		inv, err = tx.Invitation.Create().
			SetOrganizationID(orgID).SetEmail(email).SetEmailKey(key).SetRights(rs).
			SetTokenHash(hash).SetInvitedByID(a.User.ID).SetExpiresAt(now.Add(lifetime)).
			Save(ctx)
		if err != nil {
			return err
		}
		if s.Outbox != nil {
			inviter := a.User.Name
			if inviter == "" {
				inviter = a.User.Username
			}
			err = send(mail.Email{To: email, Locale: locale, Kind: mail.KindInvitation,
				Data: mail.Data{Email: email, OrgName: o.Name, Inviter: inviter, Valid: lifetime, Link: s.Outbox.Link("/accept-invitation", token)}})
			if err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.MemberInvited, ActorID: a.User.ID, SubjectID: orgID,
			Details: map[string]string{"email": email, "invitation_id": inv.ID, "rights": joinRights(rs)}})
	})
	if err != nil {
		return nil, err
	}
	return inv, nil
}

// Preview describes an invitation to whoever holds its token, so that the
// acceptance page knows whether to ask for a new password.
type Preview struct {
	Invitation   *ent.Invitation
	Organization *ent.Organization
	HasAccount   bool
}

// PreviewInvitation finds the invitation behind a token.
func (s *Service) PreviewInvitation(ctx context.Context, token string) (*Preview, error) {
	inv, err := s.redeemable(ctx, token)
	if err != nil {
		return nil, err
	}
	has, err := s.Client.User.Query().Where(user.EmailKey(inv.EmailKey)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	return &Preview{Invitation: inv, Organization: inv.Edges.Organization, HasAccount: has}, nil
}

func (s *Service) redeemable(ctx context.Context, token string) (*ent.Invitation, error) {
	if token == "" || len(token) > 200 {
		return nil, ErrInvitationInvalid
	}
	inv, err := s.Client.Invitation.Query().Where(invitation.TokenHash(secret.Hash(token))).WithOrganization().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrInvitationInvalid
	}
	if err != nil {
		return nil, err
	}
	switch InvitationStatus(inv, s.Now.Now()) {
	case StatusAccepted, StatusRevoked:
		return nil, ErrInvitationInvalid
	case StatusExpired:
		return nil, ErrInvitationExpired
	}
	if err := checkInviter(ctx, s.Client, inv); err != nil {
		return nil, err
	}
	return inv, nil
}

// checkInviter refuses an invitation whose inviter could not make it today:
// an account that is gone, or (unless an admin) no longer a member holding
// MANAGE_MEMBERS and every right the invitation grants. Losing them revokes
// the inviter's invitations as it happens; this catches what that missed
// (an admin demoted, a membership changed outside these rules).
func checkInviter(ctx context.Context, c *ent.Client, inv *ent.Invitation) error {
	if inv.InvitedByID == "" {
		return ErrInvitationInvalid
	}
	u, err := c.User.Get(ctx, inv.InvitedByID)
	if ent.IsNotFound(err) {
		return ErrInvitationInvalid
	}
	if err != nil {
		return err
	}
	var have []rights.Right
	member := false
	if m, err := c.Membership.Query().Where(membership.UserID(u.ID), membership.OrganizationID(inv.OrganizationID)).Only(ctx); err == nil {
		have, member = m.Rights, true
	} else if !ent.IsNotFound(err) {
		return err
	}
	if !inviterEntitled(u.Role == user.RoleADMIN, member, have, inv.Rights) {
		return ErrInvitationInvalid
	}
	return nil
}

// NewAccount is what a new person gives when accepting an invitation.
type NewAccount struct {
	Password, Username, Name string
}

// Accept redeems an invitation. If an account has the invited address, the
// caller must be signed in as it (viewer); otherwise a new account is made
// for that address with na. The token is single-use, expires, and is bound
// to the invited address: it never attaches an organisation to, or takes
// over, another account. The inviter must still be entitled to grant what
// the invitation grants. The account, the membership and their audit
// events are written in one transaction. Returns the membership and
// whether an account was created.
func (s *Service) Accept(ctx context.Context, viewer *ent.User, token string, na NewAccount) (*ent.Membership, bool, error) {
	if err := s.Accounts.AllowClient(ctx); err != nil {
		return nil, false, err
	}
	inv, err := s.redeemable(ctx, token)
	if err != nil {
		return nil, false, err
	}
	existing, err := s.Client.User.Query().Where(user.EmailKey(inv.EmailKey)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, false, err
	}
	var u *ent.User
	var nu *account.PreparedUser
	switch {
	case existing != nil && viewer == nil:
		return nil, false, ErrSignInAsInvitee
	case existing != nil && viewer.ID != existing.ID:
		return nil, false, ErrWrongAccount
	case existing != nil:
		u = existing
	case na.Password == "":
		// A new account needs a password: say which rules it must meet.
		st, err := settings.Load(ctx, s.Client)
		if err != nil {
			return nil, false, err
		}
		return nil, false, settings.Policy(st).Check("", password.Personal{})
	default:
		// Checked and hashed before the transaction: a write transaction
		// never waits on argon2.
		nu, err = s.Accounts.PrepareUser(ctx, account.NewUser{Email: inv.Email, Username: na.Username, Name: na.Name, Password: na.Password, Locale: localeOf(viewer)})
		if err != nil {
			return nil, false, err
		}
		// The link reached this address: it is the new person's.
		nu.EmailVerified = true
	}
	var m *ent.Membership
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.Invitation.Update().
			Where(invitation.ID(inv.ID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
			SetAcceptedAt(s.Now.Now()).Save(ctx)
		if err != nil {
			return err
		}
		if n != 1 {
			return ErrInvitationInvalid
		}
		// Again inside the transaction, after the invitation's row is
		// taken: the inviter may have lost their rights since.
		if err := checkInviter(ctx, tx, inv); err != nil {
			return err
		}
		if nu != nil {
			if u, err = s.Accounts.InsertUser(ctx, tx, nu); err != nil {
				return err
			}
		}
		cur, err := tx.Membership.Query().Where(membership.UserID(u.ID), membership.OrganizationID(inv.OrganizationID)).Only(ctx)
		switch {
		case ent.IsNotFound(err):
			m, err = tx.Membership.Create().SetUserID(u.ID).SetOrganizationID(inv.OrganizationID).SetRights(inv.Rights).Save(ctx)
		case err == nil:
			m, err = tx.Membership.UpdateOne(cur).SetRights(rights.Normalize(append(slices.Clone(cur.Rights), inv.Rights...))).Save(ctx)
		}
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.InvitationAccepted, ActorID: u.ID, SubjectID: inv.OrganizationID,
			Details: map[string]string{"invitation_id": inv.ID, "membership_id": m.ID, "new_account": fmt.Sprint(nu != nil)}})
	})
	if err != nil {
		return nil, false, err
	}
	m.Edges.User = u
	return m, nu != nil, nil
}

func localeOf(u *ent.User) string {
	if u == nil {
		return ""
	}
	return u.Locale
}

// UpdateMember changes a member's rights (MANAGE_MEMBERS). The actor must
// hold every right the member has now and every right they are given: a
// lesser member cannot strip a stronger one of the rights they share. The
// member's pending invitations that grant a right they lose are revoked
// with the change.
func (s *Service) UpdateMember(ctx context.Context, a Actor, membershipID string, rs []rights.Right) (*ent.Membership, error) {
	m, err := s.Client.Membership.Get(ctx, membershipID)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := s.require(ctx, a, m.OrganizationID, rights.ManageMembers); err != nil {
		return nil, err
	}
	if rs, err = checkRights(rs); err != nil {
		return nil, err
	}
	have, _ := s.Rights(ctx, a, m.OrganizationID)
	if !maySetRights(have, m.Rights, rs) {
		return nil, ErrForbidden
	}
	lost := lostRights(m.Rights, rs)
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if m, err = tx.Membership.UpdateOne(m).SetRights(rs).Save(ctx); err != nil {
			return err
		}
		if err := s.revokeInvitationsOf(ctx, tx, a, m.OrganizationID, m.UserID, func(inv *ent.Invitation) bool { return voidedBy(inv.Rights, lost) }); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.MemberUpdated, ActorID: a.User.ID, SubjectID: m.OrganizationID,
			Details: map[string]string{"membership_id": m.ID, "user_id": m.UserID, "rights": joinRights(rs)}})
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// RemoveMember ends a membership (MANAGE_MEMBERS, or the member leaving),
// and with it every pending invitation the member made in the organisation.
func (s *Service) RemoveMember(ctx context.Context, a Actor, membershipID string) error {
	m, err := s.Client.Membership.Get(ctx, membershipID)
	if ent.IsNotFound(err) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	if m.UserID != a.User.ID {
		if err := s.require(ctx, a, m.OrganizationID, rights.ManageMembers); err != nil {
			return err
		}
		// Removing someone takes away all their rights: only those who
		// hold every one of them may (as UpdateMember requires).
		if have, _ := s.Rights(ctx, a, m.OrganizationID); !maySetRights(have, m.Rights, nil) {
			return ErrForbidden
		}
	}
	return withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := tx.Membership.DeleteOne(m).Exec(ctx); err != nil {
			return err
		}
		if err := s.revokeInvitationsOf(ctx, tx, a, m.OrganizationID, m.UserID, func(*ent.Invitation) bool { return true }); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.MemberRemoved, ActorID: a.User.ID, SubjectID: m.OrganizationID,
			Details: map[string]string{"membership_id": m.ID, "user_id": m.UserID}})
	})
}

// revokeInvitationsOf revokes the pending invitations inviterID made in
// orgID that void says they can no longer stand behind, each with its audit
// event, in tx.
func (s *Service) revokeInvitationsOf(ctx context.Context, tx *ent.Client, a Actor, orgID, inviterID string, void func(*ent.Invitation) bool) error {
	pending, err := tx.Invitation.Query().
		Where(invitation.OrganizationID(orgID), invitation.InvitedByID(inviterID), invitation.AcceptedAtIsNil(), invitation.RevokedAtIsNil()).
		All(ctx)
	if err != nil {
		return err
	}
	now := s.Now.Now()
	for _, inv := range pending {
		if !void(inv) {
			continue
		}
		if err := tx.Invitation.UpdateOne(inv).SetRevokedAt(now).Exec(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.InvitationRevoked, ActorID: a.User.ID, SubjectID: orgID,
			Details: map[string]string{"invitation_id": inv.ID, "reason": "inviter_lost_rights"}}); err != nil {
			return err
		}
	}
	return nil
}

// RevokeInvitation cancels a pending invitation (MANAGE_MEMBERS).
func (s *Service) RevokeInvitation(ctx context.Context, a Actor, id string) (*ent.Invitation, error) {
	inv, err := s.Client.Invitation.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := s.require(ctx, a, inv.OrganizationID, rights.ManageMembers); err != nil {
		return nil, err
	}
	if inv.AcceptedAt == nil && inv.RevokedAt == nil {
		err = withTx(ctx, s.Client, func(tx *ent.Client) error {
			var err error
			if inv, err = tx.Invitation.UpdateOne(inv).SetRevokedAt(s.Now.Now()).Save(ctx); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Event{Type: audit.InvitationRevoked, ActorID: a.User.ID, SubjectID: inv.OrganizationID, Details: map[string]string{"invitation_id": inv.ID}})
		})
		if err != nil {
			return nil, err
		}
	}
	return inv, nil
}

func joinRights(rs []rights.Right) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = string(r)
	}
	return strings.Join(s, ",")
}

var withTx = database.WithTx
