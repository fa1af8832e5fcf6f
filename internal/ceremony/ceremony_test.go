package ceremony

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/keyring"
)

// roundTrip runs f in a request carrying cookies, and returns the cookies
// the response set.
func roundTrip(c Cookie, cookies []*http.Cookie, f func(r *http.Request)) []*http.Cookie {
	req := httptest.NewRequest("POST", "/graphql", nil)
	for _, ck := range cookies {
		req.AddCookie(ck)
	}
	rec := httptest.NewRecorder()
	c.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f(r) })).ServeHTTP(rec, req)
	return rec.Result().Cookies()
}

func TestTheStateComesBackOnceSealedInAStrictHttpOnlyCookie(t *testing.T) {
	for _, secure := range []bool{false, true} {
		c := Cookie{Keys: keyring.Ephemeral(), Secure: secure, Lifetime: 5 * time.Minute}
		set := roundTrip(c, nil, func(r *http.Request) { Keep(r.Context(), []byte(`{"challenge":"abc"}`)) })
		if len(set) != 1 {
			t.Fatalf("cookies: %v", set)
		}
		ck := set[0]
		if ck.Name != c.Name() || !ck.HttpOnly || ck.Secure != secure || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/" || ck.MaxAge != 300 {
			t.Errorf("cookie (secure=%v): %+v", secure, ck)
		}
		if secure && ck.Name != "__Host-latchkey_ceremony" {
			t.Errorf("name over HTTPS: %s", ck.Name)
		}
		var got []byte
		cleared := roundTrip(c, set, func(r *http.Request) { got = Take(r.Context()) })
		if string(got) != `{"challenge":"abc"}` {
			t.Fatalf("taken: %q", got)
		}
		if len(cleared) != 1 || cleared[0].MaxAge >= 0 {
			t.Fatalf("the cookie is not cleared once taken: %v", cleared)
		}
	}
}

func TestAStateThatWasNotSealedHereDoesNotOpen(t *testing.T) {
	c := Cookie{Keys: keyring.Ephemeral(), Lifetime: time.Minute}
	set := roundTrip(c, nil, func(r *http.Request) { Keep(r.Context(), []byte("state")) })
	changed := *set[0]
	b := []byte(changed.Value)
	b[len(b)-3] = map[bool]byte{true: 'A', false: 'B'}[b[len(b)-3] != 'A']
	changed.Value = string(b)
	other := Cookie{Keys: keyring.Ephemeral(), Lifetime: time.Minute}
	for _, tt := range []struct {
		name    string
		c       Cookie
		cookies []*http.Cookie
	}{
		{"no cookie", c, nil},
		{"a changed cookie", c, []*http.Cookie{&changed}},
		{"another service's key", other, set},
		{"not base64", c, []*http.Cookie{{Name: c.Name(), Value: "!!!"}}},
		{"the right value under the HTTPS name", Cookie{Keys: c.Keys, Secure: true}, []*http.Cookie{{Name: "__Host-latchkey_ceremony", Value: set[0].Value}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []byte
			roundTrip(tt.c, tt.cookies, func(r *http.Request) { got = Take(r.Context()) })
			if got != nil {
				t.Fatalf("opened: %q", got)
			}
		})
	}
}

func TestWithoutTheMiddlewareNothingIsKept(t *testing.T) {
	r := httptest.NewRequest("POST", "/graphql", nil)
	Keep(r.Context(), []byte("x"))
	if got := Take(r.Context()); got != nil {
		t.Fatalf("taken: %q", got)
	}
}
