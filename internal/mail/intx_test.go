package mail_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/testdb"
)

func TestInTxWritesTheChangeAndItsEmailsTogetherOrNotAtAll(t *testing.T) {
	failed := errors.New("the change failed")
	email := func(o *mail.Outbox, to string) mail.Email {
		return mail.Email{To: to, Locale: "en", Kind: mail.KindResetLink,
			Data: mail.Data{Link: o.Link("/reset-password", "lk_rst_"+strings.Split(to, "@")[0]), Valid: time.Hour}}
	}
	tests := []struct {
		name    string
		sends   []string
		fail    bool
		stored  int
		printed []string
	}{
		{"a change with no email prints nothing", nil, false, 0, nil},
		{"a change with one email stores and prints it after the commit", []string{"ann@example.com"}, false, 1, []string{"ann@example.com"}},
		{"a change with two emails stores and prints both", []string{"bo@example.com", "cy@example.com"}, false, 2, []string{"bo@example.com", "cy@example.com"}},
		{"a failed change leaves no email and prints nothing", []string{"dan@example.com"}, true, 0, nil},
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ctx := context.Background()
				if _, err := db.Client.OutboxMessage.Delete().Exec(ctx); err != nil {
					t.Fatal(err)
				}
				var console strings.Builder
				o := mail.NewOutbox("http://localhost:8080", &console)
				err := o.InTx(ctx, db.Client, func(tx *ent.Client, send mail.Send) error {
					for _, to := range tt.sends {
						if err := send(email(o, to)); err != nil {
							return err
						}
					}
					if console.Len() != 0 {
						t.Error("printed before commit")
					}
					if tt.fail {
						return failed
					}
					return nil
				})
				if tt.fail != errors.Is(err, failed) || !tt.fail && err != nil {
					t.Fatalf("InTx: %v", err)
				}
				if n := db.Client.OutboxMessage.Query().CountX(ctx); n != tt.stored {
					t.Errorf("%d emails stored, want %d", n, tt.stored)
				}
				out := console.String()
				if got := strings.Count(out, "mail (not sent"); got != len(tt.printed) {
					t.Errorf("%d emails printed, want %d: %q", got, len(tt.printed), out)
				}
				for _, to := range tt.printed {
					if !strings.Contains(out, to) {
						t.Errorf("%s not printed: %q", to, out)
					}
				}
			})
		}
	})
}

func TestInTxWithoutAnOutboxRunsTheChangeAndSendsNothing(t *testing.T) {
	db := testdb.New(t, testdb.SQLite)
	var o *mail.Outbox
	ran := false
	err := o.InTx(context.Background(), db.Client, func(tx *ent.Client, send mail.Send) error {
		ran = true
		return send(mail.Email{To: "eve@example.com", Locale: "en", Kind: mail.KindUsernameReminder})
	})
	if err != nil || !ran {
		t.Fatalf("ran %v, err %v", ran, err)
	}
	if n := db.Client.OutboxMessage.Query().CountX(context.Background()); n != 0 {
		t.Fatalf("%d emails stored, want none", n)
	}
}
