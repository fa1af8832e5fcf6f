package main

import (
	"fmt"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/ratelimitcounter"
	"github.com/latchkey/latchkey/internal/testdb"
)

// The lockout lapses (lockoutMinutes) and a flood of wrong passwords
// arrives at once through both logins: every try that saw the lapsed lock
// lifted it and cleared the account's count, each clearing after others
// had begun counting afresh, so more than lockoutThreshold passwords were
// checked before the next lock. Only the try that lifts a lock clears it.
func TestParallelGuessesAfterALockLapsesStopAtLockoutThreshold(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := t.Context()
		ta, _ := lcMailApp(t, b)
		lcNoClientLimit(t, ta)
		lcSettings(t, ta, func(u *ent.SecuritySettingsUpdateOne) { u.SetLockoutMinutes(15) })
		id := ta.createUser(t, "erin@example.com", "erin", false)
		for i := range 5 {
			ta.browser(t).gql(signInMutation, map[string]any{"login": "erin", "password": fmt.Sprintf("Wrong-Horse-%d", i)})
		}
		ta.background.Wait()
		before := lkReasons(t, ta, id)["wrong_password"]
		if before != 5 {
			t.Fatalf("%d wrong passwords checked before the lock", before)
		}
		// An hour later: the account's lock and the login's have lapsed.
		ta.db.Client.User.UpdateOneID(id).SetLockedAt(time.Now().Add(-time.Hour)).ExecX(ctx)
		for _, c := range ta.db.Client.RateLimitCounter.Query().Where(ratelimitcounter.KeyHasPrefix("lock:login:")).AllX(ctx) {
			ta.db.Client.RateLimitCounter.UpdateOne(c).SetExpiresAt(c.ExpiresAt.Add(-time.Hour)).ExecX(ctx)
		}
		logins := []string{"erin", "erin@example.com"}
		codes := lkFlood(t, []string{ta.srv.URL}, nil, signInMutation, "signIn", 60, func(i int) map[string]any {
			return map[string]any{"login": logins[i%2], "password": fmt.Sprintf("Wrong-Again-%d", i)}
		})
		ta.background.Wait()
		checked := lkReasons(t, ta, id)["wrong_password"] - before
		if checked > 5 {
			t.Fatalf("%d wrong passwords were checked after the lock lapsed, want at most 5 (answers %q)", checked, codes)
		}
		// (Nothing checked at all is fine: a flood that outnumbers the
		// lifting try can use up the fresh count before it.)
		if u := ta.db.Client.User.GetX(ctx, id); u.LockedAt != nil && u.LockedAt.Before(time.Now().Add(-30*time.Minute)) {
			t.Fatal("the lapsed lock was never lifted")
		}
	})
}
