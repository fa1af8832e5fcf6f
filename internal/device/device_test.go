package device

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

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
