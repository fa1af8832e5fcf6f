package main

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/outboxmessage"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/rights"
	"github.com/latchkey/latchkey/internal/testdb"
)

const deleteMeMutation = `mutation($p: String!) { deleteMe(input: {currentPassword: $p}) { deletedUserId organizations { id name } userErrors { code field message } } }`

type deleteMeResult struct {
	DeleteMe *struct {
		DeletedUserID *string `json:"deletedUserId"`
		Organizations []struct {
			ID, Name string
		} `json:"organizations"`
		UserErrors []userErrorJSON `json:"userErrors"`
	} `json:"deleteMe"`
}

func lvDeleteMe(t testing.TB, br *browser, pw string, headers ...string) deleteMeResult {
	t.Helper()
	var out deleteMeResult
	br.gql(deleteMeMutation, map[string]any{"p": pw}, headers...).into(t, &out)
	if out.DeleteMe == nil {
		t.Fatal("deleteMe answered null")
	}
	return out
}

// lvExport is the signed-in person's export, raw and decoded.
func lvExport(t testing.TB, br *browser, headers ...string) (string, map[string]any) {
	t.Helper()
	resp := br.gql(`{ exportMyData }`, nil, headers...)
	var out struct {
		ExportMyData json.RawMessage `json:"exportMyData"`
	}
	resp.into(t, &out)
	var v map[string]any
	if err := json.Unmarshal(out.ExportMyData, &v); err != nil {
		t.Fatalf("export is not a JSON object: %v (%s)", err, resp.Raw)
	}
	return string(out.ExportMyData), v
}

func lvExists(t testing.TB, ta *testApp, id string) bool {
	t.Helper()
	ok, err := ta.db.Client.User.Query().Where(user.ID(id)).Exist(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// lvOrganization makes an organisation with members holding rights.
func lvOrganization(t testing.TB, ta *testApp, name string, members map[string][]rights.Right) *ent.Organization {
	t.Helper()
	ctx := context.Background()
	o, err := ta.db.Client.Organization.Create().SetName(name).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for id, rs := range members {
		if err := ta.db.Client.Membership.Create().SetOrganizationID(o.ID).SetUserID(id).SetRights(rs).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return o
}

func lvCreateToken(t testing.TB, br *browser, name string) string {
	t.Helper()
	var out struct {
		CreateAccessToken struct {
			Token string `json:"token"`
		} `json:"createAccessToken"`
	}
	br.gql(`mutation($n: String!) { createAccessToken(input: {name: $n}) { token userErrors { code } } }`, map[string]any{"n": name}).into(t, &out)
	if out.CreateAccessToken.Token == "" {
		t.Fatal("createAccessToken gave no token")
	}
	return out.CreateAccessToken.Token
}

func TestAnotherPersonsDataIsNeverInMyExport(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--trusted-proxies", "127.0.0.1/8,::1/128")
		adminID := ta.createUser(t, "root@example.com", "root", true)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		cyID := ta.createUser(t, "cy@example.com", "cyril", false)
		lvOrganization(t, ta, "Harbour Shop", map[string][]rights.Right{boID: {rights.ManageMembers}, cyID: {rights.ViewOrders}})

		fromBo := []string{"X-Forwarded-For", "192.0.2.10", "User-Agent", "BoBrowser/1"}
		fromCy := []string{"X-Forwarded-For", "203.0.113.77", "User-Agent", "CyBrowser/9"}
		fromAdmin := []string{"X-Forwarded-For", "198.51.100.5", "User-Agent", "AdminBrowser/3"}
		bo := ta.browser(t)
		bo.gql(signInMutation, map[string]any{"login": "bowen", "password": goodPassword}, fromBo...)
		boToken := lvCreateToken(t, bo, "bo's shop sync")
		cy := ta.browser(t)
		cy.gql(signInMutation, map[string]any{"login": "cyril", "password": goodPassword}, fromCy...)
		cyToken := lvCreateToken(t, cy, "cy's secret crm")
		admin := ta.browser(t)
		admin.gql(signInMutation, map[string]any{"login": "root", "password": goodPassword}, fromAdmin...)
		// An admin acts on bo from the admin's own address and browser.
		admin.gql(`mutation($id: ID!) { updateUser(input: {id: $id, name: "Bo Renamed"}) { userErrors { code } } }`, map[string]any{"id": boID}, fromAdmin...)
		// Someone tries bo's login from a third address.
		ta.browser(t).gql(signInMutation, map[string]any{"login": "bowen", "password": "Wrong-Guess-11"}, "X-Forwarded-For", "203.0.113.200")

		raw, v := lvExport(t, bo, fromBo...)
		if v["format"] != "latchkey-personal-data/1" {
			t.Errorf("format = %v", v["format"])
		}
		profile, _ := v["profile"].(map[string]any)
		if profile["id"] != boID || profile["email"] != "bo@example.com" || profile["name"] != "Bo Renamed" {
			t.Errorf("profile = %v", profile)
		}
		for _, want := range []string{"Harbour Shop", "bo's shop sync", "192.0.2.10", "BoBrowser/1", "SIGN_IN_SUCCEEDED", "USER_UPDATED", "203.0.113.200"} {
			if !strings.Contains(raw, want) {
				t.Errorf("the export lacks %q", want)
			}
		}
		ctx := context.Background()
		boRow := ta.db.Client.User.GetX(ctx, boID)
		sessionHashes := ta.db.Client.Session.Query().Where(session.UserIDIn(boID, cyID)).Select(session.FieldTokenHash).StringsX(ctx)
		never := append([]string{
			"cy@example.com", cyID, "cy's secret crm", "203.0.113.77", "CyBrowser",
			"198.51.100.5", "AdminBrowser", "root@example.com",
			boToken, cyToken, boRow.PasswordHash, "argon2id", "lk_",
		}, sessionHashes...)
		for _, bad := range never {
			if strings.Contains(raw, bad) {
				t.Errorf("the export holds %q", bad)
			}
		}
		_ = adminID
		// Cy's own export is cy's.
		cyRaw, _ := lvExport(t, cy, fromCy...)
		if strings.Contains(cyRaw, "bo@example.com") || strings.Contains(cyRaw, "192.0.2.10") || !strings.Contains(cyRaw, "cy's secret crm") {
			t.Errorf("cy's export: %s", cyRaw)
		}
	})
}

func TestAnonymousCallerAndPagesOfExportsAreRefused(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.createUser(t, "bo@example.com", "bowen", false)
		if resp := ta.browser(t).gql(`{ exportMyData }`, nil); resp.code() != "UNAUTHENTICATED" {
			t.Errorf("anonymous export: %s", resp.Raw)
		}
		bo := ta.signedIn(t, "bowen")
		// Two in one document cost more than the limit.
		if resp := bo.gql(`{ a: exportMyData b: exportMyData }`, nil); resp.code() != "INVALID_INPUT" {
			t.Errorf("two exports in one document: %s", resp.Raw)
		}
		for i := 0; i < 10; i++ {
			lvExport(t, bo)
		}
		if resp := bo.gql(`{ exportMyData }`, nil); resp.code() != "RATE_LIMITED" {
			t.Errorf("the 11th export in an hour: %s", resp.Raw)
		}
	})
}

func TestAStolenSessionCannotDeleteTheAccountWithoutThePassword(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		thief := ta.signedIn(t, "bowen")
		for i, guess := range []string{"", "Correct-Horse-8", "correct-horse-9", "Guess-Number-4"} {
			out := lvDeleteMe(t, thief, guess)
			if out.DeleteMe.DeletedUserID != nil || onlyCode(out.DeleteMe.UserErrors) != "INVALID_CREDENTIALS" || strings.Join(out.DeleteMe.UserErrors[0].Field, ".") != "input.currentPassword" {
				t.Fatalf("guess %d: %+v", i, out.DeleteMe)
			}
		}
		// The fifth wrong guess locks, as at sign-in; then even the right
		// password deletes nothing.
		if out := lvDeleteMe(t, thief, "Guess-Number-5"); onlyCode(out.DeleteMe.UserErrors) != "ACCOUNT_LOCKED" {
			t.Fatalf("fifth guess: %+v", out.DeleteMe)
		}
		if out := lvDeleteMe(t, thief, goodPassword); onlyCode(out.DeleteMe.UserErrors) != "ACCOUNT_LOCKED" || out.DeleteMe.DeletedUserID != nil {
			t.Fatalf("right password while locked: %+v", out.DeleteMe)
		}
		if !lvExists(t, ta, boID) {
			t.Fatal("the account was deleted without its password")
		}
		failed := ta.db.Client.AuditEvent.Query().Where(auditevent.Type("SIGN_IN_FAILED"), auditevent.SubjectID(boID)).CountX(context.Background())
		if failed < 5 {
			t.Errorf("%d failed tries on the record, want at least 5", failed)
		}
	})
}

func TestTheLastAdminCannotDeleteThemselvesAndNothingChanges(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		rootID := ta.createUser(t, "root@example.com", "root", true)
		root := ta.signedIn(t, "root")
		lvCreateToken(t, root, "ops")
		out := lvDeleteMe(t, root, goodPassword)
		if onlyCode(out.DeleteMe.UserErrors) != "LAST_ADMIN" || out.DeleteMe.DeletedUserID != nil || !strings.Contains(out.DeleteMe.UserErrors[0].Message, "another person an admin") {
			t.Fatalf("last admin: %+v", out.DeleteMe)
		}
		if !lvExists(t, ta, rootID) || root.me() == nil {
			t.Fatal("the refusal changed something")
		}
		if n := ta.db.Client.AccessToken.Query().CountX(context.Background()); n != 1 {
			t.Errorf("%d access tokens after the refusal", n)
		}
		// With a second admin, the first may go.
		ta.createUser(t, "ann@example.com", "ann", true)
		if out := lvDeleteMe(t, root, goodPassword); out.DeleteMe.DeletedUserID == nil || *out.DeleteMe.DeletedUserID != rootID {
			t.Fatalf("with another admin: %+v", out.DeleteMe)
		}
	})
}

func TestTheLastManagerOfAnOrganisationIsToldToHandItOverFirst(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		cyID := ta.createUser(t, "cy@example.com", "cyril", false)
		shop := lvOrganization(t, ta, "Harbour Shop", map[string][]rights.Right{boID: {rights.ManageMembers, rights.ViewOrders}, cyID: {rights.ViewOrders}})
		lvOrganization(t, ta, "Bo Alone", map[string][]rights.Right{boID: {rights.ManageMembers}})
		bo := ta.signedIn(t, "bowen")
		out := lvDeleteMe(t, bo, goodPassword)
		if onlyCode(out.DeleteMe.UserErrors) != "LAST_MEMBER_MANAGER" || len(out.DeleteMe.Organizations) != 1 || out.DeleteMe.Organizations[0].ID != shop.ID ||
			!strings.Contains(out.DeleteMe.UserErrors[0].Message, "Harbour Shop") {
			t.Fatalf("last manager: %+v", out.DeleteMe)
		}
		if !lvExists(t, ta, boID) || bo.me() == nil {
			t.Fatal("the refusal changed something")
		}
		// Once cy may manage members too, bo may go; cy stays a member.
		ctx := context.Background()
		ta.db.Client.Membership.Update().Where().SetRights([]rights.Right{rights.ManageMembers}).ExecX(ctx)
		if out := lvDeleteMe(t, bo, goodPassword); out.DeleteMe.DeletedUserID == nil {
			t.Fatalf("after handing over: %+v", out.DeleteMe)
		}
		if n := ta.db.Client.Membership.Query().CountX(ctx); n != 1 {
			t.Errorf("%d memberships left, want cy's", n)
		}
	})
}

func TestADeletedPersonsSessionsAndTokensAreRefusedAtOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		ta.createUser(t, "cy@example.com", "cyril", false)
		laptop := ta.signedIn(t, "bowen")
		phone := ta.signedIn(t, "bowen")
		bystander := ta.signedIn(t, "cyril")
		token := lvCreateToken(t, laptop, "shop")

		out := lvDeleteMe(t, laptop, goodPassword)
		if out.DeleteMe.DeletedUserID == nil || *out.DeleteMe.DeletedUserID != boID || len(out.DeleteMe.UserErrors) != 0 {
			t.Fatalf("deleteMe: %+v", out.DeleteMe)
		}
		if laptop.me() != nil || phone.me() != nil {
			t.Error("a session of the deleted account still opens it")
		}
		if resp := ta.bearer(t, token, `{ me { id } }`, nil); resp.Status != http.StatusUnauthorized || resp.code() != "UNAUTHENTICATED" {
			t.Errorf("the deleted account's token: %d %s", resp.Status, resp.Raw)
		}
		if r := ta.browser(t).signIn("bowen", goodPassword); r.SignIn.User != nil || onlyCode(r.SignIn.UserErrors) != "INVALID_CREDENTIALS" {
			t.Errorf("signing in as the deleted account: %+v", r.SignIn)
		}
		if bystander.me() == nil {
			t.Error("another person was signed out")
		}
		ctx := context.Background()
		if n := ta.db.Client.Session.Query().Where(session.UserID(boID)).CountX(ctx); n != 0 {
			t.Errorf("%d session rows left", n)
		}
	})
}

func TestADeletedPersonsSessionIsRefusedOnTheOtherInstance(t *testing.T) {
	if len(testdb.Backends(t)) < 2 {
		t.Fatal("this test needs PostgreSQL; LATCHKEY_TEST_POSTGRES=off cannot run it")
	}
	a, b := twoInstances(t)
	boID := a.createUser(t, "bo@example.com", "bowen", false)
	onA := a.signedIn(t, "bowen")
	onB := onOther(t, a.signedIn(t, "bowen"), b)
	if onB.me() == nil {
		t.Fatal("the session does not open on the other instance")
	}
	token := lvCreateToken(t, onB, "shop")
	if out := lvDeleteMe(t, onA, goodPassword); out.DeleteMe.DeletedUserID == nil || *out.DeleteMe.DeletedUserID != boID {
		t.Fatalf("deleteMe: %+v", out.DeleteMe)
	}
	if onB.me() != nil {
		t.Error("the other instance still opens the deleted account's session")
	}
	if resp := b.bearer(t, token, `{ me { id } }`, nil); resp.Status != http.StatusUnauthorized {
		t.Errorf("the other instance takes the deleted account's token: %d", resp.Status)
	}
}

func TestParallelDeleteMeDeletesOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		bo := ta.signedIn(t, "bowen")
		const n = 6
		var wg sync.WaitGroup
		resps := make([]*gqlResponse, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resps[i] = bo.gql(deleteMeMutation, map[string]any{"p": goodPassword})
			}()
		}
		wg.Wait()
		deleted := 0
		for i, resp := range resps {
			if resp.Status != 200 || resp.code() == "INTERNAL" || strings.Contains(resp.Raw, "INTERNAL") {
				t.Errorf("request %d: %d %s", i, resp.Status, resp.Raw)
				continue
			}
			var out deleteMeResult
			json.Unmarshal(resp.Data, &out)
			if out.DeleteMe != nil && out.DeleteMe.DeletedUserID != nil {
				deleted++
			}
		}
		if deleted != 1 {
			t.Errorf("%d requests deleted the account, want 1", deleted)
		}
		if lvExists(t, ta, boID) {
			t.Error("the account is still there")
		}
		evs := ta.db.Client.AuditEvent.Query().Where(auditevent.Type("USER_DELETED"), auditevent.SubjectID(boID)).CountX(context.Background())
		if evs != 1 {
			t.Errorf("%d USER_DELETED events, want 1", evs)
		}
	})
}

func TestTwoLastAdminsDeletingThemselvesAtOnceLeaveOne(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.createUser(t, "ann@example.com", "ann", true)
		ta.createUser(t, "root@example.com", "root", true)
		ann, root := ta.signedIn(t, "ann"), ta.signedIn(t, "root")
		var wg sync.WaitGroup
		outs := make([]deleteMeResult, 2)
		for i, br := range []*browser{ann, root} {
			wg.Add(1)
			go func() { defer wg.Done(); outs[i] = lvDeleteMe(t, br, goodPassword) }()
		}
		wg.Wait()
		codes := onlyCode(outs[0].DeleteMe.UserErrors) + "," + onlyCode(outs[1].DeleteMe.UserErrors)
		if codes != "LAST_ADMIN," && codes != ",LAST_ADMIN" {
			t.Errorf("codes %q, want one deletion and one LAST_ADMIN", codes)
		}
		if n := ta.db.Client.User.Query().Where(user.RoleEQ(user.RoleADMIN)).CountX(context.Background()); n != 1 {
			t.Errorf("%d admins left", n)
		}
	})
}

func TestTheAuditTrailKeepsTheDeletionWithoutThePersonsDetails(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--trusted-proxies", "127.0.0.1/8,::1/128")
		ta.createUser(t, "root@example.com", "root", true)
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		cyID := ta.createUser(t, "cy@example.com", "cyril", false)
		lvOrganization(t, ta, "Harbour Shop", map[string][]rights.Right{boID: {rights.ManageMembers, rights.ViewOrders}, cyID: {rights.ManageMembers, rights.ViewOrders}})
		fromBo := []string{"X-Forwarded-For", "192.0.2.10", "User-Agent", "BoBrowser/1"}
		bo := ta.browser(t)
		bo.gql(signInMutation, map[string]any{"login": "bowen", "password": goodPassword}, fromBo...)
		bo.gql(`mutation { requestEmailChange(input: {newEmail: "bo@new.example", currentPassword: "Correct-Horse-9"}) { userErrors { code } } }`, nil, fromBo...)
		cy := ta.signedIn(t, "cyril")
		orgID := ta.db.Client.Organization.Query().OnlyIDX(context.Background())
		dock := lvOrganization(t, ta, "Dock Co", map[string][]rights.Right{cyID: {rights.ManageMembers, rights.ViewOrders}})
		cy.gql(`mutation($o: ID!) { inviteMember(input: {organizationId: $o, email: "BO@example.com", rights: [VIEW_ORDERS]}) { userErrors { code } } }`, map[string]any{"o": dock.ID})
		bo.gql(`mutation($o: ID!) { inviteMember(input: {organizationId: $o, email: "dee@example.com", rights: [VIEW_ORDERS]}) { userErrors { code } } }`, map[string]any{"o": orgID}, fromBo...)

		if out := lvDeleteMe(t, bo, goodPassword, fromBo...); out.DeleteMe.DeletedUserID == nil {
			t.Fatalf("deleteMe: %+v", out.DeleteMe)
		}
		admin := ta.signedIn(t, "root")
		page := auditEventsOf(t, admin, map[string]any{"where": map[string]any{"or": []any{map[string]any{"actorID": boID}, map[string]any{"subjectID": boID}}}})
		evs := page.events()
		if !slices.Contains(eventTypes(evs), "USER_DELETED") || !slices.Contains(eventTypes(evs), "SIGN_IN_SUCCEEDED") || !slices.Contains(eventTypes(evs), "EMAIL_CHANGE_REQUESTED") {
			t.Errorf("the trail lost events: %v", eventTypes(evs))
		}
		ctx := context.Background()
		all := ta.db.Client.AuditEvent.Query().AllX(ctx)
		sawDeletion, sawInvitee := false, false
		for _, e := range all {
			raw, _ := json.Marshal(e)
			for _, bad := range []string{"192.0.2.10", "BoBrowser", "bo@example.com", "BO@example.com", "bo@new.example"} {
				if strings.Contains(string(raw), bad) {
					t.Errorf("%s event still holds %q: %s", e.Type, bad, raw)
				}
			}
			if e.Type == "USER_DELETED" && e.SubjectID == boID {
				sawDeletion = e.Details["by"] == "self" && e.ActorID == boID
			}
			if e.Type == "MEMBER_INVITED" && e.Details["email"] == "dee@example.com" {
				sawInvitee = true
			}
		}
		if !sawDeletion {
			t.Error("no USER_DELETED event by self")
		}
		if !sawInvitee {
			t.Error("the record of whom bo invited went too")
		}
		// The admin's audit page still shows every event, the deleted
		// person as an unknown ID.
		var people struct {
			Nodes []*struct{ ID string } `json:"nodes"`
		}
		admin.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on User { id } } }`, map[string]any{"ids": []string{boID}}).into(t, &people)
		if len(people.Nodes) != 1 || people.Nodes[0] != nil {
			t.Errorf("nodes of the deleted person: %+v", people.Nodes)
		}
		if n := ta.db.Client.OutboxMessage.Query().Where(outboxmessage.ToAddressEqualFold("bo@example.com")).CountX(ctx); n != 0 {
			t.Errorf("%d emails to the deleted address stay in the outbox", n)
		}
		if n := ta.db.Client.Invitation.Query().Where().CountX(ctx); n != 2 {
			t.Errorf("%d invitations, want the pending one to bo's address and bo's own (revoked)", n)
		}
	})
}

func TestAnExportHoldsTheNewestEventsAndSaysHowManyThereAre(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		id := ta.createUser(t, "bo@example.com", "bowen", false)
		lvFillActivity(t, ta, id, account.ExportMaxEvents+10)
		_, v := lvExport(t, ta.signedIn(t, "bowen"))
		act := v["activity"].(map[string]any)
		events := act["events"].([]any)
		if len(events) != account.ExportMaxEvents || act["truncated"] != true || act["total"].(float64) < float64(account.ExportMaxEvents+10) {
			t.Fatalf("activity: %d events, truncated %v, total %v", len(events), act["truncated"], act["total"])
		}
		// Newest first: the note of this session's browser (the account's
		// first, so unannounced), then the sign-in that made the session.
		if first := events[0].(map[string]any); first["type"] != "NEW_DEVICE_SIGN_IN" {
			t.Errorf("first event: %v", first)
		}
		if second := events[1].(map[string]any); second["type"] != "SIGN_IN_SUCCEEDED" || second["details"] != nil {
			t.Errorf("second event: %v", second)
		}
	})
}

// The deletion's last write, its audit event, fails: nothing of it stays
// (the account, its sessions, its token, its trail's details all as before).
func TestADeleteMeWhoseLastWriteFailsLeavesEverythingAsItWas(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ctx := context.Background()
		boID := ta.createUser(t, "bo@example.com", "bowen", false)
		bo := ta.signedIn(t, "bowen")
		token := lvCreateToken(t, bo, "shop")
		before := ta.db.Client.AuditEvent.Query().Where(auditevent.ActorID(boID), auditevent.IPNEQ("")).CountX(ctx)
		failOn(ta, "USER_DELETED")
		if resp := bo.gql(deleteMeMutation, map[string]any{"p": goodPassword}); resp.code() != "INTERNAL" {
			t.Fatalf("answer: %s", resp.Raw)
		}
		if !lvExists(t, ta, boID) || bo.me() == nil {
			t.Fatal("the account or its session went without the deletion's audit event")
		}
		if resp := ta.bearer(t, token, `{ me { id } }`, nil); resp.Status != http.StatusOK {
			t.Errorf("the token stopped working: %d", resp.Status)
		}
		if after := ta.db.Client.AuditEvent.Query().Where(auditevent.ActorID(boID), auditevent.IPNEQ("")).CountX(ctx); after < before || before == 0 {
			t.Errorf("events with the client's address: %d before, %d after", before, after)
		}
	})
}
