package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/internal/testdb"
)

const tokCreateMutation = `mutation($name: String!, $exp: Time) {
  createAccessToken(input: {name: $name, expiresAt: $exp}) {
    token accessToken { id expiresAt } userErrors { code field }
  }
}`

type tokCreated struct {
	CreateAccessToken struct {
		Token       *string `json:"token"`
		AccessToken *struct {
			ID        string     `json:"id"`
			ExpiresAt *time.Time `json:"expiresAt"`
		} `json:"accessToken"`
		UserErrors []userErrorJSON `json:"userErrors"`
	} `json:"createAccessToken"`
}

// A thief holding a token that expires in an hour mints, over it, a token
// that expires later or never, to keep access after the first one ends.
func TestBearerTokenCannotMintTokenThatOutlivesIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "owner@example.com", "owner", false)
		owner := ta.signedIn(t, "owner")
		ctx := context.Background()

		mint := func(t *testing.T, br *browser, headers []string, name string, exp *time.Time) tokCreated {
			t.Helper()
			vars := map[string]any{"name": name}
			if exp != nil {
				vars["exp"] = exp.UTC().Format(time.RFC3339)
			}
			var out tokCreated
			br.gql(tokCreateMutation, vars, headers...).into(t, &out)
			return out
		}
		parentExp := time.Now().Add(time.Hour).Truncate(time.Second)
		parent := mint(t, owner, nil, "expiring", &parentExp)
		if parent.CreateAccessToken.Token == nil {
			t.Fatalf("the session could not create a token: %+v", parent)
		}
		bearer := []string{"Authorization", "Bearer " + *parent.CreateAccessToken.Token}
		count := func() int { return ta.db.Client.AccessToken.Query().CountX(ctx) }

		t.Run("refused", func(t *testing.T) {
			for _, tt := range []struct {
				name string
				exp  time.Time
			}{
				{"a minute later than the caller", parentExp.Add(time.Minute)},
				{"a year later than the caller", parentExp.Add(365 * 24 * time.Hour)},
			} {
				t.Run(tt.name, func(t *testing.T) {
					before := count()
					out := mint(t, ta.browser(t), bearer, "later", &tt.exp)
					c := out.CreateAccessToken
					if c.Token != nil || onlyCode(c.UserErrors) != "INVALID_INPUT" || fmt.Sprint(c.UserErrors[0].Field) != "[input expiresAt]" {
						t.Fatalf("a token outliving its creator: %s", asJSON(c))
					}
					if count() != before {
						t.Fatal("a token was stored")
					}
				})
			}
		})

		t.Run("no expiry asked: the caller's", func(t *testing.T) {
			out := mint(t, ta.browser(t), bearer, "none", nil)
			c := out.CreateAccessToken
			if c.Token == nil || c.AccessToken == nil || c.AccessToken.ExpiresAt == nil || !c.AccessToken.ExpiresAt.Equal(parentExp) {
				t.Fatalf("created without an expiry over an expiring token: %s", asJSON(c))
			}
			stored := ta.db.Client.AccessToken.Query().Where(accesstoken.ID(c.AccessToken.ID)).OnlyX(ctx)
			if stored.ExpiresAt == nil || !stored.ExpiresAt.Equal(parentExp) {
				t.Fatalf("stored expiry %v, want %v", stored.ExpiresAt, parentExp)
			}
		})

		t.Run("an earlier expiry is allowed", func(t *testing.T) {
			exp := parentExp.Add(-10 * time.Minute)
			out := mint(t, ta.browser(t), bearer, "earlier", &exp)
			if c := out.CreateAccessToken; c.AccessToken == nil || c.AccessToken.ExpiresAt == nil || !c.AccessToken.ExpiresAt.Equal(exp) {
				t.Fatalf("%s", asJSON(c))
			}
		})

		t.Run("over a token that never expires, and over a session, any expiry", func(t *testing.T) {
			forever := mint(t, owner, nil, "forever", nil)
			if forever.CreateAccessToken.AccessToken == nil || forever.CreateAccessToken.AccessToken.ExpiresAt != nil {
				t.Fatalf("a session could not create a token without expiry: %s", asJSON(forever))
			}
			out := mint(t, ta.browser(t), []string{"Authorization", "Bearer " + *forever.CreateAccessToken.Token}, "child", nil)
			if c := out.CreateAccessToken; c.AccessToken == nil || c.AccessToken.ExpiresAt != nil {
				t.Fatalf("%s", asJSON(c))
			}
		})
	})
}
