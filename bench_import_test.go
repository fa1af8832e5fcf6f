package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
)

// BenchmarkImport: records per second of `latchkey user import` on a file
// of 20,000 customers with Magento SHA-256 hashes kept as they are (sealed,
// batched multi-row inserts), into an empty database each time:
// records/s is the import itself (the summary's time), command-records/s
// the whole command (opening the database and checking its migrations
// included). LATCHKEY_BENCH_BACKEND=postgres for PostgreSQL.
func BenchmarkImport(b *testing.B) {
	const n = 20_000
	path := filepath.Join(b.TempDir(), "customers.jsonl")
	f, _ := os.Create(path)
	for i := 0; i < n; i++ {
		fmt.Fprintf(f, `{"externalId":"%d","email":"c%d@shop.example","name":"Customer %d","createdAt":"2020-01-02 03:04:05","passwordHash":"%s","passwordHashFormat":"magento2"}`+"\n",
			i, i, i, magentoHash(fmt.Sprint("pw", i), randomSalt(), "1"))
	}
	f.Close()
	var total, importing time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		ta := newTestApp(b, benchBackend(), "--secret-key", testSecretKey)
		b.StartTimer()
		var out, errs bytes.Buffer
		start := time.Now()
		args := ta.importArgs("import", path)
		if s := os.Getenv("LATCHKEY_BENCH_BATCH"); s != "" {
			args = ta.importArgs("import", "--batch-size", s, path)
		}
		if err := run(context.Background(), args, noEnv, nil, &out, &errs); err != nil {
			b.Fatalf("%v\n%s", err, out.String())
		}
		total += time.Since(start)
		summary := strings.Fields(lastLine(out.String()))
		d, err := time.ParseDuration(summary[len(summary)-1])
		if err != nil {
			b.Fatalf("summary %q", lastLine(out.String()))
		}
		importing += d
	}
	b.ReportMetric(float64(n*b.N)/importing.Seconds(), "records/s")
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "command-records/s")
}

// BenchmarkSignInImported: what a caller could time. A wrong password
// against an imported (Magento SHA-256) account, against an argon2id
// account, and an unknown login, interleaved so that the machine's drift
// falls on all alike. The imported account's check is microseconds; the
// dummy argon2id it spends makes it answer as late as the others.
func BenchmarkSignInImported(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--secret-key", testSecretKey)
	ta.setSettings(b, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(0).SetLockoutThreshold(1 << 20) })
	ta.createUser(b, "bench@example.com", "bench", false)
	var out, errs bytes.Buffer
	rec := fmt.Sprintf(`{"email":"shop@example.com","passwordHash":"%s","passwordHashFormat":"magento2"}`+"\n", magentoHash("Shop-pass-1", randomSalt(), "1"))
	if err := run(context.Background(), ta.importArgs("import", "-"), noEnv, bytes.NewBufferString(rec), &out, &errs); err != nil {
		b.Fatal(err, out.String())
	}
	br := ta.browser(b)
	var imported, wrong, unknown time.Duration
	for i := 0; i < b.N; i++ {
		for _, c := range []struct {
			login string
			total *time.Duration
		}{{"shop@example.com", &imported}, {"bench", &wrong}, {"nobody", &unknown}} {
			start := time.Now()
			br.gql(signInMutation, map[string]any{"login": c.login, "password": "Wrong-Horse-9"})
			*c.total += time.Since(start)
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(imported), "imported-ms")
	b.ReportMetric(ms(wrong), "wrong-ms")
	b.ReportMetric(ms(unknown), "unknown-ms")
	b.ReportMetric(ms(imported)-ms(unknown), "gap-ms")
}
