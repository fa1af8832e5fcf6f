// Package database opens the store named by a --database URL (an SQLite file
// or PostgreSQL), tunes it, and brings its schema up to date.
package database

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/usersearch"
)

// SQLite keeps times as text and compares them as text, so every time must
// be written in one zone: the process runs in UTC (and so do its logs).
// Without this, sessions and links would expire hours early or late on a
// machine whose zone is not UTC.
func init() { time.Local = time.UTC }

// DB is an open store: the Ent client and the pool beneath it.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string
	// Log receives the warnings of migrations (slog.Default when nil).
	Log *slog.Logger
}

// Close closes the pool.
func (db *DB) Close() error { return db.Client.Close() }

// poolSize is the default PostgreSQL pool: 4 connections per CPU the
// process may use (GOMAXPROCS follows container limits), at least 4 and at
// most 32, so that a few instances on a big host stay within PostgreSQL's
// default max_connections of 100.
func poolSize() int { return min(32, max(4, 4*runtime.GOMAXPROCS(0))) }

// SetMaxConns bounds the pool (n > 0; 0 keeps the default of the backend).
func (db *DB) SetMaxConns(n int) {
	if n > 0 {
		db.SQL.SetMaxOpenConns(n)
		db.SQL.SetMaxIdleConns(n)
	}
}

// Ping checks the database answers; /readyz uses it.
func (db *DB) Ping(ctx context.Context) error { return db.SQL.PingContext(ctx) }

// ErrBadURL means the --database value is neither sqlite:PATH nor postgres://.
var ErrBadURL = errors.New("database: expected sqlite:PATH or postgres://…")

// Open opens the database named by raw without migrating it.
func Open(raw string) (*DB, error) {
	switch {
	case strings.HasPrefix(raw, "sqlite:"):
		return openSQLite(strings.TrimPrefix(raw, "sqlite:"))
	case strings.HasPrefix(raw, "postgres://"), strings.HasPrefix(raw, "postgresql://"):
		return openPostgres(raw)
	}
	return nil, ErrBadURL
}

// openSQLite opens path with WAL (readers do not block the writer), foreign
// keys on, a busy timeout so that concurrent writers wait instead of failing,
// and IMMEDIATE transactions so that a read-then-write transaction takes the
// write lock up front rather than dead-locking on upgrade.
func openSQLite(path string) (*DB, error) {
	path = strings.TrimPrefix(path, "//")
	if path == "" {
		return nil, ErrBadURL
	}
	q := url.Values{}
	q.Set("_fk", "1")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	// LIKE is case-sensitive, as on PostgreSQL, so that a filter such as
	// emailContains answers the same on both (emailContainsFold ignores case).
	q.Set("_cslike", "1")
	// Keep each connection's prepared statements: the same few queries
	// (a session, a user, a token) answer most requests, and preparing
	// them anew each time cost a tenth of a `me` request.
	q.Set("_stmt_cache_size", "64")
	dsn := "file:" + path + "?" + q.Encode()
	// Through sqliteConnector: statements that do not watch the request's
	// context once begun (sqlite.go).
	db := sql.OpenDB(sqliteConnector{dsn: dsn})
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return newDB(db, dialect.SQLite), nil
}

func openPostgres(raw string) (*DB, error) {
	db, err := sql.Open("pgx", raw)
	if err != nil {
		return nil, fmt.Errorf("database: open postgres: %w", err)
	}
	// A few connections per CPU: on a small machine that shares its cores
	// with PostgreSQL, more connections only mean more backends fighting
	// for them (20 gave a third of the throughput of 8 and twice the tail
	// latency here). --database-max-conns raises it for a bigger server.
	n := poolSize()
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return newDB(db, dialect.Postgres), nil
}

// newDB wraps the pool in an Ent client with the hooks every writer needs.
func newDB(db *sql.DB, name string) *DB {
	sqlDrv := entsql.OpenDB(name, db)
	var drv dialect.Driver = sqlDrv
	if name == dialect.SQLite {
		drv = sqliteEnt{sqlDrv}
	}
	client := ent.NewClient(ent.Driver(drv))
	client.User.Use(usersearch.Hook())
	return &DB{Client: client, SQL: db, Dialect: name}
}

// migrationLock is the PostgreSQL advisory lock key held while migrating, so
// that several instances starting at once migrate one after the other.
const migrationLock = 0x6c61_7463_686b_6579 // "latchkey"

// Migrate creates or alters tables to match the Ent schema. It is
// idempotent: running it on an up-to-date database changes nothing.
func (db *DB) Migrate(ctx context.Context) error {
	if db.Dialect == dialect.Postgres {
		conn, err := db.SQL.Conn(ctx)
		if err != nil {
			return fmt.Errorf("database: migrate: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", int64(migrationLock)); err != nil {
			return fmt.Errorf("database: migrate: lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", int64(migrationLock)) //nolint:errcheck // released with the connection anyway
	}
	if err := db.Client.Schema.Create(ctx); err != nil {
		return fmt.Errorf("database: migrate: %w", err)
	}
	if err := usersearch.EnsureIndex(ctx, db.SQL, db.Client, db.Dialect); err != nil {
		return fmt.Errorf("database: migrate: %w", err)
	}
	if err := db.canonicalEmails(ctx); err != nil {
		return fmt.Errorf("database: migrate: %w", err)
	}
	if err := db.forgetPlainLoginCounters(ctx); err != nil {
		return fmt.Errorf("database: migrate: %w", err)
	}
	return nil
}

// forgetPlainLoginCounters deletes the per-login counters that earlier
// releases kept under the login as typed (a password typed into the login
// field among them); they are now kept under its SHA-256 (64 hex digits).
// Their tallies start afresh; the accounts' own locks stay.
func (db *DB) forgetPlainLoginCounters(ctx context.Context) error {
	q := fmt.Sprintf(`DELETE FROM "%[1]s" WHERE ("%[2]s" LIKE 'tries:login:%%' AND length("%[2]s") <> %[3]d) OR ("%[2]s" LIKE 'lock:login:%%' AND length("%[2]s") <> %[4]d)`,
		ratelimitcounter.Table, ratelimitcounter.FieldKey, len("tries:login:")+64, len("lock:login:")+64)
	if _, err := db.SQL.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("forget plain login counters: %w", err)
	}
	return nil
}

// OpenAndMigrate opens raw and migrates it.
func OpenAndMigrate(ctx context.Context, raw string) (*DB, error) {
	return OpenAndMigrateLog(ctx, raw, nil)
}

// OpenAndMigrateLog opens raw and migrates it; log receives the warnings of
// the migration (slog.Default when nil).
func OpenAndMigrateLog(ctx context.Context, raw string, log *slog.Logger) (*DB, error) {
	db, err := Open(raw)
	if err != nil {
		return nil, err
	}
	db.Log = log
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// WithTx runs fn in a transaction on c and commits it unless fn fails, in
// which case it rolls back and returns fn's error unchanged (so callers can
// still compare it with errors.Is).
//
// A panic in fn rolls the transaction back before it goes on up: a
// transaction left open would hold its connection, and on SQLite the write
// lock, until its context ends.
func WithTx(ctx context.Context, c *ent.Client, fn func(tx *ent.Client) error) error {
	tx, err := c.Tx(ctx)
	if err != nil {
		return fmt.Errorf("database: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("database: commit: %w", err)
	}
	return nil
}
