package database_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestStartUpBringsNFDAddressesToNFCWithoutMergingTwins(t *testing.T) {
	const (
		nfc = "jos\u00e9@example.com"  // é as one code point
		nfd = "jose\u0301@example.com" // e + combining acute accent
	)
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := context.Background()
		// Rows as an older version stored them: as typed, keyed by ASCII
		// lower-casing only.
		lone, err := db.Client.User.Create().SetEmail("Ren\u0065\u0301e@Example.com").SetEmailKey("ren\u0065\u0301e@example.com").SetUsername("renee").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		twinNFC := db.Client.User.Create().SetEmail(nfc).SetEmailKey(nfc).SetUsername("jose1").SaveX(ctx)
		twinNFD := db.Client.User.Create().SetEmail(nfd).SetEmailKey(nfd).SetUsername("jose2").SaveX(ctx)
		ascii := db.Client.User.Create().SetEmail("Bob@Example.com").SetEmailKey("bob@example.com").SetUsername("bob").SaveX(ctx)

		var logs bytes.Buffer
		db.Log = slog.New(slog.NewTextHandler(&logs, nil))
		for range 2 { // idempotent: a second start changes nothing
			if err := db.Migrate(ctx); err != nil {
				t.Fatalf("a collision must not stop the start: %v", err)
			}
		}
		u := db.Client.User.GetX(ctx, lone.ID)
		if u.Email != "Ren\u00e9e@Example.com" || u.EmailKey != "ren\u00e9e@example.com" {
			t.Fatalf("the NFD address is %q (key %q), want it in NFC", u.Email, u.EmailKey)
		}
		if n := db.Client.User.Query().Where(user.EmailKey("ren\u00e9e@example.com")).CountX(ctx); n != 1 {
			t.Fatalf("%d accounts found by the NFC key", n)
		}
		if a, b := db.Client.User.GetX(ctx, twinNFC.ID), db.Client.User.GetX(ctx, twinNFD.ID); a.Email != nfc || b.Email != nfd || b.EmailKey != nfd {
			t.Fatalf("twins were changed: %q %q", a.Email, b.Email)
		}
		if db.Client.User.GetX(ctx, ascii.ID).EmailKey != "bob@example.com" {
			t.Fatal("an ASCII address changed")
		}
		if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), twinNFD.ID) || !strings.Contains(logs.String(), twinNFC.ID) {
			t.Fatalf("no warning naming both twins:\n%s", logs.String())
		}
	})
}
