package main

import (
	"context"
	"testing"

	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/testdb"
)

// The same address in NFC and NFD (é as one code point, or e and a
// combining accent) looks the same everywhere and reaches the same
// mailbox: it must be one account.
const (
	heNFC = "jos\u00e9@example.com"
	heNFD = "jose\u0301@example.com"
)

func TestSignUpWithTheNFDSpellingOfATakenAddressMakesNoSecondAccount(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, _ := lcMailApp(t, b)
		lcNoClientLimit(t, ta)
		admin := lcAdmin(t, ta)
		lcSetSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true})
		ctx := context.Background()

		// The first person signs up with the NFD spelling: stored in NFC.
		if p := lcCall(t, ta.browser(t), "signUp", lcSignUpQ, map[string]any{"email": heNFD, "username": "jose", "pw": lcNewPassword, "confirm": lcNewPassword}); p.code() != "" {
			t.Fatalf("signUp: %+v", p)
		}
		u := ta.db.Client.User.Query().Where(user.Username("jose")).OnlyX(ctx)
		if u.Email != heNFC || u.EmailKey != heNFC {
			t.Fatalf("stored %q (key %q), want the NFC spelling", u.Email, u.EmailKey)
		}
		// Whichever spelling comes next finds the account.
		for _, email := range []string{heNFC, heNFD} {
			lcCall(t, ta.browser(t), "signUp", lcSignUpQ, map[string]any{"email": email, "username": "jose2", "pw": lcNewPassword, "confirm": lcNewPassword})
			resp := admin.gql(adminCreateUserMutation, map[string]any{"input": map[string]any{"email": email, "username": "jose3"}})
			var out struct{ CreateUser lcPayload }
			resp.into(t, &out)
			if out.CreateUser.code() != "ALREADY_EXISTS" || out.CreateUser.field() != "input.email" {
				t.Fatalf("an admin creating %q: %s", email, resp.Raw)
			}
		}
		if n := ta.db.Client.User.Query().Where(user.UsernameIn("jose2", "jose3")).CountX(ctx); n != 0 {
			t.Fatalf("%d second accounts for the same address", n)
		}
		if c := lcSignInCode(t, ta.browser(t), heNFD, lcNewPassword); c != "" {
			t.Fatalf("signing in with the NFD spelling: %q", c)
		}
	})
}
