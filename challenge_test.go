package main

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/testdb"
)

const signInChallengeQ = `mutation($login: String!, $password: String!, $challenge: String) {
  signIn(input: {login: $login, password: $password, challenge: $challenge}) {
    user { id }
    userErrors { code field message }
    challenge { algorithm challenge salt maxNumber signature expiresAt }
  }
}`

const requestResetChallengeQ = `mutation($login: String!, $challenge: String) {
  requestReset(input: {login: $login, challenge: $challenge}) {
    userErrors { code field message }
    challenge { algorithm challenge salt maxNumber signature expiresAt }
  }
}`

type challengeJSON struct {
	Algorithm, Challenge, Salt, Signature, ExpiresAt string
	MaxNumber                                        int
}

type challengedPayload struct {
	User       *struct{ ID string } `json:"user"`
	UserErrors []userErrorJSON      `json:"userErrors"`
	Challenge  *challengeJSON       `json:"challenge"`
}

func (p challengedPayload) code() string {
	if len(p.UserErrors) == 0 {
		return ""
	}
	return p.UserErrors[0].Code
}

func challenged(t *testing.T, resp *gqlResponse, field string) challengedPayload {
	t.Helper()
	var data map[string]json.RawMessage
	resp.into(t, &data)
	var p challengedPayload
	if err := json.Unmarshal(data[field], &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// solve finds the number as the web app's worker does.
func solve(t *testing.T, c *challengeJSON) string {
	t.Helper()
	if c == nil {
		t.Fatal("no challenge given")
	}
	exp, _ := time.Parse(time.RFC3339, c.ExpiresAt)
	s, ok := challenge.Solve(challenge.Challenge{Algorithm: c.Algorithm, Challenge: c.Challenge, Salt: c.Salt, MaxNumber: c.MaxNumber, Signature: c.Signature, ExpiresAt: exp})
	if !ok {
		t.Fatal("the challenge has no solution")
	}
	return s.Encode()
}

func TestAnAddressThatKeepsFailingMustSolveAChallengeOnce(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--challenge-after-failures", "2")
		ta.noClientLimit(t)
		ta.createUser(t, "ada@example.com", "ada", false)
		br := ta.browser(t)
		for i := 0; i < 2; i++ {
			p := challenged(t, br.gql(signInChallengeQ, map[string]any{"login": "ada", "password": "Wrong-Horse-1"}), "signIn")
			if p.code() != "INVALID_CREDENTIALS" {
				t.Fatalf("failure %d: %q", i+1, p.code())
			}
		}
		// The third try, even with the right password, is asked first.
		p := challenged(t, br.gql(signInChallengeQ, map[string]any{"login": "ada", "password": goodPassword}), "signIn")
		if p.code() != "CHALLENGE_REQUIRED" || p.Challenge == nil || p.User != nil {
			t.Fatalf("after two failures: %+v, want CHALLENGE_REQUIRED with a challenge", p)
		}
		if f := p.UserErrors[0].Field; len(f) != 2 || f[1] != "challenge" {
			t.Fatalf("field %v, want input.challenge", f)
		}
		if p.Challenge.Algorithm != "SHA-256" || p.Challenge.MaxNumber < challenge.MinNumber {
			t.Fatalf("challenge %+v", p.Challenge)
		}
		solution := solve(t, p.Challenge)
		ok := challenged(t, br.gql(signInChallengeQ, map[string]any{"login": "ada", "password": goodPassword, "challenge": solution}), "signIn")
		if ok.code() != "" || ok.User == nil {
			t.Fatalf("solved: %+v", ok)
		}
		// Replayed: asked again, with a new challenge.
		again := challenged(t, ta.browser(t).gql(signInChallengeQ, map[string]any{"login": "ada", "password": goodPassword, "challenge": solution}), "signIn")
		if again.code() != "CHALLENGE_REQUIRED" || again.Challenge == nil || again.Challenge.Challenge == p.Challenge.Challenge {
			t.Fatalf("replayed solution: %+v, want CHALLENGE_REQUIRED with a new challenge", again)
		}
		// requestReset from the same address is asked too.
		reset := challenged(t, br.gql(requestResetChallengeQ, map[string]any{"login": "ada"}), "requestReset")
		if reset.code() != "CHALLENGE_REQUIRED" || reset.Challenge == nil {
			t.Fatalf("requestReset: %+v", reset)
		}
		reset = challenged(t, br.gql(requestResetChallengeQ, map[string]any{"login": "ada", "challenge": solve(t, reset.Challenge)}), "requestReset")
		if reset.code() != "" {
			t.Fatalf("requestReset solved: %+v", reset)
		}
	})
}

func TestSignInChallengeIsPublicAndSolvableAhead(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--challenge-after-failures", "1")
		ta.noClientLimit(t)
		ta.createUser(t, "bea@example.com", "bea", false)
		br := ta.browser(t)
		var out struct{ SignInChallenge challengeJSON }
		br.gql(`{ signInChallenge { algorithm challenge salt maxNumber signature expiresAt } }`, nil).into(t, &out)
		// A client that solves one before it is asked is let through even
		// once its address has failed.
		challenged(t, br.gql(signInChallengeQ, map[string]any{"login": "bea", "password": "Wrong-Horse-1"}), "signIn")
		p := challenged(t, br.gql(signInChallengeQ, map[string]any{"login": "bea", "password": goodPassword, "challenge": solve(t, &out.SignInChallenge)}), "signIn")
		if p.code() != "" || p.User == nil {
			t.Fatalf("with a challenge solved ahead: %+v", p)
		}
	})
}

func TestAccessTokenCallersAreNeverAskedForAChallenge(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--challenge-after-failures", "1")
		ta.noClientLimit(t)
		id := ta.createUser(t, "cyd@example.com", "cyd", false)
		tok := ta.accessToken(t, id)
		challenged(t, ta.browser(t).gql(signInChallengeQ, map[string]any{"login": "cyd", "password": "Wrong-Horse-1"}), "signIn")
		if p := challenged(t, ta.browser(t).gql(signInChallengeQ, map[string]any{"login": "cyd", "password": goodPassword}), "signIn"); p.code() != "CHALLENGE_REQUIRED" {
			t.Fatalf("a browser at the failing address: %q, want CHALLENGE_REQUIRED", p.code())
		}
		p := challenged(t, ta.bearer(t, tok, requestResetChallengeQ, map[string]any{"login": "cyd"}), "requestReset")
		if p.code() != "" {
			t.Fatalf("requestReset with an access token: %+v, want no challenge", p)
		}
	})
}

func TestAdminsSeeTheHashingPressure(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		admin := ta.newAdmin(t)
		var out struct {
			SecuritySettings struct {
				UnderPressure bool
				HashPressure  float64
			}
		}
		admin.gql(`{ securitySettings { underPressure hashPressure } }`, nil).into(t, &out)
		if out.SecuritySettings.UnderPressure || out.SecuritySettings.HashPressure < 0 || out.SecuritySettings.HashPressure > 1 {
			t.Fatalf("a quiet service: %+v", out.SecuritySettings)
		}
	})
}
