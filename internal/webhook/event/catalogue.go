// Package event is the catalogue of webhook events and the one function that
// writes them, in the transaction of the change that causes them (the outbox
// pattern): a change that rolls back sends nothing, and an event that was
// accepted is never lost. It is a leaf (internal/audit calls it next to each
// audit write); delivery lives in internal/webhook.
//
// Every type is dotted and lower case. A payload is
// {"type", "timestamp", "data"}, as the Standard Webhooks specification
// suggests; data names people and organisations by ID and never carries a
// secret: it is built from an allow-list of fields per type (Catalogue), and
// anything else a caller passes is dropped.
package event

import (
	"encoding/json"
	"sort"
)

// Field is one field of an event's data.
type Field struct {
	Name        string
	Description string
	// Optional fields may be missing (an actor when the system acted).
	Optional bool
}

// Type is one event type of the catalogue.
type Type struct {
	Name        string
	Description string
	Fields      []Field
}

var (
	userID     = Field{Name: "user_id", Description: "The ID of the user the event is about."}
	actorID    = Field{Name: "actor_id", Description: "The ID of the user who made the change (missing when Latchkey did it).", Optional: true}
	orgID      = Field{Name: "organization_id", Description: "The ID of the organisation."}
	factorKind = Field{Name: "kind", Description: "TOTP or PASSKEY; ALL for an admin's reset."}
	factorID   = Field{Name: "factor_id", Description: "The ID of the factor (never a secret)."}
	optOrgID   = Field{Name: "organization_id", Description: "The ID of the organisation.", Optional: true}
)

// Catalogue is every event type Latchkey sends, in one place: docs/integrators.md
// lists the same (a test checks), and Schema gives each one's JSON schema.
var Catalogue = []Type{
	{"user.created", "An account was created (by an admin, by sign-up or by accepting an invitation).", []Field{userID, actorID, {Name: "role", Description: "USER or ADMIN.", Optional: true}}},
	{"user.updated", "A user's profile, role or email address changed.", []Field{userID, actorID, {Name: "fields", Description: "The fields that changed, comma-separated, when known.", Optional: true}}},
	{"user.deleted", "An account was deleted.", []Field{userID, actorID}},
	{"user.locked", "An account was locked, by an admin or after too many failed sign-ins.", []Field{userID, actorID, {Name: "by", Description: "admin or failed_attempts.", Optional: true}}},
	{"user.unlocked", "An account was unlocked, by an admin or once its lockout ended.", []Field{userID, actorID, {Name: "by", Description: "admin or time.", Optional: true}}},
	{"password.changed", "A user changed their password.", []Field{userID, actorID}},
	{"password.reset", "A password was reset, by a reset link or by an admin.", []Field{userID, actorID, {Name: "by", Description: "link or admin."}}},
	{"user.forced_sign_in", "An admin ended every session and access token of a user.", []Field{userID, actorID}},
	{"session.revoked", "A user's session (or all of them) ended.", []Field{userID, actorID, {Name: "session_id", Description: "The session ended; missing when all of them were.", Optional: true}}},
	{"access_token.created", "An access token was created.", []Field{userID, actorID, {Name: "access_token_id", Description: "The ID of the token (never the token)."}}},
	{"access_token.revoked", "An access token was revoked.", []Field{userID, actorID, {Name: "access_token_id", Description: "The ID of the token."}}},
	{"second_factor.added", "A second factor (an authenticator app or a passkey) was added to an account.", []Field{userID, actorID, factorKind, factorID}},
	{"second_factor.removed", "A second factor was removed from an account, by its owner or by an admin's reset (one event per reset, without factor_id).", []Field{userID, actorID, factorKind, {Name: "factor_id", Description: "The ID of the factor; missing for an admin's reset of them all.", Optional: true}}},
	{"membership.created", "A user joined an organisation.", []Field{userID, orgID, actorID, {Name: "membership_id", Description: "The ID of the membership."}}},
	{"membership.updated", "A member's rights changed.", []Field{userID, orgID, actorID, {Name: "membership_id", Description: "The ID of the membership."}, {Name: "rights", Description: "The member's rights now, comma-separated."}}},
	{"membership.removed", "A member was removed from an organisation.", []Field{userID, orgID, actorID, {Name: "membership_id", Description: "The ID of the membership."}}},
	{"invitation.created", "Someone was invited to an organisation.", []Field{orgID, actorID, {Name: "invitation_id", Description: "The ID of the invitation (never its link or the invited address)."}, {Name: "rights", Description: "The rights it grants, comma-separated."}}},
	{"invitation.accepted", "An invitation was accepted.", []Field{userID, orgID, {Name: "invitation_id", Description: "The ID of the invitation."}, {Name: "membership_id", Description: "The ID of the new membership."}}},
	{"invitation.revoked", "An invitation was revoked.", []Field{orgID, actorID, {Name: "invitation_id", Description: "The ID of the invitation."}}},
	{"organization.created", "An organisation was created.", []Field{orgID, actorID}},
	{"organization.updated", "An organisation was renamed.", []Field{orgID, actorID}},
	{"settings.updated", "An admin changed the security settings.", []Field{actorID, {Name: "fields", Description: "The settings that changed, comma-separated."}}},
	{"webhook.test", "A test event, sent from the endpoint's screen (\"Send test event\").", []Field{optOrgID, actorID, {Name: "endpoint_id", Description: "The endpoint it was sent to."}}},
}

// Lookup returns the catalogue entry named name.
func Lookup(name string) (Type, bool) {
	for _, t := range Catalogue {
		if t.Name == name {
			return t, true
		}
	}
	return Type{}, false
}

// Names lists every type.
func Names() []string {
	out := make([]string, len(Catalogue))
	for i, t := range Catalogue {
		out[i] = t.Name
	}
	return out
}

// Schema returns the JSON schema (draft 2020-12) of a payload of type t.
func (t Type) Schema() map[string]any {
	props := map[string]any{}
	required := []string{}
	for _, f := range t.Fields {
		props[f.Name] = map[string]any{"type": "string", "description": f.Description}
		if !f.Optional {
			required = append(required, f.Name)
		}
	}
	sort.Strings(required)
	return map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  "https://latchkey.example/webhooks/" + t.Name + ".json",
		"title":                t.Name,
		"description":          t.Description,
		"type":                 "object",
		"required":             []string{"type", "timestamp", "data"},
		"additionalProperties": false,
		"properties": map[string]any{
			"type":      map[string]any{"const": t.Name},
			"timestamp": map[string]any{"type": "string", "format": "date-time"},
			"data": map[string]any{
				"type":                 "object",
				"required":             required,
				"additionalProperties": false,
				"properties":           props,
			},
		},
	}
}

// SchemaJSON is Schema, indented.
func (t Type) SchemaJSON() []byte {
	b, _ := json.MarshalIndent(t.Schema(), "", "  ")
	return b
}
