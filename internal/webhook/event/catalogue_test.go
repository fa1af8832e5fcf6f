package event_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/webhook/event"
)

// validate checks v against the subset of JSON schema the catalogue uses.
func validate(schema map[string]any, v any, path string) error {
	if c, ok := schema["const"]; ok && c != v {
		return fmt.Errorf("%s: %v is not %v", path, v, c)
	}
	switch schema["type"] {
	case "string":
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("%s: not a string", path)
		}
		if schema["format"] == "date-time" {
			if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
				return fmt.Errorf("%s: %v", path, err)
			}
		}
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: not an object", path)
		}
		props, _ := schema["properties"].(map[string]any)
		for _, r := range schema["required"].([]string) {
			if _, ok := obj[r]; !ok {
				return fmt.Errorf("%s: %s is required", path, r)
			}
		}
		for k, val := range obj {
			p, ok := props[k]
			if !ok {
				if schema["additionalProperties"] == false {
					return fmt.Errorf("%s: %s is not allowed", path, k)
				}
				continue
			}
			if err := validate(p.(map[string]any), val, path+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}

var lowerDotted = regexp.MustCompile(`^[a-z_]+\.[a-z_]+$`)

func TestEveryEventTypeIsDottedLowerCaseDocumentedAndHasASchema(t *testing.T) {
	doc, err := os.ReadFile("../../../docs/integrators.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"user.created", "user.updated", "user.deleted", "user.locked", "user.unlocked", "password.changed", "password.reset", "user.forced_sign_in", "session.revoked", "access_token.created", "access_token.revoked", "second_factor.added", "second_factor.removed", "membership.created", "membership.updated", "membership.removed", "invitation.created", "invitation.accepted", "settings.updated"} {
		if _, ok := event.Lookup(want); !ok {
			t.Errorf("%s is missing from the catalogue", want)
		}
	}
	for _, ty := range event.Catalogue {
		if !lowerDotted.MatchString(ty.Name) {
			t.Errorf("%s is not dotted lower case", ty.Name)
		}
		if !strings.Contains(string(doc), "`"+ty.Name+"`") {
			t.Errorf("docs/integrators.md does not list %s", ty.Name)
		}
		var s map[string]any
		if err := json.Unmarshal(ty.SchemaJSON(), &s); err != nil || s["title"] != ty.Name {
			t.Errorf("%s: schema %v", ty.Name, err)
		}
	}
}

// Every audit event that causes a webhook event, written as the domain
// writes it (audit.Record in a transaction), gives payloads that validate
// against their type's schema and carry none of the secrets or addresses
// the audit details hold.
func TestEveryEmittedPayloadValidatesAndCarriesNoSecret(t *testing.T) {
	const secretish = "lk_at_SECRET-or-hash-or-person@example.com"
	d := func(kv ...string) map[string]string {
		m := map[string]string{"email": secretish, "new_email": secretish, "old_email": secretish, "token": secretish, "password": secretish, "hash": secretish}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	events := []audit.Event{
		{Type: audit.UserCreated, ActorID: "usr_a", SubjectID: "usr_s", Details: d("role", "USER")},
		{Type: audit.SignedUp, ActorID: "usr_s", SubjectID: "usr_s", Details: d()},
		{Type: audit.UserUpdated, ActorID: "usr_a", SubjectID: "usr_s", Details: d("fields", "name")},
		{Type: audit.EmailChanged, ActorID: "usr_s", SubjectID: "usr_s", Details: d()},
		{Type: audit.UserDeleted, ActorID: "usr_a", SubjectID: "usr_s", Details: d("username", secretish)},
		{Type: audit.AccountLocked, ActorID: "usr_a", SubjectID: "usr_s", Details: d("by", "admin")},
		{Type: audit.AccountLocked, SubjectID: "usr_s", Details: d("failed_attempts", "5")},
		{Type: audit.AccountUnlocked, ActorID: "usr_a", SubjectID: "usr_s", Details: d("by", "admin")},
		{Type: audit.PasswordChanged, ActorID: "usr_s", SubjectID: "usr_s", Details: d()},
		{Type: audit.PasswordReset, ActorID: "usr_s", SubjectID: "usr_s", Details: d()},
		{Type: audit.AdminResetPassword, ActorID: "usr_a", SubjectID: "usr_s", Details: d()},
		{Type: audit.ForcedSignIn, ActorID: "usr_a", SubjectID: "usr_s", Details: d()},
		{Type: audit.SessionRevoked, ActorID: "usr_s", SubjectID: "usr_s", Details: d("session_id", "ses_1")},
		{Type: audit.SignedOutEverywhere, ActorID: "usr_s", SubjectID: "usr_s", Details: d()},
		{Type: audit.AccessTokenCreated, ActorID: "usr_s", SubjectID: "usr_s", Details: d("token_id", "tok_1")},
		{Type: audit.AccessTokenRevoked, ActorID: "usr_s", SubjectID: "usr_s", Details: d("token_id", "tok_1")},
		{Type: audit.MemberInvited, ActorID: "usr_a", SubjectID: "org_1", Details: d("invitation_id", "inv_1", "rights", "VIEW_ORDERS")},
		{Type: audit.InvitationAccepted, ActorID: "usr_s", SubjectID: "org_1", Details: d("invitation_id", "inv_1", "membership_id", "mem_1")},
		{Type: audit.InvitationRevoked, ActorID: "usr_a", SubjectID: "org_1", Details: d("invitation_id", "inv_1")},
		{Type: audit.MemberUpdated, ActorID: "usr_a", SubjectID: "org_1", Details: d("membership_id", "mem_1", "user_id", "usr_s", "rights", "VIEW_ORDERS")},
		{Type: audit.MemberRemoved, ActorID: "usr_a", SubjectID: "org_1", Details: d("membership_id", "mem_1", "user_id", "usr_s")},
		{Type: audit.OrganizationCreated, ActorID: "usr_a", SubjectID: "org_1", Details: d("name", "Bistro")},
		{Type: audit.OrganizationUpdated, ActorID: "usr_a", SubjectID: "org_1", Details: d("name", "Bistro")},
		{Type: audit.SettingsUpdated, ActorID: "usr_a", Details: map[string]string{"lockout_threshold": "5"}},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		err := database.WithTx(ctx, db.Client, func(tx *ent.Client) error {
			for _, e := range events {
				if err := audit.Record(ctx, tx, e); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		rows := db.Client.WebhookEvent.Query().AllX(ctx)
		seen := map[string]bool{}
		for _, r := range rows {
			seen[r.Type] = true
			ty, ok := event.Lookup(r.Type)
			if !ok {
				t.Fatalf("%s is emitted but not in the catalogue", r.Type)
			}
			var v any
			if err := json.Unmarshal([]byte(r.Payload), &v); err != nil {
				t.Fatal(err)
			}
			if err := validate(ty.Schema(), v, r.Type); err != nil {
				t.Errorf("%s does not validate: %v (%s)", r.Type, err, r.Payload)
			}
			if strings.Contains(r.Payload, "SECRET") || strings.Contains(r.Payload, "@") {
				t.Errorf("%s carries a secret or an address: %s", r.Type, r.Payload)
			}
		}
		for _, ty := range event.Catalogue {
			if !seen[ty.Name] && !strings.HasPrefix(ty.Name, "second_factor.") && ty.Name != "webhook.test" {
				t.Errorf("%s is in the catalogue but nothing emits it", ty.Name)
			}
		}
	})
}
