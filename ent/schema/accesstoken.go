package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// AccessToken is a bearer token an integrator sends in Authorization.
// Only a hash is stored; the token itself is shown once when made.
type AccessToken struct{ ent.Schema }

func (AccessToken) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("tok")} }

func (AccessToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").MaxLen(100),
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("expires_at").Optional().Nillable(),
		field.String("user_id").Immutable(),
	}
}

func (AccessToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("access_tokens").Field("user_id").Unique().Required().Immutable(),
	}
}

func (AccessToken) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
