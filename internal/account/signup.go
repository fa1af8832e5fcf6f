package account

import (
	"context"
	"errors"
	"fmt"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/settings"
)

// SignUp creates an account for a person who registers themselves, when the
// settings allow it, and emails them a link to confirm their address. The
// account, its audit events and the email commit together or not at all.
//
// A taken email is never reported: the answer is the one a new address
// gets (nil, nil in both cases: the caller shows no account), after the
// same checks and the same hashing, and the owner of the address gets a
// short notice instead (at most AddressInUseNoticesPerHour). A taken
// username is reported: usernames are chosen in public.
func (s *Service) SignUp(ctx context.Context, nu NewUser, confirmation string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if !st.RegistrationOpen {
		return ErrRegistrationClosed
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	if nu.Password != confirmation {
		return ErrPasswordMismatch
	}
	nu.Admin = false
	nu.ActorID = ""
	row, err := s.prepareUser(ctx, nu, func(ctx context.Context, c *ent.Client, _, username string) error {
		return s.usernameFree(ctx, c, username)
	})
	if err != nil {
		return err
	}
	owner, err := s.Client.User.Query().Where(user.EmailKey(EmailKey(row.email))).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	if owner == nil {
		err = s.signUp(ctx, st, row)
		if !errors.Is(err, errSignUpRace) {
			return err
		}
		// Someone took the address between the check and the write.
		if owner, err = s.Client.User.Query().Where(user.EmailKey(EmailKey(row.email))).Only(ctx); err != nil {
			return err
		}
	}
	return s.noticeAddressInUse(ctx, owner)
}

// errSignUpRace means the address was taken while a sign-up was written.
var errSignUpRace = errors.New("account: the address was taken meanwhile")

// signUp writes a new self-registered account, its events and its
// verification email in one transaction.
func (s *Service) signUp(ctx context.Context, st *ent.SecuritySettings, row *PreparedUser) error {
	lifetime := settings.ResetLinkLifetime(st)
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		if err := s.usernameFree(ctx, tx, row.username); err != nil {
			return err
		}
		if taken, err := tx.User.Query().Where(user.EmailKey(EmailKey(row.email))).Exist(ctx); err != nil {
			return err
		} else if taken {
			return errSignUpRace
		}
		u, err := s.insertUser(ctx, tx, row)
		if errors.Is(err, ErrEmailTaken) {
			return errSignUpRace
		} else if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.SignedUp, ActorID: u.ID, SubjectID: u.ID}); err != nil {
			return err
		}
		if s.Outbox == nil {
			return nil
		}
		token, err := s.issueToken(ctx, tx, u, resettoken.PurposeVERIFY_EMAIL, lifetime, "")
		if err != nil {
			return err
		}
		return send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindVerifyEmail,
			Data: mail.Data{Name: u.Name, Email: u.Email, Valid: lifetime, Link: s.Outbox.Link("/verify-email", token)}})
	})
}

// noticeAddressInUse tells the owner of an address that someone tried to
// use it for another account, within AddressInUseNoticesPerHour.
func (s *Service) noticeAddressInUse(ctx context.Context, owner *ent.User) error {
	if s.Outbox == nil {
		return nil
	}
	if ok, err := s.allowAddressInUseNotice(ctx, owner.ID); err != nil || !ok {
		return err
	}
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		return send(mail.Email{To: owner.Email, Locale: owner.Locale, Kind: mail.KindAddressInUse,
			Data: mail.Data{Name: owner.Name, Email: owner.Email, Link: s.Outbox.Link("/forgot-password", "")}})
	})
}

// usernameFree reports ErrUsernameTaken when username is in use.
func (s *Service) usernameFree(ctx context.Context, c *ent.Client, username string) error {
	if taken, err := c.User.Query().Where(user.Username(username)).Exist(ctx); err != nil {
		return fmt.Errorf("account: check username: %w", err)
	} else if taken {
		return ErrUsernameTaken
	}
	return nil
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
		if u, err = tx.User.UpdateOneID(u.ID).SetEmailVerifiedAt(s.Now.Now()).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.EmailVerified, ActorID: u.ID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}
