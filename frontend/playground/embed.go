// Package playground embeds GraphiQL, built from this folder with
// `npm run build` into dist/ (committed), so that the GraphQL playground
// works with no internet: nothing is loaded from a CDN.
package playground

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built playground, rooted at dist/.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time
	}
	return sub
}
