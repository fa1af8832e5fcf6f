// Package prefixid gives every entity an opaque, type-prefixed, time-ordered
// identifier such as "usr_01JD2…". The prefix lets the GraphQL `node(id:)`
// field find the right table without a lookup, and random IDs do not let a
// caller count or guess other people's records the way integers would.
package prefixid

import (
	"crypto/rand"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
	"github.com/oklog/ulid/v2"
)

// New returns a fresh ID with the given prefix.
func New(prefix string) string {
	return prefix + "_" + strings.ToLower(ulid.MustNew(ulid.Now(), rand.Reader).String())
}

// Prefix returns the type prefix of id, or "" when id has none.
func Prefix(id string) string {
	i := strings.IndexByte(id, '_')
	if i <= 0 {
		return ""
	}
	return id[:i]
}

// Mixin adds the prefixed string ID field to a schema.
type Mixin struct {
	mixin.Schema
	prefix string
}

// WithPrefix returns a Mixin whose IDs start with prefix.
func WithPrefix(prefix string) Mixin { return Mixin{prefix: prefix} }

// Fields provides the id field.
func (m Mixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			MaxLen(40).
			NotEmpty().
			Immutable().
			DefaultFunc(func() string { return New(m.prefix) }),
	}
}

// Annotation records the prefix for the code generator (see template/).
type Annotation struct{ Prefix string }

// Name implements schema.Annotation.
func (Annotation) Name() string { return "PrefixID" }

// Annotations exposes the prefix to the generator.
func (m Mixin) Annotations() []schema.Annotation {
	return []schema.Annotation{Annotation{Prefix: m.prefix}}
}
