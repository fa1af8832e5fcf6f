package main

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/account"
)

// lvFillActivity writes n audit events about the account id, a minute
// apart, in batches.
func lvFillActivity(t testing.TB, ta *testApp, id string, n int) {
	t.Helper()
	ctx := context.Background()
	start := time.Now().Add(-time.Duration(n) * time.Minute)
	for i := 0; i < n; i += 500 {
		batch := make([]*ent.AuditEventCreate, 0, 500)
		for j := i; j < min(n, i+500); j++ {
			batch = append(batch, ta.db.Client.AuditEvent.Create().SetType("SIGN_IN_SUCCEEDED").SetActorID(id).SetSubjectID(id).
				SetIP("192.0.2.1").SetUserAgent("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0").
				SetDetails(map[string]string{"n": fmt.Sprint(j)}).SetCreatedAt(start.Add(time.Duration(j)*time.Minute)))
		}
		ta.db.Client.AuditEvent.CreateBulk(batch...).ExecX(ctx)
	}
}

// BenchmarkExportMyData measures the largest export (account.ExportMaxEvents
// audit events, the newest of more) through the real handler, by session
// cookie: what graph/complexity.go's ExportMyDataCost stands for.
//
//	go test -run '^$' -bench BenchmarkExportMyData -benchtime 20x .
func BenchmarkExportMyData(b *testing.B) {
	ta := newTestApp(b, benchBackend(), "--log-level", "error")
	id := ta.createUser(b, "bo@example.com", "bowen", false)
	lvFillActivity(b, ta, id, account.ExportMaxEvents+100)
	br := ta.signedIn(b, "bowen")
	ctx := context.Background()
	b.ResetTimer()
	size := 0
	for range b.N {
		b.StopTimer()
		ta.db.Client.RateLimitCounter.Delete().ExecX(ctx) // past ExportsPerHour
		b.StartTimer()
		resp := br.gql(`{ exportMyData }`, nil)
		if resp.Status != 200 || len(resp.Errors) > 0 {
			b.Fatalf("export: %d %.300s", resp.Status, resp.Raw)
		}
		size = len(resp.Raw)
	}
	b.ReportMetric(float64(size)/1024, "KiB/export")
}
