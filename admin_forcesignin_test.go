package main

import (
	"net/http"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

func TestAdminForcesSomeoneToSignInAgainEverywhere(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		ta.createUser(t, "root@example.com", "root", true)
		fayID := ta.createUser(t, "fay@example.com", "fay", false)
		ta.createUser(t, "gus@example.com", "gus", false)
		admin := ta.signedIn(t, "root")
		laptop := ta.signedIn(t, "fay")
		phone := ta.signedIn(t, "fay")
		bystander := ta.signedIn(t, "gus")

		var tokens []string
		for _, name := range []string{"shop", "crm"} {
			var out struct {
				CreateAccessToken struct {
					Token      string          `json:"token"`
					UserErrors []userErrorJSON `json:"userErrors"`
				} `json:"createAccessToken"`
			}
			laptop.gql(`mutation($n: String!) { createAccessToken(input: {name: $n}) { token userErrors { code } } }`, map[string]any{"n": name}).into(t, &out)
			if out.CreateAccessToken.Token == "" {
				t.Fatalf("createAccessToken: %+v", out)
			}
			tokens = append(tokens, out.CreateAccessToken.Token)
		}
		for _, tok := range tokens {
			if resp := ta.bearer(t, tok, `{ me { id } }`, nil); resp.Status != 200 {
				t.Fatalf("token before: %d %s", resp.Status, resp.Raw)
			}
		}
		var asked struct {
			RequestReset struct{ UserErrors []userErrorJSON } `json:"requestReset"`
		}
		ta.browser(t).gql(`mutation { requestReset(input: {login: "fay"}) { userErrors { code } } }`, nil).into(t, &asked)
		ta.background.Wait()
		resetToken := linkToken(t, smtp.WaitTo("fay@example.com", "Reset your password", mailWait), "/reset-password")

		var out struct {
			ForceSignIn struct {
				RevokedSessions int             `json:"revokedSessions"`
				RevokedTokens   int             `json:"revokedTokens"`
				UserErrors      []userErrorJSON `json:"userErrors"`
			} `json:"forceSignIn"`
		}
		admin.gql(`mutation($id: ID!) { forceSignIn(input: {userId: $id}) { revokedSessions revokedTokens userErrors { code } } }`, map[string]any{"id": fayID}).into(t, &out)
		if out.ForceSignIn.RevokedSessions != 2 || out.ForceSignIn.RevokedTokens != 2 || len(out.ForceSignIn.UserErrors) != 0 {
			t.Fatalf("forceSignIn: %+v", out)
		}

		for name, br := range map[string]*browser{"laptop": laptop, "phone": phone} {
			if br.me() != nil {
				t.Errorf("the %s is still signed in", name)
			}
		}
		for i, tok := range tokens {
			if resp := ta.bearer(t, tok, `{ me { id } }`, nil); resp.Status != http.StatusUnauthorized || resp.code() != "UNAUTHENTICATED" {
				t.Errorf("token %d after: %d %s", i, resp.Status, resp.Raw)
			}
		}
		var reset struct {
			ResetPassword struct {
				User       *struct{ ID string } `json:"user"`
				UserErrors []userErrorJSON      `json:"userErrors"`
			} `json:"resetPassword"`
		}
		ta.browser(t).gql(`mutation($t: String!) { resetPassword(input: {token: $t, newPassword: "Hidden-Valley-58", newPasswordConfirmation: "Hidden-Valley-58"}) { user { id } userErrors { code } } }`,
			map[string]any{"t": resetToken}).into(t, &reset)
		if reset.ResetPassword.User != nil || onlyCode(reset.ResetPassword.UserErrors) != "TOKEN_INVALID" {
			t.Errorf("the reset link after a forced sign-in: %+v", reset)
		}
		if bystander.me() == nil || admin.me() == nil {
			t.Error("other people were signed out too")
		}
		// The password stays.
		again := ta.signedIn(t, "fay")
		if me := again.me(); me == nil || me.ID != fayID {
			t.Fatalf("sign-in after a forced sign-out: %+v", me)
		}

		t.Run("of an unknown id is NOT_FOUND", func(t *testing.T) {
			resp := admin.gql(`mutation { forceSignIn(input: {userId: "usr_00000000000000000000000000"}) { revokedSessions userErrors { code } } }`, nil)
			wantUserError(t, resp, "forceSignIn", "NOT_FOUND")
		})
	})
}
