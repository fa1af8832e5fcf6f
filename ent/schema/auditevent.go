package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/latchkey/latchkey/ent/schema/prefixid"
)

// AuditEvent records who did what to whom. It holds IDs rather than edges so
// that the trail outlives a deleted user.
type AuditEvent struct{ ent.Schema }

func (AuditEvent) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("evt")} }

func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		// The GraphQL type shows it as the AuditEventType enum (graph/schema.graphqls);
		// the filters stay String so that queries written with quoted values keep working.
		field.String("type").MaxLen(64).Annotations(entgql.OrderField("TYPE"), entgql.Skip(entgql.SkipType)),
		field.String("actor_id").Optional(),
		field.String("subject_id").Optional(),
		field.String("ip").MaxLen(64).Default(""),
		field.String("user_agent").MaxLen(512).Default(""),
		field.JSON("details", map[string]string{}).Optional().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("subject_id", "created_at"), index.Fields("actor_id", "created_at"), index.Fields("type", "created_at")}
}

func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField("auditEvents").Directives(hasRole("ADMIN")).
			Description("The audit log, newest first by default. Filter by user with where: {or: [{actorID: $id}, {subjectID: $id}]} and by type with where: {type: \"PASSWORD_RESET\"}."),
	}
}
