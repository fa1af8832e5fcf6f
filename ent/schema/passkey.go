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

// Passkey is a WebAuthn credential a person registered (internal/passkey).
// Nothing here is a secret: the private key never leaves the person's
// authenticator, and a public key, a credential ID or a counter opens
// nothing (a sign-in needs a fresh signature over a challenge the server
// issued and spends once). So they are stored as they are, not sealed.
type Passkey struct{ ent.Schema }

func (Passkey) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("pky")} }

func (Passkey) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		// name is the person's label ("Laptop"), checked by internal/text.
		field.String("name").MaxLen(100),
		// credential_id is the authenticator's ID of the credential (raw
		// bytes): unique over every account, so one credential can never
		// be registered to two people.
		field.Bytes("credential_id").NotEmpty().MaxLen(1023).Immutable().Unique(),
		// public_key is the COSE key the authenticator made.
		field.Bytes("public_key").NotEmpty().Immutable(),
		field.String("attestation_format").MaxLen(32).Default("").Immutable(),
		// sign_count is the authenticator's counter at the last sign-in
		// (0 for authenticators that keep none, as synced passkeys do).
		field.Uint32("sign_count").Default(0),
		// aaguid names the authenticator's model (16 bytes; zeros for
		// "none" attestation from most platforms).
		field.Bytes("aaguid").MaxLen(16).Optional().Immutable(),
		// transports are the browser's hints ("internal", "hybrid", "usb").
		field.Strings("transports").Optional().Immutable(),
		field.Bool("user_verified").Default(true),
		field.Bool("backup_eligible").Default(false).Immutable(),
		field.Bool("backup_state").Default(false),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("last_used_at").Optional().Nillable(),
	}
}

func (Passkey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("user", User.Type).Field("user_id").Unique().Required().Immutable().
			Annotations(entsql.OnDelete(entsql.Cascade)),
	}
}

func (Passkey) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "created_at")}
}

func (Passkey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
