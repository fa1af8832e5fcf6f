package account

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
)

// ChangePassword changes a signed-in person's password. A wrong current
// password counts as a failed sign-in (and can lock the account). On
// success the session whose token hashes to keepSession stays, every other
// session of the account ends, outstanding reset links die, and a notice is
// emailed.
func (s *Service) ChangePassword(ctx context.Context, u *ent.User, keepSession, current, newPassword, confirmation string) (*ent.User, error) {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	if err := s.checkCurrentPassword(ctx, st, u, current); err != nil {
		return nil, err
	}
	hash, err := s.newPasswordHash(ctx, st, u, newPassword, confirmation)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var msg *ent.OutboxMessage
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		u, err = tx.User.UpdateOneID(u.ID).
			SetPasswordHash(hash).SetPasswordChangedAt(now).SetMustChangePassword(false).SetFailedAttempts(0).
			Save(ctx)
		if err != nil {
			return err
		}
		if err := killTokens(ctx, tx, u.ID, now); err != nil {
			return err
		}
		if _, err := tx.Session.Delete().Where(session.UserID(u.ID), session.TokenHashNEQ(keepSession)).Exec(ctx); err != nil {
			return fmt.Errorf("end other sessions: %w", err)
		}
		if s.Outbox != nil {
			msg, err = s.Outbox.Enqueue(ctx, tx, mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindPasswordChanged,
				Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Link: s.Outbox.Link("/forgot-password", "")}})
			if err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.PasswordChanged, ActorID: u.ID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, err
	}
	s.clearFailures(ctx, u.ID)
	if msg != nil {
		s.Outbox.Committed(msg)
	}
	return u, nil
}

// checkCurrentPassword verifies a signed-in person's password before a
// sensitive change; a wrong one counts as a failed sign-in. The try is
// counted in the account's tally before its hash runs (see lockout.go), so
// a stolen session guesses no more than lockoutThreshold passwords however
// many changes it sends at once.
func (s *Service) checkCurrentPassword(ctx context.Context, st *ent.SecuritySettings, u *ent.User, current string) error {
	// A locked account stops all guessing, here as at sign-in: otherwise a
	// stolen session could go on guessing the password and then change it
	// or the email address.
	if s.lockedNow(ctx, st, u) {
		if err := s.Hasher.VerifyDummy(ctx, current); err != nil {
			return err
		}
		return ErrLocked
	}
	tooLong := len(current) > 4*password.MaxLength
	if tooLong {
		current = ""
	}
	t, err := s.beginTry(ctx, st, u, "")
	if err != nil {
		return err
	}
	ok, reason := false, "too_many_tries"
	if !tooLong && t.within(st) {
		reason = "wrong_current_password"
		ok, _, err = s.Hasher.Verify(ctx, current, u.PasswordHash)
		if errors.Is(err, password.ErrMalformedHash) {
			ok, err = false, nil
		}
	} else {
		err = s.Hasher.VerifyDummy(ctx, current)
	}
	if err != nil {
		s.abandonTry(ctx, t)
		return err
	}
	if ok {
		s.succeedTry(ctx, u, t)
		return nil
	}
	s.audit(ctx, audit.Event{Type: audit.SignInFailed, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"reason": reason}})
	return s.countFailure(ctx, st, u, t)
}

// RequestEmailChange sends a confirmation link to newEmail and a notice to
// the current address. The address changes only when the link is used.
func (s *Service) RequestEmailChange(ctx context.Context, u *ent.User, newEmail, current string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	newEmail, err = NormalizeEmail(newEmail)
	if err != nil {
		return err
	}
	if err := s.checkCurrentPassword(ctx, st, u, current); err != nil {
		return err
	}
	if EmailKey(newEmail) == EmailKey(u.Email) {
		return ErrSameEmail
	}
	if taken, err := s.Client.User.Query().Where(user.EmailKey(EmailKey(newEmail))).Exist(ctx); err != nil {
		return err
	} else if taken {
		return ErrEmailTaken
	}
	if s.Outbox == nil {
		return nil
	}
	lifetime := time.Duration(st.ResetLinkLifetimeMinutes) * time.Minute
	var msgs []*ent.OutboxMessage
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		token, err := s.issueToken(ctx, tx, u, resettoken.PurposeCHANGE_EMAIL, lifetime, newEmail)
		if err != nil {
			return err
		}
		d := mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, NewEmail: newEmail, Valid: lifetime}
		link := d
		link.Link = s.Outbox.Link("/confirm-email", token)
		m1, err := s.Outbox.Enqueue(ctx, tx, mail.Email{To: newEmail, Locale: u.Locale, Kind: mail.KindEmailChangeLink, Data: link})
		if err != nil {
			return err
		}
		m2, err := s.Outbox.Enqueue(ctx, tx, mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindEmailChanged, Data: d})
		if err != nil {
			return err
		}
		msgs = append(msgs, m1, m2)
		return audit.Record(ctx, tx, audit.Event{Type: audit.EmailChangeRequested, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"new_email": newEmail}})
	})
	if err != nil {
		return err
	}
	s.Outbox.Committed(msgs...)
	return nil
}

// ErrSameEmail means the new address is the current one.
var ErrSameEmail = fmt.Errorf("account: that is already your email address")

// ConfirmEmailChange applies an email change with the token from the link
// sent to the new address. Reset links sent to the old address die.
func (s *Service) ConfirmEmailChange(ctx context.Context, token string) (*ent.User, error) {
	t, err := s.redeemable(ctx, token, resettoken.PurposeCHANGE_EMAIL)
	if err != nil {
		return nil, err
	}
	u := t.Edges.User
	now := s.now()
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := s.spend(ctx, tx, t); err != nil {
			return err
		}
		if taken, err := tx.User.Query().Where(user.EmailKey(EmailKey(t.NewEmail)), user.IDNEQ(u.ID)).Exist(ctx); err != nil {
			return err
		} else if taken {
			return ErrEmailTaken
		}
		old := u.Email
		var err error
		u, err = tx.User.UpdateOneID(u.ID).SetEmail(t.NewEmail).SetEmailKey(EmailKey(t.NewEmail)).SetEmailVerifiedAt(now).Save(ctx)
		if err != nil {
			if ent.IsConstraintError(err) {
				return ErrEmailTaken
			}
			return err
		}
		if err := killTokens(ctx, tx, u.ID, now); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.EmailChanged, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"old_email": old, "new_email": u.Email}})
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}
