package account

import (
	"context"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/invitation"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/passkey"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/rights"
)

// ExportFormat names the layout of a personal data export; it changes
// only when a field changes meaning or goes.
const ExportFormat = "latchkey-personal-data/1"

// ExportMaxEvents is how many audit events an export holds at most, the
// newest: the export is bounded (graph/complexity.go costs it at this
// size). Activity.Total says how many there are.
const ExportMaxEvents = 5000

// ExportsPerHour is how many exports one account may make in an hour.
const ExportsPerHour = 10

func exportHourKey(id string) string { return "export:hour:" + id }

// PersonalData is everything Latchkey holds about a person, as they may
// download it. It never holds a password hash, a token, a token's hash or
// a sealed secret, nor another person's details.
type PersonalData struct {
	Format       string              `json:"format"`
	ExportedAt   time.Time           `json:"exportedAt"`
	Profile      ExportProfile       `json:"profile"`
	Memberships  []ExportMembership  `json:"memberships"`
	Invitations  []ExportInvitation  `json:"invitations"`
	Sessions     []ExportSession     `json:"sessions"`
	AccessTokens []ExportAccessToken `json:"accessTokens"`
	Passkeys     []ExportPasskey     `json:"passkeys"`
	Activity     ExportActivity      `json:"activity"`
	Explanation  map[string]string   `json:"explanation"`
}

// ExportProfile is the account itself.
type ExportProfile struct {
	ID                 string     `json:"id"`
	Email              string     `json:"email"`
	Username           string     `json:"username"`
	Name               string     `json:"name"`
	Role               string     `json:"role"`
	Locale             string     `json:"locale"`
	CreatedAt          time.Time  `json:"createdAt"`
	LastSignInAt       *time.Time `json:"lastSignInAt"`
	PasswordChangedAt  *time.Time `json:"passwordChangedAt"`
	MustChangePassword bool       `json:"mustChangePassword"`
	EmailVerifiedAt    *time.Time `json:"emailVerifiedAt"`
	LockedAt           *time.Time `json:"lockedAt"`
	HasPassword        bool       `json:"hasPassword"`
}

// ExportMembership is one organisation the person belongs to.
type ExportMembership struct {
	ID               string         `json:"id"`
	OrganizationID   string         `json:"organizationId"`
	OrganizationName string         `json:"organizationName"`
	Rights           []rights.Right `json:"rights"`
	CreatedAt        time.Time      `json:"createdAt"`
}

// ExportInvitation is an invitation sent to the person's address.
type ExportInvitation struct {
	ID               string         `json:"id"`
	OrganizationID   string         `json:"organizationId"`
	OrganizationName string         `json:"organizationName"`
	Email            string         `json:"email"`
	Rights           []rights.Right `json:"rights"`
	CreatedAt        time.Time      `json:"createdAt"`
	ExpiresAt        time.Time      `json:"expiresAt"`
	AcceptedAt       *time.Time     `json:"acceptedAt"`
	RevokedAt        *time.Time     `json:"revokedAt"`
}

// ExportSession is a live browser session (never its token).
type ExportSession struct {
	ID         string    `json:"id"`
	CreatedAt  time.Time `json:"createdAt"`
	LastSeenAt time.Time `json:"lastSeenAt"`
	ExpiresAt  time.Time `json:"expiresAt"`
	IP         string    `json:"ip"`
	UserAgent  string    `json:"userAgent"`
	Current    bool      `json:"current"`
}

// ExportAccessToken is an access token's metadata (never the token).
type ExportAccessToken struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"createdAt"`
	LastUsedAt *time.Time `json:"lastUsedAt"`
	ExpiresAt  *time.Time `json:"expiresAt"`
}

// ExportPasskey is a passkey's metadata (the private key never left the
// person's authenticator).
type ExportPasskey struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	CreatedAt  time.Time  `json:"createdAt"`
	LastUsedAt *time.Time `json:"lastUsedAt"`
	BackedUp   bool       `json:"backedUp"`
}

// ExportActivity is the person's audit trail, newest first.
type ExportActivity struct {
	Total     int           `json:"total"`
	Truncated bool          `json:"truncated"`
	Events    []ExportEvent `json:"events"`
}

// ExportEvent is one audit event about or by the person. By says who did
// it: "self", "other" (an admin or a fellow member: their client address
// and user agent are theirs, so left out) or "nobody" (an anonymous try,
// such as a failed sign-in with the person's login).
type ExportEvent struct {
	ID        string            `json:"id"`
	Type      string            `json:"type"`
	CreatedAt time.Time         `json:"createdAt"`
	By        string            `json:"by"`
	ActorID   string            `json:"actorId,omitempty"`
	IP        string            `json:"ip,omitempty"`
	UserAgent string            `json:"userAgent,omitempty"`
	Details   map[string]string `json:"details,omitempty"`
}

// othersDetails are the detail keys that name someone else in the events
// the person's trail holds: whom they invited, the member they changed.
var othersDetails = map[string][]string{
	audit.MemberInvited: {"email"},
	audit.MemberUpdated: {"user_id"},
	audit.MemberRemoved: {"user_id"},
}

// ExportEventOf is e as the person selfID sees it in their export: another
// person's client and the details that name another person left out.
func ExportEventOf(e *ent.AuditEvent, selfID string) ExportEvent {
	out := ExportEvent{ID: e.ID, Type: e.Type, CreatedAt: e.CreatedAt, ActorID: e.ActorID}
	switch e.ActorID {
	case selfID:
		out.By, out.IP, out.UserAgent = "self", e.IP, e.UserAgent
	case "":
		out.By, out.IP, out.UserAgent = "nobody", e.IP, e.UserAgent
	default:
		out.By = "other"
	}
	for k, v := range e.Details {
		if slices.Contains(othersDetails[e.Type], k) && v != selfID {
			continue
		}
		if out.Details == nil {
			out.Details = map[string]string{}
		}
		out.Details[k] = v
	}
	return out
}

// ExportData gathers everything Latchkey holds about u (PersonalData).
// currentSession is the hash of the session the request came with ("" for
// a bearer request). ExportsPerHour a person may make; beyond it
// ErrRateLimited.
func (s *Service) ExportData(ctx context.Context, u *ent.User, currentSession string) (*PersonalData, error) {
	if s.Limits != nil {
		if err := s.Limits.Allow(ctx, exportHourKey(u.ID), ExportsPerHour, time.Hour); err != nil {
			return nil, err
		}
	}
	now := s.Now.Now()
	out := &PersonalData{
		Format: ExportFormat, ExportedAt: now,
		Profile: ExportProfile{
			ID: u.ID, Email: u.Email, Username: u.Username, Name: u.Name, Role: string(u.Role), Locale: u.Locale,
			CreatedAt: u.CreatedAt, LastSignInAt: u.LastSignInAt, PasswordChangedAt: u.PasswordChangedAt,
			MustChangePassword: u.MustChangePassword, EmailVerifiedAt: u.EmailVerifiedAt, LockedAt: u.LockedAt,
			HasPassword: u.PasswordHash != "",
		},
		Memberships: []ExportMembership{}, Invitations: []ExportInvitation{}, Sessions: []ExportSession{}, AccessTokens: []ExportAccessToken{}, Passkeys: []ExportPasskey{},
		Explanation: map[string]string{
			"memberships":  "The organisations you belong to and your rights in each.",
			"invitations":  "Invitations sent to your email address.",
			"sessions":     "Your live browser sessions, with the address and browser each was last used from. The session keys themselves are never exported.",
			"accessTokens": "Your access tokens for integrations: names and dates only. The tokens themselves are never stored readable, nor exported.",
			"passkeys":     "Your passkeys: names and dates. Their private keys stay on your devices; Latchkey holds only public keys, which are not exported.",
			"activity":     "Your audit trail, newest first: what you did and what was done to your account. by: self (you), other (an administrator or a fellow member, whose address is theirs and left out), nobody (a try without an account, such as a failed sign-in with your login).",
		},
	}
	ms, err := s.Client.Membership.Query().Where(membership.UserID(u.ID)).WithOrganization().Order(membership.ByCreatedAt(), membership.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		em := ExportMembership{ID: m.ID, OrganizationID: m.OrganizationID, Rights: m.Rights, CreatedAt: m.CreatedAt}
		if m.Edges.Organization != nil {
			em.OrganizationName = m.Edges.Organization.Name
		}
		out.Memberships = append(out.Memberships, em)
	}
	invs, err := s.Client.Invitation.Query().Where(invitation.EmailKey(EmailKey(u.Email))).WithOrganization().Order(invitation.ByCreatedAt(), invitation.ByID()).Limit(1000).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, inv := range invs {
		ei := ExportInvitation{ID: inv.ID, OrganizationID: inv.OrganizationID, Email: inv.Email, Rights: inv.Rights,
			CreatedAt: inv.CreatedAt, ExpiresAt: inv.ExpiresAt, AcceptedAt: inv.AcceptedAt, RevokedAt: inv.RevokedAt}
		if inv.Edges.Organization != nil {
			ei.OrganizationName = inv.Edges.Organization.Name
		}
		out.Invitations = append(out.Invitations, ei)
	}
	sessions, err := s.Client.Session.Query().Where(session.UserID(u.ID), session.ExpiresAtGT(now)).Order(session.ByLastSeenAt(), session.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, se := range sessions {
		out.Sessions = append(out.Sessions, ExportSession{ID: se.ID, CreatedAt: se.CreatedAt, LastSeenAt: se.LastSeenAt, ExpiresAt: se.ExpiresAt,
			IP: se.IP, UserAgent: se.UserAgent, Current: currentSession != "" && se.TokenHash == currentSession})
	}
	tokens, err := s.Client.AccessToken.Query().Where(accesstoken.UserID(u.ID)).Order(accesstoken.ByCreatedAt(), accesstoken.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range tokens {
		out.AccessTokens = append(out.AccessTokens, ExportAccessToken{ID: t.ID, Name: t.Name, CreatedAt: t.CreatedAt, LastUsedAt: t.LastUsedAt, ExpiresAt: t.ExpiresAt})
	}
	pks, err := s.Client.Passkey.Query().Where(passkey.UserID(u.ID)).Order(passkey.ByCreatedAt(), passkey.ByID()).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range pks {
		out.Passkeys = append(out.Passkeys, ExportPasskey{ID: p.ID, Name: p.Name, CreatedAt: p.CreatedAt, LastUsedAt: p.LastUsedAt, BackedUp: p.BackupState})
	}
	mine := auditevent.Or(auditevent.ActorID(u.ID), auditevent.SubjectID(u.ID))
	if out.Activity.Total, err = s.Client.AuditEvent.Query().Where(mine).Count(ctx); err != nil {
		return nil, err
	}
	evs, err := s.Client.AuditEvent.Query().Where(mine).
		Order(auditevent.ByCreatedAt(sql.OrderDesc()), auditevent.ByID(sql.OrderDesc())).Limit(ExportMaxEvents).All(ctx)
	if err != nil {
		return nil, err
	}
	out.Activity.Truncated = out.Activity.Total > len(evs)
	out.Activity.Events = make([]ExportEvent, len(evs))
	for i, e := range evs {
		out.Activity.Events[i] = ExportEventOf(e, u.ID)
	}
	return out, nil
}
