package main

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestEveryLifecycleEventIsAuditedWithTheClientAddress(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) {
			u.SetIPRequestsPerMinute(0).SetResetMinIntervalSeconds(0).SetRegistrationOpen(true)
		})
		admin := ta.newAdmin(t)

		// Sign up and confirm the address.
		su := payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": "sam@example.com", "username": "sam", "pw": goodPassword, "confirm": goodPassword})
		if su.code() != "" {
			t.Fatalf("signUp: %+v", su)
		}
		id := ta.db.Client.User.Query().Where(user.Username("sam")).OnlyX(context.Background()).ID
		verify := smtp.WaitTo("sam@example.com", "Confirm your email address", mailWait)
		payloadOf(t, ta.browser(t), "verifyEmail", verifyEmailQ, map[string]any{"token": verify.Token()})

		// Forget the password and reset it.
		requestReset(t, ta.browser(t), "sam")
		reset := smtp.WaitTo("sam@example.com", "Reset your password", mailWait)
		if p := resetPassword(t, ta.browser(t), reset.Token(), newPassword, newPassword); p.code() != "" {
			t.Fatalf("reset: %+v", p)
		}

		// Change the password and the address.
		br := ta.browser(t)
		br.mustSignIn("sam", newPassword)
		if p := changePassword(t, br, newPassword, goodPassword, goodPassword); p.code() != "" {
			t.Fatalf("change: %+v", p)
		}
		if p := payloadOf(t, br, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "samuel@example.org", "pw": goodPassword}); p.code() != "" {
			t.Fatalf("requestEmailChange: %+v", p)
		}
		confirm := smtp.WaitTo("samuel@example.org", "Confirm your new email address", mailWait)
		payloadOf(t, ta.browser(t), "confirmEmailChange", confirmEmailChangeQ, map[string]any{"token": confirm.Token()})

		// Ask for the username, then get locked out.
		payloadOf(t, ta.browser(t), "requestUsernameReminder", reminderQ, map[string]any{"email": "samuel@example.org"})
		for i := 0; i < 5; i++ {
			ta.browser(t).signInCode("sam", "Wrong-Horse-9")
		}
		setSettingsAsAdmin(t, admin, map[string]any{"lockoutMinutes": 30})
		ta.drainMail(t)

		for _, typ := range []string{
			"SIGNED_UP", "EMAIL_VERIFIED", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET", "SIGN_IN_SUCCEEDED",
			"PASSWORD_CHANGED", "EMAIL_CHANGE_REQUESTED", "EMAIL_CHANGED", "USERNAME_REMINDER_SENT",
			"SIGN_IN_FAILED", "ACCOUNT_LOCKED",
		} {
			evs := ta.auditRows(t, typ, id)
			if len(evs) == 0 {
				t.Errorf("no %s event about the account", typ)
				continue
			}
			for _, e := range evs {
				if e.IP != "127.0.0.1" || e.UserAgent == "" {
					t.Errorf("%s recorded from %q / %q, want 127.0.0.1 and the user agent", typ, e.IP, e.UserAgent)
				}
			}
		}
		changed := ta.auditRows(t, "EMAIL_CHANGED", id)
		if len(changed) == 1 && (changed[0].Details["old_email"] != "sam@example.com" || changed[0].Details["new_email"] != "samuel@example.org") {
			t.Errorf("EMAIL_CHANGED details: %v", changed[0].Details)
		}
		settingsEvs := ta.auditRows(t, "SECURITY_SETTINGS_UPDATED", "")
		if len(settingsEvs) != 1 || settingsEvs[0].IP != "127.0.0.1" || settingsEvs[0].ActorID == "" {
			t.Errorf("SECURITY_SETTINGS_UPDATED: %+v", settingsEvs)
		}

		t.Run("the person sees their own trail", func(t *testing.T) {
			owner := ta.browser(t)
			wantUserError(t, admin.gql(`mutation($id: ID!) { unlockUser(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": id}), "unlockUser", "")
			owner.mustSignIn("sam", goodPassword)
			var out struct {
				Me struct {
					Activity struct {
						TotalCount int
						Edges      []struct{ Node struct{ Type, IP string } }
					}
				}
			}
			owner.gql(`{ me { activity(first: 100) { totalCount edges { node { type ip } } } } }`, nil).into(t, &out)
			seen := map[string]bool{}
			for _, e := range out.Me.Activity.Edges {
				seen[e.Node.Type] = true
			}
			for _, typ := range []string{"PASSWORD_RESET", "PASSWORD_CHANGED", "EMAIL_CHANGED", "ACCOUNT_LOCKED"} {
				if !seen[typ] {
					t.Errorf("the person's activity lacks %s: %v", typ, seen)
				}
			}
		})
	})
}
