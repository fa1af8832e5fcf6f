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

// KnownDevice is a browser that has signed in to an account: the browser
// keeps a random device cookie, and only its SHA-256 is stored here, once
// per account it signed in to. A sign-in from a browser that is not known
// to the account sends the "new sign-in" notice (internal/account).
type KnownDevice struct{ ent.Schema }

func (KnownDevice) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("dev")} }

func (KnownDevice) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		field.String("token_hash").NotEmpty().Immutable().Sensitive(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("last_seen_at").Default(time.Now),
		field.String("user_agent").MaxLen(512).Default(""),
	}
}

func (KnownDevice) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (KnownDevice) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "token_hash").Unique(),
		index.Fields("user_id", "last_seen_at"),
	}
}

func (KnownDevice) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
