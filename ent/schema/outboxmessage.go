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

// OutboxMessage is an email written in the same transaction as the change
// that causes it and delivered later by the mail worker, so that no email is
// lost when SMTP is down and none is sent for a change that rolled back.
type OutboxMessage struct{ ent.Schema }

func (OutboxMessage) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("msg")} }

func (OutboxMessage) Fields() []ent.Field {
	return []ent.Field{
		field.String("kind").MaxLen(64),
		field.String("to_address").MaxLen(254).Annotations(entgql.OrderField("TO_ADDRESS")),
		field.String("subject").MaxLen(300),
		// The bodies never hold a secret: a link's token and a temporary
		// password are stored as markers, the secrets themselves sealed in
		// secret (see internal/mail). No filter or order over them: a
		// search over bodies is a way to read them.
		field.Text("text_body").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		field.Text("html_body").Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		// link is the email's action link as the service built it (its token
		// a marker): the only link the console prints and the web app makes
		// clickable, so that a URL in a name never poses as one.
		field.Text("link").Default("").
			Comment("The action link Latchkey built for this email (empty when it has none), its token [redacted] whenever mail is delivered by SMTP. Only this is a link of the email: any other URL in a body came from data, such as a name.").
			Annotations(entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)),
		// secret holds the email's secrets sealed with a key the database
		// does not hold (internal/keyring); it is cleared once delivered.
		field.Bytes("secret").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Enum("status").Values("PENDING", "SENT", "FAILED").Default("PENDING").
			Annotations(entgql.Type("OutboxStatus")),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now),
		field.Time("locked_until").Optional().Nillable().Annotations(entgql.Skip()),
		field.String("last_error").Default(""),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("sent_at").Optional().Nillable(),
	}
}

func (OutboxMessage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("status", "next_attempt_at")}
}

func (OutboxMessage) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField("outbox").Directives(hasRole("ADMIN")).
			Description("The emails Latchkey wrote, newest first by default, with their delivery state. With no SMTP server configured this is where the links are."),
	}
}
