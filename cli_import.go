package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/userimport"
	"github.com/latchkey/latchkey/internal/usersearch"
)

// userImport reads people from a JSON Lines or CSV file (or standard
// input) into the database: see docs/migrating.md.
func userImport(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	var cfg config
	var dryRun, update, sendSet, asJSON bool
	var batch int
	fs := newFlagSet("latchkey user import", `Usage: latchkey user import [flags] FILE     (FILE is .jsonl or .csv; - for standard input)

Imports people with the password hashes they already have (Magento 2,
bcrypt, phpass, argon2, scrypt, PBKDF2, Django, salted SHA): they sign in
with their old passwords, and each hash becomes argon2id at its owner's first
sign-in. Records are matched by externalId, else by email: importing a file
twice changes nothing. Rejected records are listed with their line numbers
and the rest go in. Imported hashes are sealed with the secret key: give the
same --secret-key-file (or --secret-key) as the server. See docs/migrating.md.`, stderr)
	fs.BoolVar(&dryRun, "dry-run", false, "check every record and report, writing nothing")
	fs.BoolVar(&update, "update", false, "refresh people who exist already (by externalId, else email)")
	fs.BoolVar(&sendSet, "send-set-password", false, "email a set-password link to each new person with neither passwordHash nor password")
	fs.BoolVar(&asJSON, "json", false, "print the report as one JSON object instead of text")
	fs.IntVar(&batch, "batch-size", 1000, "records written per transaction")
	settingDatabase.register(fs, &cfg.Database, getenv)
	settingKeyFile.register(fs, &cfg.SecretKeyFile, getenv)
	settingKey.register(fs, &cfg.SecretKey, getenv)
	settingPublicURL.register(fs, &cfg.PublicURL, getenv)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("expected one FILE (or - for standard input)")
	}
	in, size := stdin, int64(-1)
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			size = st.Size()
		}
		in = f
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	keys, err := cfg.secretKeys(log)
	if err != nil {
		return err
	}
	d, err := database.OpenAndMigrate(ctx, cfg.Database)
	if err != nil {
		return err
	}
	defer d.Close()
	outbox := mail.NewOutbox(cfg.PublicURL, nil)
	outbox.Keys = keys
	accounts := &account.Service{Client: d.Client, Hasher: password.NewHasher(password.OWASP, 0, -1), Log: log, Outbox: outbox, Keys: keys, Dialect: d.Dialect}
	im := &userimport.Importer{Client: d.Client, Accounts: accounts, Keys: keys, Outbox: outbox,
		BulkLoad: func(ctx context.Context) (func(context.Context) error, error) {
			return usersearch.BulkLoad(ctx, d.SQL, d.Dialect)
		}}

	// Progress on a terminal only: by bytes of a file, by records of a pipe.
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if size > 0 {
			bar = progressbar.DefaultBytes(size, "importing")
			in = io.TeeReader(in, bar)
		} else {
			bar = progressbar.Default(-1, "importing")
		}
	}
	src, err := userimport.NewSource(in)
	if err != nil {
		return err
	}
	start := time.Now()
	opt := userimport.Options{DryRun: dryRun, Update: update, SendSetPassword: sendSet, BatchSize: batch}
	if bar != nil && size <= 0 {
		opt.Progress = func(done int) { bar.Set(done) }
	}
	if !asJSON {
		opt.Rejected = func(r userimport.Rejection) {
			if bar != nil {
				bar.Clear()
			}
			who := r.Email
			if r.ExternalID != "" {
				who = fmt.Sprintf("%s (externalId %s)", r.Email, r.ExternalID)
			}
			fmt.Fprintf(stdout, "line %d: rejected %s: %s [%s]\n", r.Line, printable(who), r.Reason, r.Code)
		}
	}
	rep, err := im.Import(ctx, src, opt)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if e := enc.Encode(rep); e != nil && err == nil {
			err = e
		}
	} else {
		verb := "imported"
		if dryRun {
			verb = "dry run, nothing written; would import"
		}
		fmt.Fprintf(stdout, "%s: %d read, %d created, %d updated, %d unchanged, %d rejected in %s\n",
			verb, rep.Read, rep.Created, rep.Updated, rep.Unchanged, rep.Rejected, time.Since(start).Round(time.Millisecond))
	}
	if errors.Is(err, userimport.ErrNoKeys) {
		return errors.New("records carry password hashes but no secret key is set (--secret-key-file or --secret-key)")
	}
	if err != nil {
		return fmt.Errorf("import stopped after %d records: %w", rep.Read, err)
	}
	if rep.Rejected > 0 {
		return fmt.Errorf("%d records rejected (listed above); the others were %s", rep.Rejected, map[bool]string{true: "checked", false: "imported"}[dryRun])
	}
	return nil
}

// printable keeps control characters of a record out of the terminal.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return '?'
		}
		return r
	}, s)
}

// userExport writes every account as JSON Lines in the import's format,
// hashes included; the file is made with mode 0600.
func userExport(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var cfg config
	var output string
	fs := newFlagSet("latchkey user export", `Usage: latchkey user export [--output FILE]

Writes every account as JSON Lines in the format "latchkey user import"
reads, password hashes included: for a move to another Latchkey, or a
backup. Treat the file as a secret (it is created with mode 0600): its
hashes can be attacked offline. Imported hashes not yet replaced are
opened with the secret key. Without --output it goes to standard output.`, stderr)
	fs.StringVar(&output, "output", "", "file to write (created with mode 0600; replaced if it exists)")
	settingDatabase.register(fs, &cfg.Database, getenv)
	settingKeyFile.register(fs, &cfg.SecretKeyFile, getenv)
	settingKey.register(fs, &cfg.SecretKey, getenv)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	keys, err := cfg.secretKeys(log)
	if err != nil {
		return err
	}
	d, err := database.OpenAndMigrate(ctx, cfg.Database)
	if err != nil {
		return err
	}
	defer d.Close()
	w := stdout
	var f *os.File
	if output != "" && output != "-" {
		if f, err = os.OpenFile(output, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600); err != nil {
			return err
		}
		defer f.Close()
		// An existing file keeps its mode through O_TRUNC: narrow it.
		if err := f.Chmod(0o600); err != nil {
			return err
		}
		w = f
	}
	n, err := userimport.Export(ctx, d.Client, keys, w)
	if err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "exported %d accounts to %s (mode 0600; treat it as a secret)\n", n, output)
	}
	return nil
}
