package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// User is a person who signs in: an admin or an ordinary user.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("usr")} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").
			MaxLen(254).
			Annotations(entgql.OrderField("EMAIL")),
		// email_key is the address with ASCII letters lower-cased and
		// nothing else changed: unique without regard to case, yet a
		// Unicode look-alike never maps onto somebody else's address.
		field.String("email_key").
			MaxLen(254).
			Annotations(entgql.Skip()),
		field.String("username").
			MaxLen(64).
			Annotations(entgql.OrderField("USERNAME")),
		field.String("name").
			MaxLen(200).
			Default("").
			Annotations(entgql.OrderField("NAME")),
		field.Enum("role").
			Values("ADMIN", "USER").
			Default("USER").
			Annotations(entgql.Type("Role")),
		field.String("password_hash").
			Sensitive().
			Default("").
			Annotations(entgql.Skip()),
		// legacy_password_hash is a hash brought in by an import, in the
		// format of the system it came from (internal/legacyhash), kept
		// until its owner's first sign-in replaces it with argon2id. It is
		// sealed with the secret key (internal/keyring, bound to the
		// account's ID): an MD5 or SHA-256 hash is cracked in seconds, so
		// the database alone must not hold it readable. Empty once used.
		field.String("legacy_password_hash").
			Sensitive().
			Default("").
			Annotations(entgql.Skip()),
		// external_id is the account's ID in the system it was imported
		// from: an import finds the account again by it.
		field.String("external_id").
			MaxLen(200).
			Optional().
			Nillable().
			Annotations(entgql.Skip()),
		field.Time("password_changed_at").
			Optional().
			Nillable().
			Annotations(entgql.Skip()),
		field.Bool("must_change_password").
			Default(false),
		field.String("locale").
			MaxLen(16).
			Default("en"),
		field.Time("created_at").
			Default(time.Now).
			Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("last_sign_in_at").
			Optional().
			Nillable(),
		// locked_at is when the account was locked, by the lockout or by
		// an admin ("locked since", for either kind).
		field.Time("locked_at").
			Optional().
			Nillable(),
		// failed_attempts is no longer counted here (the lockout counts in
		// rate_limit_counters, so that a wrong password writes no more than
		// an unknown login); it is kept, and reset to 0, for databases of
		// earlier releases, whose counts a successful sign-in still clears.
		field.Int("failed_attempts").
			Default(0).
			NonNegative().
			Annotations(entgql.Skip()),
		field.Time("email_verified_at").
			Optional().
			Nillable(),
		// search_text is email, username and name lower-cased in one
		// column, kept by a hook (internal/usersearch), so that the admin
		// grid's search reads one indexed column instead of three.
		field.String("search_text").
			Default("").
			Annotations(entgql.Skip()),
		// admin_locked_at is set while an admin's lock holds: only
		// unlockUser lifts it (a reset or a temporary password lifts the
		// automatic lockout only).
		field.Time("admin_locked_at").
			Optional().
			Nillable().
			Annotations(entgql.Skip()),
		// notifications_off names the optional security notices the
		// person turned off (internal/account/notices.go); notices about
		// credentials are sent whatever it says.
		field.Strings("notifications_off").
			Optional().
			Annotations(entgql.Skip()),
		// second_factor_failures counts wrong second-factor codes in a
		// row (internal/secondfactor): reserved by a conditional UPDATE
		// before a code is checked, so parallel tries cannot exceed the
		// limit. second_factor_locked_at is set when they reach it.
		field.Int("second_factor_failures").
			Default(0).
			NonNegative().
			Annotations(entgql.Skip()),
		// Admins read it as User.secondFactorLockedAt (null once the lock
		// has lapsed) and filter by it with UserWhereInput.locked.
		field.Time("second_factor_locked_at").
			Optional().
			Nillable().
			Annotations(entgql.Skip()),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("sessions", Session.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("access_tokens", AccessToken.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("reset_tokens", ResetToken.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("memberships", Membership.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("totp_factors", TotpFactor.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("recovery_codes", RecoveryCode.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
		edge.To("second_factor_challenges", SecondFactorChallenge.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip()),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("email_key").Unique(),
		index.Fields("username").Unique(),
		index.Fields("external_id").Unique(),
		index.Fields("created_at"),
		// The admin grid sorts by these.
		index.Fields("email"),
		index.Fields("name"),
	}
}

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField().Directives(hasRole("ADMIN")),
	}
}

// hasRole is the schema directive that limits a field to a role.
func hasRole(role string) entgql.Directive {
	return entgql.NewDirective("hasRole", &ast.Argument{
		Name:  "role",
		Value: &ast.Value{Raw: role, Kind: ast.EnumValue},
	})
}
