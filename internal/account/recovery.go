package account

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/accesstoken"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/secondfactorchallenge"
	"github.com/latchkey/latchkey/ent/securitysettings"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
)

func accessTokenOf(userID string) predicate.AccessToken { return accesstoken.UserID(userID) }

// RequestReset starts "forgot password" for the account whose email or
// username is login. The answer is the same, in the same time, whether or
// not such an account exists: after the client's rate limit, the work
// (look-up, limits, token, email) runs in the background. Mail goes only to
// the address stored on the account, never to what was typed.
func (s *Service) RequestReset(ctx context.Context, login string) error {
	if err := s.challenge(ctx); err != nil {
		return err
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	login = strings.TrimSpace(login)
	if login == "" || len(login) > 254 {
		return ErrInvalidLogin
	}
	s.observer().ResetRequested()
	return s.run(ctx, "password reset request", func(ctx context.Context) error {
		u, err := s.FindByLogin(ctx, login)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if u.AdminLockedAt != nil {
			// An admin's lock: no way back in by email (the answer, given
			// already, was the same).
			s.audit(ctx, audit.Event{Type: audit.PasswordResetThrottle, SubjectID: u.ID, Details: map[string]string{"reason": "locked_by_admin"}})
			return nil
		}
		return s.sendReset(ctx, st, u, mail.KindResetLink, 0)
	})
}

// ErrInvalidLogin means an empty or absurd login was given.
var ErrInvalidLogin = fmt.Errorf("account: enter an email address or a username")

// sendReset emails u a way to set a new password, as the settings say (a
// link, or a temporary password), within the per-account limits. kind is
// KindResetLink for "forgot password" and KindAccountLocked for the email a
// lockout sends; attempts fills the latter.
func (s *Service) sendReset(ctx context.Context, st *ent.SecuritySettings, u *ent.User, kind mail.Kind, attempts int) error {
	if s.Outbox == nil {
		return nil
	}
	ok, err := s.allowResetMail(ctx, st, u.ID, kind != mail.KindAccountLocked)
	if err != nil {
		return err
	}
	if !ok {
		s.audit(ctx, audit.Event{Type: audit.PasswordResetThrottle, SubjectID: u.ID})
		return nil
	}
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		return s.writeReset(ctx, tx, send, st, u, kind, attempts)
	})
}

// writeReset writes, in tx, what sendReset sends once its limits passed:
// the link's token (or the temporary password), the email (with send, from
// s.Outbox.InTx) and the PASSWORD_RESET_ASKED event; s.Outbox must not be nil.
func (s *Service) writeReset(ctx context.Context, tx *ent.Client, send mail.Send, st *ent.SecuritySettings, u *ent.User, kind mail.Kind, attempts int) error {
	lifetime := settings.ResetLinkLifetime(st)
	d := mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Valid: lifetime, Attempts: attempts}
	if st.ResetMethod == securitysettings.ResetMethodTEMPORARY_PASSWORD {
		pw, err := s.issueTemporaryPassword(ctx, tx, u, lifetime)
		if err != nil {
			return err
		}
		d.Password, d.Link = pw, s.Outbox.Link("/sign-in", "")
		switch kind {
		case mail.KindResetLink:
			kind = mail.KindTemporaryPassword
		case mail.KindAccountLocked:
			kind = mail.KindAccountLockedTemporary
		}
	} else {
		token, err := s.issueToken(ctx, tx, u, resettoken.PurposeRESET_PASSWORD, lifetime, "")
		if err != nil {
			return err
		}
		d.Link = s.Outbox.Link("/reset-password", token)
	}
	if err := send(mail.Email{To: u.Email, Locale: u.Locale, Kind: kind, Data: d}); err != nil {
		return err
	}
	return audit.Record(ctx, tx, audit.Event{Type: audit.PasswordResetAsked, SubjectID: u.ID, Details: map[string]string{"method": string(st.ResetMethod), "email": string(kind)}})
}

// ResetPassword sets a new password with the token from a reset (or
// set-password) link. A refused password leaves the token usable. On
// success the token is spent (exactly once, however many try at once), the
// lockout is cleared, every session and access token of the account ends,
// and the owner is told by email. It does not sign in.
func (s *Service) ResetPassword(ctx context.Context, token, newPassword, confirmation string) (*ent.User, error) {
	t, err := s.redeemable(ctx, token, resettoken.PurposeRESET_PASSWORD, resettoken.PurposeSET_PASSWORD)
	if err != nil {
		return nil, err
	}
	u := t.Edges.User
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	hash, err := s.newPasswordHash(ctx, st, u, newPassword, confirmation)
	if err != nil {
		return nil, err
	}
	now := s.Now.Now()
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		if err := s.spend(ctx, tx, t); err != nil {
			return err
		}
		if _, _, err := s.endCredentials(ctx, tx, u.ID, now); err != nil {
			return err
		}
		upd := tx.User.UpdateOneID(u.ID).
			SetPasswordHash(hash).SetLegacyPasswordHash("").SetPasswordChangedAt(now).SetMustChangePassword(false).
			SetFailedAttempts(0)
		if u.AdminLockedAt == nil {
			// A reset lifts the automatic lockout, never an admin's lock.
			upd.ClearLockedAt()
		}
		if u.EmailVerifiedAt == nil {
			// The link reached this address: it is the owner's.
			upd.SetEmailVerifiedAt(now)
		}
		var err error
		if u, err = upd.Save(ctx); err != nil {
			return err
		}
		if s.Outbox != nil {
			if err = send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindPasswordReset,
				Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Link: s.Outbox.Link("/sign-in", "")}}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.PasswordReset, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"purpose": string(t.Purpose)}})
	})
	if err != nil {
		return nil, err
	}
	s.forgetTries(ctx, u)
	return u, nil
}

// newPasswordHash checks a new password against the policy and its
// confirmation, then hashes it (outside any transaction: SQLite has one
// writer, and a write transaction must never wait on argon2).
func (s *Service) newPasswordHash(ctx context.Context, st *ent.SecuritySettings, u *ent.User, newPassword, confirmation string) (string, error) {
	if err := settings.Policy(st).Check(newPassword, password.Personal{Username: u.Username, Email: u.Email}); err != nil {
		return "", err
	}
	if newPassword != confirmation {
		return "", ErrPasswordMismatch
	}
	return s.Hasher.Hash(ctx, newPassword)
}

// endCredentials ends every session, access token and outstanding one-time
// token of an account, in tx: after a reset, a temporary password's first
// use, and a forced sign-in.
func (s *Service) endCredentials(ctx context.Context, tx *ent.Client, userID string, now time.Time) (sessions, tokens int, err error) {
	if err := s.LockUserRow(ctx, tx, userID); err != nil {
		return 0, 0, err
	}
	if err := killTokens(ctx, tx, userID, now); err != nil {
		return 0, 0, err
	}
	if sessions, err = tx.Session.Delete().Where(session.UserID(userID)).Exec(ctx); err != nil {
		return 0, 0, fmt.Errorf("account: end sessions: %w", err)
	}
	if tokens, err = tx.AccessToken.Delete().Where(accessTokenOf(userID)).Exec(ctx); err != nil {
		return 0, 0, fmt.Errorf("account: revoke access tokens: %w", err)
	}
	if err := endPendingSignIns(ctx, tx, userID); err != nil {
		return 0, 0, err
	}
	return sessions, tokens, nil
}

// RequestUsernameReminder emails the username of the account with this
// email address. Same answer, in the same time, whether or not it exists.
func (s *Service) RequestUsernameReminder(ctx context.Context, email string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	if _, err := NormalizeEmail(email); err != nil {
		return err
	}
	return s.run(ctx, "username reminder", func(ctx context.Context) error {
		u, err := s.Client.User.Query().Where(user.EmailKey(EmailKey(email))).Only(ctx)
		if ent.IsNotFound(err) || s.Outbox == nil {
			return nil
		}
		if err != nil {
			return err
		}
		if u.AdminLockedAt != nil {
			return nil // nothing to sign in with while an admin's lock holds
		}
		if s.Limits != nil && st.ResetRequestsPerHour > 0 {
			if err := s.Limits.Allow(ctx, reminderHourKey(u.ID), st.ResetRequestsPerHour, time.Hour); err == ErrRateLimited {
				return nil
			} else if err != nil {
				return err
			}
		}
		return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
			if err := send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindUsernameReminder,
				Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Link: s.Outbox.Link("/sign-in", "")}}); err != nil {
				return err
			}
			return audit.Record(ctx, tx, audit.Event{Type: audit.UsernameReminderSent, SubjectID: u.ID})
		})
	})
}

// endPendingSignIns ends the sign-ins of userID waiting for their second
// factor (internal/secondfactor): a password that changed, or an admin's
// forced sign-in, must not be completed by a code entered later.
func endPendingSignIns(ctx context.Context, tx *ent.Client, userID string) error {
	if _, err := tx.SecondFactorChallenge.Delete().Where(secondfactorchallenge.UserID(userID)).Exec(ctx); err != nil {
		return fmt.Errorf("account: end pending sign-ins: %w", err)
	}
	return nil
}
