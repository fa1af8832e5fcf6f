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

// Session is one browser sign-in, stored for scs. The cookie carries the
// token; only its SHA-256 is kept here, so a copy of the database does not
// let anyone ride a session.
type Session struct{ ent.Schema }

func (Session) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("ses")} }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").NotEmpty().Unique().Immutable(),
		field.Bytes("data"),
		field.Time("expires_at"),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("last_seen_at").Default(time.Now),
		field.String("ip").MaxLen(64).Default(""),
		field.String("user_agent").MaxLen(512).Default(""),
		field.String("user_id").Optional().Nillable(),
		// auth_methods and authenticated_at copy the session's values of
		// the same names (how and when it was last authenticated), so
		// that a person's sessions can be listed with them.
		field.String("auth_methods").MaxLen(100).Default(""),
		field.Time("authenticated_at").Optional().Nillable(),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique(),
	}
}

func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expires_at"), index.Fields("user_id")}
}

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
