package database

import (
	"context"
	"database/sql/driver"
	"errors"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/mattn/go-sqlite3"
)

// SQLite statements run without watching the request's context.
//
// go-sqlite3 makes every statement given a cancellable context (a request's
// is) cancellable: an Exec runs in a goroutine of its own while the caller
// waits on the context and the result, and a Query's rows watch the
// context as they step. Each statement thus costs a goroutine, a handover
// between threads and their wake-ups, and a sign-in runs a dozen
// statements: a passkey sign-in spent about an eighth of its time on it
// (docs/benchmarks.md, issue 12, fourth pass). A statement here takes a
// fraction of a millisecond, so there is little to cancel: the context is
// checked before each statement (a request already given up on starts
// nothing new) and then not watched. A statement that waits for another
// process's write lock (SQLite's busy timeout, at most 10 s) waits it out
// rather than stopping at the request's end. PostgreSQL, where a statement
// can wait on a row lock, keeps its cancellation.

// unwatched is ctx for a statement about to begin: its error if it has
// ended already, else the same context without its cancellation.
func unwatched(ctx context.Context) (context.Context, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return context.WithoutCancel(ctx), nil
}

// sqliteConnector opens go-sqlite3 connections on dsn, wrapped.
type sqliteConnector struct {
	dsn string
}

var sqliteDriver = &sqlite3.SQLiteDriver{}

func (c sqliteConnector) Connect(context.Context) (driver.Conn, error) {
	conn, err := sqliteDriver.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	sc, ok := conn.(*sqlite3.SQLiteConn)
	if !ok {
		conn.Close()
		return nil, errors.New("database: go-sqlite3 opened a connection that is not a *sqlite3.SQLiteConn")
	}
	return sqliteConn{sc}, nil
}

func (c sqliteConnector) Driver() driver.Driver { return sqliteDriver }

// sqliteConn is a go-sqlite3 connection whose statements ignore their
// context's cancellation once begun. Everything else (Ping, Close, the
// deprecated context-free methods) is go-sqlite3's own.
type sqliteConn struct {
	*sqlite3.SQLiteConn
}

func (c sqliteConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	return c.SQLiteConn.ExecContext(uctx, query, args)
}

func (c sqliteConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	return c.SQLiteConn.QueryContext(uctx, query, args)
}

// BeginTx runs BEGIN unwatched; database/sql still watches the
// transaction's context and rolls it back when it ends (sqliteEnt.BeginTx).
func (c sqliteConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	return c.SQLiteConn.BeginTx(uctx, opts)
}

func (c sqliteConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	s, err := c.SQLiteConn.PrepareContext(uctx, query)
	if err != nil {
		return nil, err
	}
	return sqliteStmt{s.(*sqlite3.SQLiteStmt)}, nil
}

// sqliteStmt is a prepared statement run the same way.
type sqliteStmt struct {
	*sqlite3.SQLiteStmt
}

func (s sqliteStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	return s.SQLiteStmt.ExecContext(uctx, args)
}

func (s sqliteStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	uctx, err := unwatched(ctx)
	if err != nil {
		return nil, err
	}
	return s.SQLiteStmt.QueryContext(uctx, args)
}

// The interfaces database/sql looks for on a connection and a statement.
var (
	_ driver.ConnBeginTx        = sqliteConn{}
	_ driver.ExecerContext      = sqliteConn{}
	_ driver.QueryerContext     = sqliteConn{}
	_ driver.ConnPrepareContext = sqliteConn{}
	_ driver.Pinger             = sqliteConn{}
	_ driver.StmtExecContext    = sqliteStmt{}
	_ driver.StmtQueryContext   = sqliteStmt{}
)

// sqliteEnt is Ent's driver on the SQLite pool, its statements given
// contexts that do not cancel, after the same check: database/sql too
// watches a cancellable context with a goroutine of its own, for every
// query's rows. (A statement outside a transaction then also waits for a
// free connection of the pool without watching the context: the pool's
// connections are held for a statement's fraction of a millisecond, or by
// transactions, which their contexts still end.)
type sqliteEnt struct {
	*entsql.Driver
}

func (d sqliteEnt) Exec(ctx context.Context, query string, args, v any) error {
	uctx, err := unwatched(ctx)
	if err != nil {
		return err
	}
	return d.Driver.Exec(uctx, query, args, v)
}

func (d sqliteEnt) Query(ctx context.Context, query string, args, v any) error {
	uctx, err := unwatched(ctx)
	if err != nil {
		return err
	}
	return d.Driver.Query(uctx, query, args, v)
}

func (d sqliteEnt) Tx(ctx context.Context) (dialect.Tx, error) { return d.BeginTx(ctx, nil) }

// BeginTx keeps the request's context for the transaction itself:
// database/sql rolls it back when that context ends (a request given up on,
// or a handler that panicked half way, which net/http recovers), so no
// transaction outlives its request holding SQLite's write lock, and a
// cancelled request's transaction cannot commit. Only its statements run
// unwatched.
func (d sqliteEnt) BeginTx(ctx context.Context, opts *entsql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return sqliteEntTx{tx.(*entsql.Tx)}, nil
}

// sqliteEntTx is a transaction of sqliteEnt.
type sqliteEntTx struct {
	*entsql.Tx
}

func (tx sqliteEntTx) Exec(ctx context.Context, query string, args, v any) error {
	uctx, err := unwatched(ctx)
	if err != nil {
		return err
	}
	return tx.Tx.Exec(uctx, query, args, v)
}

func (tx sqliteEntTx) Query(ctx context.Context, query string, args, v any) error {
	uctx, err := unwatched(ctx)
	if err != nil {
		return err
	}
	return tx.Tx.Query(uctx, query, args, v)
}
