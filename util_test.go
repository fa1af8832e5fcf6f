package main

import (
	"context"
	"github.com/latchkey/latchkey/internal/testdb"
	"net/url"
	"os"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/settings"
)

func mustURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil {
		panic(err)
	}
	return u
}

// setSettings changes the security settings directly, for tests whose
// subject is not the settings themselves.
func (ta *testApp) setSettings(t testing.TB, change func(*ent.SecuritySettingsUpdateOne)) {
	t.Helper()
	st, err := settings.Load(context.Background(), ta.db.Client)
	if err != nil {
		t.Fatal(err)
	}
	u := ta.db.Client.SecuritySettings.UpdateOne(st)
	change(u)
	if err := u.Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// benchBackend is LATCHKEY_BENCH_BACKEND: "postgres" runs the benchmarks
// on PostgreSQL instead of SQLite.
func benchBackend() testdb.Backend {
	if os.Getenv("LATCHKEY_BENCH_BACKEND") == "postgres" {
		return testdb.Postgres
	}
	return testdb.SQLite
}
