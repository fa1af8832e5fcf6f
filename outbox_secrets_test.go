package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/latchkey/latchkey/internal/testdb"
)

// secretMail is one email that carries a secret, and how to make the
// service send it.
type secretMail struct {
	name, to, subject, kind string
}

var secretMails = []secretMail{
	{"reset link", "alice@example.com", "Reset your password", "RESET_LINK"},
	{"set-password link", "nina@example.com", "Set your password", "SET_PASSWORD"},
	{"verification link", "joiner@example.com", "Confirm your email address", "VERIFY_EMAIL"},
	{"email-change link", "alice.new@example.org", "Confirm your new email address", "EMAIL_CHANGE_LINK"},
	{"invitation link", "guest@example.com", "You are invited to join Shop", "INVITATION"},
	{"temporary password", "bob@example.com", "Your temporary password", "TEMPORARY_PASSWORD"},
}

// sendEverySecret has the service write each of secretMails, through the
// real handler.
func sendEverySecret(t *testing.T, ta *testApp, admin *browser) {
	t.Helper()
	ta.createUser(t, "alice@example.com", "alice", false)
	ta.createUser(t, "bob@example.com", "bob", false)
	setSettingsAsAdmin(t, admin, map[string]any{"registrationOpen": true, "ipRequestsPerMinute": 0})
	if p := requestReset(t, ta.browser(t), "alice"); p.code() != "" {
		t.Fatalf("requestReset: %+v", p)
	}
	var created struct {
		CreateUser struct{ UserErrors []userErrorJSON }
	}
	admin.gql(adminCreateUserMutation, map[string]any{"input": map[string]any{"email": "nina@example.com", "username": "nina", "name": "Nina Berg"}}).into(t, &created)
	if len(created.CreateUser.UserErrors) > 0 {
		t.Fatalf("createUser: %+v", created)
	}
	if p := payloadOf(t, ta.browser(t), "signUp", signUpQ, map[string]any{"email": "joiner@example.com", "username": "joiner", "pw": newPassword, "confirm": newPassword}); p.code() != "" {
		t.Fatalf("signUp: %+v", p)
	}
	alice := ta.signedIn(t, "alice")
	if p := payloadOf(t, alice, "requestEmailChange", requestEmailChangeQ, map[string]any{"email": "alice.new@example.org", "pw": goodPassword}); p.code() != "" {
		t.Fatalf("requestEmailChange: %+v", p)
	}
	if inv, resp := orgInvite(t, admin, orgCreate(t, admin, "Shop"), "guest@example.com"); inv == nil {
		t.Fatalf("inviteMember: %s", resp.Raw)
	}
	setSettingsAsAdmin(t, admin, map[string]any{"resetMethod": "TEMPORARY_PASSWORD"})
	if p := requestReset(t, ta.browser(t), "bob"); p.code() != "" {
		t.Fatalf("requestReset: %+v", p)
	}
	ta.background.Wait()
}

// secretOf is the token of the link in a text body, or its temporary
// password.
func secretOf(t *testing.T, kind, text string) string {
	t.Helper()
	if kind == "TEMPORARY_PASSWORD" {
		pw := tempPassword(text)
		if pw == "" {
			t.Fatalf("no temporary password in:\n%s", text)
		}
		return pw
	}
	tok := tokenIn(t, text)
	if !strings.HasPrefix(tok, "lk_") {
		t.Fatalf("%s: the token %q is not a real one", kind, tok)
	}
	return tok
}

// wantNoSecretInTheDatabase reads everything the database holds, as an
// attacker with a copy of it would: on SQLite the bytes of the file and of
// its -wal and -shm (old versions of pages included), on PostgreSQL every
// row of every table as text (bytea in hex).
func wantNoSecretInTheDatabase(t *testing.T, ta *testApp, secrets map[string]string) {
	t.Helper()
	ctx := context.Background()
	var where []string
	var blobs [][]byte
	switch ta.db.Dialect {
	case dialect.SQLite:
		var seq int
		var name, file string
		if err := ta.db.SQL.QueryRowContext(ctx, "PRAGMA database_list").Scan(&seq, &name, &file); err != nil || file == "" {
			t.Fatalf("database file: %q, %v", file, err)
		}
		for _, p := range []string{file, file + "-wal", file + "-shm"} {
			b, err := os.ReadFile(p)
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			where, blobs = append(where, p), append(blobs, b)
		}
		if len(blobs[1]) == 0 {
			t.Fatal("the WAL is empty: the test would not see old pages")
		}
	default:
		rows, err := ta.db.SQL.QueryContext(ctx, `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`)
		if err != nil {
			t.Fatal(err)
		}
		var tables []string
		for rows.Next() {
			var n string
			rows.Scan(&n)
			tables = append(tables, n)
		}
		rows.Close()
		if len(tables) < 5 {
			t.Fatalf("tables: %v", tables)
		}
		for _, tbl := range tables {
			rows, err := ta.db.SQL.QueryContext(ctx, fmt.Sprintf(`SELECT t::text FROM %q t`, tbl))
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for rows.Next() {
				var s string
				rows.Scan(&s)
				all.WriteString(s + "\n")
			}
			rows.Close()
			where, blobs = append(where, "table "+tbl), append(blobs, []byte(all.String()))
		}
	}
	for name, s := range secrets {
		for i, b := range blobs {
			if strings.Contains(string(b), s) || strings.Contains(string(b), hex.EncodeToString([]byte(s))) {
				t.Errorf("the %s (%s) is in %s", name, s, where[i])
			}
		}
	}
}

func TestAnAdminCannotReadAResetTokenOutOfTheDatabase(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		t.Run("while the emails wait in the outbox (no SMTP server)", func(t *testing.T) {
			ta := newTestApp(t, b)
			admin := ta.newAdmin(t)
			sendEverySecret(t, ta, admin)
			// With no SMTP server the admin reads the links in the outbox,
			// as before; they are real ones.
			secrets := map[string]string{}
			for _, m := range secretMails {
				var found bool
				for _, o := range outboxOf(t, admin, m.to) {
					if o.Kind == m.kind {
						secrets[m.name], found = secretOf(t, m.kind, o.TextBody), true
					}
				}
				if !found {
					t.Fatalf("no %s to %s in the outbox", m.kind, m.to)
				}
			}
			wantNoSecretInTheDatabase(t, ta, secrets)
			// The link works: it is the real secret that was looked for.
			if p := resetPassword(t, ta.browser(t), secrets["reset link"], newPassword, newPassword); p.code() != "" {
				t.Fatalf("the reset link from the outbox: %+v", p)
			}
		})
		t.Run("after delivery", func(t *testing.T) {
			ta, smtp := newMailApp(t, b)
			admin := ta.newAdmin(t)
			sendEverySecret(t, ta, admin)
			ta.drainMail(t)
			secrets := map[string]string{}
			for _, m := range secretMails {
				got := smtp.WaitTo(m.to, m.subject, mailWait)
				secrets[m.name] = secretOf(t, m.kind, got.Text)
			}
			wantNoSecretInTheDatabase(t, ta, secrets)
			for _, o := range outboxOf(t, admin, "alice@example.com") {
				if strings.Contains(o.TextBody+o.HTMLBody, "lk_rst_") {
					t.Fatalf("with SMTP the admin outbox shows a token: %s", o.TextBody)
				}
			}
			if p := resetPassword(t, ta.browser(t), secrets["reset link"], newPassword, newPassword); p.code() != "" {
				t.Fatalf("the delivered reset link: %+v", p)
			}
		})
	})
}

func TestAnAdminCannotSearchOutboxBodiesForAToken(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta, smtp := newMailApp(t, b)
		admin := ta.newAdmin(t)
		ta.createUser(t, "alice@example.com", "alice", false)
		smtp.Down() // the reset email stays pending, its token unused
		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait()
		for _, filter := range []string{"textBodyContains", "htmlBodyContains", "textBodyHasPrefix", "textBodyGTE", "htmlBodyContainsFold", "textBody"} {
			t.Run(filter, func(t *testing.T) {
				resp := admin.gql(fmt.Sprintf(`{ outbox(where: {%s: "lk_rst_a"}) { totalCount } }`, filter), nil)
				if len(resp.Errors) == 0 || strings.Contains(resp.Raw, "totalCount") || !strings.Contains(resp.Errors[0].Message, filter) {
					t.Fatalf("a filter over bodies answered: %s", resp.Raw)
				}
			})
		}
		t.Run("no order over bodies either", func(t *testing.T) {
			resp := admin.gql(`{ outbox(orderBy: {field: TEXT_BODY}) { totalCount } }`, nil)
			if len(resp.Errors) == 0 || strings.Contains(resp.Raw, "totalCount") {
				t.Fatalf("an order over bodies answered: %s", resp.Raw)
			}
		})
	})
}

func TestTheConsoleCannotBeSpoofedByAURLInAName(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b) // no --smtp: links go to the console
		console := &syncBuffer{}
		ta.outbox.Console = console
		id := ta.createUser(t, "alice@example.com", "alice", false)
		// Set directly: names cannot carry a URL any more, but older ones may.
		ta.db.Client.User.UpdateOneID(id).SetName("IT Security: re-validate at http://evil.example/login").ExecX(context.Background())
		requestReset(t, ta.browser(t), "alice")
		ta.background.Wait()
		out := console.String()
		if strings.Contains(out, "evil.example") {
			t.Fatalf("the console printed a URL from a name:\n%s", out)
		}
		var links []string
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "    ") {
				links = append(links, strings.TrimSpace(line))
			}
		}
		if len(links) != 1 || !strings.HasPrefix(links[0], "http://localhost:8080/reset-password?token=lk_rst_") {
			t.Fatalf("want only the reset link the service built, got %q in:\n%s", links, out)
		}
		// The web app's outbox makes only the message's link clickable; the
		// API says which it is.
		var page struct {
			Outbox struct {
				Edges []struct {
					Node struct{ Link, TextBody string }
				}
			}
		}
		ta.newAdmin(t).gql(`{ outbox(where: {toAddress: "alice@example.com"}) { edges { node { link textBody } } } }`, nil).into(t, &page)
		if e := page.Outbox.Edges; len(e) != 1 || e[0].Node.Link != links[0] || !strings.Contains(e[0].Node.TextBody, "evil.example") {
			t.Fatalf("outbox link: %+v, want %q", page, links[0])
		}
		if p := resetPassword(t, ta.browser(t), tokenIn(t, links[0]), newPassword, newPassword); p.code() != "" {
			t.Fatalf("the printed link: %+v", p)
		}
	})
}
