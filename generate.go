package main

// Code generation, in order: Ent (which also writes graph/ent.graphqls from
// the schema annotations), then gqlgen over both schema files, then the
// SPA's typed GraphQL documents. Run with `go generate ./...` or `make generate`.
//go:generate sh -c "cd ent && go run -mod=mod entc.go"
//go:generate go run -mod=mod github.com/99designs/gqlgen generate
