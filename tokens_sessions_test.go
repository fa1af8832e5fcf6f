package main

import (
	"context"
	"net/http"
	"slices"
	"testing"

	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

const tokensMySessionsQuery = `{ me { id sessions { id ip userAgent current createdAt lastSeenAt expiresAt } } }`

type tokensSessionJSON struct {
	ID         string `json:"id"`
	IP         string `json:"ip"`
	UserAgent  string `json:"userAgent"`
	Current    bool   `json:"current"`
	CreatedAt  string `json:"createdAt"`
	LastSeenAt string `json:"lastSeenAt"`
	ExpiresAt  string `json:"expiresAt"`
}

// tokensUABrowser is a browser that sends its own User-Agent.
type tokensUABrowser struct {
	*browser
	ua string
}

func (b tokensUABrowser) do(query string, vars map[string]any, headers ...string) *gqlResponse {
	b.t.Helper()
	return b.gql(query, vars, append([]string{"User-Agent", b.ua}, headers...)...)
}

func tokensSignedInWithUA(t *testing.T, ta *testApp, login, ua string) tokensUABrowser {
	t.Helper()
	b := tokensUABrowser{ta.browser(t), ua}
	var out signInResult
	b.do(signInMutation, map[string]any{"login": login, "password": goodPassword}).into(t, &out)
	if out.SignIn.User == nil {
		t.Fatalf("sign in as %s: %+v", login, out)
	}
	return b
}

func (b tokensUABrowser) sessions() []tokensSessionJSON {
	b.t.Helper()
	var out struct {
		Me *struct {
			Sessions []tokensSessionJSON `json:"sessions"`
		} `json:"me"`
	}
	b.do(tokensMySessionsQuery, nil).into(b.t, &out)
	if out.Me == nil {
		b.t.Fatal("not signed in")
	}
	return out.Me.Sessions
}

func (b tokensUABrowser) signedIn() bool {
	b.t.Helper()
	var out struct {
		Me *struct{ ID string } `json:"me"`
	}
	b.do(`{ me { id } }`, nil).into(b.t, &out)
	return out.Me != nil
}

func TestPersonSeesAndEndsTheirOwnSessions(t *testing.T) {
	ta := newTestApp(t, testdb.SQLite)
	ta.noClientLimit(t)
	samID := ta.createUser(t, "sam@example.com", "sam", false)
	olaID := ta.createUser(t, "ola@example.com", "ola", false)
	ta.createUser(t, "root@example.com", "root", true)
	laptop := tokensSignedInWithUA(t, ta, "sam", "Laptop-Browser/1.0")
	phone := tokensSignedInWithUA(t, ta, "sam", "Phone-Browser/2.0")
	ola := tokensSignedInWithUA(t, ta, "ola", "Ola-Browser/3.0")

	t.Run("me.sessions lists each session with where it is from, one of them current", func(t *testing.T) {
		ss := laptop.sessions()
		if len(ss) != 2 {
			t.Fatalf("sessions: %s", asJSON(ss))
		}
		current := 0
		uas := map[string]bool{}
		for _, s := range ss {
			if s.IP != "127.0.0.1" || s.ID == "" || s.CreatedAt == "" || s.LastSeenAt == "" || s.ExpiresAt == "" {
				t.Errorf("session %s", asJSON(s))
			}
			uas[s.UserAgent] = true
			if s.Current {
				current++
				if s.UserAgent != "Laptop-Browser/1.0" {
					t.Errorf("the current session is %q, want the laptop's", s.UserAgent)
				}
			}
		}
		if current != 1 || !uas["Laptop-Browser/1.0"] || !uas["Phone-Browser/2.0"] {
			t.Fatalf("current=%d user agents %v", current, uas)
		}
	})

	t.Run("revoking someone else's session is NOT_FOUND and ends nothing", func(t *testing.T) {
		olaSession := ta.db.Client.Session.Query().Where(session.UserID(olaID)).OnlyX(context.Background())
		resp := laptop.do(`mutation($id: ID!) { revokeSession(input: {id: $id}) { userErrors { code field } } }`, map[string]any{"id": olaSession.ID})
		wantUserError(t, resp, "revokeSession", "NOT_FOUND")
		if !ola.signedIn() {
			t.Fatal("ola was signed out by sam")
		}
	})

	t.Run("revoking another own session signs that browser out", func(t *testing.T) {
		var phoneID string
		for _, s := range laptop.sessions() {
			if !s.Current {
				phoneID = s.ID
			}
		}
		resp := laptop.do(`mutation($id: ID!) { revokeSession(input: {id: $id}) { userErrors { code field } } }`, map[string]any{"id": phoneID})
		wantUserError(t, resp, "revokeSession", "")
		if phone.signedIn() {
			t.Fatal("the revoked browser is still signed in")
		}
		if !laptop.signedIn() {
			t.Fatal("the revoking browser was signed out")
		}
		if ss := laptop.sessions(); len(ss) != 1 || !ss[0].Current {
			t.Fatalf("sessions after revoking: %s", asJSON(ss))
		}
	})

	t.Run("signOutEverywhere ends every other session and every token, but not this one", func(t *testing.T) {
		tablet := tokensSignedInWithUA(t, ta, "sam", "Tablet/4.0")
		desktop := tokensSignedInWithUA(t, ta, "sam", "Desktop/5.0")
		var tokens []string
		for _, name := range []string{"one", "two"} {
			var out struct {
				CreateAccessToken struct{ Token string } `json:"createAccessToken"`
			}
			tablet.do(`mutation($n: String!) { createAccessToken(input: {name: $n}) { token } }`, map[string]any{"n": name}).into(t, &out)
			tokens = append(tokens, out.CreateAccessToken.Token)
		}
		var viaToken struct {
			Me struct{ Sessions []tokensSessionJSON } `json:"me"`
		}
		ta.bearer(t, tokens[0], tokensMySessionsQuery, nil).into(t, &viaToken)
		if len(viaToken.Me.Sessions) != 3 {
			t.Errorf("sessions seen with a token: %s", asJSON(viaToken.Me.Sessions))
		}
		for _, s := range viaToken.Me.Sessions {
			if s.Current {
				t.Errorf("a session is current for a bearer request: %s", asJSON(s))
			}
		}
		var out struct {
			SignOutEverywhere struct {
				RevokedSessions int             `json:"revokedSessions"`
				RevokedTokens   int             `json:"revokedTokens"`
				UserErrors      []userErrorJSON `json:"userErrors"`
			} `json:"signOutEverywhere"`
		}
		laptop.do(`mutation { signOutEverywhere { revokedSessions revokedTokens userErrors { code } } }`, nil).into(t, &out)
		if out.SignOutEverywhere.RevokedSessions != 2 || out.SignOutEverywhere.RevokedTokens != 2 {
			t.Fatalf("signOutEverywhere: %+v", out)
		}
		if tablet.signedIn() || desktop.signedIn() {
			t.Error("another session survived signOutEverywhere")
		}
		for _, tok := range tokens {
			if resp := ta.bearer(t, tok, `{ me { id } }`, nil); resp.Status != http.StatusUnauthorized {
				t.Errorf("a token survived signOutEverywhere: %d %s", resp.Status, resp.Raw)
			}
		}
		if !laptop.signedIn() {
			t.Fatal("signOutEverywhere signed out the session it was made from")
		}
		if ss := laptop.sessions(); len(ss) != 1 || !ss[0].Current {
			t.Fatalf("sessions after: %s", asJSON(ss))
		}
		if !ola.signedIn() {
			t.Fatal("someone else was signed out")
		}
	})

	t.Run("me.activity lists the caller's own events only, newest first", func(t *testing.T) {
		var out struct {
			Me struct {
				Activity struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node auditEventJSON `json:"node"`
					} `json:"edges"`
				} `json:"activity"`
			} `json:"me"`
		}
		laptop.do(`{ me { activity(first: 100) { totalCount edges { node { id type actorID subjectID ip userAgent createdAt details { key value } } } } } }`, nil).into(t, &out)
		var types []string
		for _, e := range out.Me.Activity.Edges {
			types = append(types, e.Node.Type)
			if !e.Node.involves(samID) {
				t.Errorf("someone else's event in sam's activity: %s", asJSON(e.Node))
			}
			if e.Node.involves(olaID) {
				t.Errorf("ola's event in sam's activity: %s", asJSON(e.Node))
			}
		}
		for _, want := range []string{"SIGN_IN_SUCCEEDED", "SESSION_REVOKED", "SIGNED_OUT_EVERYWHERE", "ACCESS_TOKEN_CREATED"} {
			if !slices.Contains(types, want) {
				t.Errorf("activity %v lacks %s", types, want)
			}
		}
		if len(types) == 0 || types[0] != "SIGNED_OUT_EVERYWHERE" {
			t.Errorf("newest activity first: %v", types)
		}
		resp := laptop.do(`{ me { activity(first: 101) { totalCount } } }`, nil)
		if resp.code() != "INVALID_INPUT" {
			t.Errorf("activity(first: 101): %s", resp.Raw)
		}
	})

	t.Run("another person's sessions and tokens cannot be read through node", func(t *testing.T) {
		const q = `query($id: ID!) { node(id: $id) { id ... on User { sessions { id } accessTokens { id } activity { totalCount } } } }`
		var out struct {
			Node *struct {
				ID       string
				Sessions []struct{ ID string }
			} `json:"node"`
		}
		resp := laptop.do(q, map[string]any{"id": olaID})
		resp.into(t, &out)
		if out.Node != nil {
			t.Fatalf("sam reads ola's account: %s", resp.Raw)
		}
		// An admin may.
		admin := tokensSignedInWithUA(t, ta, "root", "Admin/1.0")
		admin.do(q, map[string]any{"id": olaID}).into(t, &out)
		if out.Node == nil || len(out.Node.Sessions) != 1 {
			t.Fatalf("an admin reads ola's sessions: %+v", out)
		}
	})
}
