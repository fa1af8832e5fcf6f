// Package passwordtest gives the tests of other packages an argon2id hasher
// that costs next to nothing: those tests are about accounts, tokens or
// organisations, not about the cost of a hash (internal/password's own
// tests and benchmarks use the real parameters).
package passwordtest

import "github.com/latchkey/latchkey/internal/password"

// Cheap are argon2id parameters of 1 MiB and one pass.
var Cheap = password.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// Hasher is a hasher with Cheap parameters.
func Hasher() *password.Hasher { return password.NewHasher(Cheap, 2, 8) }
