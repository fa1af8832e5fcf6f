package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// ResetToken is a one-time, expiring secret sent by email: a password reset
// link, a temporary password, an email verification or an email change.
// It is bound to the account and to the address it was sent to.
type ResetToken struct{ ent.Schema }

func (ResetToken) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("rst")} }

func (ResetToken) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("purpose").Values("RESET_PASSWORD", "SET_PASSWORD", "TEMPORARY_PASSWORD", "VERIFY_EMAIL", "CHANGE_EMAIL").Immutable(),
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		// email is the address the secret was mailed to; the token dies if
		// the account's address is no longer this one.
		field.String("email").Immutable(),
		field.String("new_email").Optional().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at").Immutable(),
		field.Time("used_at").Optional().Nillable(),
		field.String("user_id").Immutable(),
	}
}

func (ResetToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("reset_tokens").Field("user_id").Unique().Required().Immutable(),
	}
}

func (ResetToken) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "purpose")}
}

func (ResetToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
