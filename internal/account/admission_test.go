package account

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/testdb"
)

// withDevice returns a context as the device middleware leaves it for a
// browser sending token.
func withDevice(t *testing.T, token string) context.Context {
	t.Helper()
	var ctx context.Context
	r := httptest.NewRequest("POST", "/graphql", nil)
	if token != "" {
		r.AddCookie(&http.Cookie{Name: device.CookieName, Value: token})
	}
	device.Cookie{}.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ctx = r.Context() })).ServeHTTP(httptest.NewRecorder(), r)
	return clientinfo.With(ctx, clientinfo.Info{IP: "198.51.100.20"})
}

// A sign-in's hashes go first only for a browser that signed in to that
// very account before: not for a device cookie of another account, nor a
// made-up one.
func TestOnlyABrowserKnownToTheAccountGoesFirst(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		ada := mustCreate(t, s, NewUser{Email: "ada@example.com", Username: "ada", Password: goodPassword})
		bob := mustCreate(t, s, NewUser{Email: "bob@example.com", Username: "bob", Password: goodPassword})
		adas := device.Prefix + strings.Repeat("a", 43)
		s.Client.KnownDevice.Create().SetUserID(ada.ID).SetTokenHash(secret.Hash(adas)).ExecX(context.Background())
		tests := []struct {
			name  string
			token string
			user  string
			first bool
		}{
			{"ada's browser signing in to ada", adas, ada.ID, true},
			{"ada's browser signing in to bob", adas, bob.ID, false},
			{"a made-up device cookie", device.Prefix + strings.Repeat("z", 43), ada.ID, false},
			{"no device cookie", "", ada.ID, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				u := reload(t, s.Client, tt.user)
				ctx := s.knownBrowserFirst(hashTicket(withDevice(t, tt.token), false), u)
				// Behaviour: with the only slot held and one waiter from
				// another address, does this request's hash go first?
				h := password.NewHasher(cheap, 1, 8)
				got := goesFirst(t, h, ctx)
				if got != tt.first {
					t.Fatalf("went first: %v, want %v", got, tt.first)
				}
			})
		}
	})
}

func goesFirst(t *testing.T, h *password.Hasher, ctx context.Context) bool {
	t.Helper()
	hold, held := make(chan struct{}), make(chan struct{})
	go h.Do(context.Background(), func() { close(held); <-hold })
	<-held
	order := make(chan string, 2)
	other := password.WithTicket(context.Background(), "203.0.113.50", false)
	go h.Do(other, func() { order <- "other" })
	for {
		if _, w := h.InFlight(); w == 1 {
			break
		}
	}
	go h.Do(ctx, func() { order <- "this" })
	for {
		if _, w := h.InFlight(); w == 2 {
			break
		}
	}
	close(hold)
	first := <-order
	<-order
	return first == "this"
}
