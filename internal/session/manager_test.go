package session

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"

	entsession "github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

// browser sends requests through Track and LoadAndSave the way the server's
// routes do, keeping the session cookie between them.
type browser struct {
	t       *testing.T
	handler http.Handler
	cookie  *http.Cookie
}

func (b *browser) do(path string) *httptest.ResponseRecorder {
	b.t.Helper()
	req := httptest.NewRequest("POST", path, nil)
	if b.cookie != nil {
		req.AddCookie(b.cookie)
	}
	rec := httptest.NewRecorder()
	b.handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.t.Fatalf("%s: status %d: %s", path, rec.Code, rec.Body)
	}
	for _, c := range rec.Result().Cookies() {
		if c.Name == CookieName || c.Name == "__Host-"+CookieName {
			if c.MaxAge < 0 {
				b.cookie = nil
			} else {
				b.cookie = c
			}
		}
	}
	return rec
}

func TestSignOutEverywhereWhileARequestIsRunning(t *testing.T) {
	tests := []struct {
		name   string
		revoke bool // end every session of the user during the request
		want   string
	}{
		{"a request running while the session is ended does not bring it back", true, ""},
		{"a request of a live session keeps it signed in", false, "signed in"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		u := newUser(t, db.Client, "alice")
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				startClean(t, db.Client)
				m := NewManager(db.Client, Config{IdleTimeout: time.Hour, Lifetime: 24 * time.Hour})
				mux := http.NewServeMux()
				mux.HandleFunc("/signin", func(w http.ResponseWriter, r *http.Request) {
					if err := m.RenewToken(r.Context()); err != nil {
						t.Error(err)
					}
					m.Put(r.Context(), UserKey, u.ID)
				})
				mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
					if m.GetString(r.Context(), UserKey) != u.ID {
						t.Error("/slow: the request did not load the signed-in session")
					}
					if tt.revoke {
						n, err := db.Client.Session.Delete().Where(entsession.UserID(u.ID)).Exec(context.Background())
						if err != nil || n != 1 {
							t.Errorf("revoke: deleted %d sessions (%v), want 1", n, err)
						}
					}
					m.Put(r.Context(), "last_page", "/slow")
				})
				mux.HandleFunc("/me", func(w http.ResponseWriter, r *http.Request) {
					if m.GetString(r.Context(), UserKey) == u.ID {
						w.Write([]byte("signed in"))
					}
				})
				b := &browser{t: t, handler: Track(m.LoadAndSave(mux))}

				b.do("/signin")
				if b.cookie == nil {
					t.Fatal("no session cookie after sign-in")
				}
				if got := b.do("/me").Body.String(); got != "signed in" {
					t.Fatalf("/me after sign-in = %q", got)
				}
				b.do("/slow")
				if got := b.do("/me").Body.String(); got != tt.want {
					t.Fatalf("/me after /slow = %q, want %q", got, tt.want)
				}
				n, err := db.Client.Session.Query().Where(entsession.UserID(u.ID)).Count(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int{true: 0, false: 1}[tt.revoke]; n != want {
					t.Fatalf("%d sessions of the user stored, want %d", n, want)
				}
			})
		}
	})
}

func TestSignInRenewsTheSessionToken(t *testing.T) {
	tests := []struct {
		name          string
		visitFirst    bool // an anonymous session exists before sign-in
		wantOldStored bool
	}{
		{"anonymous session before sign-in is replaced", true, false},
		{"sign-in without a prior session", false, false},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		u := newUser(t, db.Client, "alice")
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				startClean(t, db.Client)
				m := NewManager(db.Client, Config{IdleTimeout: time.Hour, Lifetime: 24 * time.Hour})
				mux := http.NewServeMux()
				mux.HandleFunc("/visit", func(w http.ResponseWriter, r *http.Request) { m.Put(r.Context(), "theme", "dark") })
				mux.HandleFunc("/signin", func(w http.ResponseWriter, r *http.Request) {
					if err := m.RenewToken(r.Context()); err != nil {
						t.Error(err)
					}
					m.Put(r.Context(), UserKey, u.ID)
				})
				b := &browser{t: t, handler: Track(m.LoadAndSave(mux))}
				var before string
				if tt.visitFirst {
					b.do("/visit")
					before = b.cookie.Value
				}
				b.do("/signin")
				if b.cookie == nil || b.cookie.Value == before {
					t.Fatalf("the token was not renewed at sign-in")
				}
				if before != "" && row(t, db.Client, before) != nil {
					t.Fatalf("the pre-sign-in session is still stored")
				}
				r := row(t, db.Client, b.cookie.Value)
				if r == nil || r.UserID == nil || *r.UserID != u.ID {
					t.Fatalf("signed-in session = %+v, want user_id %s", r, u.ID)
				}
			})
		}
	})
}

func TestNewManagerCookie(t *testing.T) {
	tests := []struct {
		name       string
		secure     bool
		wantName   string
		wantSecure bool
	}{
		{"plain HTTP", false, CookieName, false},
		{"HTTPS uses the __Host- prefix", true, "__Host-" + CookieName, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewManager(nil, Config{Secure: tt.secure, IdleTimeout: time.Hour, Lifetime: 24 * time.Hour})
			c := m.Cookie
			if c.Name != tt.wantName || c.Secure != tt.wantSecure || !c.HttpOnly || c.Path != "/" || c.Domain != "" || c.SameSite != http.SameSiteLaxMode {
				t.Fatalf("cookie = %+v", c)
			}
			if strings.HasPrefix(c.Name, "__Host-") && (!c.Secure || c.Path != "/" || c.Domain != "") {
				t.Fatalf("__Host- cookie must be Secure, Path=/ and have no Domain: %+v", c)
			}
			if _, ok := m.Store.(scs.CtxStore); !ok {
				t.Fatalf("store %T does not implement scs.CtxStore", m.Store)
			}
		})
	}
}
