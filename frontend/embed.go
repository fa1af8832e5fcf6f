// Package frontend embeds the built single-page app (frontend/dist, made by
// `npm run build`) so that the latchkey binary serves it with no other file.
// The build is committed, so `go build .` works on a fresh clone without
// Node; TestBuiltSPAIsCurrent fails when it is stale.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built app, rooted at dist/.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // dist is embedded at build time; Sub cannot fail on it
	}
	return sub
}
