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
	cases := []struct {
		name string
		br   *browser
		q    string
	}{
		// The nesting, as deep as it is accepted, then aliased
		// up to the limit.
		{"member nesting", w.alice, qlAliases(12, `me { memberships { organization { id members { organization { name viewerRights } user { id name } } } } }`)},
		// Lookups no loader can batch, up to the limit.
		{"member lookups", w.alice, qlAliases(180, `organization(id: `+org+`) { id name viewerRights members { id rights user { id name username email } } }`)},
		{"anyone settings lookups", w.alice, qlAliases(800, `passwordPolicy { preset }`)},
		{"admin organizations", w.admin, `{ organizations { id members { id } } }`},
		{"admin users nesting", w.admin, qlAliases(17, `users(first: 100) { edges { node { id memberships { organization { id name } } } } }`)},
		{"admin nodes", w.admin, qlAliases(24, `nodes(ids: [`+fmt.Sprintf("%q, %q, %q", w.aliceID, w.bobID, w.orgID)+`]) { id ... on User { memberships { organization { members { id } } } } }`)},
	}
	for _, c := range cases {
		if resp := c.br.gql(c.q, nil); len(resp.Errors) > 0 {
			b.Fatalf("%s: refused or failed: %.300s", c.name, resp.Raw)
		}
		b.Run(c.name, func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				c.br.gql(c.q, nil)
			}
			b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
