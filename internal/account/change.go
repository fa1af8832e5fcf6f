package account

import (
	"context"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/emailaddr"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
)

// PasswordChange is what a password change ended.
type PasswordChange struct {
	User *ent.User
	// Sessions is how many other sessions of the account were ended,
	// Tokens how many access tokens were revoked (0 when kept).
	Sessions, Tokens int
	// TokensKept is true when the person chose to keep their access tokens.
	TokensKept bool
}

// ChangePassword changes a signed-in person's password. A wrong current
// password counts as a failed sign-in (and can lock the account). On
// success the session whose token hashes to keepSession stays, every other
// session of the account ends, every access token of the account is
// revoked unless keepTokens (a thief who made a token would otherwise keep
// API access after the owner changes the password), outstanding reset
// links die, and a notice saying what was ended is emailed. All of it, the
// audit event and the email commit together.
func (s *Service) ChangePassword(ctx context.Context, u *ent.User, keepSession, current, newPassword, confirmation string, keepTokens bool) (*PasswordChange, error) {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	// Each try costs a hash (a dummy one once the account is locked): it
	// counts against the client's address like a sign-in, so that aliases
	// of changePassword in one document cannot keep the hashers busy.
	if err := s.allowClient(ctx, st); err != nil {
		return nil, err
	}
	if err := s.checkCurrentPassword(ctx, st, u, current); err != nil {
		return nil, err
	}
	hash, err := s.newPasswordHash(ctx, st, u, newPassword, confirmation)
	if err != nil {
		return nil, err
	}
	now := s.Now.Now()
	res := &PasswordChange{TokensKept: keepTokens}
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		var err error
		u, err = tx.User.UpdateOneID(u.ID).
			SetPasswordHash(hash).SetLegacyPasswordHash("").SetPasswordChangedAt(now).SetMustChangePassword(false).SetFailedAttempts(0).
			Save(ctx)
		if err != nil {
			return err
		}
		if err := killTokens(ctx, tx, u.ID, now); err != nil {
			return err
		}
		if res.Sessions, err = tx.Session.Delete().Where(session.UserID(u.ID), session.TokenHashNEQ(keepSession)).Exec(ctx); err != nil {
			return fmt.Errorf("end other sessions: %w", err)
		}
		if err := endPendingSignIns(ctx, tx, u.ID); err != nil {
			return err
		}
		if !keepTokens {
			if res.Tokens, err = tx.AccessToken.Delete().Where(accessTokenOf(u.ID)).Exec(ctx); err != nil {
				return fmt.Errorf("revoke access tokens: %w", err)
			}
		}
		if s.Outbox != nil {
			err = send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindPasswordChanged,
				Data: mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, Link: s.Outbox.Link("/forgot-password", ""),
					Sessions: res.Sessions, Tokens: res.Tokens, TokensKept: keepTokens}})
			if err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.PasswordChanged, ActorID: u.ID, SubjectID: u.ID,
			Details: map[string]string{"sessions": fmt.Sprint(res.Sessions), "tokens": fmt.Sprint(res.Tokens), "tokens_kept": fmt.Sprint(keepTokens)}})
	})
	if err != nil {
		return nil, err
	}
	s.clearFailures(ctx, u.ID)
	res.User = u
	return res, nil
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
		// An imported hash is checked too (it is replaced at sign-in,
		// not here: this is no sign-in).
		ok, _, _, err = s.verifyStored(ctx, u, current)
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

// EmailChangeRequestsPerHour is how many email changes one account may
// ask for in an hour (a fixed window), whatever the addresses: each request
// sends mail to an address of the requester's choosing. It is a constant,
// not a setting: a person changes their address once in a long while.
const EmailChangeRequestsPerHour = 5

// AddressInUseNoticesPerHour is how many "your address was used again"
// notices the owner of an address gets in an hour, from sign-ups and
// email changes together: a request that names a taken address still
// answers the same, but the owner is not flooded.
const AddressInUseNoticesPerHour = 2

func emailChangeHourKey(id string) string  { return "email-change:hour:" + id }
func addressInUseHourKey(id string) string { return "address-in-use:hour:" + id }

// RequestEmailChange sends a confirmation link to newEmail and a notice to
// the current address. The address changes only when the link is used.
//
// It answers the same whether or not newEmail belongs to another account:
// the requester is told nothing, the same notice goes to their current
// address and the same event to their audit log; when the address is
// taken, no link is made and its owner gets a short notice instead (at
// most AddressInUseNoticesPerHour). A request counts against the client's
// address like the other public mutations (ipRequestsPerMinute) and
// against the account (EmailChangeRequestsPerHour): RATE_LIMITED beyond.
func (s *Service) RequestEmailChange(ctx context.Context, u *ent.User, newEmail, current string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	newEmail, err = NormalizeEmail(newEmail)
	if err != nil {
		return err
	}
	if err := s.allowEmailChange(ctx, u.ID); err != nil {
		return err
	}
	if err := s.checkCurrentPassword(ctx, st, u, current); err != nil {
		return err
	}
	if EmailKey(newEmail) == EmailKey(u.Email) {
		return ErrSameEmail
	}
	owner, err := s.Client.User.Query().Where(user.EmailKey(EmailKey(newEmail))).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	if s.Outbox == nil {
		return nil
	}
	notifyOwner, sendLink := false, false
	if owner != nil {
		if notifyOwner, err = s.allowAddressInUseNotice(ctx, owner.ID); err != nil {
			return err
		}
	} else if sendLink, err = s.allowEmailChangeLink(ctx, newEmail); err != nil {
		return err
	}
	lifetime := settings.ResetLinkLifetime(st)
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		d := mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, NewEmail: newEmail, Valid: lifetime}
		switch {
		case owner == nil && sendLink:
			token, err := s.issueToken(ctx, tx, u, resettoken.PurposeCHANGE_EMAIL, lifetime, newEmail)
			if err != nil {
				return err
			}
			// Only the name may come from the requester (see
			// mail.KindEmailChangeLink): not their current address.
			link := mail.Data{Name: u.Name, NewEmail: newEmail, Valid: lifetime, Link: s.Outbox.Link("/confirm-email", token)}
			if err := send(mail.Email{To: newEmail, Locale: u.Locale, Kind: mail.KindEmailChangeLink, Data: link}); err != nil {
				return err
			}
		case notifyOwner:
			if err := send(mail.Email{To: owner.Email, Locale: owner.Locale, Kind: mail.KindAddressInUse,
				Data: mail.Data{Name: owner.Name, Email: owner.Email, Link: s.Outbox.Link("/forgot-password", "")}}); err != nil {
				return err
			}
		}
		if err := send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindEmailChanged, Data: d}); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.EmailChangeRequested, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"new_email": newEmail}})
	})
}

// allowEmailChange counts one email-change request of the account.
func (s *Service) allowEmailChange(ctx context.Context, userID string) error {
	if s.Limits == nil {
		return nil
	}
	err := s.Limits.Allow(ctx, emailChangeHourKey(userID), EmailChangeRequestsPerHour, time.Hour)
	if err == ErrRateLimited {
		s.audit(ctx, audit.Event{Type: audit.RateLimited, ActorID: userID, SubjectID: userID, Details: map[string]string{"limit": "email_change"}})
	}
	return err
}

// EmailChangeLinksPerAddressPerHour is how many email-change links one
// address (no account's) can get in an hour, from every requester
// together: each account may ask 5 an hour, and many accounts would
// otherwise flood an address of their choosing. Beyond it the request
// answers the same and sends no link (the requester is still told).
const EmailChangeLinksPerAddressPerHour = 3

func emailChangeLinkHourKey(email string) string { return "email-change-link:hour:" + EmailKey(email) }

// allowEmailChangeLink reports whether one more email-change link may go
// to email this hour.
func (s *Service) allowEmailChangeLink(ctx context.Context, email string) (bool, error) {
	if s.Limits == nil {
		return true, nil
	}
	err := s.Limits.Allow(ctx, emailChangeLinkHourKey(email), EmailChangeLinksPerAddressPerHour, time.Hour)
	if err == ErrRateLimited {
		s.audit(ctx, audit.Event{Type: audit.RateLimited, Details: map[string]string{"limit": "email_change_link_address"}})
		return false, nil
	}
	return err == nil, err
}

// allowAddressInUseNotice reports whether the owner of an address may get
// one more "your address was used again" notice this hour.
func (s *Service) allowAddressInUseNotice(ctx context.Context, ownerID string) (bool, error) {
	if s.Limits == nil {
		return true, nil
	}
	err := s.Limits.Allow(ctx, addressInUseHourKey(ownerID), AddressInUseNoticesPerHour, time.Hour)
	if err == ErrRateLimited {
		return false, nil
	}
	return err == nil, err
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
	now := s.Now.Now()
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
		// A link asked for before addresses were kept in NFC carries the
		// address as typed.
		newEmail := emailaddr.Canonical(t.NewEmail)
		var err error
		u, err = tx.User.UpdateOneID(u.ID).SetEmail(newEmail).SetEmailKey(EmailKey(newEmail)).SetEmailVerifiedAt(now).Save(ctx)
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

// CheckPassword proves a signed-in person again with their password
// (reauthenticate): limited per client address, and counted towards the
// lockout like any other check of the current password.
func (s *Service) CheckPassword(ctx context.Context, u *ent.User, current string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	return s.checkCurrentPassword(ctx, st, u, current)
}
