package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/internal/testdb"
)

// fragmentBomb is a query of n fragments, each spreading the next twice:
// under 2 KB, it asks for 2^n fields once expanded.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { __typename }\n", n)
	return b.String()
}

// An anonymous caller sends 40 fragments that each spread the next twice
// (1.7 KB, 2^40 fields): the limits used to expand every spread anew, 3 s
// of CPU at 22 fragments and doubling with each. It is refused at once,
// before anything walks it.
func TestFragmentBombIsRefusedBeforeItIsExpanded(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b)
		for _, n := range []int{14, 40} {
			resp := ta.browser(t).gql(fragmentBomb(n), nil)
			if resp.code() != "INVALID_INPUT" || !strings.Contains(resp.Raw, "fields") {
				t.Fatalf("a fragment bomb of %d: %s", n, resp.Raw)
			}
		}
	})
}
