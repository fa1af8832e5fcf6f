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

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// SignInNotice is one "new sign-in to your account" email: the "This
// wasn't me" link it carries (only its SHA-256 kept; one use, expiring)
// and what that link ends: the session of the sign-in (by the SHA-256 of
// its token, as the sessions table keeps it) and the browser's device.
type SignInNotice struct{ ent.Schema }

func (SignInNotice) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("sin")} }

func (SignInNotice) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.String("session_hash").Immutable().Sensitive(),
		field.String("device_hash").Immutable().Sensitive(),
		// email is the address the notice went to: the link dies if the
		// account's address changes.
		field.String("email").Immutable(),
		field.String("ip").MaxLen(64).Default("").Immutable(),
		field.String("user_agent").MaxLen(512).Default("").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable(),
	}
}

func (SignInNotice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (SignInNotice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id")}
}

func (SignInNotice) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
