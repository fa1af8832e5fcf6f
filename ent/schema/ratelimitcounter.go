package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// RateLimitCounter counts events for a key (a client address, an account,
// a login) in a fixed time window. It lives in the database so that every
// instance shares the same counts, and is bumped with one atomic upsert.
type RateLimitCounter struct{ ent.Schema }

func (RateLimitCounter) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").MaxLen(300).NotEmpty(),
		field.Int64("window").Comment("window start, in seconds since the epoch"),
		field.Int("count").Default(0),
		field.Time("expires_at"),
	}
}

func (RateLimitCounter) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("key", "window").Unique(),
		index.Fields("expires_at"),
	}
}

func (RateLimitCounter) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
