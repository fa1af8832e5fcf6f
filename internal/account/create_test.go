package account

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestCreateUserStoresNormalisedValues(t *testing.T) {
	tests := []struct {
		name         string
		in           NewUser
		wantEmail    string
		wantKey      string
		wantUsername string
		wantName     string
		wantRole     user.Role
		wantLocale   string
	}{
		{
			name:      "plain values",
			in:        NewUser{Email: "alice@example.com", Username: "alice", Name: "Alice", Password: goodPassword},
			wantEmail: "alice@example.com", wantKey: "alice@example.com", wantUsername: "alice", wantName: "Alice", wantRole: user.RoleUSER, wantLocale: "en",
		},
		{
			name:      "email keeps its case, key and username are lower-cased, all trimmed",
			in:        NewUser{Email: "  Bob.Smith@Example.COM ", Username: " Bob.Smith ", Name: "  Bob Smith\t", Password: goodPassword},
			wantEmail: "Bob.Smith@Example.COM", wantKey: "bob.smith@example.com", wantUsername: "bob.smith", wantName: "Bob Smith", wantRole: user.RoleUSER, wantLocale: "en",
		},
		{
			name:      "admin with a locale",
			in:        NewUser{Email: "Carol@example.org", Username: "CAROL-1", Name: "Carol", Admin: true, Locale: "fr", Password: goodPassword},
			wantEmail: "Carol@example.org", wantKey: "carol@example.org", wantUsername: "carol-1", wantName: "Carol", wantRole: user.RoleADMIN, wantLocale: "fr",
		},
		{
			name:      "no password yet",
			in:        NewUser{Email: "dave@example.net", Username: "dave_d", Name: ""},
			wantEmail: "dave@example.net", wantKey: "dave@example.net", wantUsername: "dave_d", wantName: "", wantRole: user.RoleUSER, wantLocale: "en",
		},
		{
			name:      "non-ASCII letters in the email are kept as typed",
			in:        NewUser{Email: "Jörg@Example.com", Username: "joerg", Name: "Jörg Ü", Password: goodPassword},
			wantEmail: "Jörg@Example.com", wantKey: "jörg@example.com", wantUsername: "joerg", wantName: "Jörg Ü", wantRole: user.RoleUSER, wantLocale: "en",
		},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				u := mustCreate(t, s, tt.in)
				got := reload(t, db.Client, u.ID)
				if got.Email != tt.wantEmail || got.EmailKey != tt.wantKey || got.Username != tt.wantUsername || got.Name != tt.wantName {
					t.Fatalf("stored (email %q, key %q, username %q, name %q), want (%q, %q, %q, %q)",
						got.Email, got.EmailKey, got.Username, got.Name, tt.wantEmail, tt.wantKey, tt.wantUsername, tt.wantName)
				}
				if got.Role != tt.wantRole || got.Locale != tt.wantLocale {
					t.Fatalf("stored (role %s, locale %q), want (%s, %q)", got.Role, got.Locale, tt.wantRole, tt.wantLocale)
				}
				if !strings.HasPrefix(got.ID, "usr_") {
					t.Fatalf("ID = %q, want a usr_ prefix", got.ID)
				}
				if tt.in.Password == "" {
					if got.PasswordHash != "" || got.PasswordChangedAt != nil {
						t.Fatalf("no password given, but hash %q, changed at %v", got.PasswordHash, got.PasswordChangedAt)
					}
					return
				}
				if got.PasswordChangedAt == nil {
					t.Fatalf("PasswordChangedAt not set")
				}
				if strings.Contains(got.PasswordHash, tt.in.Password) {
					t.Fatalf("the stored hash contains the password")
				}
				ok, _, err := s.Hasher.Verify(context.Background(), tt.in.Password, got.PasswordHash)
				if err != nil || !ok {
					t.Fatalf("stored hash does not verify: (%v, %v)", ok, err)
				}
			})
		}
	})
}

func TestCreateUserWithTakenEmailOrUsername(t *testing.T) {
	tests := []struct {
		name     string
		email    string
		username string
		want     error
	}{
		{"same email", "alice@example.com", "alice2", ErrEmailTaken},
		{"email in upper case", "ALICE@EXAMPLE.COM", "alice2", ErrEmailTaken},
		{"email in mixed case with spaces", "  Alice@Example.Com ", "alice2", ErrEmailTaken},
		{"both taken: the email is reported", "Alice@example.com", "alice", ErrEmailTaken},
		{"same username", "other@example.com", "alice", ErrUsernameTaken},
		{"username in upper case", "other@example.com", "ALICE", ErrUsernameTaken},
		{"username in mixed case", "other@example.com", "AlIcE", ErrUsernameTaken},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		mustCreate(t, s, NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword})
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := s.CreateUser(context.Background(), NewUser{Email: tt.email, Username: tt.username, Password: goodPassword})
				if !errors.Is(err, tt.want) {
					t.Fatalf("CreateUser(%q, %q) err = %v, want %v", tt.email, tt.username, err, tt.want)
				}
				if n := countUsers(t, db.Client); n != 1 {
					t.Fatalf("%d users stored, want 1", n)
				}
			})
		}
	})
}

func TestCreateUserWithInvalidInputWritesNothing(t *testing.T) {
	valid := NewUser{Email: "alice@example.com", Username: "alice", Name: "Alice", Password: goodPassword}
	with := func(f func(*NewUser)) NewUser { nu := valid; f(&nu); return nu }
	tests := []struct {
		name  string
		in    NewUser
		want  error           // a sentinel, or nil when wantRules is set
		rules []password.Rule // the policy error's unmet rules
	}{
		{"empty email", with(func(n *NewUser) { n.Email = "" }), ErrInvalidEmail, nil},
		{"email without @", with(func(n *NewUser) { n.Email = "alice.example.com" }), ErrInvalidEmail, nil},
		{"email without a dot in the domain", with(func(n *NewUser) { n.Email = "alice@example" }), ErrInvalidEmail, nil},
		{"email with a display name", with(func(n *NewUser) { n.Email = "Alice <alice@example.com>" }), ErrInvalidEmail, nil},
		{"two emails", with(func(n *NewUser) { n.Email = "alice@example.com, bob@example.com" }), ErrInvalidEmail, nil},
		{"email over 254 bytes", with(func(n *NewUser) { n.Email = strings.Repeat("a", 64) + "@" + strings.Repeat("b", 186) + ".com" }), ErrInvalidEmail, nil},
		{"email with a newline", with(func(n *NewUser) { n.Email = "alice@example.com\nBcc: x@example.com" }), ErrInvalidEmail, nil},
		{"email not UTF-8", with(func(n *NewUser) { n.Email = "al\xffice@example.com" }), ErrInvalidEmail, nil},
		{"empty username", with(func(n *NewUser) { n.Username = "" }), ErrInvalidUsername, nil},
		{"username of two characters", with(func(n *NewUser) { n.Username = "al" }), ErrInvalidUsername, nil},
		{"username of 65 characters", with(func(n *NewUser) { n.Username = strings.Repeat("a", 65) }), ErrInvalidUsername, nil},
		{"username starting with a dash", with(func(n *NewUser) { n.Username = "-alice" }), ErrInvalidUsername, nil},
		{"username ending with a dot", with(func(n *NewUser) { n.Username = "alice." }), ErrInvalidUsername, nil},
		{"username that is an email", with(func(n *NewUser) { n.Username = "alice@example.com" }), ErrInvalidUsername, nil},
		{"username with a space", with(func(n *NewUser) { n.Username = "al ice" }), ErrInvalidUsername, nil},
		{"username with a non-ASCII letter", with(func(n *NewUser) { n.Username = "Ålice" }), ErrInvalidUsername, nil},
		{"username with a Kelvin sign", with(func(n *NewUser) { n.Username = "\u212Aate" }), ErrInvalidUsername, nil},
		{"name with a newline", with(func(n *NewUser) { n.Name = "Alice\nAdmin" }), ErrInvalidName, nil},
		{"name with a NUL", with(func(n *NewUser) { n.Name = "Alice\x00" }), ErrInvalidName, nil},
		{"name over 200 characters", with(func(n *NewUser) { n.Name = strings.Repeat("ä", 201) }), ErrInvalidName, nil},
		{"name not UTF-8", with(func(n *NewUser) { n.Name = "Al\xffice" }), ErrInvalidName, nil},
		{"invalid email is reported before invalid username", with(func(n *NewUser) { n.Email = "x"; n.Username = "-" }), ErrInvalidEmail, nil},
		{"short password", with(func(n *NewUser) { n.Password = "Ab1!" }), nil, []password.Rule{password.RuleMinLength}},
		{"weak password", with(func(n *NewUser) { n.Password = "abc" }), nil, []password.Rule{password.RuleMinLength, password.RuleUpper, password.RuleDigit, password.RuleSymbol}},
		{"common password", with(func(n *NewUser) { n.Password = "Password123!" }), nil, []password.Rule{password.RuleNotCommon}},
		{"password with the username", with(func(n *NewUser) { n.Password = "Alice-Rules9" }), nil, []password.Rule{password.RuleNotPersonal}},
		{"password with the email local part", with(func(n *NewUser) {
			n.Username = "wonder"
			n.Email = "liddell@example.com"
			n.Password = "Liddell-Rules9"
		}), nil, []password.Rule{password.RuleNotPersonal}},
		{"password over 256 characters", with(func(n *NewUser) { n.Password = "Aa1!" + strings.Repeat("x", 253) }), nil, []password.Rule{password.RuleMaxLength}},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				u, err := s.CreateUser(context.Background(), tt.in)
				if u != nil {
					t.Fatalf("CreateUser returned a user: %+v", u)
				}
				if tt.want != nil {
					if !errors.Is(err, tt.want) {
						t.Fatalf("err = %v, want %v", err, tt.want)
					}
				} else {
					var pe *password.PolicyError
					if !errors.As(err, &pe) {
						t.Fatalf("err = %v (%T), want *password.PolicyError", err, err)
					}
					if !slices.Equal(pe.Unmet, tt.rules) {
						t.Fatalf("unmet rules = %v, want %v", pe.Unmet, tt.rules)
					}
				}
				if n := countUsers(t, db.Client); n != 0 {
					t.Fatalf("%d users stored after a refused create, want 0", n)
				}
				if evs := auditEvents(t, db.Client, audit.UserCreated); len(evs) != 0 {
					t.Fatalf("%d USER_CREATED events after a refused create, want 0", len(evs))
				}
			})
		}
	})
}

func TestCreateUserUnderNISTPolicy(t *testing.T) {
	tests := []struct {
		name    string
		pw      string
		wantErr bool
	}{
		{"long passphrase without composition", "correct horse battery staple", false},
		{"default-compliant but under 15 characters", goodPassword, true},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		st, err := settings.Load(context.Background(), db.Client)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Update().SetPasswordPolicy(securitysettings.PasswordPolicyNIST).Exec(context.Background()); err != nil {
			t.Fatal(err)
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				_, err := s.CreateUser(context.Background(), NewUser{Email: fmt.Sprintf("u%d@example.com", i), Username: fmt.Sprintf("user%d", i), Password: tt.pw})
				var pe *password.PolicyError
				if tt.wantErr != errors.As(err, &pe) {
					t.Fatalf("CreateUser(%q) err = %v, want policy error: %v", tt.pw, err, tt.wantErr)
				}
				if !tt.wantErr && err != nil {
					t.Fatalf("CreateUser: %v", err)
				}
			})
		}
	})
}

func TestLookAlikeEmailIsAnotherAccount(t *testing.T) {
	tests := []struct {
		name      string
		original  string
		lookalike string
	}{
		{"Cyrillic e in the domain", "alice@example.com", "alice@exampl\u0435.com"},
		{"Cyrillic a in the local part", "adam@example.com", "\u0430dam@example.com"},
		{"dotless i", "iris@example.com", "\u0131ris@example.com"},
		{"fullwidth letters", "bob@example.com", "\uff42ob@example.com"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		ctx := context.Background()
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				orig := mustCreate(t, s, NewUser{Email: tt.original, Username: fmt.Sprintf("orig%d", i), Password: goodPassword})

				if u, err := s.FindByLogin(ctx, tt.lookalike); !ent.IsNotFound(err) {
					t.Fatalf("FindByLogin(look-alike) = (%v, %v), want not found", u, err)
				}
				if _, err := s.SignIn(ctx, tt.lookalike, goodPassword); !errors.Is(err, ErrInvalidCredentials) {
					t.Fatalf("SignIn(look-alike, the original's password) err = %v, want ErrInvalidCredentials", err)
				}

				other, err := s.CreateUser(ctx, NewUser{Email: tt.lookalike, Username: fmt.Sprintf("look%d", i), Password: "Other-Horse7"})
				if err != nil {
					t.Fatalf("CreateUser(look-alike) = %v, want a separate account", err)
				}
				if other.ID == orig.ID || other.EmailKey == orig.EmailKey {
					t.Fatalf("look-alike collides: id %s / %s, key %q / %q", other.ID, orig.ID, other.EmailKey, orig.EmailKey)
				}
				tests := []struct {
					login string
					want  string
				}{
					{tt.original, orig.ID},
					{strings.ToUpper(tt.original), orig.ID},
					{tt.lookalike, other.ID},
				}
				for _, c := range tests {
					u, err := s.FindByLogin(ctx, c.login)
					if err != nil || u.ID != c.want {
						t.Fatalf("FindByLogin(%q) = (%v, %v), want %s", c.login, u, err, c.want)
					}
				}
				if u, err := s.SignIn(ctx, tt.original, goodPassword); err != nil || u.ID != orig.ID {
					t.Fatalf("SignIn(original) = (%v, %v), want %s", u, err, orig.ID)
				}
				if _, err := s.SignIn(ctx, tt.original, "Other-Horse7"); !errors.Is(err, ErrInvalidCredentials) {
					t.Fatalf("SignIn(original, the look-alike's password) err = %v, want ErrInvalidCredentials", err)
				}
			})
		}
	})
}

// Canonically equivalent spellings (Unicode NFC and NFD, or a singleton
// such as the Kelvin sign, which NFC turns into K) show as the same
// address and reach the same mailbox: they are one account.
func TestCanonicallyEquivalentEmailIsTheSameAccount(t *testing.T) {
	tests := []struct {
		name, original, twin, stored string
	}{
		{"NFD of an NFC address", "jos\u00e9@example.com", "jose\u0301@example.com", "jos\u00e9@example.com"},
		{"NFC of an NFD address", "rene\u0301e@example.com", "ren\u00e9e@example.com", "ren\u00e9e@example.com"},
		{"a Kelvin sign for K", "kate@example.com", "\u212Aate@example.com", "kate@example.com"},
		{"an Angstrom sign for \u00c5", "\u00c5sa@example.com", "\u212Bsa@example.com", "\u00c5sa@example.com"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		ctx := context.Background()
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				orig := mustCreate(t, s, NewUser{Email: tt.original, Username: fmt.Sprintf("orig%d", i), Password: goodPassword})
				if orig.Email != tt.stored {
					t.Fatalf("stored %q, want %q", orig.Email, tt.stored)
				}
				if _, err := s.CreateUser(ctx, NewUser{Email: tt.twin, Username: fmt.Sprintf("twin%d", i), Password: goodPassword}); !errors.Is(err, ErrEmailTaken) {
					t.Fatalf("CreateUser(twin) err = %v, want ErrEmailTaken", err)
				}
				if u, err := s.FindByLogin(ctx, tt.twin); err != nil || u.ID != orig.ID {
					t.Fatalf("FindByLogin(twin) = (%v, %v), want %s", u, err, orig.ID)
				}
			})
		}
	})
}

func TestCreateUserWritesAuditEvent(t *testing.T) {
	tests := []struct {
		name     string
		in       NewUser
		wantRole string
	}{
		{"user created by an admin", NewUser{Email: "alice@example.com", Username: "alice", Password: goodPassword, ActorID: "usr_admin"}, "USER"},
		{"admin created from the command line", NewUser{Email: "root@example.com", Username: "root", Admin: true}, "ADMIN"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ctx := clientinfo.With(context.Background(), clientinfo.Info{IP: "198.51.100.7", UserAgent: "test-agent/1.0"})
				u, err := s.CreateUser(ctx, tt.in)
				if err != nil {
					t.Fatal(err)
				}
				var found *ent.AuditEvent
				for _, ev := range auditEvents(t, db.Client, audit.UserCreated) {
					if ev.SubjectID == u.ID {
						if found != nil {
							t.Fatalf("two USER_CREATED events for %s", u.ID)
						}
						found = ev
					}
				}
				if found == nil {
					t.Fatalf("no USER_CREATED event for %s", u.ID)
				}
				if found.ActorID != tt.in.ActorID || found.IP != "198.51.100.7" || found.UserAgent != "test-agent/1.0" || found.Details["role"] != tt.wantRole {
					t.Fatalf("event = actor %q ip %q ua %q details %v, want actor %q, the client's ip and ua, role %s",
						found.ActorID, found.IP, found.UserAgent, found.Details, tt.in.ActorID, tt.wantRole)
				}
			})
		}
	})
}

func TestCreateSameEmailConcurrently(t *testing.T) {
	const n = 8
	tests := []struct {
		name  string
		email func(i int) string
	}{
		{"same email", func(int) string { return "racer@example.com" }},
		{"same email in different letter cases", func(i int) string {
			if i%2 == 0 {
				return "Racer@Example.com"
			}
			return "racer@example.COM"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				s := newService(db, cheap)
				var wg sync.WaitGroup
				errs := make([]error, n)
				start := make(chan struct{})
				for i := 0; i < n; i++ {
					wg.Add(1)
					go func() {
						defer wg.Done()
						<-start
						_, errs[i] = s.CreateUser(context.Background(), NewUser{Email: tt.email(i), Username: fmt.Sprintf("racer%d", i), Password: goodPassword})
					}()
				}
				close(start)
				wg.Wait()
				created, taken := 0, 0
				for i, err := range errs {
					switch {
					case err == nil:
						created++
					case errors.Is(err, ErrEmailTaken):
						taken++
					default:
						t.Errorf("goroutine %d: unexpected error: %v", i, err)
					}
				}
				if created != 1 || taken != n-1 {
					t.Fatalf("%d created and %d ErrEmailTaken, want 1 and %d", created, taken, n-1)
				}
				if c := countUsers(t, db.Client); c != 1 {
					t.Fatalf("%d users stored, want 1", c)
				}
				if evs := auditEvents(t, db.Client, audit.UserCreated); len(evs) != 1 {
					t.Fatalf("%d USER_CREATED events, want 1", len(evs))
				}
			})
		})
	}
}
