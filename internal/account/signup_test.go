package account

import (
	"context"
	"errors"
	"testing"

	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestSignUpNeverSaysAnEmailIsTaken(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newService(db, cheap)
		ctx := context.Background()
		st, err := settings.Load(ctx, db.Client)
		if err != nil {
			t.Fatal(err)
		}
		db.Client.SecuritySettings.UpdateOne(st).SetRegistrationOpen(true).ExecX(ctx)
		mustCreate(t, s, NewUser{Email: "owner@example.com", Username: "owner", Password: goodPassword})

		tests := []struct {
			name            string
			email, username string
			want            error
			newAccount      bool
		}{
			{"a new address", "fresh@example.com", "fresh", nil, true},
			{"a taken address, in another letter case", "OWNER@example.com", "intruder", nil, false},
			{"a taken username", "other@example.com", "owner", ErrUsernameTaken, false},
			{"a taken username and a taken address", "owner@example.com", "owner", ErrUsernameTaken, false},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				before := countUsers(t, db.Client)
				err := s.SignUp(ctx, NewUser{Email: tt.email, Username: tt.username, Password: goodPassword}, goodPassword)
				if !errors.Is(err, tt.want) {
					t.Fatalf("SignUp err = %v, want %v", err, tt.want)
				}
				if got := countUsers(t, db.Client) - before; got != map[bool]int{true: 1, false: 0}[tt.newAccount] {
					t.Fatalf("%d accounts made", got)
				}
			})
		}
		if n := len(auditEvents(t, db.Client, audit.SignedUp)); n != 1 {
			t.Fatalf("%d SIGNED_UP events, want 1 (the new address)", n)
		}
	})
}
