package main

// Helpers shared by the admin_*, tokens_* and org_* tests. Their names start
// with "adm" so that they do not collide with helpers of other test files.

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/mail/mailtest"
	"github.com/latchkey/latchkey/internal/settings"
)

// admLiftIPLimit turns off the per-address limit, for tests that sign in
// more often than a person would in a minute.
func admLiftIPLimit(t testing.TB, ta *testApp) {
	t.Helper()
	ctx := context.Background()
	st, err := settings.Load(ctx, ta.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	ta.db.Client.SecuritySettings.UpdateOne(st).SetIPRequestsPerMinute(0).ExecX(ctx)
}

// admAwayFromWindowEdge waits, if need be, so that the next `need` of the
// test fall in one fixed rate-limit window of length window (the counters
// start a new window on wall-clock boundaries).
func admAwayFromWindowEdge(window, need time.Duration) {
	now := time.Now()
	next := now.Truncate(window).Add(window)
	if next.Sub(now) < need {
		time.Sleep(next.Sub(now) + 100*time.Millisecond)
	}
}

// admSignedIn returns a browser signed in as login.
func admSignedIn(t testing.TB, ta *testApp, login string) *browser {
	t.Helper()
	br := ta.browser(t)
	br.mustSignIn(login, goodPassword)
	return br
}

// admBearer sends query with an Authorization: Bearer header.
func admBearer(t testing.TB, ta *testApp, token, query string, vars map[string]any, headers ...string) *gqlResponse {
	t.Helper()
	return ta.browser(t).gql(query, vars, append([]string{"Authorization", "Bearer " + token}, headers...)...)
}

// admPayloadErrors decodes data.<field>.userErrors of a mutation answer.
func admPayloadErrors(t testing.TB, resp *gqlResponse, field string) []userErrorJSON {
	t.Helper()
	var out map[string]*struct {
		UserErrors []userErrorJSON `json:"userErrors"`
	}
	resp.into(t, &out)
	p := out[field]
	if p == nil {
		t.Fatalf("no payload %q in %s", field, resp.Raw)
	}
	return p.UserErrors
}

// admCode is the code of the only userError, "" when there is none, and
// a description when there are several.
func admCode(ues []userErrorJSON) string {
	switch len(ues) {
	case 0:
		return ""
	case 1:
		return ues[0].Code
	}
	return fmt.Sprintf("%d errors: %+v", len(ues), ues)
}

// admWantUserError fails unless the mutation answered exactly one userError
// with code (or none, when code is "").
func admWantUserError(t testing.TB, resp *gqlResponse, field, code string) {
	t.Helper()
	if got := admCode(admPayloadErrors(t, resp, field)); got != code {
		t.Fatalf("%s: userError %q, want %q: %s", field, got, code, resp.Raw)
	}
}

// admWantTopLevel fails unless the request was refused with a top-level
// error of code and no data for it.
func admWantTopLevel(t testing.TB, resp *gqlResponse, code string) {
	t.Helper()
	if resp.code() != code {
		t.Fatalf("top-level code %q, want %q: %s", resp.code(), code, resp.Raw)
	}
}

// admLinkToken returns the token of the first link to path in m.
func admLinkToken(t testing.TB, m mailtest.Message, path string) string {
	t.Helper()
	for _, l := range m.Links() {
		u, err := url.Parse(l)
		if err != nil || u.Path != path {
			continue
		}
		if tok := u.Query().Get("token"); tok != "" {
			return tok
		}
	}
	t.Fatalf("no link to %s?token= in email %q: %s", path, m.Subject, m.Text)
	return ""
}

var admTempPasswordPattern = regexp.MustCompile(`\b[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}\b`)

// admSnapshot describes what the admin operations could change, so that a
// refused call can be shown to have changed nothing.
func admSnapshot(t testing.TB, ta *testApp) string {
	t.Helper()
	ctx := context.Background()
	c := ta.db.Client
	var lines []string
	for _, u := range c.User.Query().Order(ent.Asc(user.FieldID)).AllX(ctx) {
		n := c.Session.Query().Where(session.UserID(u.ID)).CountX(ctx)
		lines = append(lines, fmt.Sprintf("user %s %s %s %q %s %s locked=%v mustChange=%v hash=%s sessions=%d",
			u.ID, u.Email, u.Username, u.Name, u.Role, u.Locale, u.LockedAt != nil, u.MustChangePassword, u.PasswordHash, n))
	}
	lines = append(lines,
		fmt.Sprintf("organizations=%d memberships=%d invitations=%d", c.Organization.Query().CountX(ctx), c.Membership.Query().CountX(ctx), c.Invitation.Query().CountX(ctx)),
		fmt.Sprintf("resetTokens=%d outbox=%d accessTokens=%d", c.ResetToken.Query().CountX(ctx), c.OutboxMessage.Query().CountX(ctx), c.AccessToken.Query().CountX(ctx)),
	)
	if st, err := c.SecuritySettings.Query().First(ctx); err == nil {
		lines = append(lines, fmt.Sprintf("settings %d %d %d %d %d %d %d %d %s %v %s", st.ResetLinkLifetimeMinutes, st.SetPasswordLinkLifetimeMinutes,
			st.ResetRequestsPerHour, st.ResetMinIntervalSeconds, st.AdminResetsPerHour, st.IPRequestsPerMinute, st.LockoutThreshold,
			st.LockoutMinutes, st.ResetMethod, st.RegistrationOpen, st.PasswordPolicy))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// admAuditEvent is an audit event as the API shows it.
type admAuditEvent struct {
	ID        string  `json:"id"`
	Type      string  `json:"type"`
	ActorID   *string `json:"actorID"`
	SubjectID *string `json:"subjectID"`
	IP        string  `json:"ip"`
	UserAgent string  `json:"userAgent"`
	CreatedAt string  `json:"createdAt"`
	Details   []struct {
		Key, Value string
	} `json:"details"`
}

func (e admAuditEvent) detail(key string) string {
	for _, d := range e.Details {
		if d.Key == key {
			return d.Value
		}
	}
	return ""
}

func (e admAuditEvent) involves(id string) bool {
	return (e.ActorID != nil && *e.ActorID == id) || (e.SubjectID != nil && *e.SubjectID == id)
}

const admAuditEventsQuery = `query($first: Int, $after: Cursor, $where: AuditEventWhereInput, $orderBy: AuditEventOrder) {
  auditEvents(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id type actorID subjectID ip userAgent createdAt details { key value } } }
  }
}`

type admAuditPage struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string        `json:"cursor"`
		Node   admAuditEvent `json:"node"`
	} `json:"edges"`
}

func (p admAuditPage) events() []admAuditEvent {
	out := make([]admAuditEvent, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node
	}
	return out
}

// admAuditEvents lists audit events as an admin browser sees them.
func admAuditEvents(t testing.TB, br *browser, vars map[string]any) admAuditPage {
	t.Helper()
	var out struct {
		AuditEvents admAuditPage `json:"auditEvents"`
	}
	br.gql(admAuditEventsQuery, vars).into(t, &out)
	return out.AuditEvents
}

func admTypes(evs []admAuditEvent) []string {
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Type
	}
	return out
}

func admContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// admJSON renders v for failure messages.
func admJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
