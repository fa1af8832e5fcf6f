package settings

import (
	"context"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestLoadSettingsCreatesDefaultsOnce(t *testing.T) {
	tests := []struct {
		name string
		get  func(*ent.SecuritySettings) interface{}
		want interface{}
	}{
		{"reset link lifetime is a day", func(s *ent.SecuritySettings) interface{} { return s.ResetLinkLifetimeMinutes }, 1440},
		{"set-password link lifetime is a week", func(s *ent.SecuritySettings) interface{} { return s.SetPasswordLinkLifetimeMinutes }, 7 * 1440},
		{"lockout after five failures", func(s *ent.SecuritySettings) interface{} { return s.LockoutThreshold }, 5},
		{"lockout until an admin unlocks", func(s *ent.SecuritySettings) interface{} { return s.LockoutMinutes }, 0},
		{"reset by link", func(s *ent.SecuritySettings) interface{} { return s.ResetMethod }, securitysettings.ResetMethodLINK},
		{"registration closed", func(s *ent.SecuritySettings) interface{} { return s.RegistrationOpen }, false},
		{"default password policy", func(s *ent.SecuritySettings) interface{} { return s.PasswordPolicy }, securitysettings.PasswordPolicyDEFAULT},
		{"five reset requests an hour", func(s *ent.SecuritySettings) interface{} { return s.ResetRequestsPerHour }, 5},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		first, err := Load(ctx, db.Client)
		if err != nil {
			t.Fatalf("first Load: %v", err)
		}
		second, err := Load(ctx, db.Client)
		if err != nil {
			t.Fatalf("second Load: %v", err)
		}
		if first.ID != second.ID {
			t.Fatalf("two Loads gave rows %s and %s, want the same", first.ID, second.ID)
		}
		if n, err := db.Client.SecuritySettings.Query().Count(ctx); err != nil || n != 1 {
			t.Fatalf("%d settings rows (%v), want 1", n, err)
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if got := tt.get(second); got != tt.want {
					t.Fatalf("got %v, want %v", got, tt.want)
				}
			})
		}
	})
}

func TestLoadSettingsReturnsWhatAnAdminSaved(t *testing.T) {
	tests := []struct {
		name   string
		update func(*ent.SecuritySettingsUpdateOne)
		check  func(*ent.SecuritySettings) bool
	}{
		{"NIST policy", func(u *ent.SecuritySettingsUpdateOne) { u.SetPasswordPolicy(securitysettings.PasswordPolicyNIST) },
			func(s *ent.SecuritySettings) bool { return s.PasswordPolicy == securitysettings.PasswordPolicyNIST }},
		{"open registration", func(u *ent.SecuritySettingsUpdateOne) { u.SetRegistrationOpen(true) },
			func(s *ent.SecuritySettings) bool { return s.RegistrationOpen }},
		{"shorter reset links", func(u *ent.SecuritySettingsUpdateOne) { u.SetResetLinkLifetimeMinutes(30) },
			func(s *ent.SecuritySettings) bool { return s.ResetLinkLifetimeMinutes == 30 }},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				s, err := Load(ctx, db.Client)
				if err != nil {
					t.Fatal(err)
				}
				u := s.Update()
				tt.update(u)
				if err := u.Exec(ctx); err != nil {
					t.Fatal(err)
				}
				got, err := Load(ctx, db.Client)
				if err != nil {
					t.Fatal(err)
				}
				if got.ID != s.ID || !tt.check(got) {
					t.Fatalf("Load after update = %+v", got)
				}
				if n, err := db.Client.SecuritySettings.Query().Count(ctx); err != nil || n != 1 {
					t.Fatalf("%d settings rows (%v), want 1", n, err)
				}
			})
		}
	})
}

func TestPasswordPolicyFollowsSettings(t *testing.T) {
	tests := []struct {
		name   string
		policy securitysettings.PasswordPolicy
		want   password.Policy
	}{
		{"DEFAULT", securitysettings.PasswordPolicyDEFAULT, password.Default},
		{"NIST", securitysettings.PasswordPolicyNIST, password.NIST},
		{"unknown value falls back to DEFAULT", securitysettings.PasswordPolicy("SOMETHING"), password.Default},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Policy(&ent.SecuritySettings{PasswordPolicy: tt.policy}); got != tt.want {
				t.Fatalf("Policy(%s) = %+v, want %+v", tt.policy, got, tt.want)
			}
		})
	}
}

func TestUpdateRecordsItsChangeInTheSameTransaction(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		threshold, open := 7, true
		tests := []struct {
			name    string
			ch      Changes
			wantErr bool
		}{
			{"a change is applied with its event", Changes{LockoutThreshold: &threshold, RegistrationOpen: &open}, false},
			{"an out-of-range change writes nothing", Changes{LockoutThreshold: new(int)}, true},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := db.Client.AuditEvent.Query().CountX(ctx)
				_, err := Update(ctx, db.Client, "usr_admin", tt.ch)
				if (err != nil) != tt.wantErr {
					t.Fatalf("Update: %v", err)
				}
				evs := db.Client.AuditEvent.Query().AllX(ctx)
				if tt.wantErr {
					if len(evs) != before {
						t.Fatalf("a refused change wrote %d events", len(evs)-before)
					}
					return
				}
				if len(evs) != before+1 {
					t.Fatalf("%d events, want 1 more than %d", len(evs), before)
				}
				e := evs[len(evs)-1]
				if e.Type != "SECURITY_SETTINGS_UPDATED" || e.ActorID != "usr_admin" || e.Details["lockoutThreshold"] != "7" || e.Details["registrationOpen"] != "true" {
					t.Fatalf("event %+v", e)
				}
			})
		}
	})
}

func TestLifetimesTurnMinutesIntoDurations(t *testing.T) {
	st := &ent.SecuritySettings{
		ResetLinkLifetimeMinutes:       90,
		SetPasswordLinkLifetimeMinutes: 7 * 1440,
		LockoutMinutes:                 15,
		ResetMinIntervalSeconds:        45,
	}
	tests := []struct {
		name string
		got  time.Duration
		want time.Duration
	}{
		{"a reset link works for its minutes", ResetLinkLifetime(st), 90 * time.Minute},
		{"a set-password link works for its minutes", SetPasswordLifetime(st), 7 * 24 * time.Hour},
		{"an invitation works as long as a set-password link", InvitationLifetime(st), 7 * 24 * time.Hour},
		{"a lock holds for its minutes", LockoutDuration(st), 15 * time.Minute},
		{"a lock of zero minutes holds until an unlock", LockoutDuration(&ent.SecuritySettings{}), 0},
		{"two reset emails are apart by its seconds", ResetMinInterval(st), 45 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}
