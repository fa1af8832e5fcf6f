package main

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/token"
)

const tokensGenerateMutation = `mutation($login: String!, $password: String!, $name: String!) {
  generateToken(input: {login: $login, password: $password, name: $name}) {
    token
    accessToken { id name createdAt lastUsedAt expiresAt }
    userErrors { code field message }
  }
}`

type tokensAccessTokenJSON struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	CreatedAt  string  `json:"createdAt"`
	LastUsedAt *string `json:"lastUsedAt"`
	ExpiresAt  *string `json:"expiresAt"`
}

type tokensGenerateResult struct {
	GenerateToken struct {
		Token       *string                `json:"token"`
		AccessToken *tokensAccessTokenJSON `json:"accessToken"`
		UserErrors  []userErrorJSON        `json:"userErrors"`
	} `json:"generateToken"`
}

func tokensGenerate(t *testing.T, ta *testApp, login, pw, name string) (tokensGenerateResult, *gqlResponse) {
	t.Helper()
	br := ta.browser(t)
	resp := br.gql(tokensGenerateMutation, map[string]any{"login": login, "password": pw, "name": name})
	var out tokensGenerateResult
	resp.into(t, &out)
	if br.cookie(session.CookieName) != nil {
		t.Errorf("generateToken set a session cookie")
	}
	return out, resp
}

func tokensMyTokens(t *testing.T, ta *testApp, bearer string) []tokensAccessTokenJSON {
	t.Helper()
	var out struct {
		Me *struct {
			AccessTokens []tokensAccessTokenJSON `json:"accessTokens"`
		} `json:"me"`
	}
	ta.bearer(t, bearer, `{ me { accessTokens { id name createdAt lastUsedAt expiresAt } } }`, nil).into(t, &out)
	if out.Me == nil {
		t.Fatal("me is null with a bearer token")
	}
	return out.Me.AccessTokens
}

func TestIntegratorGeneratesUsesAndRevokesAToken(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		apiID := ta.createUser(t, "api@example.com", "api", false)
		ta.createUser(t, "other@example.com", "other", false)

		out, resp := tokensGenerate(t, ta, "api@example.com", goodPassword, "  Shop sync  ")
		g := out.GenerateToken
		if g.Token == nil || !strings.HasPrefix(*g.Token, "lk_at_") || g.AccessToken == nil || len(g.UserErrors) != 0 {
			t.Fatalf("generateToken: %s", resp.Raw)
		}
		tok := *g.Token
		if g.AccessToken.Name != "Shop sync" || g.AccessToken.CreatedAt == "" || g.AccessToken.LastUsedAt != nil || g.AccessToken.ExpiresAt != nil {
			t.Errorf("accessToken %s", asJSON(g.AccessToken))
		}
		if len(tok) < len("lk_at_")+22 {
			t.Errorf("token %q is shorter than 128 bits", tok)
		}

		t.Run("only a hash is stored", func(t *testing.T) {
			row := ta.db.Client.AccessToken.GetX(context.Background(), g.AccessToken.ID)
			if row.TokenHash == tok || strings.Contains(row.TokenHash, tok[len("lk_at_"):]) || row.TokenHash != secret.Hash(tok) {
				t.Fatalf("stored %q for token %q", row.TokenHash, tok)
			}
		})

		t.Run("the token works as a bearer for queries and introspection", func(t *testing.T) {
			var me struct{ Me *struct{ ID string } }
			ta.bearer(t, tok, `{ me { id } }`, nil).into(t, &me)
			if me.Me == nil || me.Me.ID != apiID {
				t.Fatalf("me = %+v", me.Me)
			}
			var schema struct {
				Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
			}
			ta.bearer(t, tok, `{ __schema { queryType { name } } }`, nil).into(t, &schema)
			if schema.Schema.QueryType.Name != "Query" {
				t.Fatalf("introspection: %+v", schema)
			}
		})

		t.Run("me.accessTokens lists it, used, without its secret", func(t *testing.T) {
			list := tokensMyTokens(t, ta, tok)
			if len(list) != 1 || list[0].ID != g.AccessToken.ID || list[0].Name != "Shop sync" || list[0].CreatedAt == "" || list[0].LastUsedAt == nil {
				t.Fatalf("accessTokens: %s", asJSON(list))
			}
			var typ struct {
				Type struct {
					Fields []struct{ Name string } `json:"fields"`
				} `json:"__type"`
			}
			ta.bearer(t, tok, `{ __type(name: "AccessToken") { fields { name } } }`, nil).into(t, &typ)
			var names []string
			for _, f := range typ.Type.Fields {
				names = append(names, f.Name)
				if l := strings.ToLower(f.Name); strings.Contains(l, "token") || strings.Contains(l, "hash") || strings.Contains(l, "secret") {
					t.Errorf("AccessToken exposes %q", f.Name)
				}
			}
			if fmt.Sprint(names) != "[id name createdAt lastUsedAt expiresAt]" {
				t.Errorf("AccessToken fields %v", names)
			}
			if resp := ta.bearer(t, tok, `{ me { accessTokens { tokenHash } } }`, nil); len(resp.Errors) == 0 {
				t.Errorf("tokenHash is queryable: %s", resp.Raw)
			}
			for _, raw := range []string{ta.bearer(t, tok, `{ me { accessTokens { id name createdAt lastUsedAt expiresAt } } }`, nil).Raw} {
				if strings.Contains(raw, tok) || strings.Contains(raw, secret.Hash(tok)) {
					t.Errorf("the list holds the secret: %s", raw)
				}
			}
		})

		t.Run("bearer requests are not subject to the cross-site check", func(t *testing.T) {
			resp := ta.bearer(t, tok, `{ me { id } }`, nil, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example")
			if resp.Status != http.StatusOK || len(resp.Errors) != 0 {
				t.Fatalf("cross-site bearer query: %d %s", resp.Status, resp.Raw)
			}
			resp = ta.bearer(t, tok, `mutation { createAccessToken(input: {name: "cross"}) { token userErrors { code } } }`, nil, "Sec-Fetch-Site", "cross-site")
			if resp.Status != http.StatusOK {
				t.Fatalf("cross-site bearer mutation: %d %s", resp.Status, resp.Raw)
			}
			wantUserError(t, resp, "createAccessToken", "")
		})

		t.Run("another person cannot revoke it", func(t *testing.T) {
			other := ta.signedIn(t, "other")
			resp := other.gql(`mutation($id: ID!) { revokeAccessToken(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": g.AccessToken.ID})
			wantUserError(t, resp, "revokeAccessToken", "NOT_FOUND")
			if r := ta.bearer(t, tok, `{ me { id } }`, nil); r.Status != 200 {
				t.Fatalf("the token stopped working: %d", r.Status)
			}
		})

		t.Run("a revoked token is refused from the next request on", func(t *testing.T) {
			resp := ta.bearer(t, tok, `mutation($id: ID!) { revokeAccessToken(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": g.AccessToken.ID})
			wantUserError(t, resp, "revokeAccessToken", "")
			next := ta.bearer(t, tok, `{ me { id } }`, nil)
			if next.Status != http.StatusUnauthorized || next.code() != "UNAUTHENTICATED" {
				t.Fatalf("after revocation: %d %s", next.Status, next.Raw)
			}
			if n := ta.db.Client.AccessToken.Query().Where(accesstoken.ID(g.AccessToken.ID)).CountX(context.Background()); n != 0 {
				t.Fatalf("the revoked token is still stored")
			}
		})

		t.Run("an expired token is refused", func(t *testing.T) {
			out, _ := tokensGenerate(t, ta, "api", goodPassword, "short-lived")
			tok := *out.GenerateToken.Token
			if r := ta.bearer(t, tok, `{ me { id } }`, nil); r.Status != 200 {
				t.Fatalf("fresh token: %d", r.Status)
			}
			ta.db.Client.AccessToken.UpdateOneID(out.GenerateToken.AccessToken.ID).SetExpiresAt(time.Now().Add(-time.Second)).ExecX(context.Background())
			if r := ta.bearer(t, tok, `{ me { id } }`, nil); r.Status != http.StatusUnauthorized || r.code() != "UNAUTHENTICATED" {
				t.Fatalf("expired token: %d %s", r.Status, r.Raw)
			}
		})
	})
}

func TestIntegratorCreatesTokensWithAnExpiry(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "dev@example.com", "dev", false)
	br := ta.signedIn(t, "dev")
	const create = `mutation($name: String!, $exp: Time) { createAccessToken(input: {name: $name, expiresAt: $exp}) { token accessToken { id name expiresAt } userErrors { code field } } }`
	tests := []struct {
		name, tokenName string
		exp             any
		code            string
	}{
		{"no expiry", "forever", nil, ""},
		{"an expiry next week", "weekly", time.Now().Add(7 * 24 * time.Hour).UTC().Format(time.RFC3339), ""},
		{"an expiry in the past", "past", time.Now().Add(-time.Hour).UTC().Format(time.RFC3339), "INVALID_INPUT"},
		{"an expiry beyond two years", "far", time.Now().Add(3 * 366 * 24 * time.Hour).UTC().Format(time.RFC3339), "INVALID_INPUT"},
		{"an empty name", "  ", nil, "INVALID_INPUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := br.gql(create, map[string]any{"name": tt.tokenName, "exp": tt.exp})
			var out struct {
				CreateAccessToken struct {
					Token       *string                `json:"token"`
					AccessToken *tokensAccessTokenJSON `json:"accessToken"`
					UserErrors  []userErrorJSON        `json:"userErrors"`
				} `json:"createAccessToken"`
			}
			resp.into(t, &out)
			c := out.CreateAccessToken
			if onlyCode(c.UserErrors) != tt.code {
				t.Fatalf("code %q, want %q: %s", onlyCode(c.UserErrors), tt.code, resp.Raw)
			}
			if tt.code != "" {
				if c.Token != nil {
					t.Fatalf("a refused token was issued: %s", resp.Raw)
				}
				return
			}
			if c.Token == nil || !strings.HasPrefix(*c.Token, "lk_at_") || (tt.exp != nil) != (c.AccessToken.ExpiresAt != nil) {
				t.Fatalf("created %s", resp.Raw)
			}
		})
	}
	t.Run("the past expiry names its field", func(t *testing.T) {
		resp := br.gql(create, map[string]any{"name": "x", "exp": "2000-01-01T00:00:00Z"})
		ues := resp.userErrors(t, "createAccessToken")
		if len(ues) != 1 || fmt.Sprint(ues[0].Field) != "[input expiresAt]" {
			t.Fatalf("%s", resp.Raw)
		}
	})
	t.Run("anonymous callers cannot create tokens", func(t *testing.T) {
		wantTopLevel(t, ta.browser(t).gql(create, map[string]any{"name": "anon"}), "UNAUTHENTICATED")
	})
}

func TestIntegratorWrongPasswordsLockTheAccount(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.createUser(t, "bot@example.com", "bot", false)
	for i := 1; i <= 5; i++ {
		out, resp := tokensGenerate(t, ta, "bot", "Wrong-Horse-9", "ci")
		code := onlyCode(out.GenerateToken.UserErrors)
		want := "INVALID_CREDENTIALS"
		if i == 5 {
			want = "ACCOUNT_LOCKED"
		}
		if code != want || out.GenerateToken.Token != nil {
			t.Fatalf("attempt %d: %q, want %q: %s", i, code, want, resp.Raw)
		}
	}
	out, resp := tokensGenerate(t, ta, "bot", goodPassword, "ci")
	if onlyCode(out.GenerateToken.UserErrors) != "ACCOUNT_LOCKED" || out.GenerateToken.Token != nil {
		t.Fatalf("the right password after 5 failures: %s", resp.Raw)
	}
	if r := ta.browser(t).signIn("bot", goodPassword); onlyCode(r.SignIn.UserErrors) != "ACCOUNT_LOCKED" {
		t.Fatalf("browser sign-in after 5 token failures: %+v", r)
	}
}

func TestIntegratorCannotMultiplyAttemptsWithAliases(t *testing.T) {
	t.Run("six aliased generateToken calls with wrong passwords lock the account", func(t *testing.T) {
		ta := newTestApp(t, testdb.SQLite)
		ta.createUser(t, "alias@example.com", "alias", false)
		var q strings.Builder
		q.WriteString("mutation {")
		for i := 0; i < 6; i++ {
			fmt.Fprintf(&q, ` g%d: generateToken(input: {login: "alias", password: "Wrong-Guess-%d", name: "x"}) { token userErrors { code } }`, i, i)
		}
		q.WriteString(" }")
		resp := ta.browser(t).gql(q.String(), nil)
		var out map[string]struct {
			Token      *string         `json:"token"`
			UserErrors []userErrorJSON `json:"userErrors"`
		}
		resp.into(t, &out)
		var codes []string
		for i := 0; i < 6; i++ {
			p := out[fmt.Sprintf("g%d", i)]
			if p.Token != nil {
				t.Fatalf("a wrong password got a token: %s", resp.Raw)
			}
			codes = append(codes, onlyCode(p.UserErrors))
		}
		if fmt.Sprint(codes) != "[INVALID_CREDENTIALS INVALID_CREDENTIALS INVALID_CREDENTIALS INVALID_CREDENTIALS ACCOUNT_LOCKED ACCOUNT_LOCKED]" {
			t.Errorf("codes %v", codes)
		}
		if r := ta.browser(t).signIn("alias", goodPassword); onlyCode(r.SignIn.UserErrors) != "ACCOUNT_LOCKED" {
			t.Fatalf("the account is not locked after 6 aliased failures: %+v", r)
		}
	})

	t.Run("forty aliased signIn calls hit the per-address limit", func(t *testing.T) {
		ta := newTestApp(t, testdb.SQLite)
		ta.createUser(t, "many@example.com", "many", false)
		awayFromWindowEdge(time.Minute, 10*time.Second)
		var q strings.Builder
		q.WriteString("mutation {")
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&q, ` s%d: signIn(input: {login: "many", password: "%s"}) { user { id } userErrors { code } }`, i, goodPassword)
		}
		q.WriteString(" }")
		resp := ta.browser(t).gql(q.String(), nil)
		var out map[string]struct {
			User       *struct{ ID string } `json:"user"`
			UserErrors []userErrorJSON      `json:"userErrors"`
		}
		resp.into(t, &out)
		limited := 0
		for i := 0; i < 40; i++ {
			p := out[fmt.Sprintf("s%d", i)]
			if onlyCode(p.UserErrors) == "RATE_LIMITED" {
				limited++
				if p.User != nil {
					t.Fatalf("a limited call signed in: %s", resp.Raw)
				}
			} else if i >= 30 {
				t.Errorf("call %d past the limit of 30: %+v", i+1, p)
			}
		}
		if limited != 10 {
			t.Fatalf("%d of 40 calls limited, want 10 (limit 30 a minute)", limited)
		}
		// The limit holds for the next request too.
		if r := ta.browser(t).signIn("many", goodPassword); onlyCode(r.SignIn.UserErrors) != "RATE_LIMITED" {
			t.Fatalf("the next sign-in: %+v", r)
		}
		if out, _ := tokensGenerate(t, ta, "many", goodPassword, "x"); onlyCode(out.GenerateToken.UserErrors) != "RATE_LIMITED" {
			t.Fatalf("generateToken over the limit: %+v", out)
		}
	})
}

// A thief holding a stolen access token keeps sending createAccessToken
// while the owner changes the password (or an admin forces a sign-out):
// the token the thief's request made from the stolen one must not survive
// its end. Here the stolen token ends (as a password change ends it) just
// after the request looked it up and before the new token is written,
// the moment a race would hit: the new token is refused, on both backends.
func TestATokenMadeAsItsCallerTokenEndsDoesNotSurviveIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		stolen := ta.accessToken(t, annID)
		stolenID := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).OnlyX(ctx).ID

		// The second read of the stolen token in the request (the first
		// authenticates it) is createAccessToken's: end the token then.
		var seen, armed atomic.Int32
		armed.Store(1)
		ta.db.Client.AccessToken.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
			return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
				v, err := next.Query(ctx, q)
				if armed.Load() == 0 {
					return v, err
				}
				found := false
				switch x := v.(type) {
				case []*ent.AccessToken:
					for _, at := range x {
						found = found || at.ID == stolenID
					}
				case *ent.AccessToken:
					found = x != nil && x.ID == stolenID
				}
				if found && seen.Add(1) == 2 && armed.CompareAndSwap(1, 0) {
					ta.db.Client.AccessToken.DeleteOneID(stolenID).ExecX(context.Background())
				}
				return v, err
			})
		}))
		resp := ta.bearer(t, stolen, `mutation { createAccessToken(input: {name: "mine now"}) { token userErrors { code } } }`, nil)
		if armed.Load() != 0 {
			t.Fatalf("the request did not read the stolen token twice (%d): %s", seen.Load(), resp.Raw)
		}
		if n := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).CountX(ctx); n != 0 {
			t.Fatalf("a token made from an ended token survives it (%d tokens): %s", n, resp.Raw)
		}
	})
}

// 30 createAccessToken requests at once for an account 5 short of
// MaxPerUser: on PostgreSQL each counted the tokens before any wrote, and
// all were made. The account's row lock puts them one after the other.
func TestParallelTokenCreationsStopAtMaxPerUser(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		for range token.MaxPerUser - 5 {
			ta.accessToken(t, annID)
		}
		ann := ta.signedIn(t, "ann")
		var wg sync.WaitGroup
		for range 30 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ann.gql(`mutation { createAccessToken(input: {name: "ci"}) { token userErrors { code } } }`, nil)
			}()
		}
		wg.Wait()
		if n := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).CountX(ctx); n > token.MaxPerUser {
			t.Fatalf("%d tokens, more than %d", n, token.MaxPerUser)
		}
	})
}
