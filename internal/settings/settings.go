// Package settings reads the single SecuritySettings row, creating it with
// its defaults the first time it is needed.
package settings

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/internal/password"
)

// Load returns the settings in force.
func Load(ctx context.Context, c *ent.Client) (*ent.SecuritySettings, error) {
	s, err := c.SecuritySettings.Query().Order(securitysettings.ByID()).First(ctx)
	if ent.IsNotFound(err) {
		s, err = c.SecuritySettings.Create().Save(ctx)
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
