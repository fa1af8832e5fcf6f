package passkey

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/auditevent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/clock/clocktest"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/passkey/passkeytest"
	"github.com/latchkey/latchkey/internal/password/passwordtest"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/testdb"
)

const publicURL = "https://id.example.com"

func TestTheRelyingPartyComesFromThePublicURLAndTheExtraOrigins(t *testing.T) {
	for _, tc := range []struct {
		name, publicURL, extra string
		rpID                   string
		origins                []string
		wantErr                bool
	}{
		{"the public URL alone", "https://id.example.com", "", "id.example.com", []string{"https://id.example.com"}, false},
		{"a port stays in the origin, not in the RP ID", "http://localhost:8080", "", "localhost", []string{"http://localhost:8080"}, false},
		{"a subdomain of the RP ID", "https://example.com", "https://shop.example.com, https://app.example.com/", "example.com", []string{"https://example.com", "https://shop.example.com", "https://app.example.com"}, false},
		{"another site is a mistake", "https://id.example.com", "https://evil.example.net", "", nil, true},
		{"a look-alike suffix is another site", "https://example.com", "https://notexample.com", "", nil, true},
		{"an origin with a path is not an origin", "https://example.com", "https://example.com/app", "", nil, true},
		{"an IP address is no relying party", "http://127.0.0.1:8080", "", "", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{PublicURL: tc.publicURL, ExtraOrigins: ParseOrigins(tc.extra)}
			w, err := NewWebAuthn(cfg)
			if tc.wantErr {
				if err == nil {
					t.Fatalf("accepted %q", tc.extra)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if w.Config.RPID != tc.rpID {
				t.Errorf("RP ID %q, want %q", w.Config.RPID, tc.rpID)
			}
			if len(w.Config.RPOrigins) != len(tc.origins) {
				t.Fatalf("origins %v, want %v", w.Config.RPOrigins, tc.origins)
			}
			for i := range tc.origins {
				if w.Config.RPOrigins[i] != tc.origins[i] {
					t.Errorf("origins %v, want %v", w.Config.RPOrigins, tc.origins)
				}
			}
		})
	}
}

type world struct {
	svc   *Service
	clock *clocktest.Clock
	db    *database.DB
}

func newWorld(t *testing.T, db *database.DB) *world {
	clk := clocktest.New()
	log := slog.New(slog.NewTextHandler(testOut, nil))
	limits := &ratelimit.Counter{DB: db.SQL, Dialect: db.Dialect, Now: clk.Clock()}
	accounts := &account.Service{Client: db.Client, Hasher: passwordtest.Hasher(), Log: log, Dialect: db.Dialect, Now: clk.Clock(), Limits: limits, Outbox: mail.NewOutbox(publicURL, nil)}
	wa, err := NewWebAuthn(Config{PublicURL: publicURL})
	if err != nil {
		t.Fatal(err)
	}
	return &world{svc: &Service{Client: db.Client, WebAuthn: wa, Accounts: accounts, Limits: limits, Now: clk.Clock(), Log: log, Dialect: db.Dialect}, clock: clk, db: db}
}

func (w *world) user(t *testing.T, name string) *ent.User {
	u, err := w.svc.Accounts.CreateUser(context.Background(), account.NewUser{Email: name + "@example.com", Username: name, Name: name, Password: "Correct-Horse-9"})
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func (w *world) register(t *testing.T, u *ent.User, a *passkeytest.Authenticator) *ent.Passkey {
	t.Helper()
	ctx := context.Background()
	opts, state, err := w.svc.BeginRegistration(ctx, u, "Laptop")
	if err != nil {
		t.Fatal(err)
	}
	cred, err := a.Create(opts)
	if err != nil {
		t.Fatal(err)
	}
	p, _, err := w.svc.FinishRegistration(ctx, u, state, "Laptop", cred)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// userWithPasskey makes the account name with a passkey, from an
// authenticator that keeps a signature counter.
func (w *world) userWithPasskey(t *testing.T, name string) (*ent.User, *passkeytest.Authenticator, *ent.Passkey) {
	t.Helper()
	u := w.user(t, name)
	a := passkeytest.New(publicURL)
	a.Counter = true
	return u, a, w.register(t, u, a)
}

// fromAClient is a request's context from an address and a browser.
func fromAClient() context.Context {
	return clientinfo.With(context.Background(), clientinfo.Info{IP: "203.0.113.9", UserAgent: "Test/1.0"})
}

func TestACeremonyWorksOnceAndOnlyWithinItsLifetime(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w := newWorld(t, db)
		ann := w.user(t, "ann")
		a := passkeytest.New(publicURL)
		w.register(t, ann, a)

		opts, state, err := w.svc.BeginSignIn(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		cred, err := a.Get(opts)
		if err != nil {
			t.Fatal(err)
		}
		u, err := w.svc.FinishSignIn(ctx, state, cred)
		if err != nil || u.ID != ann.ID {
			t.Fatalf("sign-in: %v %v", u, err)
		}
		if _, err := w.svc.FinishSignIn(ctx, state, cred); !errors.Is(err, ErrInvalid) {
			t.Fatalf("the same state and assertion again: %v, want ErrInvalid", err)
		}

		opts, state, _ = w.svc.BeginSignIn(ctx, nil)
		cred, _ = a.Get(opts)
		w.clock.Advance(CeremonyLifetime + time.Second)
		if _, err := w.svc.FinishSignIn(ctx, state, cred); !errors.Is(err, ErrInvalid) {
			t.Fatalf("after its lifetime: %v, want ErrInvalid", err)
		}
	})
}

func TestACounterThatGoesBackIsRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		w := newWorld(t, db)
		ann := w.user(t, "ann")
		a := passkeytest.New(publicURL)
		a.Counter = true
		w.register(t, ann, a)
		for i := 0; i < 2; i++ {
			opts, state, _ := w.svc.BeginSignIn(ctx, nil)
			cred, _ := a.Get(opts)
			if _, err := w.svc.FinishSignIn(ctx, state, cred); err != nil {
				t.Fatalf("sign-in %d: %v", i, err)
			}
		}
		// A copy of the key that signs with an old counter.
		a.SetCounter(a.Credentials()[0], 0)
		opts, state, _ := w.svc.BeginSignIn(ctx, nil)
		cred, _ := a.Get(opts)
		if _, err := w.svc.FinishSignIn(ctx, state, cred); !errors.Is(err, ErrInvalid) {
			t.Fatalf("counter gone back: %v, want ErrInvalid", err)
		}
		p := db.Client.Passkey.Query().OnlyX(ctx)
		if p.SignCount != 2 {
			t.Errorf("stored counter %d, want 2 (unchanged by the refusal)", p.SignCount)
		}
	})
}

// What an accepted assertion writes, it writes all of it or none: on
// PostgreSQL one statement, on SQLite a transaction.
func TestAnAcceptedPasskeyWritesTheSignInAllOrNothing(t *testing.T) {
	tests := []struct {
		name      string
		meanwhile func(ctx context.Context, c *ent.Client, u *ent.User, p *ent.Passkey)
		want      error
	}{
		{"nothing else happens", nil, nil},
		{"an admin locks the account meanwhile", func(ctx context.Context, c *ent.Client, u *ent.User, p *ent.Passkey) {
			c.User.UpdateOneID(u.ID).SetAdminLockedAt(time.Now()).ExecX(ctx)
		}, ErrLocked},
		{"another assertion with the same counter is written meanwhile", func(ctx context.Context, c *ent.Client, u *ent.User, p *ent.Passkey) {
			c.Passkey.UpdateOneID(p.ID).SetSignCount(p.SignCount + 5).ExecX(ctx)
		}, ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				ctx := fromAClient()
				w := newWorld(t, db)
				ann, a, registered := w.userWithPasskey(t, "ann")
				if tt.meanwhile != nil {
					w.svc.beforeRecord = func(ctx context.Context, u *ent.User, p *ent.Passkey) { tt.meanwhile(ctx, db.Client, u, p) }
				}
				opts, state, err := w.svc.BeginSignIn(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				cred, _ := a.Get(opts)
				_, err = w.svc.FinishSignIn(ctx, state, cred)
				if !errors.Is(err, tt.want) || (err == nil) != (tt.want == nil) {
					t.Fatalf("sign-in: %v, want %v", err, tt.want)
				}

				p := db.Client.Passkey.GetX(ctx, registered.ID)
				u := db.Client.User.GetX(ctx, ann.ID)
				succeeded := db.Client.AuditEvent.Query().Where(auditevent.Type(audit.SignInSucceeded)).AllX(ctx)
				tries := map[string]int{}
				for _, r := range db.Client.RateLimitCounter.Query().Where(ratelimitcounter.Window(ratelimit.BeganWindow), ratelimitcounter.KeyHasPrefix("passkey:tries:")).AllX(ctx) {
					tries[strings.SplitN(r.Key, ":", 4)[2]] = r.Count
				}
				if tt.want != nil {
					if u.LastSignInAt != nil || p.LastUsedAt != nil || len(succeeded) != 0 {
						t.Errorf("a refused sign-in wrote: last sign-in %v, last use %v, events %+v", u.LastSignInAt, p.LastUsedAt, succeeded)
					}
					// Its tries stay counted.
					if tries["client"] != 1 || tries["cred"] != 1 {
						t.Errorf("tries after a refusal: %v, want one on the client and on the credential", tries)
					}
					return
				}
				if u.LastSignInAt == nil || p.LastUsedAt == nil || !u.LastSignInAt.Equal(*p.LastUsedAt) || p.SignCount != 1 || !p.UserVerified {
					t.Errorf("after the sign-in: last sign-in %v, last use %v, counter %d, verified %v", u.LastSignInAt, p.LastUsedAt, p.SignCount, p.UserVerified)
				}
				if len(succeeded) != 1 {
					t.Fatalf("SIGN_IN_SUCCEEDED events: %+v", succeeded)
				}
				e := succeeded[0]
				if e.ActorID != ann.ID || e.SubjectID != ann.ID || e.IP != "203.0.113.9" || e.UserAgent != "Test/1.0" ||
					e.Details["method"] != "passkey" || e.Details["factor_id"] != p.ID || !strings.HasPrefix(e.ID, "evt_") || time.Since(e.CreatedAt) > time.Minute {
					t.Errorf("the event: %+v", e)
				}
				// The success gave its own tries back.
				if tries["client"] != 0 || tries["cred"] != 0 {
					t.Errorf("tries after a success: %v, want none", tries)
				}
			})
		})
	}
}

var testOut io.Writer = io.Discard
