//go:build ignore

// entc.go runs Ent's code generator with the entgql extension, which also
// writes graph/ent.graphqls. Run through `go generate ./...`.
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithWhereInputs(true),
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("../graph/ent.graphqls"),
		entgql.WithConfigPath("../gqlgen.yml"),
		entgql.WithNodeDescriptor(false),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	templates := append(entgql.AllTemplates, gen.MustParse(
		gen.NewTemplate("prefixid").ParseFiles("./schema/prefixid/template/prefixid.tmpl")))
	err = entc.Generate("./schema", &gen.Config{
		Templates: templates,
		Features:  []gen.Feature{gen.FeatureUpsert, gen.FeatureLock, gen.FeatureExecQuery},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
