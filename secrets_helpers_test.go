package main

import (
	"slices"

	"github.com/latchkey/latchkey/internal/testdb"
)

// testSecretKey is the key PostgreSQL test apps are started with (it is
// required there); SQLite apps create theirs beside the database.
const testSecretKey = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq8M="

// withSecretKey adds --secret-key for PostgreSQL unless args name a key.
func withSecretKey(b testdb.Backend, args []string) []string {
	if b != testdb.Postgres || slices.Contains(args, "--secret-key") || slices.Contains(args, "--secret-key-file") {
		return args
	}
	return append([]string{"--secret-key", testSecretKey}, args...)
}
