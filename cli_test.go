package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/testdb"
)

func noEnv(string) string { return "" }

func TestOperatorCreatesAccountsFromTheCommandLine(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		dbURL := testdb.URL(t, b)
		tests := []struct {
			name    string
			args    []string
			stdin   string
			wantErr string
		}{
			{"first admin on a fresh database", []string{"--email", "Root@Example.com", "--username", "root", "--name", "Ruth Root", "--admin"}, goodPassword + "\n", ""},
			{"ordinary user, password without newline", []string{"--email", "user@example.com", "--username", "user"}, goodPassword, ""},
			{"password with a Windows line ending", []string{"--email", "win@example.com", "--username", "win"}, goodPassword + "\r\n", ""},
			{"weak password names every unmet rule", []string{"--email", "weak@example.com", "--username", "weak"}, "abc\n", "weak password: at least 9 characters; an upper-case letter; a digit; a symbol"},
			{"common password", []string{"--email", "common@example.com", "--username", "common"}, "Password123!\n", "not a commonly used password"},
			{"duplicate email in another case", []string{"--email", "ROOT@example.com", "--username", "other"}, goodPassword + "\n", "email address already exists"},
			{"duplicate username", []string{"--email", "other@example.com", "--username", "ROOT"}, goodPassword + "\n", "username already exists"},
			{"bad email", []string{"--email", "not-an-email", "--username", "bad"}, goodPassword + "\n", "--email: not a valid email address"},
			{"display-name style email", []string{"--email", "Bob <bob@example.com>", "--username", "bob"}, goodPassword + "\n", "--email: not a valid email address"},
			{"bad username", []string{"--email", "u@example.com", "--username", "a b"}, goodPassword + "\n", "--username"},
			{"missing username", []string{"--email", "u@example.com"}, goodPassword + "\n", "--email and --username are required"},
			{"no password on stdin", []string{"--email", "u@example.com", "--username", "nopw"}, "", "expected the password on standard input"},
			{"empty password line", []string{"--email", "u@example.com", "--username", "nopw"}, "\n", "empty"},
			{"stray argument", []string{"--email", "u@example.com", "--username", "x1", "extra"}, goodPassword + "\n", "unexpected argument"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				args := append([]string{"user", "create", "--database", dbURL}, tt.args...)
				err := run(context.Background(), args, noEnv, strings.NewReader(tt.stdin), &stdout, &stderr)
				if tt.wantErr == "" {
					if err != nil {
						t.Fatalf("unexpected error: %v", err)
					}
					if !strings.HasPrefix(stdout.String(), "created ") {
						t.Fatalf("stdout = %q", stdout.String())
					}
					return
				}
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tt.wantErr)
				}
				if strings.Contains(stdout.String()+stderr.String()+err.Error(), strings.TrimSpace(tt.stdin)) && len(strings.TrimSpace(tt.stdin)) > 3 {
					t.Fatalf("the password was echoed in the output")
				}
			})
		}
		db, err := database.Open(dbURL)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if n := db.Client.User.Query().CountX(context.Background()); n != 3 {
			t.Fatalf("%d accounts exist, want 3: failures must write nothing", n)
		}
		root := db.Client.User.Query().Where(user.Username("root")).OnlyX(context.Background())
		if root.Role != user.RoleADMIN || root.Email != "Root@Example.com" || root.Name != "Ruth Root" || !strings.HasPrefix(root.PasswordHash, "$argon2id$") {
			t.Fatalf("root = %+v", root)
		}
	})
}

func TestEveryCommandHasHelp(t *testing.T) {
	tests := [][]string{{"--help"}, {"help"}, {"serve", "--help"}, {"user", "create", "--help"}, {"user", "--help"}}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var out bytes.Buffer
			err := run(context.Background(), args, noEnv, strings.NewReader(""), &out, &out)
			if !errors.Is(err, flag.ErrHelp) {
				t.Fatalf("err = %v, want flag.ErrHelp (exit 0)", err)
			}
			if !strings.Contains(out.String(), "Usage:") {
				t.Fatalf("no usage in %q", out.String())
			}
		})
	}
	t.Run("version", func(t *testing.T) {
		var out bytes.Buffer
		if err := run(context.Background(), []string{"version"}, noEnv, nil, &out, io.Discard); err != nil || !strings.HasPrefix(out.String(), "latchkey ") {
			t.Fatalf("version: %v %q", err, out.String())
		}
	})
	t.Run("unknown command", func(t *testing.T) {
		if err := run(context.Background(), []string{"frobnicate"}, noEnv, nil, io.Discard, io.Discard); err == nil {
			t.Fatal("unknown command accepted")
		}
	})
}

func TestConfigurationComesFromFlagsThenEnvironment(t *testing.T) {
	env := map[string]string{
		"LATCHKEY_ADDR":               "127.0.0.1:9999",
		"LATCHKEY_DATABASE":           "sqlite:/tmp/env.db",
		"LATCHKEY_PUBLIC_URL":         "https://id.example.com/",
		"LATCHKEY_SMTP":               "smtp://mail.example.com:587",
		"LATCHKEY_MAIL_FROM":          "Shop <id@example.com>",
		"LATCHKEY_DATABASE_MAX_CONNS": "16",
	}
	getenv := func(k string) string { return env[k] }
	cfg, err := parseServeConfig([]string{"--addr", "127.0.0.1:7777"}, getenv, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "127.0.0.1:7777" {
		t.Errorf("flag should win over the environment: addr %q", cfg.Addr)
	}
	if cfg.Database != "sqlite:/tmp/env.db" || cfg.PublicURL != "https://id.example.com" || cfg.SMTP != "smtp://mail.example.com:587" || cfg.MailFrom != "Shop <id@example.com>" {
		t.Errorf("environment not applied: %+v", cfg)
	}
	if cfg.DatabaseConns != 16 {
		t.Errorf("LATCHKEY_DATABASE_MAX_CONNS not applied: %d", cfg.DatabaseConns)
	}
	if !cfg.secure() || cfg.origin() != "https://id.example.com" {
		t.Errorf("https public URL should make cookies secure")
	}
	defaults, err := parseServeConfig(nil, noEnv, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if defaults.Addr != "127.0.0.1:8080" || defaults.Database != "sqlite:latchkey.db" || defaults.PublicURL != "http://localhost:8080" || defaults.SMTP != "" || defaults.MailFrom != "Latchkey <no-reply@localhost>" {
		t.Errorf("defaults: %+v", defaults)
	}
	if defaults.AnonymousSlots != 0 {
		t.Errorf("anonymous slots by default: %d, want 0 (the backend's own)", defaults.AnonymousSlots)
	}
	if c, err := parseServeConfig(nil, func(k string) string { return map[string]string{"LATCHKEY_ANONYMOUS_SLOTS": "6"}[k] }, io.Discard); err != nil || c.AnonymousSlots != 6 {
		t.Errorf("LATCHKEY_ANONYMOUS_SLOTS=6: %v, %v", c, err)
	}

	bad := []struct {
		name string
		args []string
	}{
		{"public URL without scheme", []string{"--public-url", "id.example.com"}},
		{"public URL with a query", []string{"--public-url", "https://id.example.com/?x=1"}},
		{"smtp URL of another scheme", []string{"--smtp", "http://mail:25"}},
		{"smtp URL without port", []string{"--smtp", "smtp://mail.example.com"}},
		{"idle timeout that is no duration", []string{"--session-idle-timeout", "soon"}},
		{"unknown log format", []string{"--log-format", "xml"}},
		{"negative pool size", []string{"--database-max-conns", "-1"}},
		{"pool size that is no number", []string{"--database-max-conns", "many"}},
		{"negative anonymous slots", []string{"--anonymous-slots", "-2"}},
		{"anonymous slots that are no number", []string{"--anonymous-slots", "some"}},
		{"trailing argument", []string{"extra"}},
		{"PostgreSQL without a secret key", []string{"--database", "postgres://db.example.com/latchkey"}},
		{"both a key file and inline keys", []string{"--secret-key-file", "/etc/latchkey.key", "--secret-key", testSecretKey}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseServeConfig(tt.args, noEnv, io.Discard); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestServeStartsMigratesAndShutsDownGracefully(t *testing.T) {
	dir := t.TempDir()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"--addr", addr, "--database", "sqlite:" + filepath.Join(dir, "lk.db")}, noEnv, nil, &stdout, &stderr)
	}()
	waitHealthy(t, "http://"+addr)
	if !strings.Contains(stdout.String(), "latchkey user create") {
		t.Errorf("serve should print how to create the first admin; stdout: %q", stdout.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after shutdown", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop")
	}
	// A second start on the same file migrates again without complaint.
	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		done <- run(ctx2, []string{"--addr", addr, "--database", "sqlite:" + filepath.Join(dir, "lk.db")}, noEnv, nil, io.Discard, io.Discard)
	}()
	waitHealthy(t, "http://"+addr)
	cancel2()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func waitHealthy(t *testing.T, base string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatal(fmt.Sprintf("%s never became healthy", base))
}
