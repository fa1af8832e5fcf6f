package main

import (
	"testing"
)

// BenchmarkMe measures `me` through the real HTTP handler, by session
// cookie and by bearer token, with every middleware on (bench/load.sh
// measures the same with wrk at 32 connections).
//
//	go test -run '^$' -bench BenchmarkMe -benchtime 2000x .
func BenchmarkMe(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	ta.createUser(b, "me@example.com", "meuser", false)
	br := ta.signedIn(b, "meuser")
	var tok struct {
		CreateAccessToken struct{ Token string } `json:"createAccessToken"`
	}
	br.gql(`mutation { createAccessToken(input: {name: "bench"}) { token } }`, nil).into(b, &tok)
	b.Run("cookie", func(b *testing.B) {
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				br.gql(`{ me { id email username role } }`, nil)
			}
		})
	})
	b.Run("bearer", func(b *testing.B) {
		anon := ta.browser(b)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				anon.gql(`{ me { id email username role } }`, nil, "Authorization", "Bearer "+tok.CreateAccessToken.Token)
			}
		})
	})
}
