// Package audit writes the audit log: who did what to whom, from where.
package audit

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/schema/prefixid"
	"github.com/latchkey/latchkey/internal/clientinfo"
)

// Event types. They are stable: admins filter the log by them.
const (
	SignInSucceeded = "SIGN_IN_SUCCEEDED"
	// PasswordVerified: the right password for an account with a second
	// factor. Not a sign-in: SIGN_IN_SUCCEEDED follows only once the
	// second factor is verified (details: method).
	PasswordVerified = "PASSWORD_VERIFIED"
	SignInFailed     = "SIGN_IN_FAILED"
	SignedOut        = "SIGNED_OUT"
	UserCreated      = "USER_CREATED"

	AccountLocked         = "ACCOUNT_LOCKED"
	AccountUnlocked       = "ACCOUNT_UNLOCKED"
	PasswordChanged       = "PASSWORD_CHANGED"
	PasswordResetAsked    = "PASSWORD_RESET_REQUESTED"
	PasswordResetThrottle = "PASSWORD_RESET_THROTTLED"
	PasswordReset         = "PASSWORD_RESET"
	TemporaryPasswordUsed = "TEMPORARY_PASSWORD_USED"
	// PasswordHashUpgraded: an imported account's first sign-in replaced
	// the hash it came with by argon2id (details: from, to; never a hash).
	PasswordHashUpgraded = "PASSWORD_HASH_UPGRADED"
	UsersImported        = "USERS_IMPORTED"
	UsernameReminderSent = "USERNAME_REMINDER_SENT"
	EmailChangeRequested = "EMAIL_CHANGE_REQUESTED"
	EmailChanged         = "EMAIL_CHANGED"
	EmailVerified        = "EMAIL_VERIFIED"
	SignedUp             = "SIGNED_UP"
	SettingsUpdated      = "SECURITY_SETTINGS_UPDATED"
	RateLimited          = "RATE_LIMITED"

	UserUpdated         = "USER_UPDATED"
	UserDeleted         = "USER_DELETED"
	AdminResetPassword  = "ADMIN_RESET_PASSWORD"
	ForcedSignIn        = "FORCED_SIGN_IN"
	SessionRevoked      = "SESSION_REVOKED"
	SignedOutEverywhere = "SIGNED_OUT_EVERYWHERE"
	AccessTokenCreated  = "ACCESS_TOKEN_CREATED"
	AccessTokenRevoked  = "ACCESS_TOKEN_REVOKED"
	OrganizationCreated = "ORGANIZATION_CREATED"
	OrganizationUpdated = "ORGANIZATION_UPDATED"
	MemberInvited       = "MEMBER_INVITED"
	InvitationAccepted  = "INVITATION_ACCEPTED"
	InvitationRevoked   = "INVITATION_REVOKED"
	MemberUpdated       = "MEMBER_UPDATED"
	MemberRemoved       = "MEMBER_REMOVED"

	// Second factors (internal/secondfactor). Details name the kind
	// (TOTP, PASSKEY) and the factor's ID, never a secret.
	SecondFactorAdded        = "SECOND_FACTOR_ADDED"
	SecondFactorRemoved      = "SECOND_FACTOR_REMOVED"
	SecondFactorFailed       = "SECOND_FACTOR_FAILED"
	SecondFactorLocked       = "SECOND_FACTOR_LOCKED"
	RecoveryCodeUsed         = "RECOVERY_CODE_USED"
	RecoveryCodesRegenerated = "RECOVERY_CODES_REGENERATED"
	SecondFactorsReset       = "SECOND_FACTORS_RESET"
	// PasskeyRenamed: a passkey got a new name (details: kind PASSKEY,
	// second_factor_id, name). Passkeys added and removed are
	// SecondFactorAdded and SecondFactorRemoved with kind PASSKEY.
	PasskeyRenamed = "PASSKEY_RENAMED"
)

// Event is one entry to record.
type Event struct {
	Type      string
	ActorID   string
	SubjectID string
	Details   map[string]string
	// WithoutClient records no client address or user agent: for the
	// deletion of one's own account, whose trail keeps no detail of them.
	WithoutClient bool
}

// Record writes e with the client of ctx. Pass a transactional client to
// write it in the same transaction as the change it describes.
func Record(ctx context.Context, c *ent.Client, e Event) error {
	info := clientOf(ctx, e)
	q := c.AuditEvent.Create().
		SetType(e.Type).
		SetIP(info.IP).
		SetUserAgent(info.UserAgent)
	if e.ActorID != "" {
		q.SetActorID(e.ActorID)
	}
	if e.SubjectID != "" {
		q.SetSubjectID(e.SubjectID)
	}
	if len(e.Details) > 0 {
		q.SetDetails(e.Details)
	}
	if err := q.Exec(ctx); err != nil {
		return fmt.Errorf("audit: record %s: %w", e.Type, err)
	}
	// The webhook events of the change, in the same transaction (outbox).
	return writeWebhookEvents(ctx, c, e)
}

// clientOf is the client Record writes for e: the address and user agent
// of ctx, this one cut to what the column holds.
func clientOf(ctx context.Context, e Event) clientinfo.Info {
	if e.WithoutClient {
		return clientinfo.Info{}
	}
	info := clientinfo.From(ctx)
	info.UserAgent = truncate(info.UserAgent, 512)
	return info
}

// Row is the audit_events row that Record writes for an event, for a
// caller that writes it within a statement of its own (a passkey sign-in
// on PostgreSQL: its writes are one statement, one round trip). ActorID
// and SubjectID are nil for none, Details is JSON (nil for none).
type Row struct {
	ID, Type, IP, UserAgent string
	ActorID, SubjectID      *string
	Details                 []byte
	CreatedAt               time.Time
}

// RowOf is e as Record would write it in ctx. ok is false when Record
// writes more than the row (an event with webhook events) or would refuse
// it (a value beyond what Ent's validators allow, such as an address of
// more than 64 characters): such an event must go through Record.
func RowOf(ctx context.Context, e Event) (r Row, ok bool) {
	if len(webhookEvents(e)) > 0 {
		return Row{}, false
	}
	info := clientOf(ctx, e)
	r = Row{ID: prefixid.New("evt"), Type: e.Type, IP: info.IP, UserAgent: info.UserAgent, CreatedAt: time.Now()}
	if auditevent.IDValidator(r.ID) != nil || auditevent.TypeValidator(r.Type) != nil ||
		auditevent.IPValidator(r.IP) != nil || auditevent.UserAgentValidator(r.UserAgent) != nil {
		return Row{}, false
	}
	if e.ActorID != "" {
		r.ActorID = &e.ActorID
	}
	if e.SubjectID != "" {
		r.SubjectID = &e.SubjectID
	}
	if len(e.Details) > 0 {
		d, err := json.Marshal(e.Details)
		if err != nil {
			return Row{}, false
		}
		r.Details = d
	}
	return r, true
}

// Activity is a page of userID's part of the log, newest first: what they
// did and what was done to them (a profile's activity; first after after).
func Activity(ctx context.Context, c *ent.Client, userID string, first *int, after *ent.Cursor) (*ent.AuditEventConnection, error) {
	return c.AuditEvent.Query().
		Where(auditevent.Or(auditevent.ActorID(userID), auditevent.SubjectID(userID))).
		Paginate(ctx, after, first, nil, nil, ent.WithAuditEventOrder(&ent.AuditEventOrder{Field: ent.AuditEventOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}))
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n]
}
