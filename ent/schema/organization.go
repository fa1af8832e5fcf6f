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
	"github.com/latchkey/latchkey/internal/rights"
)

// Organization is an account or establishment that people are members of.
type Organization struct{ ent.Schema }

func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("org")} }

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").MaxLen(200).NotEmpty(),
		field.Time("created_at").Default(time.Now).Immutable(),
		// require_second_factor: members must have a second factor.
		field.Bool("require_second_factor").Default(false),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("memberships", Membership.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
		edge.To("invitations", Invitation.Type).Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Membership gives a user rights in an organisation.
type Membership struct{ ent.Schema }

func (Membership) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("mem")} }

func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.JSON("rights", []rights.Right{}).Default([]rights.Right{}),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.String("user_id").Immutable(),
		field.String("organization_id").Immutable(),
	}
}

func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("memberships").Field("user_id").Unique().Required().Immutable(),
		edge.From("organization", Organization.Type).Ref("memberships").Field("organization_id").Unique().Required().Immutable(),
	}
}

func (Membership) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "organization_id").Unique()}
}

func (Membership) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Invitation asks a person, by email, to join an organisation with rights.
type Invitation struct{ ent.Schema }

func (Invitation) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("inv")} }

func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		field.String("email").MaxLen(254),
		field.String("email_key").MaxLen(254),
		field.JSON("rights", []rights.Right{}).Default([]rights.Right{}),
		field.String("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.String("invited_by_id").Optional(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at"),
		field.Time("accepted_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("organization_id").Immutable(),
	}
}

func (Invitation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "email_key")}
}

func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("organization", Organization.Type).Ref("invitations").Field("organization_id").Unique().Required().Immutable(),
	}
}

func (Invitation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
