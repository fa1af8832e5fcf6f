package database_test

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestOpenRejectsBadURL(t *testing.T) {
	tests := []struct {
		name string
		url  string
	}{
		{"mysql", "mysql://x"},
		{"empty", ""},
		{"sqlite without a path", "sqlite:"},
		{"sqlite with only slashes", "sqlite://"},
		{"bare path", "/var/lib/latchkey.db"},
		{"upper-case scheme", "SQLITE:/tmp/x.db"},
		{"http", "http://127.0.0.1:5432/test"},
		{"postgres without slashes", "postgres:x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := database.Open(tt.url)
			if !errors.Is(err, database.ErrBadURL) {
				if db != nil {
					db.Close()
				}
				t.Fatalf("Open(%q) err = %v, want ErrBadURL", tt.url, err)
			}
			if db != nil {
				t.Fatalf("Open(%q) returned a DB with its error", tt.url)
			}
		})
	}
}

func TestOpenChoosesTheDialect(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		url  string
		want string
	}{
		{"sqlite path", "sqlite:" + filepath.Join(dir, "a.db"), dialect.SQLite},
		{"sqlite URL with slashes", "sqlite://" + filepath.Join(dir, "b.db"), dialect.SQLite},
		{"postgres", testdb.DefaultPostgres, dialect.Postgres},
		{"postgresql", strings.Replace(testdb.DefaultPostgres, "postgres://", "postgresql://", 1), dialect.Postgres},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := database.Open(tt.url)
			if err != nil {
				t.Fatalf("Open(%q): %v", tt.url, err)
			}
			defer db.Close()
			if db.Dialect != tt.want {
				t.Fatalf("Dialect = %q, want %q", db.Dialect, tt.want)
			}
			if err := db.Ping(context.Background()); err != nil {
				t.Fatalf("Ping: %v", err)
			}
		})
	}
}

func TestMigrateTwice(t *testing.T) {
	tests := []struct {
		name  string
		times int
	}{
		{"once more on a migrated database", 1},
		{"twice more on a migrated database", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				ctx := context.Background()
				u, err := db.Client.User.Create().SetEmail("a@example.com").SetEmailKey("a@example.com").SetUsername("alice").Save(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for i := 0; i < tt.times; i++ {
					if err := db.Migrate(ctx); err != nil {
						t.Fatalf("Migrate #%d: %v", i+2, err)
					}
				}
				// Data survives, and the schema still works.
				if got, err := db.Client.User.Get(ctx, u.ID); err != nil || got.Username != "alice" {
					t.Fatalf("user after re-migrating = (%v, %v)", got, err)
				}
				if _, err := db.Client.User.Create().SetEmail("b@example.com").SetEmailKey("b@example.com").SetUsername("bob").Save(ctx); err != nil {
					t.Fatalf("create after re-migrating: %v", err)
				}
			})
		})
	}
}

func TestMigrateFromSeveralInstancesAtOnce(t *testing.T) {
	tests := []struct {
		name      string
		instances int
	}{
		{"two instances", 2},
		{"four instances", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := testdb.URL(t, testdb.Postgres)
			errs := make(chan error, tt.instances)
			for i := 0; i < tt.instances; i++ {
				go func() {
					db, err := database.OpenAndMigrate(context.Background(), url)
					if err == nil {
						db.Close()
					}
					errs <- err
				}()
			}
			for i := 0; i < tt.instances; i++ {
				if err := <-errs; err != nil {
					t.Fatalf("instance: %v", err)
				}
			}
		})
	}
}

func TestSQLiteIsTuned(t *testing.T) {
	tests := []struct {
		name   string
		pragma string
		want   string
	}{
		{"WAL journal", "PRAGMA journal_mode", "wal"},
		{"foreign keys on", "PRAGMA foreign_keys", "1"},
		{"busy timeout", "PRAGMA busy_timeout", "10000"},
		{"synchronous NORMAL", "PRAGMA synchronous", "1"},
	}
	db := testdb.New(t, testdb.SQLite)
	ctx := context.Background()
	// Every pooled connection must be tuned, not only the first: hold
	// several at once so that the pool opens new ones.
	var conns []interface{ Close() error }
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i := 0; i < 3; i++ {
		conn, err := db.SQL.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, conn)
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var got string
				if err := conn.QueryRowContext(ctx, tt.pragma).Scan(&got); err != nil {
					t.Fatalf("%s: %v", tt.pragma, err)
				}
				if strings.ToLower(got) != tt.want {
					t.Fatalf("connection %d: %s = %q, want %q", i, tt.pragma, got, tt.want)
				}
			})
		}
	}
}

func TestForeignKeysAreEnforced(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		tests := []struct {
			name    string
			userID  string
			wantErr bool
		}{
			{"session of an existing user", "", false},
			{"session of no user", "-", false},
			{"session of a missing user", "usr_missing", true},
		}
		u, err := db.Client.User.Create().SetEmail("a@example.com").SetEmailKey("a@example.com").SetUsername("alice").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := db.Client.Session.Create().SetTokenHash(tt.name).SetData([]byte{byte(i)}).SetExpiresAt(time.Now().Add(time.Hour))
				switch tt.userID {
				case "":
					c.SetUserID(u.ID)
				case "-":
				default:
					c.SetUserID(tt.userID)
				}
				if err := c.Exec(ctx); (err != nil) != tt.wantErr {
					t.Fatalf("create session err = %v, want error %v", err, tt.wantErr)
				}
			})
		}
		// Deleting the user deletes its sessions (ON DELETE CASCADE).
		if err := db.Client.User.DeleteOne(u).Exec(ctx); err != nil {
			t.Fatal(err)
		}
		if n, err := db.Client.Session.Query().Count(ctx); err != nil || n != 1 {
			t.Fatalf("%d sessions after deleting the user (%v), want 1 (the anonymous one)", n, err)
		}
	})
}

func TestPoolSizeFollowsTheBackendUnlessTheOperatorSetsIt(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		want := 8
		if db.Dialect == dialect.Postgres {
			want = min(32, max(4, 4*runtime.GOMAXPROCS(0)))
		}
		if got := db.SQL.Stats().MaxOpenConnections; got != want {
			t.Fatalf("default pool: %d connections, want %d", got, want)
		}
		db.SetMaxConns(3)
		db.SetMaxConns(0) // 0 keeps what is set
		if got := db.SQL.Stats().MaxOpenConnections; got != 3 {
			t.Fatalf("after --database-max-conns 3: %d", got)
		}
	})
}

// Counters that earlier releases kept under a login as typed (a password
// typed into the login field among them) are gone after a migration; those
// kept under the login's hash, and every other counter, stay.
func TestMigrateForgetsLoginCountersKeptAsTyped(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		hashed := strings.Repeat("ab", 32)
		keys := map[string]bool{ // key: kept after the migration
			"tries:login:my-password-123": false,
			"lock:login:my-password-123":  false,
			"tries:login:" + hashed:       true,
			"lock:login:" + hashed:        true,
			"tries:user:usr_1":            true,
			"ip:198.51.100.7":             true,
		}
		for k := range keys {
			if err := db.Client.RateLimitCounter.Create().SetKey(k).SetWindow(-1).SetCount(3).SetExpiresAt(time.Now().Add(time.Hour)).Exec(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		for k, kept := range keys {
			n := db.Client.RateLimitCounter.Query().Where(ratelimitcounter.Key(k)).CountX(ctx)
			if (n == 1) != kept {
				t.Errorf("%s: %d rows after the migration, kept %v", k, n, kept)
			}
		}
	})
}
