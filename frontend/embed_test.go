package frontend

import (
	"io/fs"
	"testing"

	"github.com/latchkey/latchkey/internal/srchash"
)

// The built app is committed so that `go build .` needs no Node. This test
// fails when someone changes the app's sources without rebuilding it.
func TestBuiltSPAIsCurrent(t *testing.T) {
	if msg := srchash.Check("."); msg != "" {
		t.Fatal(msg)
	}
	if _, err := fs.Stat(Dist(), "index.html"); err != nil {
		t.Fatalf("the embedded app has no index.html: %v", err)
	}
}
