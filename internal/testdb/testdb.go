// Package testdb runs storage tests against every backend Latchkey supports:
// a real SQLite file and the real PostgreSQL.
//
// PostgreSQL is found at LATCHKEY_TEST_POSTGRES, or at
// postgres://127.0.0.1:5432/test when unset. Each test gets its own schema,
// dropped afterwards. A PostgreSQL that cannot be reached fails the test
// rather than skipping it; set LATCHKEY_TEST_POSTGRES=off to run the SQLite
// half alone on a machine without one (the test log says so).
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/latchkey/latchkey/internal/database"
)

// DefaultPostgres is used when LATCHKEY_TEST_POSTGRES is unset.
const DefaultPostgres = "postgres://127.0.0.1:5432/test?sslmode=disable"

// Backend names a database kind.
type Backend string

const (
	SQLite   Backend = "sqlite"
	Postgres Backend = "postgres"
)

// Backends lists the backends to run on.
func Backends(t testing.TB) []Backend {
	if os.Getenv("LATCHKEY_TEST_POSTGRES") == "off" {
		t.Log("LATCHKEY_TEST_POSTGRES=off: PostgreSQL half of this test not run")
		return []Backend{SQLite}
	}
	return []Backend{SQLite, Postgres}
}

// Each runs fn once per backend, as a subtest, with a fresh migrated database.
func Each(t *testing.T, fn func(t *testing.T, db *database.DB)) {
	for _, b := range Backends(t) {
		t.Run(string(b), func(t *testing.T) {
			fn(t, New(t, b))
		})
	}
}

// URL returns a database URL for a fresh, empty database of kind b that is
// removed when the test ends.
func URL(t testing.TB, b Backend) string {
	t.Helper()
	switch b {
	case SQLite:
		return "sqlite:" + filepath.Join(t.TempDir(), "latchkey.db")
	case Postgres:
		return postgresSchema(t)
	}
	t.Fatalf("testdb: unknown backend %q", b)
	return ""
}

// New opens and migrates a fresh database of kind b.
func New(t testing.TB, b Backend) *database.DB {
	t.Helper()
	db, err := database.OpenAndMigrate(context.Background(), URL(t, b))
	if err != nil {
		t.Fatalf("testdb: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func postgresSchema(t testing.TB) string {
	t.Helper()
	base := os.Getenv("LATCHKEY_TEST_POSTGRES")
	if base == "" {
		base = DefaultPostgres
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("testdb: LATCHKEY_TEST_POSTGRES: %v", err)
	}
	defer admin.Close()
	if err := admin.Ping(); err != nil {
		t.Fatalf("testdb: PostgreSQL at %s is not reachable (%v); start it, point LATCHKEY_TEST_POSTGRES at another, or set LATCHKEY_TEST_POSTGRES=off", redact(base), err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("testdb: create schema: %v", err)
	}
	t.Cleanup(func() {
		if db, err := sql.Open("pgx", base); err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("testdb: LATCHKEY_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparseable URL)"
	}
	return u.Redacted()
}
