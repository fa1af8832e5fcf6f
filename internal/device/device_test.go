package device

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/secret"
)

func TestTheDeviceCookieIsHttpOnlyLaxLongLivedAndSecureOverHTTPS(t *testing.T) {
	tok, _ := secret.NewToken(Prefix)
	for _, c := range []Cookie{{Secure: false}, {Secure: true}} {
		rec := httptest.NewRecorder()
		var seen string
		c.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			seen = Token(r.Context())
			Remember(r.Context(), tok)
		})).ServeHTTP(rec, httptest.NewRequest("POST", "/graphql", nil))
		if seen != "" {
			t.Fatalf("a browser without the cookie has token %q", seen)
		}
		got := rec.Result().Cookies()
		if len(got) != 1 {
			t.Fatalf("cookies: %v", got)
		}
		ck := got[0]
		wantName := CookieName
		if c.Secure {
			wantName = "__Host-" + CookieName
		}
		if ck.Name != wantName || ck.Value != tok || !ck.HttpOnly || ck.Secure != c.Secure || ck.SameSite != http.SameSiteLaxMode || ck.Path != "/" || ck.MaxAge < 365*24*3600 {
			t.Errorf("cookie (secure=%v): %+v", c.Secure, ck)
		}

		req := httptest.NewRequest("POST", "/graphql", nil)
		req.AddCookie(&http.Cookie{Name: wantName, Value: tok})
		c.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = Token(r.Context()) })).ServeHTTP(httptest.NewRecorder(), req)
		if seen != tok {
			t.Errorf("the browser's own cookie was not read: %q", seen)
		}
	}
}

func TestOnlyTokensOfOursCountAsADevice(t *testing.T) {
	tok, _ := secret.NewToken(Prefix)
	cases := map[string]bool{
		tok:                                     true,
		"":                                      false,
		"lk_dev_short":                          false,
		"lk_at_" + strings.Repeat("a", 52):      false,
		Prefix + strings.Repeat("a", 52) + "\n": false,
		Prefix + strings.Repeat("a", 500):       false,
	}
	for s, want := range cases {
		if Valid(s) != want {
			t.Errorf("Valid(%q) = %v", s, !want)
		}
	}
}

// Only a device cookie this service issued is signed: one made up, one of
// before signing, one signed under another key or altered is not.
func TestOnlyADeviceCookieTheServiceIssuedIsSigned(t *testing.T) {
	keys, other := keyring.Ephemeral(), keyring.Ephemeral()
	tok := New(keys)
	old, _ := secret.NewToken(Prefix)
	i := strings.LastIndexByte(tok, '_')
	changed := "a"
	if tok[len(Prefix)] == 'a' {
		changed = "b"
	}
	cases := []struct {
		name string
		tok  string
		want bool
	}{
		{"a token the service issued", tok, true},
		{"a token of before signing", old, false},
		{"a made-up token", Prefix + strings.Repeat("a", 52) + "_" + strings.Repeat("0", 64), false},
		{"a token signed under another key", New(other), false},
		{"a token whose random part was changed", Prefix + changed + tok[len(Prefix)+1:], false},
		{"a signature moved to another token", old + tok[i:], false},
		{"no keys", tok, false},
	}
	for _, tc := range cases {
		k := keys
		if tc.name == "no keys" {
			k = nil
		}
		if !Valid(tc.tok) {
			t.Errorf("%s: not even valid: %q", tc.name, tc.tok)
		}
		if got := Signed(k, tc.tok); got != tc.want {
			t.Errorf("%s: Signed = %v", tc.name, got)
		}
	}
}

// Signing a token of before signing, or signing it again under a rotated
// key, leaves it the same browser: what is stored (Hash) does not change.
func TestSigningADeviceCookieKeepsItTheSameBrowser(t *testing.T) {
	keys, rotated := keyring.Ephemeral(), keyring.Ephemeral()
	old, _ := secret.NewToken(Prefix)
	signed := Sign(keys, old)
	again := Sign(rotated, signed)
	if !Signed(keys, signed) || !Signed(rotated, again) || Signed(keys, again) {
		t.Fatalf("signatures: %v %v %v", Signed(keys, signed), Signed(rotated, again), Signed(keys, again))
	}
	if Hash(old) != secret.Hash(old) || Hash(signed) != Hash(old) || Hash(again) != Hash(old) {
		t.Errorf("the browser changed with its signature")
	}
	if other := New(keys); Hash(other) == Hash(old) {
		t.Errorf("two browsers share a hash")
	}
}
