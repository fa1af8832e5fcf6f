package audit

import (
	"context"
	"maps"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/webhook/event"
)

// webhookEvents maps an audit event to the webhook events it causes (most
// cause none or one; accepting an invitation is also a new membership).
// The data passed is only a candidate: event.Build keeps the fields the
// catalogue lists for the type, so that an email address or any other
// detail of the audit log never reaches an integrator.
func webhookEvents(e Event) []struct {
	name string
	data map[string]string
} {
	type out = struct {
		name string
		data map[string]string
	}
	d := func(extra ...string) map[string]string {
		m := map[string]string{"user_id": e.SubjectID, "actor_id": e.ActorID}
		for i := 0; i+1 < len(extra); i += 2 {
			m[extra[i]] = extra[i+1]
		}
		return m
	}
	one := func(name string, data map[string]string) []out { return []out{{name, data}} }
	det := e.Details
	orgd := func(extra ...string) map[string]string {
		m := map[string]string{"organization_id": e.SubjectID, "actor_id": e.ActorID, "user_id": det["user_id"]}
		for i := 0; i+1 < len(extra); i += 2 {
			m[extra[i]] = extra[i+1]
		}
		return m
	}
	switch e.Type {
	case UserCreated:
		return one("user.created", d("role", det["role"]))
	case SignedUp:
		return one("user.created", d("role", "USER"))
	case UserUpdated:
		return one("user.updated", d("fields", det["fields"]))
	case EmailChanged:
		return one("user.updated", d("fields", "email"))
	case UserDeleted:
		return one("user.deleted", d())
	case AccountLocked:
		by := det["by"]
		if by == "" {
			by = "failed_attempts"
		}
		return one("user.locked", d("by", by))
	case AccountUnlocked:
		return one("user.unlocked", d("by", det["by"]))
	case PasswordChanged:
		return one("password.changed", d())
	case PasswordReset:
		return one("password.reset", d("by", "link"))
	case AdminResetPassword:
		return one("password.reset", d("by", "admin"))
	case ForcedSignIn:
		return one("user.forced_sign_in", d())
	case SessionRevoked:
		return one("session.revoked", d("session_id", det["session_id"]))
	case SignedOutEverywhere:
		return one("session.revoked", d())
	case AccessTokenCreated:
		return one("access_token.created", d("access_token_id", det["token_id"]))
	case AccessTokenRevoked:
		return one("access_token.revoked", d("access_token_id", det["token_id"]))
	case SecondFactorAdded:
		return one("second_factor.added", d("kind", det["kind"], "factor_id", det["factor_id"]))
	case SecondFactorRemoved:
		return one("second_factor.removed", d("kind", det["kind"], "factor_id", det["factor_id"]))
	case SecondFactorsReset:
		return one("second_factor.removed", d("kind", "ALL"))
	case MemberInvited:
		return one("invitation.created", orgd("invitation_id", det["invitation_id"], "rights", det["rights"]))
	case InvitationAccepted:
		m := orgd("invitation_id", det["invitation_id"], "membership_id", det["membership_id"])
		m["user_id"] = e.ActorID
		return []out{{"invitation.accepted", m}, {"membership.created", m}}
	case InvitationRevoked:
		return one("invitation.revoked", orgd("invitation_id", det["invitation_id"]))
	case MemberUpdated:
		return one("membership.updated", orgd("membership_id", det["membership_id"], "rights", det["rights"]))
	case MemberRemoved:
		return one("membership.removed", orgd("membership_id", det["membership_id"]))
	case OrganizationCreated:
		return one("organization.created", orgd())
	case OrganizationUpdated:
		return one("organization.updated", orgd())
	case SettingsUpdated:
		return one("settings.updated", map[string]string{"actor_id": e.ActorID, "fields": strings.Join(slices.Sorted(maps.Keys(det)), ",")})
	}
	return nil
}

// writeWebhookEvents writes the webhook events e causes with c (the
// transaction of the change).
func writeWebhookEvents(ctx context.Context, c *ent.Client, e Event) error {
	for _, w := range webhookEvents(e) {
		if _, err := event.Write(ctx, c, w.name, w.data, ""); err != nil {
			return err
		}
	}
	return nil
}
