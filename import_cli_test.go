package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/testdb"
)

// Fast hashes for tests: a Magento 2 SHA-256 one, phpass's and
// crypt_blowfish's published vectors.
var (
	shopSalt     = "Kp3vXqS1bNw8RtY2uZa6LmC0dEf4GhJ7"
	shopHash     = magentoHash("Shop-pass-1", shopSalt, "1")
	wordpressPW  = "test12345"
	wordpressHsh = "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0"
	bcryptPW     = "U*U"
	bcryptHash   = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"
)

func jsonl(t testing.TB, recs ...map[string]any) string {
	var b strings.Builder
	for _, r := range recs {
		line, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func (ta *testApp) runImport(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), ta.importArgs("import", args...), noEnv, strings.NewReader(stdin), &stdout, &stderr)
	return stdout.String(), err
}

func TestOperatorImportsTheSameFileTwiceAndNothingChanges(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--secret-key", testSecretKey)
		ctx := context.Background()
		org := ta.db.Client.Organization.Create().SetName("Wholesale").SaveX(ctx)
		csvPath := filepath.Join(t.TempDir(), "people.csv")
		os.WriteFile(csvPath, []byte("email,name,externalId,passwordHash,passwordHashFormat,memberships,emailVerified\n"+
			"ann@shop.example,Ann,1,"+shopHash+",magento2,\"[{\"\"organization\"\": \"\"Wholesale\"\", \"\"rights\"\": [\"\"VIEW_ORDERS\"\"]}]\",1\n"+
			"bob@shop.example,Bob,2,"+wordpressHsh+",,,0\n"+
			"not-an-email,Nobody,3,"+bcryptHash+",,,\n"), 0o600)

		// A dry run checks and reports, and writes nothing.
		out, err := ta.runImport(t, "", "--dry-run", csvPath)
		if err == nil || !strings.Contains(out, "line 4: rejected") || !strings.Contains(out, "would import: 3 read, 2 created") {
			t.Fatalf("dry run: %v\n%s", err, out)
		}
		if n := ta.db.Client.User.Query().CountX(ctx); n != 0 {
			t.Fatalf("a dry run wrote %d accounts", n)
		}
		out, _ = ta.runImport(t, "", csvPath)
		if !strings.Contains(out, "imported: 3 read, 2 created, 0 updated, 0 unchanged, 1 rejected") {
			t.Fatalf("first import:\n%s", out)
		}
		ann := ta.db.Client.User.Query().Where(user.ExternalID("1")).WithMemberships().OnlyX(ctx)
		if ann.Username != "ann" || ann.EmailVerifiedAt == nil || len(ann.Edges.Memberships) != 1 || ann.Edges.Memberships[0].OrganizationID != org.ID {
			t.Fatalf("ann = %+v", ann)
		}
		out, _ = ta.runImport(t, "", csvPath)
		if !strings.Contains(out, "3 read, 0 created, 0 updated, 2 unchanged, 1 rejected") {
			t.Fatalf("second import:\n%s", out)
		}
		// --update refreshes, from standard input in JSON Lines; matched by
		// externalId although the address changed.
		out, err = ta.runImport(t, jsonl(t, map[string]any{"externalId": "2", "email": "robert@shop.example", "name": "Robert", "locale": "fr"}), "--update", "-")
		if err != nil || !strings.Contains(out, "1 read, 0 created, 1 updated") {
			t.Fatalf("update: %v\n%s", err, out)
		}
		bob := ta.db.Client.User.Query().Where(user.ExternalID("2")).OnlyX(ctx)
		if bob.Email != "robert@shop.example" || bob.Name != "Robert" || bob.Locale != "fr" || bob.LegacyPasswordHash == "" {
			t.Fatalf("bob = %+v", bob)
		}
		if n := ta.db.Client.User.Query().CountX(ctx); n != 2 {
			t.Fatalf("%d accounts, want 2", n)
		}
		br := ta.browser(t)
		br.mustSignIn("robert@shop.example", wordpressPW)
		br.mustSignIn("ann@shop.example", "Shop-pass-1")
	})
}

func TestAnImportedHashIsNeitherReadableInTheDatabaseNorThroughTheAPI(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--secret-key", testSecretKey)
		ta.createUser(t, "admin@example.com", "admin", true)
		if out, err := ta.runImport(t, jsonl(t, map[string]any{"email": "cat@shop.example", "passwordHash": shopHash, "passwordHashFormat": "magento2"}), "-"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		digest := strings.SplitN(shopHash, ":", 2)[0]
		for _, secret := range []string{digest, shopSalt} {
			if b == testdb.SQLite {
				path := strings.TrimPrefix(ta.cfg.Database, "sqlite:")
				for _, f := range []string{path, path + "-wal", path + "-shm"} {
					raw, _ := os.ReadFile(f)
					if bytes.Contains(raw, []byte(secret)) {
						t.Fatalf("%s holds the imported hash in clear", filepath.Base(f))
					}
				}
			}
			rows := ta.db.Client.User.Query().AllX(context.Background())
			if dump := strings.Join([]string{rows[0].LegacyPasswordHash, rows[1].LegacyPasswordHash}, " "); strings.Contains(dump, secret) {
				t.Fatal("the row holds the imported hash in clear")
			}
		}
		admin := ta.browser(t)
		admin.mustSignIn("admin@example.com", goodPassword)
		for _, field := range []string{"legacyPasswordHash", "passwordHash", "externalId"} {
			r := admin.gql(`{ users(first: 5) { edges { node { id `+field+` } } } }`, nil)
			if len(r.Errors) == 0 || strings.Contains(r.Raw, digest) {
				t.Fatalf("%s is readable: %s", field, r.Raw)
			}
		}
		// A wrong password against it: the log says nothing of the hash.
		admin.signIn("cat@shop.example", "wrong-password")
		if strings.Contains(ta.logs.String(), digest) || strings.Contains(ta.logs.String(), shopSalt) {
			t.Fatal("the log holds the imported hash")
		}
	})
}

func TestGuessesAtAnImportedAccountLockItLikeAnyOther(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--secret-key", testSecretKey)
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutThreshold(3).SetIPRequestsPerMinute(0) })
		if out, err := ta.runImport(t, jsonl(t, map[string]any{"email": "dan@shop.example", "passwordHash": bcryptHash}), "-"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		br := ta.browser(t)
		for i := 0; i < 3; i++ {
			want := "INVALID_CREDENTIALS"
			if i == 2 {
				want = "ACCOUNT_LOCKED" // the third failure locks
			}
			if r := br.signIn("dan@shop.example", "guess"); len(r.SignIn.UserErrors) == 0 || r.SignIn.UserErrors[0].Code != want {
				t.Fatalf("guess %d: %+v", i, r.SignIn.UserErrors)
			}
		}
		r := br.signIn("dan@shop.example", bcryptPW)
		if r.SignIn.User != nil {
			t.Fatal("the right password opened a locked imported account")
		}
		u := ta.db.Client.User.Query().Where(user.EmailKey("dan@shop.example")).OnlyX(context.Background())
		if u.LegacyPasswordHash == "" || u.PasswordHash != "" {
			t.Fatalf("after the lockout: legacy kept %v, argon2id %q", u.LegacyPasswordHash != "", u.PasswordHash)
		}
	})
}

func TestExportIsASecretFileThatAnotherLatchkeyImports(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		from := newTestApp(t, b, "--secret-key", testSecretKey)
		from.createUser(t, "eve@example.com", "eve", false)
		if out, err := from.runImport(t, jsonl(t,
			map[string]any{"email": "fay@shop.example", "externalId": "77", "passwordHash": shopHash, "passwordHashFormat": "magento2"},
			map[string]any{"email": "gus@shop.example"}), "-"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		path := filepath.Join(t.TempDir(), "accounts.jsonl")
		os.WriteFile(path, []byte("old"), 0o644)
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), from.importArgs("export", "--output", path), noEnv, nil, &stdout, &stderr); err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(path)
		if st.Mode().Perm() != 0o600 {
			t.Fatalf("mode %v, want 0600", st.Mode().Perm())
		}
		data, _ := os.ReadFile(path)
		if n := strings.Count(string(data), "\n"); n != 3 || !strings.Contains(string(data), shopHash) || !strings.Contains(string(data), `"passwordHashFormat":"argon2"`) {
			t.Fatalf("export:\n%s", data)
		}
		to := newTestApp(t, b, "--secret-key", testSecretKey)
		if out, err := to.runImport(t, "", path); err != nil || !strings.Contains(out, "3 created") {
			t.Fatalf("%v\n%s", err, out)
		}
		br := to.browser(t)
		br.mustSignIn("eve@example.com", goodPassword)
		br.mustSignIn("fay@shop.example", "Shop-pass-1")
	})
}

func TestAnIntegratorImportsThroughTheAPIAndReadsTheReport(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--secret-key", testSecretKey)
		ta.createUser(t, "admin@example.com", "admin", true)
		ta.createUser(t, "user@example.com", "user", false)
		const m = `mutation($in: ImportUsersInput!) { importUsers(input: $in) {
			report { read created updated unchanged rejected dryRun rejections { line email externalId code reason } }
			userErrors { code field message } } }`
		recs := []map[string]any{
			{"email": "hal@shop.example", "externalId": "h1", "passwordHash": shopHash, "passwordHashFormat": "magento2"},
			{"email": "ivy@shop.example", "passwordHash": "$2y$10$tooShort"},
			{"email": "jo@shop.example", "passwordHash": wordpressHsh, "role": "USER", "emailVerified": true},
		}
		plain := ta.browser(t)
		plain.mustSignIn("user@example.com", goodPassword)
		if r := plain.gql(m, map[string]any{"in": map[string]any{"records": recs}}); r.code() != "FORBIDDEN" {
			t.Fatalf("a plain user imported: %s", r.Raw)
		}
		admin := ta.browser(t)
		admin.mustSignIn("admin@example.com", goodPassword)
		var out struct {
			ImportUsers struct {
				Report *struct {
					Read, Created, Updated, Unchanged, Rejected int
					DryRun                                      bool
					Rejections                                  []struct {
						Line                int
						Email, Code, Reason string
					}
				}
				UserErrors []userErrorJSON
			}
		}
		admin.gql(m, map[string]any{"in": map[string]any{"records": recs, "dryRun": true}}).into(t, &out)
		if rep := out.ImportUsers.Report; rep == nil || !rep.DryRun || rep.Created != 2 || rep.Rejected != 1 || rep.Rejections[0].Line != 2 || rep.Rejections[0].Code != "INVALID_PASSWORD_HASH" {
			t.Fatalf("dry run: %+v", out.ImportUsers)
		}
		if ta.db.Client.User.Query().CountX(context.Background()) != 2 {
			t.Fatal("a dry run wrote")
		}
		admin.gql(m, map[string]any{"in": map[string]any{"records": recs}}).into(t, &out)
		if rep := out.ImportUsers.Report; rep.Created != 2 || rep.Rejected != 1 || strings.Contains(rep.Rejections[0].Reason, "tooShort") {
			t.Fatalf("import: %+v", rep)
		}
		many := make([]map[string]any, 1001)
		for i := range many {
			many[i] = map[string]any{"email": "x@example.com"}
		}
		r := admin.gql(m, map[string]any{"in": map[string]any{"records": many}})
		r.into(t, &out)
		if len(out.ImportUsers.UserErrors) != 1 || out.ImportUsers.UserErrors[0].Code != "INVALID_INPUT" || out.ImportUsers.Report != nil {
			t.Fatalf("1001 records: %s", r.Raw)
		}
		admin.mustSignIn("hal@shop.example", "Shop-pass-1")
	})
}

func TestPeopleImportedWithoutAPasswordAreInvitedToSetOneOnlyWhenAsked(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--secret-key", testSecretKey)
		ctx := context.Background()
		if out, err := ta.runImport(t, jsonl(t, map[string]any{"email": "kim@shop.example"}), "-"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		if n := ta.db.Client.OutboxMessage.Query().CountX(ctx); n != 0 {
			t.Fatalf("%d emails without --send-set-password", n)
		}
		if out, err := ta.runImport(t, jsonl(t,
			map[string]any{"email": "lee@shop.example", "locale": "sv"},
			map[string]any{"email": "mo@shop.example", "passwordHash": bcryptHash}), "--send-set-password", "-"); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		msgs := ta.db.Client.OutboxMessage.Query().AllX(ctx)
		if len(msgs) != 1 || msgs[0].ToAddress != "lee@shop.example" {
			t.Fatalf("emails: %+v", msgs)
		}
		opened, err := mail.Open(ta.accounts.Keys, msgs[0])
		if err != nil || msgs[0].Kind != string(mail.KindSetPassword) || !strings.Contains(opened.Link, "/reset-password?token=") {
			t.Fatalf("email %s, link %q, %v", msgs[0].Kind, opened.Link, err)
		}
	})
}
