package session

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/latchkey/latchkey/ent"
	entsession "github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

func newStore(db *database.DB) *Store { return &Store{Client: db.Client, Codec: scs.GobCodec{}} }

// encode is session data as scs stores it.
func encode(t *testing.T, deadline time.Time, values map[string]interface{}) []byte {
	t.Helper()
	b, err := scs.GobCodec{}.Encode(deadline, values)
	if err != nil {
		t.Fatalf("encode: %v", err)
	}
	return b
}

// in returns a time d from now in UTC, the way scs computes deadlines.
func in(d time.Duration) time.Time { return time.Now().Add(d).UTC() }

// requestCtx returns the context of a request that went through Track, as
// scs's LoadAndSave sees it.
func requestCtx(t *testing.T) context.Context {
	t.Helper()
	var ctx context.Context
	h := Track(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { ctx = r.Context() }))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
	if ctx == nil {
		t.Fatal("Track did not call the handler")
	}
	return ctx
}

func newUser(t *testing.T, c *ent.Client, name string) *ent.User {
	t.Helper()
	u, err := c.User.Create().SetEmail(name + "@example.com").SetEmailKey(name + "@example.com").SetUsername(name).Save(context.Background())
	if err != nil {
		t.Fatalf("create user %s: %v", name, err)
	}
	return u
}

func row(t *testing.T, c *ent.Client, token string) *ent.Session {
	t.Helper()
	sum := sha256.Sum256([]byte(token))
	r, err := c.Session.Query().Where(entsession.TokenHash(hex.EncodeToString(sum[:]))).Only(context.Background())
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		t.Fatalf("query session: %v", err)
	}
	return r
}

// startClean deletes every session, so that a case does not see what an
// earlier (perhaps failed) case left behind.
func startClean(t *testing.T, c *ent.Client) {
	t.Helper()
	if _, err := c.Session.Delete().Exec(context.Background()); err != nil {
		t.Fatalf("delete sessions: %v", err)
	}
}

func countSessions(t *testing.T, c *ent.Client) int {
	t.Helper()
	n, err := c.Session.Query().Count(context.Background())
	if err != nil {
		t.Fatalf("count sessions: %v", err)
	}
	return n
}

func TestCommitAndFindSession(t *testing.T) {
	tests := []struct {
		name      string
		expiry    time.Time
		delete    bool
		find      string // token to look up; "" means the committed one
		wantFound bool
	}{
		{"unexpired session is found", in(time.Hour), false, "", true},
		{"session expiring in a day is found", in(24 * time.Hour), false, "", true},
		{"expired session is not found", in(-time.Second), false, "", false},
		{"long expired session is not found", in(-48 * time.Hour), false, "", false},
		{"deleted session is not found", in(time.Hour), true, "", false},
		{"unknown token is not found", in(time.Hour), false, "no-such-token", false},
		{"empty token is not found", in(time.Hour), false, "\x00", false},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				token := fmt.Sprintf("token-%d", i)
				data := encode(t, tt.expiry, map[string]interface{}{"n": i})
				if err := st.Commit(token, data, tt.expiry); err != nil {
					t.Fatalf("Commit: %v", err)
				}
				if tt.delete {
					if err := st.Delete(token); err != nil {
						t.Fatalf("Delete: %v", err)
					}
				}
				find := token
				switch tt.find {
				case "":
				case "\x00":
					find = ""
				default:
					find = tt.find
				}
				got, found, err := st.Find(find)
				if err != nil {
					t.Fatalf("Find: %v", err)
				}
				if found != tt.wantFound {
					t.Fatalf("found = %v, want %v", found, tt.wantFound)
				}
				if found && !bytes.Equal(got, data) {
					t.Fatalf("Find returned other data than committed")
				}
				if !found && got != nil {
					t.Fatalf("Find returned data for a session it did not find")
				}
			})
		}
	})
}

func TestCommitSameTokenTwiceUpdatesIt(t *testing.T) {
	tests := []struct {
		name string
		ctx  func(t *testing.T) context.Context
	}{
		{"without a tracked request", func(*testing.T) context.Context { return context.Background() }},
		{"within a tracked request", requestCtx},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				token := fmt.Sprintf("twice-%d", i)
				ctx := tt.ctx(t)
				first := encode(t, in(time.Hour), map[string]interface{}{"v": 1})
				second := encode(t, in(2*time.Hour), map[string]interface{}{"v": 2})
				if err := st.CommitCtx(ctx, token, first, in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				if err := st.CommitCtx(ctx, token, second, in(2*time.Hour)); err != nil {
					t.Fatalf("second commit: %v", err)
				}
				got, found, err := st.FindCtx(context.Background(), token)
				if err != nil || !found || !bytes.Equal(got, second) {
					t.Fatalf("Find = (found %v, err %v, second data %v)", found, err, bytes.Equal(got, second))
				}
				n, err := db.Client.Session.Query().Where(entsession.TokenHash(row(t, db.Client, token).TokenHash)).Count(context.Background())
				if err != nil || n != 1 {
					t.Fatalf("%d rows for the token (%v), want 1", n, err)
				}
			})
		}
	})
}

func TestStoreKeepsOnlyTokenHash(t *testing.T) {
	tests := []struct {
		name  string
		token string
	}{
		{"scs-style token", "kqqP7gPz2mLuwN2V_J8Q3w6-n1dcsP2Yq7wGQwVfX5E"},
		{"short token", "abc"},
		{"token with non-ASCII", "tök€n"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if err := st.Commit(tt.token, encode(t, in(time.Hour), nil), in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				sum := sha256.Sum256([]byte(tt.token))
				want := hex.EncodeToString(sum[:])
				r := row(t, db.Client, tt.token)
				if r == nil {
					t.Fatalf("no row with the token's SHA-256")
				}
				if r.TokenHash != want || r.TokenHash == tt.token {
					t.Fatalf("token_hash = %q, want SHA-256 %q", r.TokenHash, want)
				}
				if !strings.HasPrefix(r.ID, "ses_") {
					t.Fatalf("ID = %q, want a ses_ prefix", r.ID)
				}
				// No column of any row holds the raw token.
				rows, err := db.SQL.QueryContext(context.Background(), "SELECT * FROM sessions")
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				cols, err := rows.Columns()
				if err != nil {
					t.Fatal(err)
				}
				for rows.Next() {
					vals := make([]interface{}, len(cols))
					ptrs := make([]interface{}, len(cols))
					for i := range vals {
						ptrs[i] = &vals[i]
					}
					if err := rows.Scan(ptrs...); err != nil {
						t.Fatal(err)
					}
					for i, v := range vals {
						var s string
						switch v := v.(type) {
						case []byte:
							s = string(v)
						case string:
							s = v
						default:
							continue
						}
						if strings.Contains(s, tt.token) {
							t.Fatalf("column %s holds the raw token", cols[i])
						}
					}
				}
				if err := rows.Err(); err != nil {
					t.Fatal(err)
				}
			})
		}
	})
}

func TestSessionRecordsSignedInUser(t *testing.T) {
	tests := []struct {
		name   string
		values func(userID string) map[string]interface{}
		data   []byte // raw data instead of values
		want   bool   // user_id is the user's ID
	}{
		{"signed-in session", func(id string) map[string]interface{} { return map[string]interface{}{UserKey: id} }, nil, true},
		{"signed-in session with other values", func(id string) map[string]interface{} {
			return map[string]interface{}{UserKey: id, "csrf": "x", "n": 3}
		}, nil, true},
		{"anonymous session", func(string) map[string]interface{} { return map[string]interface{}{"theme": "dark"} }, nil, false},
		{"empty user ID", func(string) map[string]interface{} { return map[string]interface{}{UserKey: ""} }, nil, false},
		{"user ID of another type", func(string) map[string]interface{} { return map[string]interface{}{UserKey: 42} }, nil, false},
		{"data the codec cannot read", nil, []byte("not gob"), false},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		u := newUser(t, db.Client, "alice")
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				token := fmt.Sprintf("user-%d", i)
				data := tt.data
				if data == nil {
					data = encode(t, in(time.Hour), tt.values(u.ID))
				}
				if err := st.CommitCtx(requestCtx(t), token, data, in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				r := row(t, db.Client, token)
				if r == nil {
					t.Fatal("session not stored")
				}
				if tt.want {
					if r.UserID == nil || *r.UserID != u.ID {
						t.Fatalf("user_id = %v, want %s", r.UserID, u.ID)
					}
					// The user's sessions can be listed through the edge.
					ids, err := db.Client.User.QuerySessions(u).IDs(context.Background())
					if err != nil {
						t.Fatal(err)
					}
					found := false
					for _, id := range ids {
						found = found || id == r.ID
					}
					if !found {
						t.Fatalf("session %s not among the user's sessions %v", r.ID, ids)
					}
				} else if r.UserID != nil {
					t.Fatalf("user_id = %q, want NULL", *r.UserID)
				}
			})
		}
	})
}

func TestDeleteExpiredSessions(t *testing.T) {
	tests := []struct {
		name        string
		expiries    []time.Duration
		wantDeleted int
	}{
		{"nothing stored", nil, 0},
		{"nothing expired", []time.Duration{time.Hour, 24 * time.Hour}, 0},
		{"all expired", []time.Duration{-time.Second, -time.Hour}, 2},
		{"some expired", []time.Duration{-time.Minute, time.Hour, -72 * time.Hour, 30 * time.Minute, -time.Second}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				st := newStore(db)
				for i, d := range tt.expiries {
					if err := st.Commit(fmt.Sprintf("t%d", i), encode(t, in(d), nil), in(d)); err != nil {
						t.Fatal(err)
					}
				}
				n, err := st.DeleteExpired(context.Background())
				if err != nil {
					t.Fatalf("DeleteExpired: %v", err)
				}
				if n != tt.wantDeleted {
					t.Fatalf("DeleteExpired deleted %d, want %d", n, tt.wantDeleted)
				}
				if left := countSessions(t, db.Client); left != len(tt.expiries)-tt.wantDeleted {
					t.Fatalf("%d sessions left, want %d", left, len(tt.expiries)-tt.wantDeleted)
				}
				for i, d := range tt.expiries {
					_, found, err := st.Find(fmt.Sprintf("t%d", i))
					if err != nil || found != (d > 0) {
						t.Fatalf("Find(t%d) = (%v, %v), want found %v", i, found, err, d > 0)
					}
				}
			})
		})
	}
}

// TestRevokedSessionStaysRevoked is about a request that loaded a session
// while, meanwhile, the session was ended elsewhere (signed out everywhere,
// an admin forcing sign-in): its commit at the end must not bring it back.
func TestRevokedSessionStaysRevoked(t *testing.T) {
	tests := []struct {
		name       string
		revoke     bool   // delete the loaded session before the request commits
		commitNew  bool   // the request commits a new token (scs RenewToken)
		wantLoaded bool   // the loaded token exists afterwards
		wantNew    bool   // the new token exists afterwards
		wantValue  string // the loaded session's "v" afterwards
	}{
		{"request commits after its session was revoked", true, false, false, false, ""},
		{"request commits while its session still exists", false, false, true, false, "updated"},
		{"request renews the token of a revoked session", true, true, false, true, ""},
		{"request renews the token of a live session", false, true, true, true, "original"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		u := newUser(t, db.Client, "alice")
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				startClean(t, db.Client)
				loadedTok, newTok := fmt.Sprintf("x-%d", i), fmt.Sprintf("y-%d", i)
				orig := encode(t, in(time.Hour), map[string]interface{}{UserKey: u.ID, "v": "original"})
				if err := st.CommitCtx(requestCtx(t), loadedTok, orig, in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				created := row(t, db.Client, loadedTok).CreatedAt

				// A request loads the session...
				ctx := requestCtx(t)
				if _, found, err := st.FindCtx(ctx, loadedTok); err != nil || !found {
					t.Fatalf("FindCtx = (%v, %v), want found", found, err)
				}
				// ...meanwhile all of the user's sessions are ended...
				if tt.revoke {
					n, err := db.Client.Session.Delete().Where(entsession.UserID(u.ID)).Exec(context.Background())
					if err != nil || n == 0 {
						t.Fatalf("revoke: deleted %d (%v)", n, err)
					}
				}
				// ...and the request commits at its end.
				data := encode(t, in(2*time.Hour), map[string]interface{}{UserKey: u.ID, "v": "updated"})
				token := loadedTok
				if tt.commitNew {
					token = newTok
				}
				if err := st.CommitCtx(ctx, token, data, in(2*time.Hour)); err != nil {
					t.Fatalf("CommitCtx: %v", err)
				}

				r := row(t, db.Client, loadedTok)
				if (r != nil) != tt.wantLoaded {
					t.Fatalf("loaded session exists = %v, want %v", r != nil, tt.wantLoaded)
				}
				if _, found, _ := st.Find(loadedTok); found != tt.wantLoaded {
					t.Fatalf("Find(loaded) found = %v, want %v", found, tt.wantLoaded)
				}
				if r != nil {
					_, values, err := scs.GobCodec{}.Decode(r.Data)
					if err != nil || values["v"] != tt.wantValue {
						t.Fatalf("loaded session v = %v (%v), want %q", values["v"], err, tt.wantValue)
					}
					if !r.CreatedAt.Equal(created) {
						t.Fatalf("created_at changed from %v to %v", created, r.CreatedAt)
					}
				}
				if n := row(t, db.Client, newTok); (n != nil) != tt.wantNew {
					t.Fatalf("new session exists = %v, want %v", n != nil, tt.wantNew)
				} else if n != nil && (n.UserID == nil || *n.UserID != u.ID) {
					t.Fatalf("new session user_id = %v, want %s", n.UserID, u.ID)
				}
			})
		}
	})
}

func TestCommitRecordsClientAddressAndUserAgent(t *testing.T) {
	longUA := strings.Repeat("a", 511) + "é" + strings.Repeat("b", 100) // "é" straddles byte 512
	tests := []struct {
		name   string
		info   clientinfo.Info
		wantIP string
		wantUA string
	}{
		{"IPv4 and browser", clientinfo.Info{IP: "203.0.113.9", UserAgent: "Mozilla/5.0 (X11; Linux x86_64)"}, "203.0.113.9", "Mozilla/5.0 (X11; Linux x86_64)"},
		{"IPv6", clientinfo.Info{IP: "2001:db8::1", UserAgent: "curl/8.5.0"}, "2001:db8::1", "curl/8.5.0"},
		{"no client info (command line)", clientinfo.Info{}, "", ""},
		{"over-long user agent is cut at a character boundary", clientinfo.Info{IP: "198.51.100.1", UserAgent: longUA}, "198.51.100.1", strings.Repeat("a", 511)},
		{"over-long address is cut to 64 bytes", clientinfo.Info{IP: strings.Repeat("9", 80), UserAgent: "x"}, strings.Repeat("9", 64), "x"},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		st := newStore(db)
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				token := fmt.Sprintf("ci-%d", i)
				ctx := clientinfo.With(requestCtx(t), tt.info)
				if err := st.CommitCtx(ctx, token, encode(t, in(time.Hour), nil), in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				r := row(t, db.Client, token)
				if r == nil || r.IP != tt.wantIP || r.UserAgent != tt.wantUA {
					t.Fatalf("stored %+v, want ip %q ua %q", r, tt.wantIP, tt.wantUA)
				}
				// A later request of the same session, from elsewhere,
				// updates what is shown.
				later := clientinfo.With(requestCtx(t), clientinfo.Info{IP: "192.0.2.77", UserAgent: "Later/2"})
				if _, found, err := st.FindCtx(later, token); err != nil || !found {
					t.Fatalf("FindCtx = (%v, %v)", found, err)
				}
				if err := st.CommitCtx(later, token, encode(t, in(time.Hour), nil), in(time.Hour)); err != nil {
					t.Fatal(err)
				}
				if r := row(t, db.Client, token); r == nil || r.IP != "192.0.2.77" || r.UserAgent != "Later/2" {
					t.Fatalf("after a later request: %+v, want ip 192.0.2.77 ua Later/2", r)
				}
			})
		}
	})
}
