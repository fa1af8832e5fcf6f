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

// WebhookEndpoint is an integrator's URL that receives signed events
// (internal/webhook). Its signing secret is sealed with internal/keyring:
// the server must sign with it, so only a key outside the database opens it.
type WebhookEndpoint struct{ ent.Schema }

func (WebhookEndpoint) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("whe")} }

func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.Text("url").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		field.String("description").MaxLen(200).Default("").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		// events is the event types the endpoint receives; empty: every type.
		field.Strings("events").Default([]string{}).Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		field.Bool("enabled").Default(true),
		// organization_id, when set, limits the endpoint to that
		// organisation's events (registered by a member holding
		// MANAGE_ORGANIZATION); empty: every event (admins only).
		field.String("organization_id").Optional().Nillable().Annotations(entgql.Type("ID")),
		// owner_id is who registered it: told by email when it is disabled.
		field.String("owner_id").Annotations(entgql.Type("ID"), entgql.Skip(entgql.SkipWhereInput|entgql.SkipOrderField)),
		field.Bytes("secret").Sensitive().Annotations(entgql.Skip()),
		// previous_secret is the secret before the last rotation, still
		// signed with until previous_secret_expires_at.
		field.Bytes("previous_secret").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Time("previous_secret_expires_at").Optional().Nillable(),
		field.String("disabled_reason").Default("").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		field.Time("last_success_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).Annotations(entgql.RelayConnection(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		// No where input: the list is short, and a large filter type would
		// only grow the schema (and so the introspection budget).
		entgql.Skip(entgql.SkipWhereInput),
		entgql.QueryField("webhookEndpoints").Directives(entgql.NewDirective("authenticated")).
			Description("The webhook endpoints the caller may manage: every one for admins, those of organisations where the caller holds MANAGE_ORGANIZATION for members."),
	}
}

// WebhookEvent is one event written in the same transaction as the change
// that causes it (the outbox pattern), later fanned out to the endpoints
// that want it. Its payload never holds a secret.
type WebhookEvent struct{ ent.Schema }

func (WebhookEvent) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("whev")} }

func (WebhookEvent) Fields() []ent.Field {
	return []ent.Field{
		field.String("type").MaxLen(64),
		field.String("organization_id").Optional().Annotations(entgql.Type("ID")),
		// payload is the body sent, {type, timestamp, data}.
		field.Text("payload").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		// dispatched: the deliveries for the endpoints that want it exist.
		field.Bool("dispatched").Default(false).Annotations(entgql.Skip()),
		// endpoint_id, when set, sends the event to that endpoint only (a
		// test event).
		field.String("endpoint_id").Optional().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (WebhookEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("dispatched", "created_at")}
}

func (WebhookEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// WebhookDelivery is one event on its way to one endpoint, with the outcome
// of its last attempt: the delivery log.
type WebhookDelivery struct{ ent.Schema }

func (WebhookDelivery) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("whd")} }

func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.String("endpoint_id").Immutable().Annotations(entgql.Skip()),
		field.String("event_id").Immutable().Annotations(entgql.Skip()),
		field.String("event_type").MaxLen(64).Immutable(),
		field.Enum("status").Values("PENDING", "DELIVERED", "FAILED").Default("PENDING").
			Annotations(entgql.Type("WebhookDeliveryStatus")),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now),
		field.Time("locked_until").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("response_status").Optional().Nillable().Comment("The HTTP status of the last attempt's response; null when none came."),
		field.Int("duration_ms").Default(0).Comment("How long the last attempt took, in milliseconds."),
		field.String("response_body").Default("").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)).Comment("The start of the last response's body (at most 512 bytes)."),
		field.String("last_error").Default("").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("delivered_at").Optional().Nillable(),
	}
}

func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("deliveries").Field("endpoint_id").Unique().Required().Immutable(),
		edge.To("event", WebhookEvent.Type).Field("event_id").Unique().Required().Immutable().Annotations(entgql.Skip()),
	}
}

func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at"), index.Fields("endpoint_id", "created_at")}
}

func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)}
}
