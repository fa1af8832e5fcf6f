// Package srchash computes the digest of a web app's sources that its build
// writes to dist/SOURCE_HASH (scripts/source-hash.mjs does the same in
// Node), so that a Go test can tell a committed build from a stale one.
package srchash

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var topLevel = map[string]bool{
	"index.html": true, "package.json": true, "package-lock.json": true, "vite.config.ts": true,
	"tsconfig.json": true, "tsconfig.app.json": true, "tsconfig.node.json": true, "codegen.ts": true,
}

// Of returns the digest of the app in root: every file under src/ and
// public/ (tests excluded) and the build's top-level files, each hashed as
// path, length and bytes, in path order.
func Of(root string) (string, error) {
	var paths []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if d.Name() == "node_modules" || rel == "dist" || rel == "e2e" {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || strings.HasSuffix(rel, ".test.ts") || strings.HasSuffix(rel, ".test.tsx") {
			return nil
		}
		if strings.HasPrefix(rel, "src/") || strings.HasPrefix(rel, "public/") || topLevel[rel] {
			paths = append(paths, rel)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
		if err != nil {
			return "", err
		}
		h.Write([]byte(p + "\n" + strconv.Itoa(len(b)) + "\n"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Check returns "" when root/dist/SOURCE_HASH matches the sources, or a
// message saying what to do.
func Check(root string) string {
	want, err := Of(root)
	if err != nil {
		return err.Error()
	}
	got, err := os.ReadFile(filepath.Join(root, "dist", "SOURCE_HASH"))
	if err != nil {
		return "dist/SOURCE_HASH is missing: run `npm run build` in " + root + " and commit dist/"
	}
	if strings.TrimSpace(string(got)) != want {
		return "dist is stale: the sources in " + root + " changed since the last build. Run `npm run build` there (make frontend) and commit dist/."
	}
	return ""
}
