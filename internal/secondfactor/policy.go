package secondfactor

import (
	"context"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/membership"
	"github.com/latchkey/latchkey/ent/organization"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/settings"
)

// Required reports whether a policy requires u to have a second factor:
// securitySettings.requireSecondFactor (EVERYONE, or ADMINS for an admin),
// or an organisation u is a member of that requires one of its members.
func (s *Service) Required(ctx context.Context, u *ent.User) (bool, error) {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return false, err
	}
	switch st.RequireSecondFactor {
	case securitysettings.RequireSecondFactorEVERYONE:
		return true, nil
	case securitysettings.RequireSecondFactorADMINS:
		if u.Role == user.RoleADMIN {
			return true, nil
		}
	}
	ok, err := s.Client.Membership.Query().
		Where(membership.UserID(u.ID), membership.HasOrganizationWith(organization.RequireSecondFactor(true))).
		Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("secondfactor: policy: %w", err)
	}
	return ok, nil
}

// MustEnroll reports whether u must enrol a second factor before anything
// else: a policy requires one and u has none.
func (s *Service) MustEnroll(ctx context.Context, u *ent.User) (bool, error) {
	req, err := s.Required(ctx, u)
	if err != nil || !req {
		return false, err
	}
	fs, err := s.Factors(ctx, u.ID)
	if err != nil {
		return false, err
	}
	return len(fs) == 0, nil
}
