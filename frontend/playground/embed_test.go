package playground

import (
	"io/fs"
	"testing"

	"github.com/latchkey/latchkey/internal/srchash"
)

// The built playground is committed; this fails when it is stale.
func TestBuiltPlaygroundIsCurrent(t *testing.T) {
	if msg := srchash.Check("."); msg != "" {
		t.Fatal(msg)
	}
	if _, err := fs.Stat(Dist(), "index.html"); err != nil {
		t.Fatalf("the embedded playground has no index.html: %v", err)
	}
}
