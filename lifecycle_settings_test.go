package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

type policyJSON struct {
	Preset           string   `json:"preset"`
	MinLength        int      `json:"minLength"`
	MaxLength        int      `json:"maxLength"`
	RequireUppercase bool     `json:"requireUppercase"`
	RequireLowercase bool     `json:"requireLowercase"`
	RequireDigit     bool     `json:"requireDigit"`
	RequireSymbol    bool     `json:"requireSymbol"`
	Rules            []string `json:"rules"`
}

const policyQ = `{ passwordPolicy { preset minLength maxLength requireUppercase requireLowercase requireDigit requireSymbol rules } }`

func policyOf(t *testing.T, br *browser) policyJSON {
	t.Helper()
	var out struct{ PasswordPolicy policyJSON }
	br.gql(policyQ, nil).into(t, &out)
	return out.PasswordPolicy
}

func TestAnyoneReadsThePasswordPolicyAndAnAdminSwitchesItToNIST(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "alice@example.com", "alice", false)
	anon := ta.browser(t)

	want := policyJSON{Preset: "DEFAULT", MinLength: 9, MaxLength: 256, RequireUppercase: true, RequireLowercase: true, RequireDigit: true, RequireSymbol: true,
		Rules: []string{"MIN_LENGTH", "MAX_LENGTH", "UPPERCASE", "LOWERCASE", "DIGIT", "SYMBOL", "NOT_COMMON", "NOT_PERSONAL"}}
	if got := policyOf(t, anon); !reflect.DeepEqual(got, want) {
		t.Fatalf("anonymous passwordPolicy = %+v, want %+v", got, want)
	}

	var out struct {
		UpdateSecuritySettings struct {
			SecuritySettings map[string]any
			UserErrors       []userErrorJSON
		}
	}
	admin.gql(updateSettingsQ, map[string]any{"input": map[string]any{"passwordPolicy": "NIST"}}).into(t, &out)
	if len(out.UpdateSecuritySettings.UserErrors) > 0 || out.UpdateSecuritySettings.SecuritySettings["passwordPolicy"] != "NIST" {
		t.Fatalf("switch to NIST: %+v", out)
	}
	want = policyJSON{Preset: "NIST", MinLength: 15, MaxLength: 256, Rules: []string{"MIN_LENGTH", "MAX_LENGTH", "NOT_COMMON", "NOT_PERSONAL"}}
	if got := policyOf(t, anon); !reflect.DeepEqual(got, want) {
		t.Fatalf("passwordPolicy after the switch = %+v, want %+v", got, want)
	}

	t.Run("the new policy is the one applied", func(t *testing.T) {
		br := ta.signedIn(t, "alice")
		short := "Short-Pass-1"
		if p := changePassword(t, br, goodPassword, short, short); p.code() != "PASSWORD_POLICY" || !strings.Contains(p.UserErrors[0].Message, "at least 15 characters") {
			t.Fatalf("a 12-character password under NIST: %+v", p)
		}
		phrase := "lilac quietly borrows ladders"
		if p := changePassword(t, br, goodPassword, phrase, phrase); p.code() != "" {
			t.Fatalf("a long passphrase without composition under NIST: %+v", p)
		}
	})
}

func settingsOf(t *testing.T, br *browser) map[string]any {
	t.Helper()
	var out struct{ SecuritySettings map[string]any }
	br.gql(settingsQ, nil).into(t, &out)
	return out.SecuritySettings
}

func TestOnlyAdminsReadAndChangeTheSecuritySettings(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	admin := ta.newAdmin(t)
	ta.createUser(t, "user@example.com", "user", false)

	t.Run("anonymous callers and users are refused", func(t *testing.T) {
		user := ta.signedIn(t, "user")
		for _, tt := range []struct {
			name string
			br   *browser
			code string
		}{{"anonymous", ta.browser(t), "UNAUTHENTICATED"}, {"user", user, "FORBIDDEN"}} {
			if r := tt.br.gql(settingsQ, nil); r.code() != tt.code || string(r.Data) != "null" {
				t.Errorf("%s reads securitySettings: %s", tt.name, r.Raw)
			}
			r := tt.br.gql(updateSettingsQ, map[string]any{"input": map[string]any{"registrationOpen": true}})
			if r.code() != tt.code || string(r.Data) != "null" {
				t.Errorf("%s updates securitySettings: %s", tt.name, r.Raw)
			}
		}
		if got := settingsOf(t, admin); got["registrationOpen"] != false {
			t.Fatalf("a refused update changed the settings: %v", got)
		}
	})

	defaults := map[string]any{
		"resetLinkLifetimeMinutes": 1440.0, "setPasswordLinkLifetimeMinutes": 10080.0, "resetRequestsPerHour": 5.0,
		"resetMinIntervalSeconds": 60.0, "adminResetsPerHour": 10.0, "ipRequestsPerMinute": 30.0, "lockoutThreshold": 5.0,
		"lockoutMinutes": 0.0, "resetMethod": "LINK", "registrationOpen": false, "passwordPolicy": "DEFAULT",
	}
	t.Run("an admin reads the defaults", func(t *testing.T) {
		if got := settingsOf(t, admin); !reflect.DeepEqual(got, defaults) {
			t.Fatalf("settings = %v, want %v", got, defaults)
		}
	})

	update := func(t *testing.T, input map[string]any) (map[string]any, []userErrorJSON) {
		t.Helper()
		var out struct {
			UpdateSecuritySettings struct {
				SecuritySettings map[string]any
				UserErrors       []userErrorJSON
			}
		}
		admin.gql(updateSettingsQ, map[string]any{"input": input}).into(t, &out)
		return out.UpdateSecuritySettings.SecuritySettings, out.UpdateSecuritySettings.UserErrors
	}

	t.Run("changing one field leaves the others", func(t *testing.T) {
		got, errs := update(t, map[string]any{"lockoutMinutes": 15})
		if len(errs) > 0 {
			t.Fatalf("userErrors %+v", errs)
		}
		want := map[string]any{}
		for k, v := range defaults {
			want[k] = v
		}
		want["lockoutMinutes"] = 15.0
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after lockoutMinutes=15: %v, want %v", got, want)
		}
		got, _ = update(t, map[string]any{"resetMethod": "TEMPORARY_PASSWORD", "registrationOpen": true})
		want["resetMethod"], want["registrationOpen"] = "TEMPORARY_PASSWORD", true
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(settingsOf(t, admin), want) {
			t.Fatalf("after two more changes: %v, want %v", got, want)
		}
		update(t, map[string]any{"resetMethod": "LINK", "registrationOpen": false, "lockoutMinutes": 0})
	})

	tests := []struct {
		name  string
		input map[string]any
		field string
	}{
		{"lockout threshold 0", map[string]any{"lockoutThreshold": 0}, "input.lockoutThreshold"},
		{"lockout threshold above 100", map[string]any{"lockoutThreshold": 101}, "input.lockoutThreshold"},
		{"reset links of one minute", map[string]any{"resetLinkLifetimeMinutes": 1}, "input.resetLinkLifetimeMinutes"},
		{"reset links of more than a week", map[string]any{"resetLinkLifetimeMinutes": 7*24*60 + 1}, "input.resetLinkLifetimeMinutes"},
		{"no reset email an hour", map[string]any{"resetRequestsPerHour": 0}, "input.resetRequestsPerHour"},
		{"negative interval", map[string]any{"resetMinIntervalSeconds": -1}, "input.resetMinIntervalSeconds"},
		{"negative client limit", map[string]any{"ipRequestsPerMinute": -1}, "input.ipRequestsPerMinute"},
		{"negative lock duration", map[string]any{"lockoutMinutes": -5}, "input.lockoutMinutes"},
		{"a valid change with an invalid one", map[string]any{"lockoutMinutes": 30, "registrationOpen": true, "lockoutThreshold": 0}, "input.lockoutThreshold"},
	}
	for _, tt := range tests {
		t.Run("out of range: "+tt.name, func(t *testing.T) {
			got, errs := update(t, tt.input)
			if len(errs) != 1 || errs[0].Code != "INVALID_INPUT" || strings.Join(errs[0].Field, ".") != tt.field || got != nil {
				t.Fatalf("got %v %+v, want INVALID_INPUT on %s and no settings", got, errs, tt.field)
			}
			if now := settingsOf(t, admin); !reflect.DeepEqual(now, defaults) {
				t.Fatalf("a refused update changed the settings: %v", now)
			}
		})
	}
}
