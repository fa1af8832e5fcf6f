package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// SecuritySettings is the single row of rules an admin can change at run
// time. Defaults follow the help-centre pages in ../shared/seeds.
type SecuritySettings struct{ ent.Schema }

func (SecuritySettings) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("set")} }

func (SecuritySettings) Fields() []ent.Field {
	return []ent.Field{
		field.Int("reset_link_lifetime_minutes").Default(1440).Positive(),
		field.Int("set_password_link_lifetime_minutes").Default(7 * 1440).Positive(),
		field.Int("reset_requests_per_hour").Default(5).NonNegative(),
		field.Int("reset_min_interval_seconds").Default(60).NonNegative(),
		field.Int("admin_resets_per_hour").Default(10).NonNegative(),
		field.Int("ip_requests_per_minute").Default(30).NonNegative(),
		field.Int("lockout_threshold").Default(5).Positive(),
		field.Int("lockout_minutes").Default(0).NonNegative(),
		field.Enum("reset_method").Values("LINK", "TEMPORARY_PASSWORD").Default("LINK"),
		field.Bool("registration_open").Default(false),
		field.Enum("password_policy").Values("DEFAULT", "NIST").Default("DEFAULT"),
		field.Enum("require_second_factor").Values("OFF", "ADMINS", "EVERYONE").Default("OFF"),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now),
	}
}

func (SecuritySettings) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
