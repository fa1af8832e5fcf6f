package main

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// qlAliases repeats a root selection under n aliases.
func qlAliases(n int, sel string) string {
	var sb strings.Builder
	sb.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&sb, "a%d: %s ", i, sel)
	}
	return sb.String() + "}"
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkWorstAcceptedQuery sends, through the real handler, the most
// expensive queries the depth and complexity limits accept, in the issue's
// setting (a member of an organisation with two members; an admin), one
// at a time, and reports the CPU each takes in the whole process
// (server, database driver and the test's client together).
//
//	go test -run '^$' -bench BenchmarkWorstAcceptedQuery -benchtime 20x .
func BenchmarkWorstAcceptedQuery(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	w := qlSeed(b, ta)
	org := fmt.Sprintf("%q", w.orgID)
	// Each root selection is repeated under as many aliases as the limits
	// accept (found by bisection: refusals cost nothing).
	cases := []struct {
		name string
		br   *browser
		sel  string
	}{
		// The nesting, as deep as it is accepted.
		{"member nesting", w.alice, `me { memberships { organization { id members { organization { name viewerRights } user { id name } } } } }`},
		// Lookups no loader can batch.
		{"member lookups", w.alice, `organization(id: ` + org + `) { id name viewerRights members { id rights user { id name username email } } }`},
		{"anyone settings lookups", ta.browser(b), `passwordPolicy { preset }`},
		{"member activity pages", w.alice, `me { activity(first: 1) { totalCount edges { node { id type } } } }`},
		// Introspection, bounded by its own budget.
		{"member introspection nesting", w.alice, `__schema { types { fields { type { fields { name } } } } }`},
		{"member introspection of types", w.alice, `__schema { types { name kind fields { name args { name } type { name } } } }`},
		{"admin organizations", w.admin, `organizations { id members { id } }`},
		{"admin users nesting", w.admin, `users(first: 100) { edges { node { id memberships { organization { id name } } } } }`},
		{"admin nodes", w.admin, `nodes(ids: [` + fmt.Sprintf("%q, %q, %q", w.aliceID, w.bobID, w.orgID) + `]) { id ... on User { memberships { organization { members { id } } } } }`},
	}
	for _, c := range cases {
		accepted := func(n int) bool { return len(c.br.gql(qlAliases(n, c.sel), nil).Errors) == 0 }
		if !accepted(1) {
			b.Fatalf("%s: refused or failed: %.300s", c.name, c.br.gql(qlAliases(1, c.sel), nil).Raw)
		}
		lo, hi := 1, 4096 // accepted(lo), !accepted(hi)
		for hi-lo > 1 {
			if mid := (lo + hi) / 2; accepted(mid) {
				lo = mid
			} else {
				hi = mid
			}
		}
		q := qlAliases(lo, c.sel)
		b.Run(c.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				c.br.gql(q, nil)
			}
			b.ReportMetric(float64(lo), "aliases")
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
