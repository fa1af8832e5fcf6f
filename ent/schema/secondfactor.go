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

// TotpFactor is an authenticator app (RFC 6238) of one account. Its secret
// must be read back to check codes, so it is sealed with the secret key
// (internal/keyring, bound to the factor's user): the database alone holds
// nothing usable. A row without confirmed_at is an enrolment in progress:
// it is not a factor and grants nothing.
//
// Passkeys are stored apart (their own entity); me.secondFactors lists
// both kinds.
type TotpFactor struct{ ent.Schema }

func (TotpFactor) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("totp")} }

func (TotpFactor) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		field.String("name").MaxLen(100).Default("Authenticator app"),
		field.String("secret_sealed").Sensitive().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		// confirmed_at is set when a valid code finished the enrolment.
		field.Time("confirmed_at").Optional().Nillable(),
		// last_used_step is the highest 30-second step whose code was
		// accepted: a code of that step or earlier is a replay. Moved
		// forward by a conditional UPDATE, so that two requests with the
		// same code cannot both pass, whichever instance serves them.
		field.Int64("last_used_step").Default(0),
		field.Time("last_used_at").Optional().Nillable(),
	}
}

func (TotpFactor) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("totp_factors").Field("user_id").Unique().Required().Immutable(),
	}
}

func (TotpFactor) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

func (TotpFactor) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// RecoveryCode is one of an account's ten single-use recovery codes. Only
// a SHA-256 of the code (with the account's ID) is kept: a code has about
// 79 random bits, so a copy of the database gives no code and no guess
// worth testing offline; and it survives a rotation of the secret key.
type RecoveryCode struct{ ent.Schema }

func (RecoveryCode) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("rcv")} }

func (RecoveryCode) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		field.String("code_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("used_at").Optional().Nillable(),
	}
}

func (RecoveryCode) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("recovery_codes").Field("user_id").Unique().Required().Immutable(),
	}
}

func (RecoveryCode) Indexes() []ent.Index { return []ent.Index{index.Fields("user_id")} }

func (RecoveryCode) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// SecondFactorChallenge is a sign-in whose password was right and whose
// second factor is still to come: short-lived, single-use (deleted when
// completed) and granting nothing by itself. A browser's is named by its
// ID in that browser's session; a generateToken's by a token given to the
// client, of which only the hash is kept.
type SecondFactorChallenge struct{ ent.Schema }

func (SecondFactorChallenge) Mixin() []ent.Mixin { return []ent.Mixin{prefixid.WithPrefix("sfc")} }

func (SecondFactorChallenge) Fields() []ent.Field {
	return []ent.Field{
		field.String("user_id").Immutable(),
		field.Enum("purpose").Values("BROWSER", "TOKEN").Immutable(),
		// token_hash: for TOKEN, the SHA-256 of the token the client holds.
		field.String("token_hash").Optional().Nillable().Unique().Immutable().Sensitive(),
		// token_name is the access token's name, for TOKEN.
		field.String("token_name").MaxLen(200).Default("").Immutable(),
		// must_change_password: the password was a temporary one.
		field.Bool("must_change_password").Default(false).Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at").Immutable(),
		// passkey_ceremony: for TOKEN, the passkey ceremony begun for it
		// (beginPasskeySignIn with the secondFactorToken): a client that
		// is not a browser has no cookie to keep it in. Its challenge is
		// a nonce, useless without the passkey's private key, and is spent
		// on first use (internal/passkey).
		field.Bytes("passkey_ceremony").Optional().Nillable().Sensitive(),
	}
}

func (SecondFactorChallenge) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("second_factor_challenges").Field("user_id").Unique().Required().Immutable(),
	}
}

func (SecondFactorChallenge) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id"), index.Fields("expires_at")}
}

func (SecondFactorChallenge) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
