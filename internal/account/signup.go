package account

import (
	"context"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/settings"
)

// SignUp creates an account for a person who registers themselves, when the
// settings allow it, and emails them a link to confirm their address.
func (s *Service) SignUp(ctx context.Context, nu NewUser, confirmation string) (*ent.User, error) {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	if !st.RegistrationOpen {
		return nil, ErrRegistrationClosed
	}
	if err := s.allowClient(ctx, st); err != nil {
		return nil, err
	}
	if nu.Password != confirmation {
		return nil, ErrPasswordMismatch
	}
	nu.Admin = false
	u, err := s.CreateUser(ctx, nu)
	if err != nil {
		return nil, err
	}
	s.audit(ctx, audit.Event{Type: audit.SignedUp, ActorID: u.ID, SubjectID: u.ID})
	if s.Outbox == nil {
		return u, nil
	}
	lifetime := time.Duration(st.ResetLinkLifetimeMinutes) * time.Minute
	var msg *ent.OutboxMessage
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		token, err := s.issueToken(ctx, tx, u, resettoken.PurposeVERIFY_EMAIL, lifetime, "")
		if err != nil {
			return err
		}
		msg, err = s.Outbox.Enqueue(ctx, tx, mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindVerifyEmail,
			Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Valid: lifetime, Link: s.Outbox.Link("/verify-email", token)}})
		return err
	})
	if err != nil {
		return nil, err
	}
	s.Outbox.Committed(msg)
	return u, nil
}

// VerifyEmail confirms an address with the token from the sign-up email.
func (s *Service) VerifyEmail(ctx context.Context, token string) (*ent.User, error) {
	t, err := s.redeemable(ctx, token, resettoken.PurposeVERIFY_EMAIL)
	if err != nil {
		return nil, err
	}
	u := t.Edges.User
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := s.spend(ctx, tx, t); err != nil {
			return err
		}
		var err error
		if u, err = tx.User.UpdateOneID(u.ID).SetEmailVerifiedAt(s.now()).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.EmailVerified, ActorID: u.ID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}
