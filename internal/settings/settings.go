// Package settings reads the single SecuritySettings row, creating it with
// its defaults the first time it is needed.
package settings

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password"
)

const singletonID = "set_singleton"

// Load returns the settings in force.
func Load(ctx context.Context, c *ent.Client) (*ent.SecuritySettings, error) {
	s, err := c.SecuritySettings.Query().Order(securitysettings.ByID()).First(ctx)
	if ent.IsNotFound(err) {
		// A fixed ID makes the row a singleton: when several callers
		// create it at once, the losers hit the primary key and re-read.
		s, err = c.SecuritySettings.Create().SetID(singletonID).Save(ctx)
		if ent.IsConstraintError(err) {
			return Load(ctx, c)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("settings: load: %w", err)
	}
	return s, nil
}

// Policy returns the password policy the settings choose.
func Policy(s *ent.SecuritySettings) password.Policy {
	if s.PasswordPolicy == securitysettings.PasswordPolicyNIST {
		return password.NIST
	}
	return password.Default
}

// ResetLinkLifetime is how long a reset link (or temporary password) works,
// and how long the links of signup and an email change work.
func ResetLinkLifetime(s *ent.SecuritySettings) time.Duration {
	return time.Duration(s.ResetLinkLifetimeMinutes) * time.Minute
}

// SetPasswordLifetime is how long the link to set a first password works
// (accounts created by an admin).
func SetPasswordLifetime(s *ent.SecuritySettings) time.Duration {
	return time.Duration(s.SetPasswordLinkLifetimeMinutes) * time.Minute
}

// InvitationLifetime is how long an invitation link works: the set-password
// link lifetime (setPasswordLinkLifetimeMinutes), as invitations have no
// setting of their own.
func InvitationLifetime(s *ent.SecuritySettings) time.Duration {
	return SetPasswordLifetime(s)
}

// LockoutDuration is how long a lock after too many failed sign-ins holds;
// zero means until an admin unlocks the account.
func LockoutDuration(s *ent.SecuritySettings) time.Duration {
	return time.Duration(s.LockoutMinutes) * time.Minute
}

// ResetMinInterval is the least time between two reset emails to one account.
func ResetMinInterval(s *ent.SecuritySettings) time.Duration {
	return time.Duration(s.ResetMinIntervalSeconds) * time.Second
}

// Changes are the settings an admin changes; nil fields stay as they are.
// It is the GraphQL UpdateSecuritySettingsInput itself (gqlgen.yml binds
// it): a setting added to one must be added to the other, or generating
// fails.
type Changes struct {
	ResetLinkLifetimeMinutes       *int
	SetPasswordLinkLifetimeMinutes *int
	ResetRequestsPerHour           *int
	ResetMinIntervalSeconds        *int
	AdminResetsPerHour             *int
	IPRequestsPerMinute            *int
	LockoutThreshold               *int
	LockoutMinutes                 *int
	ResetMethod                    *securitysettings.ResetMethod
	RegistrationOpen               *bool
	PasswordPolicy                 *securitysettings.PasswordPolicy
	RequireSecondFactor            *securitysettings.RequireSecondFactor
}

// FieldError names a setting whose new value is out of range.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return "settings: " + e.Field + ": " + e.Message }

type bound struct {
	field    string
	v        *int
	min, max int
}

// Update validates every change, then applies them all or none, with the
// admin's SECURITY_SETTINGS_UPDATED audit event (which names the settings
// changed and their new values) in the same transaction.
func Update(ctx context.Context, c *ent.Client, adminID string, ch Changes) (*ent.SecuritySettings, error) {
	bounds := []bound{
		{"resetLinkLifetimeMinutes", ch.ResetLinkLifetimeMinutes, 5, 7 * 24 * 60},
		{"setPasswordLinkLifetimeMinutes", ch.SetPasswordLinkLifetimeMinutes, 5, 30 * 24 * 60},
		{"resetRequestsPerHour", ch.ResetRequestsPerHour, 1, 100},
		{"resetMinIntervalSeconds", ch.ResetMinIntervalSeconds, 0, 3600},
		{"adminResetsPerHour", ch.AdminResetsPerHour, 1, 1000},
		{"ipRequestsPerMinute", ch.IPRequestsPerMinute, 0, 100000},
		{"lockoutThreshold", ch.LockoutThreshold, 1, 100},
		{"lockoutMinutes", ch.LockoutMinutes, 0, 7 * 24 * 60},
	}
	changed := map[string]string{}
	for _, b := range bounds {
		if b.v == nil {
			continue
		}
		if *b.v < b.min || *b.v > b.max {
			return nil, &FieldError{Field: b.field, Message: "must be between " + strconv.Itoa(b.min) + " and " + strconv.Itoa(b.max)}
		}
		changed[b.field] = strconv.Itoa(*b.v)
	}
	if ch.ResetMethod != nil {
		changed["resetMethod"] = ch.ResetMethod.String()
	}
	if ch.RegistrationOpen != nil {
		changed["registrationOpen"] = strconv.FormatBool(*ch.RegistrationOpen)
	}
	if ch.PasswordPolicy != nil {
		changed["passwordPolicy"] = ch.PasswordPolicy.String()
	}
	if ch.RequireSecondFactor != nil {
		if err := securitysettings.RequireSecondFactorValidator(*ch.RequireSecondFactor); err != nil {
			return nil, &FieldError{Field: "requireSecondFactor", Message: "must be OFF, ADMINS or EVERYONE"}
		}
		changed["requireSecondFactor"] = ch.RequireSecondFactor.String()
	}
	// Outside the transaction: the first Load creates the row.
	cur, err := Load(ctx, c)
	if err != nil {
		return nil, err
	}
	var s *ent.SecuritySettings
	err = database.WithTx(ctx, c, func(tx *ent.Client) error {
		var err error
		s, err = tx.SecuritySettings.UpdateOneID(cur.ID).
			SetNillableResetLinkLifetimeMinutes(ch.ResetLinkLifetimeMinutes).
			SetNillableSetPasswordLinkLifetimeMinutes(ch.SetPasswordLinkLifetimeMinutes).
			SetNillableResetRequestsPerHour(ch.ResetRequestsPerHour).
			SetNillableResetMinIntervalSeconds(ch.ResetMinIntervalSeconds).
			SetNillableAdminResetsPerHour(ch.AdminResetsPerHour).
			SetNillableIPRequestsPerMinute(ch.IPRequestsPerMinute).
			SetNillableLockoutThreshold(ch.LockoutThreshold).
			SetNillableLockoutMinutes(ch.LockoutMinutes).
			SetNillableResetMethod(ch.ResetMethod).
			SetNillableRegistrationOpen(ch.RegistrationOpen).
			SetNillablePasswordPolicy(ch.PasswordPolicy).
			SetNillableRequireSecondFactor(ch.RequireSecondFactor).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("settings: update: %w", err)
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SettingsUpdated, ActorID: adminID, Details: changed})
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// MinSecondFactorLock is the least a second-factor lockout lasts: with
// lockoutMinutes 0 (a password lock holds until a reset), a second-factor
// lock still lapses, since a password reset must never lift it.
const MinSecondFactorLock = 15 * time.Minute

// SecondFactorLockDuration is how long a lock after too many wrong
// second-factor codes holds: lockoutMinutes, and at least
// MinSecondFactorLock. An admin's unlockUser or adminResetSecondFactors
// lifts it sooner.
func SecondFactorLockDuration(s *ent.SecuritySettings) time.Duration {
	return max(LockoutDuration(s), MinSecondFactorLock)
}

// SecondFactorLocked reports whether a second-factor lock set at lockedAt
// still holds at now.
func SecondFactorLocked(s *ent.SecuritySettings, lockedAt *time.Time, now time.Time) bool {
	return lockedAt != nil && now.Sub(*lockedAt) < SecondFactorLockDuration(s)
}
