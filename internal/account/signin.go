package account

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/resettoken"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// SignIn checks login and pw and returns the account. Every "no" costs one
// password hash and looks the same: a wrong password and an unknown login
// both give ErrInvalidCredentials, and both lock (ErrLocked) after the same
// number of consecutive failures. A temporary password, once used, becomes
// the password and the account must change it (User.MustChangePassword).
func (s *Service) SignIn(ctx context.Context, login, pw string) (*ent.User, error) {
	u, err := s.signIn(ctx, login, pw)
	s.observer().SignIn(outcome(err))
	return u, err
}

// outcome names a sign-in result for metrics.
func outcome(err error) string {
	switch {
	case err == nil:
		return "success"
	case errors.Is(err, ErrInvalidCredentials):
		return "invalid_credentials"
	case errors.Is(err, ErrLocked):
		return "locked"
	case errors.Is(err, ErrRateLimited), errors.Is(err, password.ErrBusy):
		return "rate_limited"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "abandoned"
	}
	return "error"
}

func (s *Service) signIn(ctx context.Context, login, pw string) (*ent.User, error) {
	// Under a flood, refuse before touching the database: the CPU is
	// better spent on the hashes already admitted.
	if s.Hasher.Full() {
		return nil, password.ErrBusy
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return nil, err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return nil, err
	}
	login = strings.TrimSpace(login)
	u, err := s.FindByLogin(ctx, login)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("account: sign in: %w", err)
	}
	if len(pw) > 4*password.MaxLength {
		// No stored password is this long. Refuse without hashing the
		// megabytes (nor truncating them), but spend the time of a hash.
		return nil, s.fail(ctx, st, u, login, "")
	}
	if u == nil {
		return nil, s.fail(ctx, st, nil, login, pw)
	}
	// Whether pw is a temporary password is looked up while the hash runs,
	// like an unknown login's lock (see fail): a wrong password then makes
	// the same round trips after its hash as an unknown login.
	temporary := s.lookUpTemporary(ctx, u, pw)
	failures := s.lookUpFailures(ctx, u.ID)
	if s.lockedNow(ctx, st, u) {
		if err := s.Hasher.VerifyDummy(ctx, pw); err != nil {
			return nil, err
		}
		// A locked account can always reset: a temporary password mailed
		// to the owner opens it.
		if t := <-temporary; t != nil {
			return s.useTemporaryPassword(ctx, u, t, pw)
		}
		s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "locked"}})
		return nil, ErrLocked
	}
	ok, stale, err := s.Hasher.Verify(ctx, pw, u.PasswordHash)
	if errors.Is(err, password.ErrMalformedHash) {
		s.log().ErrorContext(ctx, "stored password hash is malformed", "user_id", u.ID)
		ok, err = false, nil
	}
	if err != nil {
		return nil, err
	}
	if !ok {
		if t := <-temporary; t != nil {
			return s.useTemporaryPassword(ctx, u, t, pw)
		}
		return nil, s.fail(ctx, st, u, login, "-")
	}
	hadFailures := <-failures > 0 || u.FailedAttempts > 0
	var rehash string
	if stale {
		// The cost parameters changed since this hash was made: re-hash
		// now, while we know the password (before the transaction: no
		// write lock is held while hashing).
		if h, err := s.Hasher.Hash(ctx, pw); err == nil {
			rehash = h
		}
	}
	// The sign-in and its audit event are one write: one commit per
	// sign-in, and never a sign-in the audit log does not show.
	now := s.now().Truncate(time.Microsecond) // what PostgreSQL keeps
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		// Exec, not Save: the row is not read back (one round trip less);
		// u is brought up to date below with what was written.
		upd := tx.User.UpdateOneID(u.ID).SetLastSignInAt(now).SetFailedAttempts(0)
		if rehash != "" {
			upd.SetPasswordHash(rehash)
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SignInSucceeded, ActorID: u.ID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, fmt.Errorf("account: sign in: %w", err)
	}
	u.LastSignInAt, u.FailedAttempts = &now, 0
	if rehash != "" {
		u.PasswordHash = rehash
	}
	if hadFailures {
		// Most sign-ins follow no failure: skip the write then.
		s.clearFailures(ctx, u.ID)
	}
	return u, nil
}

// fail records a failed sign-in and returns the error to answer with. For
// an unknown login (u nil) it first spends the time of a hash on pw, unless
// pw is "-" (the hash was already spent).
func (s *Service) fail(ctx context.Context, st *ent.SecuritySettings, u *ent.User, login, pw string) error {
	// An unknown login's lock lives in the counters, a real account's on
	// its row (already read): look the counters up while the dummy hash
	// runs, so that the two failures make the same number of round trips
	// after their hash.
	var lookup <-chan unknownLock
	if u == nil && s.Limits != nil && login != "" {
		lookup = s.lookUpUnknown(ctx, st, login)
	}
	if pw != "-" {
		if err := s.Hasher.VerifyDummy(ctx, pw); err != nil {
			return err
		}
	}
	if u == nil {
		s.audit(ctx, audit.Event{Type: audit.SignInFailed, Details: map[string]string{"reason": "unknown_login"}})
		if lookup == nil {
			return ErrInvalidCredentials
		}
		return s.failUnknown(ctx, st, login, <-lookup)
	}
	s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "wrong_password"}})
	locked, err := s.countFailure(ctx, st, u)
	if err != nil {
		return err
	}
	if locked {
		return ErrLocked
	}
	return ErrInvalidCredentials
}

// unknownLock is the lock state of an unknown login, as failUnknown needs it.
type unknownLock struct {
	live, lapsed bool
	err          error
}

// lookUpUnknown reads the lock state of an unknown login in the background
// (the channel has room for the answer, so nothing waits if it is unread).
func (s *Service) lookUpUnknown(ctx context.Context, st *ent.SecuritySettings, login string) <-chan unknownLock {
	out := make(chan unknownLock, 1)
	ctx = context.WithoutCancel(ctx) // may finish after the request has ended
	go func() {
		state, err := s.Limits.State(ctx, lockedLoginKey(login))
		if err != nil || state == ratelimit.Live {
			out <- unknownLock{live: err == nil, err: err}
			return
		}
		lapsed := state == ratelimit.Lapsed
		if !lapsed {
			// The sweeper may have removed a lapsed mark: a count already
			// at the threshold with no mark can only be a lapsed lock.
			n, err := s.Limits.Count(ctx, failedLoginKey(login), failureWindow)
			if err != nil {
				out <- unknownLock{err: err}
				return
			}
			lapsed = n >= st.LockoutThreshold
		}
		out <- unknownLock{lapsed: lapsed}
	}()
	return out
}

// failUnknown counts a failure for a login no account has, and locks it the
// way a real account locks (see countFailure and lockedNow): after the same
// number of failures, lapsing after the same lockoutMinutes, starting the
// count afresh after a lapse. A mark that starts when the lock does plays
// the part of the account's locked_at.
func (s *Service) failUnknown(ctx context.Context, st *ent.SecuritySettings, login string, was unknownLock) error {
	failKey, lockKey := failedLoginKey(login), lockedLoginKey(login)
	if was.err != nil {
		return was.err
	}
	if was.live {
		return ErrLocked
	}
	if was.lapsed {
		if err := s.Limits.Reset(ctx, lockKey); err != nil {
			return err
		}
		if err := s.Limits.Reset(ctx, failKey); err != nil {
			return err
		}
	}
	n, err := s.Limits.Hit(ctx, failKey, failureWindow)
	if err != nil {
		return err
	}
	if n < st.LockoutThreshold {
		return ErrInvalidCredentials
	}
	lock := 100 * 365 * 24 * time.Hour // no reset can end it: no account
	if st.LockoutMinutes > 0 {
		lock = time.Duration(st.LockoutMinutes) * time.Minute
	}
	if err := s.Limits.Mark(ctx, lockKey, lock); err != nil {
		return err
	}
	return ErrLocked
}

// countFailure adds one failed attempt to u (sign-in or a wrong current
// password) and locks the account when the threshold is reached. The count
// is one atomic increment, so N failures in parallel lock like N in a row.
// Exactly one request performs the lock and emails the owner.
func (s *Service) countFailure(ctx context.Context, st *ent.SecuritySettings, u *ent.User) (locked bool, err error) {
	if s.Limits == nil {
		return false, nil
	}
	n, err := s.Limits.Hit(ctx, failedUserKey(u.ID), failureWindow)
	if err != nil {
		return false, err
	}
	// The count lives in the counter alone (not on the account's row): a
	// wrong password for a real account then writes no more than one for an
	// unknown login, which has no row to write to.
	if n < st.LockoutThreshold {
		return false, nil
	}
	now := s.now()
	won, err := s.Client.User.Update().Where(user.ID(u.ID), user.LockedAtIsNil()).SetLockedAt(now).Save(ctx)
	if err != nil {
		return false, fmt.Errorf("account: lock: %w", err)
	}
	if won == 1 {
		s.observer().Locked()
		s.audit(ctx, audit.Event{Type: audit.AccountLocked, SubjectID: u.ID, Details: map[string]string{"failed_attempts": fmt.Sprint(n)}})
		// Seed 004: the owner gets a link to create a new password at once.
		if err := s.sendReset(ctx, st, u, mail.KindAccountLocked, n); err != nil {
			s.log().ErrorContext(ctx, "lockout email", "user_id", u.ID, "err", err)
		}
	}
	return true, nil
}

// lockedNow reports whether u is locked, unlocking it first when a lock
// duration is set and has passed.
func (s *Service) lockedNow(ctx context.Context, st *ent.SecuritySettings, u *ent.User) bool {
	if u.LockedAt == nil {
		return false
	}
	if st.LockoutMinutes > 0 && s.now().Sub(*u.LockedAt) >= time.Duration(st.LockoutMinutes)*time.Minute {
		if err := s.unlock(ctx, u.ID); err != nil {
			s.log().ErrorContext(ctx, "timed unlock", "user_id", u.ID, "err", err)
			return true
		}
		u.LockedAt = nil
		s.audit(ctx, audit.Event{Type: audit.AccountUnlocked, SubjectID: u.ID, Details: map[string]string{"by": "time"}})
		return false
	}
	return true
}

// unlock clears the lock and the failure counts of an account.
func (s *Service) unlock(ctx context.Context, userID string) error {
	if err := s.Client.User.UpdateOneID(userID).ClearLockedAt().SetFailedAttempts(0).Exec(ctx); err != nil {
		return fmt.Errorf("account: unlock: %w", err)
	}
	if s.Limits != nil {
		return s.Limits.Reset(ctx, failedUserKey(userID))
	}
	return nil
}

// clearFailures forgets an account's failed sign-ins.
func (s *Service) clearFailures(ctx context.Context, userID string) {
	if s.Limits == nil {
		return
	}
	if err := s.Limits.Reset(ctx, failedUserKey(userID)); err != nil {
		s.log().ErrorContext(ctx, "clear failures", "err", err)
	}
}

// lookUpTemporary runs temporaryPassword in the background; the channel
// has room for the answer, so nothing waits when it is not read.
func (s *Service) lookUpTemporary(ctx context.Context, u *ent.User, pw string) <-chan *ent.ResetToken {
	out := make(chan *ent.ResetToken, 1)
	go func() { out <- s.temporaryPassword(context.WithoutCancel(ctx), u, pw) }()
	return out
}

// lookUpFailures reads, in the background, how many failures the account
// has in its counter (1 when it cannot tell, so that a success clears it).
func (s *Service) lookUpFailures(ctx context.Context, userID string) <-chan int {
	out := make(chan int, 1)
	if s.Limits == nil {
		out <- 0
		return out
	}
	go func() {
		n, err := s.Limits.Count(context.WithoutCancel(ctx), failedUserKey(userID), failureWindow)
		if err != nil {
			n = 1 // unknown: let a success clear the count rather than keep it
		}
		out <- n
	}()
	return out
}

// temporaryPassword returns the unused, unexpired temporary password of u
// that pw is, if any.
func (s *Service) temporaryPassword(ctx context.Context, u *ent.User, pw string) *ent.ResetToken {
	t, err := s.Client.ResetToken.Query().
		Where(resettoken.UserID(u.ID), resettoken.PurposeEQ(resettoken.PurposeTEMPORARY_PASSWORD),
			resettoken.TokenHash(secret.Hash(pw)), resettoken.UsedAtIsNil(),
			resettoken.ExpiresAtGT(s.now()), resettoken.Email(u.Email)).
		Only(ctx)
	if err != nil {
		return nil
	}
	return t
}

// useTemporaryPassword makes a temporary password the account's password,
// to be changed before anything else. Like a reset, it ends every session
// and access token and every other outstanding token.
func (s *Service) useTemporaryPassword(ctx context.Context, u *ent.User, t *ent.ResetToken, pw string) (*ent.User, error) {
	hash, err := s.Hasher.Hash(ctx, pw)
	if err != nil {
		return nil, err
	}
	now := s.now()
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if err := s.spend(ctx, tx, t); err != nil {
			return err
		}
		if _, _, err := endCredentials(ctx, tx, u.ID, now); err != nil {
			return err
		}
		u, err = tx.User.UpdateOneID(u.ID).
			SetPasswordHash(hash).SetPasswordChangedAt(now).SetMustChangePassword(true).
			SetLastSignInAt(now).SetFailedAttempts(0).ClearLockedAt().
			Save(ctx)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.TemporaryPasswordUsed, ActorID: u.ID, SubjectID: u.ID})
	})
	if errors.Is(err, ErrTokenInvalid) {
		return nil, ErrInvalidCredentials
	}
	if err != nil {
		return nil, fmt.Errorf("account: use temporary password: %w", err)
	}
	s.clearFailures(ctx, u.ID)
	return u, nil
}
