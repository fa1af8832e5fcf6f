package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock/clocktest"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/session"
	"github.com/latchkey/latchkey/internal/testdb"
)

// Second factors through the handler (issue 12): codes are real TOTP codes
// of the secret the server gave, computed from the test clock the server
// reads.

// withFactorClock gives the second-factor rules, and the account rules
// that read the second-factor lock, one test clock.
func (ta *testApp) withFactorClock() *clocktest.Clock {
	clk := clocktest.New()
	ta.factors.Now = clk.Clock()
	ta.accounts.Now = clk.Clock()
	return clk
}

const enrollQ = `mutation { enrollTotp { secret otpauthUrl qrCodeSvg userErrors { code field message } } }`

const confirmQ = `mutation($code: String!) { confirmTotp(input: {code: $code}) {
  secondFactor { id kind name createdAt lastUsedAt } recoveryCodes userErrors { code field message } } }`

const signInQ = `mutation($login: String!, $password: String!) { signIn(input: {login: $login, password: $password}) {
  user { id } mustChangePassword secondFactorRequired secondFactorMethods userErrors { code field message } } }`

const verifyQ = `mutation($code: String, $recoveryCode: String, $token: String) {
  verifySecondFactor(input: {code: $code, recoveryCode: $recoveryCode, secondFactorToken: $token}) {
    user { id } token mustChangePassword userErrors { code field message } } }`

type signIn2FA struct {
	User                 *struct{ ID string } `json:"user"`
	SecondFactorRequired bool                 `json:"secondFactorRequired"`
	SecondFactorMethods  []string             `json:"secondFactorMethods"`
	UserErrors           []userErrorJSON      `json:"userErrors"`
}

type verified struct {
	User       *struct{ ID string } `json:"user"`
	Token      *string              `json:"token"`
	UserErrors []userErrorJSON      `json:"userErrors"`
}

// totpUser is an account with an authenticator app: its secret and
// recovery codes.
type totpUser struct {
	id, login string
	secret    string
	recovery  []string
	clk       *clocktest.Clock
}

// code is what the person's app shows now.
func (u *totpUser) code(t testing.TB) string {
	t.Helper()
	c, err := secondfactor.CodeAt(u.secret, u.clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// wrong is a code that is not the current one nor its neighbours'.
func (u *totpUser) wrong(t testing.TB) string {
	t.Helper()
	for _, c := range []string{"000000", "111111", "222222", "333333"} {
		if ok, _, _ := matchAny(u, c); !ok {
			return c
		}
	}
	t.Fatal("no wrong code found")
	return ""
}

func matchAny(u *totpUser, c string) (bool, int64, error) {
	step, ok, err := secondfactor.MatchStep(u.secret, c, u.clk.Now(), 0)
	return ok, step, err
}

// nextStep moves the clock to the next TOTP step, so that a new code is due.
func (u *totpUser) nextStep() { u.clk.Advance(secondfactor.Period) }

// enrolTotp enrols an authenticator app from br, signed in as the account.
func enrolTotp(t testing.TB, br *browser, clk *clocktest.Clock) (secret string, recovery []string) {
	t.Helper()
	var e struct {
		EnrollTotp struct {
			Secret, OtpauthURL, QRCodeSvg string
			UserErrors                    []userErrorJSON
		} `json:"enrollTotp"`
	}
	br.gql(enrollQ, nil).into(t, &e)
	if len(e.EnrollTotp.UserErrors) > 0 || e.EnrollTotp.Secret == "" || !strings.HasPrefix(e.EnrollTotp.QRCodeSvg, "<svg") ||
		!strings.Contains(e.EnrollTotp.OtpauthURL, "secret="+e.EnrollTotp.Secret) {
		t.Fatalf("enrollTotp: %+v", e)
	}
	code, err := secondfactor.CodeAt(e.EnrollTotp.Secret, clk.Now())
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		ConfirmTotp struct {
			SecondFactor  *struct{ ID, Kind, Name string }
			RecoveryCodes []string
			UserErrors    []userErrorJSON
		} `json:"confirmTotp"`
	}
	br.gql(confirmQ, map[string]any{"code": code}).into(t, &c)
	if len(c.ConfirmTotp.UserErrors) > 0 || c.ConfirmTotp.SecondFactor == nil || c.ConfirmTotp.SecondFactor.Kind != "TOTP" {
		t.Fatalf("confirmTotp: %+v", c)
	}
	// The enrolment's code (and every earlier one) is used: move past it.
	clk.Advance(2 * secondfactor.Period)
	return e.EnrollTotp.Secret, c.ConfirmTotp.RecoveryCodes
}

// newTotpUser creates alice with an authenticator app, enrolled from a
// browser that then signs out.
func newTotpUser(t testing.TB, ta *testApp) *totpUser {
	t.Helper()
	clk := ta.withFactorClock()
	id := ta.createUser(t, "alice@example.com", "alice", false)
	br := ta.signedIn(t, "alice")
	sec, codes := enrolTotp(t, br, clk)
	br.gql(`mutation { signOut { userErrors { code } } }`, nil)
	return &totpUser{id: id, login: "alice", secret: sec, recovery: codes, clk: clk}
}

func signIn2(t testing.TB, br *browser, login, pw string) signIn2FA {
	t.Helper()
	var out struct {
		SignIn signIn2FA `json:"signIn"`
	}
	br.gql(signInQ, map[string]any{"login": login, "password": pw}).into(t, &out)
	return out.SignIn
}

func verify(t testing.TB, br *browser, vars map[string]any) verified {
	t.Helper()
	var out struct {
		VerifySecondFactor verified `json:"verifySecondFactor"`
	}
	br.gql(verifyQ, vars).into(t, &out)
	return out.VerifySecondFactor
}

// pending signs br in with the password: the sign-in then waits for the
// second factor.
func pending(t testing.TB, br *browser, u *totpUser) {
	t.Helper()
	r := signIn2(t, br, u.login, goodPassword)
	if !r.SecondFactorRequired || r.User != nil || len(r.UserErrors) > 0 {
		t.Fatalf("signIn of an account with a second factor: %+v", r)
	}
}

func TestPersonEnrolsAnAuthenticatorAppAndSignsInWithItsCode(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		if len(u.recovery) != 10 {
			t.Fatalf("%d recovery codes with the first factor, want 10", len(u.recovery))
		}
		if rows := ta.outboxRows(t, string(mail.KindSecondFactorAdded)); len(rows) != 1 || !strings.Contains(rows[0].TextBody, "authenticator app") {
			t.Fatalf("factor-added emails: %d", len(rows))
		}

		br := ta.browser(t)
		r := signIn2(t, br, "alice", goodPassword)
		if !r.SecondFactorRequired || r.User != nil || !slices.Equal(r.SecondFactorMethods, []string{"RECOVERY_CODE", "TOTP"}) {
			t.Fatalf("signIn: %+v", r)
		}
		if br.me() != nil {
			t.Fatal("me after the password alone is not null")
		}
		if v := verify(t, br, map[string]any{"code": u.wrong(t)}); onlyCode(v.UserErrors) != "SECOND_FACTOR_INVALID" || v.User != nil {
			t.Fatalf("a wrong code: %+v", v)
		}
		if v := verify(t, br, map[string]any{"code": u.code(t)}); len(v.UserErrors) > 0 || v.User == nil || v.User.ID != u.id {
			t.Fatalf("the right code: %+v", v)
		}
		var me struct {
			Me struct {
				ID                string
				AuthMethods       []string `json:"authMethods"`
				AuthLevel         string   `json:"authLevel"`
				RecoveryCodesLeft int      `json:"recoveryCodesLeft"`
				SecondFactors     []struct{ Kind, Name string }
				Sessions          []struct {
					Current     bool
					AuthMethods []string `json:"authMethods"`
					AuthLevel   string   `json:"authLevel"`
				}
			}
		}
		br.gql(`{ me { id authMethods authLevel recoveryCodesLeft secondFactors { kind name } sessions { current authMethods authLevel } } }`, nil).into(t, &me)
		if me.Me.ID != u.id || !slices.Equal(me.Me.AuthMethods, []string{"PASSWORD", "TOTP"}) || me.Me.AuthLevel != "MULTI_FACTOR" ||
			me.Me.RecoveryCodesLeft != 10 || len(me.Me.SecondFactors) != 1 || me.Me.SecondFactors[0].Name != secondfactor.DefaultTotpName {
			t.Fatalf("me after the second factor: %+v", me.Me)
		}
		for _, s := range me.Me.Sessions {
			if s.Current && (s.AuthLevel != "MULTI_FACTOR" || !slices.Equal(s.AuthMethods, []string{"PASSWORD", "TOTP"})) {
				t.Fatalf("the current session: %+v", s)
			}
		}
	})
}

// Zitadel CVE-2025-64103: a session counted as authenticated after one
// factor. After the password alone, nothing but verifySecondFactor (and
// the public fields) answers.
func TestThePasswordAloneOpensNothingWhenTheAccountHasASecondFactor(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		br := ta.browser(t)
		signInsBefore := len(ta.auditRows(t, audit.SignInSucceeded, u.id)) // the enrolment's own
		pending(t, br, u)
		if br.cookie(session.CookieName) == nil {
			t.Fatal("no session cookie holds the pending sign-in")
		}
		// The audit log shows the password step, not a sign-in.
		if n, p := len(ta.auditRows(t, audit.SignInSucceeded, u.id))-signInsBefore, len(ta.auditRows(t, audit.PasswordVerified, u.id)); n != 0 || p != 1 {
			t.Fatalf("after the password alone: %d sign-in events, %d password-verified events; want 0 and 1", n, p)
		}
		for _, q := range []string{
			`{ me { id email } }`,
		} {
			var out struct{ Me *struct{ ID string } }
			br.gql(q, nil).into(t, &out)
			if out.Me != nil {
				t.Fatalf("%s answered a user after the password alone", q)
			}
		}
		for _, q := range []string{
			`mutation { createAccessToken(input: {name: "x"}) { token userErrors { code } } }`,
			`mutation { enrollTotp { secret userErrors { code } } }`,
			`mutation { regenerateRecoveryCodes { recoveryCodes userErrors { code } } }`,
			`mutation { reauthenticate(input: {password: "Correct-Horse-9"}) { userErrors { code } } }`,
			`mutation { changePassword(input: {currentPassword: "Correct-Horse-9", newPassword: "Another-Horse9!", newPasswordConfirmation: "Another-Horse9!"}) { userErrors { code } } }`,
			`{ exportMyData }`,
		} {
			wantTopLevel(t, br.gql(q, nil), "UNAUTHENTICATED")
		}
		// The sign-in is still pending, and completes.
		if v := verify(t, br, map[string]any{"code": u.code(t)}); v.User == nil {
			t.Fatalf("verify after the refusals: %+v", v)
		}
		// Only now is it a sign-in, and the log says how.
		evs := ta.auditRows(t, audit.SignInSucceeded, u.id)
		byCode := 0
		for _, e := range evs {
			if e.Details["method"] == "totp" {
				byCode++
			}
		}
		if len(evs) != signInsBefore+1 || byCode != 1 {
			t.Fatalf("sign-in events after the code: %+v", evs)
		}
	})
}

func TestAVerifiedCodeCannotBeUsedAgain(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		code := u.code(t)
		br := ta.browser(t)
		pending(t, br, u)
		if v := verify(t, br, map[string]any{"code": code}); v.User == nil {
			t.Fatalf("first use: %+v", v)
		}
		// Someone who watched the code types it in another browser, in the
		// same 30 seconds.
		thief := ta.browser(t)
		pending(t, thief, u)
		if v := verify(t, thief, map[string]any{"code": code}); onlyCode(v.UserErrors) != "SECOND_FACTOR_INVALID" {
			t.Fatalf("a replayed code: %+v", v)
		}
	})
}

// Zitadel CVE-2024-32868 (no lockout) and CVE-2023-47111 (parallel checks
// beyond the limit); Keycloak GHSA-85v8-vx4w-q684 (brute-force protection
// off when TOTP is on).
func TestWrongCodesLockTheSecondFactorEvenInParallelAndTheOwnerIsEmailed(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		br := ta.browser(t)
		pending(t, br, u)
		wrong := u.wrong(t)
		var wg sync.WaitGroup
		var mu sync.Mutex
		got := map[string]int{}
		for range 20 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, raw, err := rawGQL(br.c, ta.srv.URL, verifyQ, map[string]any{"code": wrong})
				p, perr := rawPayload(raw, "verifySecondFactor")
				mu.Lock()
				defer mu.Unlock()
				if err != nil || perr != nil {
					got[fmt.Sprint(err, perr)]++
					return
				}
				got[p.code()]++
			}()
		}
		wg.Wait()
		if got["SECOND_FACTOR_INVALID"] != 5 || got["SECOND_FACTOR_LOCKED"] != 15 {
			t.Fatalf("20 wrong codes at once: %v, want 5 checked (lockoutThreshold) and 15 locked", got)
		}
		if n := len(ta.auditRows(t, audit.SecondFactorFailed, u.id)); n != 5 {
			t.Fatalf("%d SECOND_FACTOR_FAILED events, want 5", n)
		}
		if n := len(ta.auditRows(t, audit.SecondFactorLocked, u.id)); n != 1 {
			t.Fatalf("%d SECOND_FACTOR_LOCKED events, want 1", n)
		}
		if rows := ta.outboxRows(t, string(mail.KindSecondFactorLocked)); len(rows) != 1 {
			t.Fatalf("%d lockout emails, want 1", len(rows))
		}
		// The right code, and a recovery code, wait for the lock too.
		if v := verify(t, br, map[string]any{"code": u.code(t)}); onlyCode(v.UserErrors) != "SECOND_FACTOR_LOCKED" {
			t.Fatalf("the right code while locked: %+v", v)
		}
		// Further password-and-code tries are locked: signIn says so after
		// the right password, and only then (see
		// TestASecondFactorLockIsToldOnlyAfterTheRightPassword).
		if r := signIn2(t, ta.browser(t), "alice", goodPassword); onlyCode(r.UserErrors) != "SECOND_FACTOR_LOCKED" || r.SecondFactorRequired {
			t.Fatalf("signIn while the second factor is locked: %+v", r)
		}
		// The password lockout was not touched: it counts its own tries.
		u.clk.Advance(16 * time.Minute)
		br2 := ta.browser(t)
		pending(t, br2, u)
		if v := verify(t, br2, map[string]any{"code": u.code(t)}); v.User == nil {
			t.Fatalf("the right code after the lock lapsed: %+v", v)
		}
	})
}

// Aliases in one document are as many tries, each counted: no more codes
// are checked than the threshold allows.
func TestAliasesOfVerifySecondFactorInOneDocumentDoNotMultiplyTries(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		br := ta.browser(t)
		pending(t, br, u)
		var doc strings.Builder
		doc.WriteString("mutation {")
		for i := range 20 {
			fmt.Fprintf(&doc, ` a%d: verifySecondFactor(input: {code: "%06d"}) { user { id } userErrors { code } }`, i, i*37)
		}
		doc.WriteString(" }")
		resp := br.gql(doc.String(), nil)
		var data map[string]struct {
			User       *struct{ ID string }
			UserErrors []userErrorJSON
		}
		json.Unmarshal(resp.Data, &data)
		checked := len(ta.auditRows(t, audit.SecondFactorFailed, u.id))
		for _, p := range data {
			if p.User != nil {
				checked++
			}
		}
		if checked > 5 {
			t.Fatalf("%d codes checked from one document of 20 aliases, want at most 5: %s", checked, resp.Raw)
		}
		codes := map[string]int{}
		for _, p := range data {
			codes[onlyCode(p.UserErrors)]++
		}
		t.Logf("answers %v, top-level errors %d", codes, len(resp.Errors))
		if len(resp.Errors) > 0 {
			// Refused as a whole (a limit on the document) is fine too.
			return
		}
		if codes["SECOND_FACTOR_LOCKED"] < 15 {
			t.Fatalf("answers %v, want the tries past the fifth locked", codes)
		}
	})
}

func TestARecoveryCodeSignsInOnceAndEmailsTheOwner(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		br := ta.browser(t)
		pending(t, br, u)
		if v := verify(t, br, map[string]any{"recoveryCode": u.recovery[0]}); v.User == nil {
			t.Fatalf("a recovery code: %+v", v)
		}
		rows := ta.outboxRows(t, string(mail.KindRecoveryCodeUsed))
		if len(rows) != 1 || !strings.Contains(rows[0].TextBody, "9 are left") {
			t.Fatalf("recovery-code emails: %+v", rows)
		}
		other := ta.browser(t)
		pending(t, other, u)
		if v := verify(t, other, map[string]any{"recoveryCode": u.recovery[0]}); onlyCode(v.UserErrors) != "SECOND_FACTOR_INVALID" {
			t.Fatalf("the same recovery code again: %+v", v)
		}
		// Exactly one proof.
		if v := verify(t, other, map[string]any{"code": u.code(t), "recoveryCode": u.recovery[1]}); onlyCode(v.UserErrors) != "INVALID_INPUT" {
			t.Fatalf("two proofs: %+v", v)
		}
	})
}

// A pending enrolment (enrollTotp without confirmTotp) is no factor: it
// neither asks for a code at sign-in nor satisfies a policy.
func TestAPendingEnrolmentIsSkippedAndCountsForNothing(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		ta.withFactorClock()
		ta.createUser(t, "bob@example.com", "bob", false)
		br := ta.signedIn(t, "bob")
		br.gql(enrollQ, nil)
		if r := signIn2(t, ta.browser(t), "bob", goodPassword); r.SecondFactorRequired || r.User == nil {
			t.Fatalf("signIn with an enrolment pending: %+v", r)
		}
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) {
			u.SetRequireSecondFactor(securitysettings.RequireSecondFactorEVERYONE)
		})
		wantTopLevel(t, br.gql(`{ me { sessions { id } } organization(id: "org_x") { id } }`, nil), "SECOND_FACTOR_REQUIRED")
		var me struct {
			Me struct{ MustEnrollSecondFactor bool }
		}
		br.gql(`{ me { mustEnrollSecondFactor } }`, nil).into(t, &me)
		if !me.Me.MustEnrollSecondFactor {
			t.Fatal("mustEnrollSecondFactor is false with only a pending enrolment")
		}
	})
}

// A reset link sets a new password; the second factor stays, and a sign-in
// pending from before the reset is over.
func TestAPasswordResetNeitherRemovesNorBypassesTheSecondFactor(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		waiting := ta.browser(t)
		pending(t, waiting, u)

		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait()
		rows := ta.outboxRows(t, string(mail.KindResetLink))
		if len(rows) == 0 {
			t.Fatal("no reset link")
		}
		const newPassword = "Brand-New-Horse7"
		if p := resetPassword(t, ta.browser(t), tokenIn(t, rows[len(rows)-1].Link), newPassword, newPassword); p.code() != "" {
			t.Fatalf("reset: %+v", p)
		}
		if v := verify(t, waiting, map[string]any{"code": u.code(t)}); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("a sign-in pending from before the reset: %+v", v)
		}
		br := ta.browser(t)
		if r := signIn2(t, br, "alice", newPassword); !r.SecondFactorRequired || r.User != nil {
			t.Fatalf("signIn with the new password: %+v", r)
		}
		if v := verify(t, br, map[string]any{"code": u.code(t)}); v.User == nil {
			t.Fatalf("the code after the reset: %+v", v)
		}
	})
}

func TestForceSignInEndsAPendingSignIn(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		admin := ta.newAdmin(t)
		br := ta.browser(t)
		pending(t, br, u)
		admin.gql(`mutation($id: ID!) { forceSignIn(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": u.id})
		if v := verify(t, br, map[string]any{"code": u.code(t)}); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("verify after forceSignIn: %+v", v)
		}
		// And one left waiting dies after its lifetime.
		late := ta.browser(t)
		pending(t, late, u)
		u.clk.Advance(secondfactor.ChallengeLifetime + time.Second)
		if v := verify(t, late, map[string]any{"code": u.code(t)}); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("verify after the lifetime: %+v", v)
		}
	})
}

func TestGenerateTokenWaitsForTheSecondFactor(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		client := ta.browser(t)
		var out struct {
			GenerateToken struct {
				Token                *string
				SecondFactorRequired bool
				SecondFactorMethods  []string
				SecondFactorToken    *string
				UserErrors           []userErrorJSON
			}
		}
		client.gql(`mutation { generateToken(input: {login: "alice", password: "Correct-Horse-9", name: "ci"}) {
		  token secondFactorRequired secondFactorMethods secondFactorToken userErrors { code } } }`, nil).into(t, &out)
		g := out.GenerateToken
		if g.Token != nil || !g.SecondFactorRequired || g.SecondFactorToken == nil || len(g.SecondFactorMethods) == 0 {
			t.Fatalf("generateToken: %+v", g)
		}
		if v := verify(t, client, map[string]any{"code": u.code(t)}); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("verify without the secondFactorToken: %+v", v)
		}
		v := verify(t, client, map[string]any{"code": u.code(t), "token": *g.SecondFactorToken})
		if v.Token == nil || v.User != nil {
			t.Fatalf("verify with the secondFactorToken: %+v", v)
		}
		if ta.bearerStatus(t, *v.Token) != http.StatusOK {
			t.Fatal("the token does not work")
		}
		u.nextStep()
		if v := verify(t, client, map[string]any{"code": u.code(t), "token": *g.SecondFactorToken}); onlyCode(v.UserErrors) != "TOKEN_INVALID" {
			t.Fatalf("the secondFactorToken again: %+v", v)
		}
		// The client's cookie jar got no session.
		if client.me() != nil {
			t.Fatal("verifySecondFactor for a token signed the client in")
		}
	})
}

func TestAPolicyRequiresEnrolmentBeforeAnythingElse(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		clk := ta.withFactorClock()
		admin := ta.newAdmin(t)
		bobID := ta.createUser(t, "bob@example.com", "bob", false)
		var org struct {
			CreateOrganization struct{ Organization struct{ ID string } }
		}
		admin.gql(`mutation { createOrganization(input: {name: "Extranet"}) { organization { id } } }`, nil).into(t, &org)
		orgID := org.CreateOrganization.Organization.ID
		bob := ta.signedIn(t, "bob")
		// Organisation policy: bob joins an organisation that requires it.
		if _, err := ta.db.Client.Membership.Create().SetUserID(bobID).SetOrganizationID(orgID).Save(context.Background()); err != nil {
			t.Fatal(err)
		}
		wantTopLevel(t, bob.gql(`{ me { accessTokens { id } } }`, nil), "") // no policy yet
		var upd struct {
			UpdateOrganization struct {
				Organization struct{ RequireSecondFactor bool }
				UserErrors   []userErrorJSON
			}
		}
		admin.gql(`mutation($id: ID!) { updateOrganization(input: {id: $id, name: "Extranet", requireSecondFactor: true}) { organization { requireSecondFactor } userErrors { code } } }`,
			map[string]any{"id": orgID}).into(t, &upd)
		if !upd.UpdateOrganization.Organization.RequireSecondFactor {
			t.Fatalf("updateOrganization: %+v", upd)
		}
		for _, q := range []string{
			`{ organization(id: "` + orgID + `") { id } }`,
			`mutation { createAccessToken(input: {name: "x"}) { token } }`,
		} {
			wantTopLevel(t, bob.gql(q, nil), "SECOND_FACTOR_REQUIRED")
		}
		wantTopLevel(t, bob.gql(`{ me { id mustEnrollSecondFactor } passwordPolicy { minLength } }`, nil), "")
		// generateToken for such an account refuses: enrol in a browser first.
		wantUserError(t, ta.browser(t).gql(`mutation { generateToken(input: {login: "bob", password: "Correct-Horse-9", name: "ci"}) { token userErrors { code } } }`, nil),
			"generateToken", "SECOND_FACTOR_REQUIRED")
		enrolTotp(t, bob, clk)
		wantTopLevel(t, bob.gql(`{ organization(id: "`+orgID+`") { id } }`, nil), "")

		// The instance policy for admins.
		setSettingsAsAdmin(t, admin, map[string]any{"requireSecondFactor": "ADMINS"})
		wantTopLevel(t, admin.gql(`{ securitySettings { requireSecondFactor } }`, nil), "SECOND_FACTOR_REQUIRED")
	})
}

func TestSensitiveActionsNeedARecentAuthentication(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		br := ta.browser(t)
		pending(t, br, u)
		verify(t, br, map[string]any{"code": u.code(t)})
		var me struct {
			Me struct {
				SecondFactors []struct{ ID string }
				Until         *string `json:"recentAuthenticationExpiresAt"`
			}
		}
		br.gql(`{ me { secondFactors { id } recentAuthenticationExpiresAt } }`, nil).into(t, &me)
		if me.Me.Until == nil {
			t.Fatal("recentAuthenticationExpiresAt is null just after sign-in")
		}
		factorID := me.Me.SecondFactors[0].ID
		u.clk.Advance(secondfactor.RecentAuthentication + time.Minute)
		for field, q := range map[string]string{
			"removeSecondFactor":      `mutation($id: ID!) { removeSecondFactor(input: {id: $id}) { userErrors { code field } } }`,
			"regenerateRecoveryCodes": `mutation { regenerateRecoveryCodes { recoveryCodes userErrors { code field } } }`,
			"createAccessToken":       `mutation { createAccessToken(input: {name: "x"}) { token userErrors { code field } } }`,
			"changePassword":          `mutation { changePassword(input: {currentPassword: "Correct-Horse-9", newPassword: "Another-Horse9!", newPasswordConfirmation: "Another-Horse9!"}) { userErrors { code field } } }`,
			"requestEmailChange":      `mutation { requestEmailChange(input: {newEmail: "new@example.com", currentPassword: "Correct-Horse-9"}) { userErrors { code field } } }`,
		} {
			wantUserError(t, br.gql(q, map[string]any{"id": factorID}), field, "RECENT_AUTHENTICATION_REQUIRED")
		}
		// Re-entering a code makes it recent again (a new step's code).
		u.nextStep()
		wantUserError(t, br.gql(`mutation($code: String) { reauthenticate(input: {code: $code}) { recentAuthenticationExpiresAt userErrors { code } } }`,
			map[string]any{"code": u.code(t)}), "reauthenticate", "")
		var regen struct {
			RegenerateRecoveryCodes struct{ RecoveryCodes []string }
		}
		br.gql(`mutation { regenerateRecoveryCodes { recoveryCodes userErrors { code } } }`, nil).into(t, &regen)
		if len(regen.RegenerateRecoveryCodes.RecoveryCodes) != 10 {
			t.Fatalf("regenerate after reauthenticate: %+v", regen)
		}
		wantUserError(t, br.gql(`mutation($id: ID!) { removeSecondFactor(input: {id: $id}) { userErrors { code } } }`, map[string]any{"id": factorID}),
			"removeSecondFactor", "")
		if rows := ta.outboxRows(t, string(mail.KindSecondFactorRemoved)); len(rows) != 1 {
			t.Fatalf("%d factor-removed emails, want 1", len(rows))
		}
		// With no factor left, the password alone signs in again, and the
		// recovery codes went with the last factor.
		if r := signIn2(t, ta.browser(t), "alice", goodPassword); r.SecondFactorRequired || r.User == nil {
			t.Fatalf("signIn after removing the factor: %+v", r)
		}
		if left, _ := ta.factors.RecoveryCodesLeft(context.Background(), u.id); left != 0 {
			t.Fatalf("%d recovery codes left without a factor", left)
		}
	})
}

func TestAnAdminSeesTheKindsOfFactorAndResetsThem(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		admin := ta.newAdmin(t)
		kindsQ := `query($id: ID!) { node(id: $id) { ... on User { secondFactorKinds } } }`
		var out struct {
			Node struct{ SecondFactorKinds []string }
		}
		admin.gql(kindsQ, map[string]any{"id": u.id}).into(t, &out)
		if !slices.Equal(out.Node.SecondFactorKinds, []string{"TOTP"}) {
			t.Fatalf("secondFactorKinds: %+v", out)
		}
		// A person does not see another's factors, nor their kinds.
		carol := ta.browser(t)
		ta.createUser(t, "carol@example.com", "carol", false)
		carol.mustSignIn("carol", goodPassword)
		wantTopLevel(t, carol.gql(`mutation($id: ID!) { adminResetSecondFactors(input: {userId: $id}) { userErrors { code } } }`, map[string]any{"id": u.id}), "FORBIDDEN")

		resetQ := `mutation($id: ID!) { adminResetSecondFactors(input: {userId: $id}) { removedFactors userErrors { code } } }`
		u.clk.Advance(secondfactor.RecentAuthentication + time.Minute)
		wantUserError(t, admin.gql(resetQ, map[string]any{"id": u.id}), "adminResetSecondFactors", "RECENT_AUTHENTICATION_REQUIRED")
		wantUserError(t, admin.gql(`mutation { reauthenticate(input: {password: "Correct-Horse-9"}) { userErrors { code } } }`, nil), "reauthenticate", "")
		var reset struct {
			AdminResetSecondFactors struct {
				RemovedFactors int
				UserErrors     []userErrorJSON
			}
		}
		admin.gql(resetQ, map[string]any{"id": u.id}).into(t, &reset)
		if reset.AdminResetSecondFactors.RemovedFactors != 1 {
			t.Fatalf("adminResetSecondFactors: %+v", reset)
		}
		if n := len(ta.auditRows(t, audit.SecondFactorsReset, u.id)); n != 1 {
			t.Fatalf("%d SECOND_FACTORS_RESET events", n)
		}
		if rows := ta.outboxRows(t, string(mail.KindSecondFactorsReset)); len(rows) != 1 {
			t.Fatalf("%d reset emails", len(rows))
		}
		if r := signIn2(t, ta.browser(t), "alice", goodPassword); r.SecondFactorRequired || r.User == nil {
			t.Fatalf("signIn after the reset: %+v", r)
		}
	})
}

// Two instances on one PostgreSQL: wrong codes sent to both at once still
// stop at the threshold, and a code used on one is refused on the other.
func TestTwoInstancesShareTheSecondFactorLockoutAndReplayGuard(t *testing.T) {
	if len(testdb.Backends(t)) < 2 {
		t.Fatal("this test needs PostgreSQL; LATCHKEY_TEST_POSTGRES=off cannot run it")
	}
	a, b := twoInstances(t)
	a.noClientLimit(t)
	u := newTotpUser(t, a)
	b.factors.Now, b.accounts.Now = u.clk.Clock(), u.clk.Clock()

	code := u.code(t)
	onA := a.browser(t)
	pending(t, onA, u)
	if v := verify(t, onA, map[string]any{"code": code}); v.User == nil {
		t.Fatalf("verify on a: %+v", v)
	}
	onB := b.browser(t)
	pending(t, onB, u)
	if v := verify(t, onB, map[string]any{"code": code}); onlyCode(v.UserErrors) != "SECOND_FACTOR_INVALID" {
		t.Fatalf("the same code on b: %+v", v)
	}

	onA2 := a.browser(t)
	pending(t, onA2, u)
	wrong := u.wrong(t)
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string]int{}
	for i := range 20 {
		br, base := onA2, a.srv.URL
		if i%2 == 1 {
			br, base = onB, b.srv.URL
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, raw, err := rawGQL(br.c, base, verifyQ, map[string]any{"code": wrong})
			p, perr := rawPayload(raw, "verifySecondFactor")
			mu.Lock()
			defer mu.Unlock()
			if err != nil || perr != nil {
				got[fmt.Sprint(err, perr)]++
				return
			}
			got[p.code()]++
		}()
	}
	wg.Wait()
	// onB already spent one try on the replayed code.
	if got["SECOND_FACTOR_INVALID"] != 4 || got["SECOND_FACTOR_LOCKED"] != 16 {
		t.Fatalf("20 wrong codes over two instances: %v, want 4 checked and 16 locked", got)
	}
}

// A copy of the database (the SQLite files with their WAL, every
// PostgreSQL row) holds neither the TOTP secret nor a recovery code.
func TestNeitherTheTotpSecretNorARecoveryCodeIsReadableInTheDatabase(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		ta.noClientLimit(t)
		u := newTotpUser(t, ta)
		secrets := map[string]string{"TOTP secret": u.secret}
		for i, c := range u.recovery {
			secrets[fmt.Sprintf("recovery code %d", i)] = c
			secrets[fmt.Sprintf("recovery code %d without dashes", i)] = strings.ReplaceAll(c, "-", "")
		}
		wantNoSecretInTheDatabase(t, ta, secrets)
	})
}
