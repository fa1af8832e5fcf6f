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
	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/legacyhash"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// SignIn checks login and pw and returns the account. Every "no" costs one
// password hash and looks the same: a wrong password and an unknown login
// both give ErrInvalidCredentials, and both lock (ErrLocked) after the same
// number of consecutive failures. A temporary password, once used, becomes
// the password and the account must change it (User.MustChangePassword).
func (s *Service) SignIn(ctx context.Context, login, pw string) (*ent.User, error) {
	if err := s.challenge(ctx); err != nil {
		s.observer().SignIn(outcome(err))
		return nil, err
	}
	u, err := s.signIn(ctx, login, pw)
	s.observer().SignIn(outcome(err))
	s.challengeFailure(ctx, err)
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
	case errors.Is(err, secondfactor.ErrLocked):
		return "second_factor_locked"
	case errors.Is(err, ErrRateLimited), errors.Is(err, password.ErrBusy):
		return "rate_limited"
	case errors.Is(err, challenge.ErrRequired):
		return "challenge_required"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "abandoned"
	}
	return "error"
}

func (s *Service) signIn(ctx context.Context, login, pw string) (*ent.User, error) {
	// Hashing slots are shared fairly between client addresses (see
	// admission.go). Under a flood, refuse before touching the database:
	// the CPU is better spent on the hashes already admitted.
	ctx = hashTicket(ctx, false)
	if s.Hasher.FullFor(ctx) {
		return nil, s.Hasher.Refuse(ctx)
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
	if err != nil {
		u = nil
	}
	if u != nil {
		ctx = s.knownBrowserFirst(ctx, u)
	}
	tooLong := len(pw) > 4*password.MaxLength
	if tooLong {
		// No stored password is this long. Refuse without hashing the
		// megabytes (nor truncating them), but spend the time of a hash.
		pw = ""
	}
	if u != nil && u.AdminLockedAt != nil {
		// An admin's lock: no password is checked or counted, whatever
		// the login, and no temporary password opens it.
		if err := s.Hasher.VerifyDummy(ctx, pw); err != nil {
			return nil, err
		}
		s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "locked_by_admin"}})
		return nil, ErrLocked
	}
	// Whether pw is a temporary password is looked up while the hash runs:
	// a wrong password then makes the same round trips after its hash as
	// an unknown login.
	var temporary <-chan *ent.ResetToken
	if u != nil && !tooLong {
		temporary = s.lookUpTemporary(ctx, u, pw)
	}
	// A lock that has lapsed is lifted first, so that the try counts
	// afresh.
	accountLocked := u != nil && s.lockedNow(ctx, st, u)
	// The try is counted before its hash runs (see lockout.go).
	t, err := s.beginTry(ctx, st, u, login)
	if err != nil {
		return nil, err
	}
	if t.loginLocked {
		if err := s.Hasher.VerifyDummy(ctx, pw); err != nil {
			return nil, err
		}
		// A locked account can always reset: a temporary password mailed
		// to the owner opens it.
		if tp := received(temporary); tp != nil {
			return s.useTemporaryPasswordUnlessSecondFactorLocked(ctx, st, u, nil, tp, pw)
		}
		ev := audit.Event{Type: audit.SignInFailed, Details: map[string]string{"reason": "locked"}}
		if u != nil {
			ev.SubjectID = u.ID
		}
		s.audit(ctx, ev)
		return nil, ErrLocked
	}
	reason := "unknown_login"
	check := false
	if u != nil {
		switch {
		case accountLocked:
			reason = "locked"
		case !t.within(st):
			reason = "too_many_tries"
		default:
			reason, check = "wrong_password", !tooLong
		}
	}
	ok, stale := false, false
	var legacy legacyhash.Format
	if check {
		ok, stale, legacy, err = s.verifyStored(ctx, u, pw)
	} else {
		err = s.Hasher.VerifyDummy(ctx, pw)
	}
	if err != nil {
		// Nothing was checked (the hash queue is full, the client left):
		// the try is given back.
		s.abandonTry(ctx, t)
		return nil, err
	}
	if !ok {
		if tp := received(temporary); tp != nil {
			return s.useTemporaryPasswordUnlessSecondFactorLocked(ctx, st, u, t, tp, pw)
		}
		if reason == "locked" && s.Limits == nil {
			// Nothing is counted (the command line): the account's own
			// lock is all there is to say.
			s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": reason}})
			return nil, ErrLocked
		}
		return nil, s.failTry(ctx, st, u, t, reason)
	}
	// With a second factor the password is only the first step: the audit
	// log must not show a sign-in that never completed.
	pending := false
	if s.HasSecondFactor != nil {
		if pending, err = s.HasSecondFactor(ctx, u.ID); err != nil {
			s.abandonTry(ctx, t)
			return nil, fmt.Errorf("account: sign in: %w", err)
		}
	}
	if pending && settings.SecondFactorLocked(st, u.SecondFactorLockedAt, s.Now.Now()) {
		// Too many wrong second-factor codes: no pending sign-in, so no
		// code is checked, until the lock lapses (internal/secondfactor).
		// Said only now, after the right password: to anyone else the
		// account answers as every other (INVALID_CREDENTIALS), so the
		// lock tells a stranger nothing. The password was right, so its
		// try is not a failure; nothing else is written.
		s.succeedTry(ctx, u, t)
		s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "second_factor_locked"}})
		return nil, secondfactor.Locked(st, *u.SecondFactorLockedAt)
	}
	var rehash string
	if legacy != "" {
		// An imported hash matched: the password is hashed with argon2id
		// now and replaces it in the sign-in's transaction. Without the
		// new hash there is no sign-in (the old hash stays).
		if rehash, err = s.Hasher.Hash(ctx, pw); err != nil {
			s.abandonTry(ctx, t)
			return nil, err
		}
	} else if stale {
		// The cost parameters changed since this hash was made: re-hash
		// now, while we know the password (before the transaction: no
		// write lock is held while hashing).
		if h, err := s.Hasher.Hash(ctx, pw); err == nil {
			rehash = h
		}
	}
	// The sign-in and its audit event are one write: one commit per
	// sign-in, and never a sign-in the audit log does not show.
	now := s.Now.Now().Truncate(time.Microsecond) // what PostgreSQL keeps
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		// A bulk update: the row is not read back (one round trip less);
		// u is brought up to date below with what was written.
		// Not through an admin's lock set while the password was checked.
		upd := tx.User.Update().Where(user.ID(u.ID), user.AdminLockedAtIsNil()).SetFailedAttempts(0)
		if !pending {
			upd.SetLastSignInAt(now)
		}
		if rehash != "" {
			upd.SetPasswordHash(rehash)
		}
		if legacy != "" {
			upd.SetLegacyPasswordHash("")
		}
		if n, err := upd.Save(ctx); err != nil {
			return err
		} else if n == 0 {
			return ErrLocked
		}
		if legacy != "" {
			if err := audit.Record(ctx, tx, audit.Event{Type: audit.PasswordHashUpgraded, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"from": string(legacy), "to": "argon2id"}}); err != nil {
				return err
			}
		}
		if pending {
			return audit.Record(ctx, tx, audit.Event{Type: audit.PasswordVerified, ActorID: u.ID, SubjectID: u.ID})
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SignInSucceeded, ActorID: u.ID, SubjectID: u.ID})
	})
	if errors.Is(err, ErrLocked) {
		s.abandonTry(ctx, t)
		return nil, ErrLocked
	}
	if err != nil {
		s.abandonTry(ctx, t)
		return nil, fmt.Errorf("account: sign in: %w", err)
	}
	u.FailedAttempts = 0
	if !pending {
		u.LastSignInAt = &now
	}
	if rehash != "" {
		u.PasswordHash = rehash
	}
	if legacy != "" {
		u.LegacyPasswordHash = ""
	}
	s.succeedTry(ctx, u, t)
	return u, nil
}

// received returns what ch holds, waiting for it; nil for a nil channel.
func received(ch <-chan *ent.ResetToken) *ent.ResetToken {
	if ch == nil {
		return nil
	}
	return <-ch
}

// lockedNow reports whether u is locked, unlocking it first when a lock
// duration is set and has passed (an admin's lock holds until unlockUser).
func (s *Service) lockedNow(ctx context.Context, st *ent.SecuritySettings, u *ent.User) bool {
	if u.AdminLockedAt != nil {
		return true
	}
	if u.LockedAt == nil {
		return false
	}
	if settings.LockoutDuration(st) > 0 && s.Now.Now().Sub(*u.LockedAt) >= settings.LockoutDuration(st) {
		if err := s.unlock(ctx, u.ID, *u.LockedAt); err != nil {
			s.log().ErrorContext(ctx, "timed unlock", "user_id", u.ID, "err", err)
			return true
		}
		u.LockedAt = nil
		return false
	}
	return true
}

// unlock clears the lock and the account's count of tries. The typed
// logins keep their own counts (they lapse on their own, as an unknown
// login's do); forgetTries clears those too, for the owner's and an admin's
// unlocks.
func (s *Service) unlock(ctx context.Context, userID string, lockedAt time.Time) error {
	// Never under an admin's lock, which keeps "locked since". The unlock
	// and its event commit together (only the try that lifts it records it;
	// a lock set again since, at a later time, stays).
	lifted := false
	err := withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.User.Update().Where(user.ID(userID), user.AdminLockedAtIsNil(), user.LockedAtLTE(lockedAt)).ClearLockedAt().SetFailedAttempts(0).Save(ctx)
		if err != nil || n == 0 {
			return err
		}
		lifted = true
		return audit.Record(ctx, tx, audit.Event{Type: audit.AccountUnlocked, SubjectID: userID, Details: map[string]string{"by": "time"}})
	})
	if err != nil {
		return fmt.Errorf("account: unlock: %w", err)
	}
	// Only the try that lifted the lock clears the count: tries that saw
	// the same lapsed lock at once must not clear it again after others
	// have begun counting afresh (each clearing would free more guesses).
	if lifted && s.Limits != nil {
		return s.Limits.Reset(ctx, triesUserKey(userID))
	}
	return nil
}

// clearFailures forgets an account's tries at its password.
func (s *Service) clearFailures(ctx context.Context, userID string) {
	if s.Limits == nil {
		return
	}
	if err := s.Limits.Reset(ctx, triesUserKey(userID)); err != nil {
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

// temporaryPassword returns the unused, unexpired temporary password of u
// that pw is, if any.
func (s *Service) temporaryPassword(ctx context.Context, u *ent.User, pw string) *ent.ResetToken {
	t, err := s.Client.ResetToken.Query().
		Where(resettoken.UserID(u.ID), resettoken.PurposeEQ(resettoken.PurposeTEMPORARY_PASSWORD),
			resettoken.TokenHash(secret.Hash(pw)), resettoken.UsedAtIsNil(),
			resettoken.ExpiresAtGT(s.Now.Now()), resettoken.Email(u.Email)).
		Only(ctx)
	if err != nil {
		return nil
	}
	return t
}

// useTemporaryPasswordUnlessSecondFactorLocked is useTemporaryPassword,
// except while the second factor of an account that has one is locked:
// the temporary password (which proves the mailbox, as a right password
// proves the password) then learns of the lock and stays unspent, since
// the sign-in it would start could not be completed with a code; the try
// it came with (nil for none counted) is given back.
func (s *Service) useTemporaryPasswordUnlessSecondFactorLocked(ctx context.Context, st *ent.SecuritySettings, u *ent.User, try *try, t *ent.ResetToken, pw string) (*ent.User, error) {
	if settings.SecondFactorLocked(st, u.SecondFactorLockedAt, s.Now.Now()) && s.HasSecondFactor != nil {
		has, err := s.HasSecondFactor(ctx, u.ID)
		if err != nil {
			return nil, fmt.Errorf("account: sign in: %w", err)
		}
		if has {
			if try != nil {
				s.abandonTry(ctx, try)
			}
			s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "second_factor_locked"}})
			return nil, secondfactor.Locked(st, *u.SecondFactorLockedAt)
		}
	}
	return s.useTemporaryPassword(ctx, u, t, pw)
}

// useTemporaryPassword makes a temporary password the account's password,
// to be changed before anything else. Like a reset, it ends every session
// and access token and every other outstanding token.
func (s *Service) useTemporaryPassword(ctx context.Context, u *ent.User, t *ent.ResetToken, pw string) (*ent.User, error) {
	hash, err := s.Hasher.Hash(ctx, pw)
	if err != nil {
		return nil, err
	}
	now := s.Now.Now()
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		// Never through an admin's lock, even one set a moment ago.
		if locked, err := tx.User.Query().Where(user.ID(u.ID), user.AdminLockedAtNotNil()).Exist(ctx); err != nil {
			return err
		} else if locked {
			return ErrLocked
		}
		if err := s.spend(ctx, tx, t); err != nil {
			return err
		}
		if _, _, err := s.endCredentials(ctx, tx, u.ID, now); err != nil {
			return err
		}
		u, err = tx.User.UpdateOneID(u.ID).
			SetPasswordHash(hash).SetLegacyPasswordHash("").SetPasswordChangedAt(now).SetMustChangePassword(true).
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
	if errors.Is(err, ErrLocked) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("account: use temporary password: %w", err)
	}
	s.forgetTries(ctx, u)
	return u, nil
}
