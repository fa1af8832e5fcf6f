package main

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/internal/testdb"
	"github.com/latchkey/latchkey/internal/token"
)

// A thief holding a stolen access token keeps sending createAccessToken
// while the owner changes the password (or an admin forces a sign-out):
// the token the thief's request made from the stolen one must not survive
// its end. Here the stolen token ends (as a password change ends it) just
// after the request looked it up and before the new token is written,
// the moment a race would hit: the new token is refused, on both backends.
func TestATokenMadeAsItsCallerTokenEndsDoesNotSurviveIt(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		stolen := lcAccessToken(t, ta, annID)
		stolenID := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).OnlyX(ctx).ID

		// The second read of the stolen token in the request (the first
		// authenticates it) is createAccessToken's: end the token then.
		var seen, armed atomic.Int32
		armed.Store(1)
		ta.db.Client.AccessToken.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
			return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
				v, err := next.Query(ctx, q)
				if armed.Load() == 0 {
					return v, err
				}
				found := false
				switch x := v.(type) {
				case []*ent.AccessToken:
					for _, at := range x {
						found = found || at.ID == stolenID
					}
				case *ent.AccessToken:
					found = x != nil && x.ID == stolenID
				}
				if found && seen.Add(1) == 2 && armed.CompareAndSwap(1, 0) {
					ta.db.Client.AccessToken.DeleteOneID(stolenID).ExecX(context.Background())
				}
				return v, err
			})
		}))
		resp := admBearer(t, ta, stolen, `mutation { createAccessToken(input: {name: "mine now"}) { token userErrors { code } } }`, nil)
		if armed.Load() != 0 {
			t.Fatalf("the request did not read the stolen token twice (%d): %s", seen.Load(), resp.Raw)
		}
		if n := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).CountX(ctx); n != 0 {
			t.Fatalf("a token made from an ended token survives it (%d tokens): %s", n, resp.Raw)
		}
	})
}

// 30 createAccessToken requests at once for an account 5 short of
// MaxPerUser: on PostgreSQL each counted the tokens before any wrote, and
// all were made. The account's row lock puts them one after the other.
func TestParallelTokenCreationsStopAtMaxPerUser(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ctx := context.Background()
		ta := newTestApp(t, b)
		annID := ta.createUser(t, "ann@example.com", "ann", false)
		for range token.MaxPerUser - 5 {
			lcAccessToken(t, ta, annID)
		}
		ann := admSignedIn(t, ta, "ann")
		var wg sync.WaitGroup
		for range 30 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ann.gql(`mutation { createAccessToken(input: {name: "ci"}) { token userErrors { code } } }`, nil)
			}()
		}
		wg.Wait()
		if n := ta.db.Client.AccessToken.Query().Where(accesstoken.UserID(annID)).CountX(ctx); n > token.MaxPerUser {
			t.Fatalf("%d tokens, more than %d", n, token.MaxPerUser)
		}
	})
}
