package frontend

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// sourceHash mirrors scripts/source-hash.mjs: a SHA-256 over the SPA's
// sources (path, length and bytes of each, in path order).
func sourceHash(root string) (string, error) {
	top := map[string]bool{
		"index.html": true, "package.json": true, "package-lock.json": true, "vite.config.ts": true,
		"tsconfig.json": true, "tsconfig.app.json": true, "tsconfig.node.json": true, "codegen.ts": true,
	}
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
		if strings.HasPrefix(rel, "src/") || strings.HasPrefix(rel, "public/") || top[rel] {
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

// The built app is committed so that `go build .` needs no Node. This test
// fails when someone changes the app's sources without rebuilding it.
func TestBuiltSPAIsCurrent(t *testing.T) {
	want, err := sourceHash(".")
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("dist/SOURCE_HASH")
	if err != nil {
		t.Fatalf("dist/SOURCE_HASH missing: run `npm run build` in frontend/ (%v)", err)
	}
	if strings.TrimSpace(string(got)) != want {
		t.Fatalf("frontend/dist is stale: its sources changed since the last build. Run `make frontend` (npm run build in frontend/) and commit dist/.")
	}
	if _, err := fs.Stat(Dist(), "index.html"); err != nil {
		t.Fatalf("the embedded app has no index.html: %v", err)
	}
}
