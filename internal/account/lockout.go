package account

// The lockout, and what it may reveal (nothing).
//
// Every try at a password (a sign-in, generateToken, the current password
// of changePassword or requestEmailChange) is counted BEFORE its hash runs,
// by one atomic increment in the shared counters (internal/ratelimit, in
// the database: it holds across instances). Two tallies count it:
//
//   - the typed login's (tries:login:<hash of the login>), for everyone: a real
//     account's username, its email address, or a login no account has;
//   - the account's (tries:user:<id>), for a real account, whichever login
//     was typed (and for the current-password checks, where none is).
//
// A try whose number in the account's tally (or the login's) is over
// lockoutThreshold checks nothing: it spends the time of a hash on a dummy
// and fails. So at most lockoutThreshold passwords are ever checked against
// an account between two unlocks, however many tries arrive at once, on
// however many instances, through however many of its logins.
//
// The answer depends on the typed login's tally alone: the try that brings
// a login to the threshold, and every try after it until the lock lapses,
// answers ACCOUNT_LOCKED (the login's lock is a mark, lock:login:<login>,
// lasting lockoutMinutes, or until an unlock for a real account); before
// that a failure answers INVALID_CREDENTIALS. A login reaching the
// threshold, or the account's tally reaching it, locks the account
// (locked_at, one email to the owner) in the background, after the answer
// has gone out. Hence:
//
//   - An unknown login and a real one answer alike at every step, in the
//     same number of round trips (the account's lock work happens after
//     the answer).
//   - No mix of logins tells whether a username and an email address
//     belong to one account: 4 failures typed as the username and 1 as the
//     email lock the account (no more passwords are checked) but both
//     logins still answer INVALID_CREDENTIALS, as they would if they
//     belonged to two accounts. A locked account answers ACCOUNT_LOCKED
//     only through a login that has itself reached the threshold; through
//     its other login any password, the right one too, is refused with
//     INVALID_CREDENTIALS, unchecked. The owner has the lock email.
//   - The guesses are bounded: lockoutThreshold per account (the account's
//     tally), whatever the logins typed.
//
// A success gives back its own try and forgets the failures that had
// finished before it (on the account and on both its logins); tries still
// being checked stay counted, so a success in the middle of a flood frees
// no room for it. A try that checks nothing (the hash queue is full, the
// client left) is given back. A reset, a temporary password or an admin's
// unlock clears the account's and both its logins' tallies and locks; a
// timed unlock clears the account's (the logins' locks lapse on their own,
// as an unknown login's do).

import (
	"context"
	"fmt"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/predicate"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/settings"
)

// try is one try at a password, as counted before its hash runs.
type try struct {
	loginKey, lockKey string // the typed login's tally and lock ("" for none)
	userKey           string // the account's tally ("" for no account)
	loginN, userN     int    // the try's number in each tally
	loginLocked       bool   // the typed login's lock holds: nothing is counted
}

func (t *try) keys() []string {
	var keys []string
	if t.loginKey != "" {
		keys = append(keys, t.loginKey)
	}
	if t.userKey != "" {
		keys = append(keys, t.userKey)
	}
	return keys
}

// within reports whether the try may check a password: it is among the
// first lockoutThreshold of its account and of its login.
func (t *try) within(st *ent.SecuritySettings) bool {
	return t.userN <= st.LockoutThreshold && t.loginN <= st.LockoutThreshold
}

// beginTry counts a try for the typed login (none for "" or an absurd one,
// which no account can have) and for u when it is a real account. A login
// whose lock holds counts nothing (loginLocked); one whose lock has lapsed
// starts afresh. The round trips are the same whether or not u exists.
func (s *Service) beginTry(ctx context.Context, st *ent.SecuritySettings, u *ent.User, login string) (*try, error) {
	t := &try{}
	if s.Limits == nil {
		return t, nil
	}
	if login != "" && len(login) <= 254 {
		t.loginKey, t.lockKey = s.triesLoginKey(login), s.lockedLoginKey(login)
		live, lapsed, err := s.loginLock(ctx, st, t.lockKey)
		if err != nil {
			return nil, err
		}
		if live {
			t.loginLocked = true
			return t, nil
		}
		if lapsed {
			if err := s.Limits.Reset(ctx, t.lockKey, t.loginKey); err != nil {
				return nil, err
			}
		}
	}
	if u != nil {
		t.userKey = triesUserKey(u.ID)
	}
	keys := t.keys()
	if len(keys) == 0 {
		return t, nil
	}
	n, err := s.Limits.Begin(ctx, failureWindow, keys...)
	if err != nil {
		return nil, err
	}
	t.loginN, t.userN = n[t.loginKey], n[t.userKey]
	return t, nil
}

// abandonTry gives back a try that checked nothing.
func (s *Service) abandonTry(ctx context.Context, t *try) {
	if s.Limits == nil || len(t.keys()) == 0 {
		return
	}
	if err := s.Limits.Abandon(context.WithoutCancel(ctx), t.keys()...); err != nil {
		s.log().ErrorContext(ctx, "give back a try", "err", err)
	}
}

// succeedTry gives back a successful try and forgets the failures that
// finished before it, on the account and on both its logins.
func (s *Service) succeedTry(ctx context.Context, u *ent.User, t *try) {
	if s.Limits == nil {
		return
	}
	settle := []ratelimit.Settle{{Key: triesUserKey(u.ID), Own: 1}}
	for _, login := range []string{u.Username, u.Email} {
		k, own := s.triesLoginKey(login), 0
		if k == t.loginKey {
			own = 1
		}
		settle = append(settle, ratelimit.Settle{Key: k, Own: own})
	}
	if err := s.Limits.Succeeded(ctx, settle...); err != nil {
		s.log().ErrorContext(ctx, "forget failed tries", "user_id", u.ID, "err", err)
	}
}

// forgetTries clears every tally and lock of an account and its logins:
// after the owner proved the address (a reset, a temporary password) or
// an admin unlocked it.
func (s *Service) forgetTries(ctx context.Context, u *ent.User) {
	if s.Limits == nil {
		return
	}
	err := s.Limits.Reset(ctx, triesUserKey(u.ID),
		s.triesLoginKey(u.Username), s.lockedLoginKey(u.Username),
		s.triesLoginKey(u.Email), s.lockedLoginKey(u.Email))
	if err != nil {
		s.log().ErrorContext(ctx, "clear the lockout", "user_id", u.ID, "err", err)
	}
}

// failTry records a failed try (sign-in) and returns the error to answer
// with. reason goes to the audit log: unknown_login, wrong_password,
// too_many_tries (over the threshold: nothing checked), locked.
func (s *Service) failTry(ctx context.Context, st *ent.SecuritySettings, u *ent.User, t *try, reason string) error {
	ev := audit.Event{Type: audit.SignInFailed, Details: map[string]string{"reason": reason}}
	if u != nil {
		ev.SubjectID = u.ID
	}
	s.audit(ctx, ev)
	return s.countFailure(ctx, st, u, t)
}

// countFailure records that t failed. The typed login's lock is set at once
// when its tally reaches the threshold (the same writes for every login);
// the account's lock, when either tally reaches it, is written after the
// answer. It returns ErrLocked when the typed login is now locked (or, with
// no login typed, the account), ErrInvalidCredentials otherwise.
func (s *Service) countFailure(ctx context.Context, st *ent.SecuritySettings, u *ent.User, t *try) error {
	if s.Limits == nil || len(t.keys()) == 0 {
		return ErrInvalidCredentials
	}
	if err := s.Limits.Failed(ctx, failureWindow, t.keys()...); err != nil {
		return err
	}
	threshold := st.LockoutThreshold
	loginLocks := t.loginKey != "" && t.loginN >= threshold
	var locks []string
	switch {
	case loginLocks:
		locks = []string{t.lockKey}
	case t.loginKey == "" && u != nil && t.userN >= threshold:
		// Guessed through a session (the current password): whoever holds
		// it knows both logins, so both show the lock.
		locks = []string{s.lockedLoginKey(u.Username), s.lockedLoginKey(u.Email)}
	}
	for _, k := range locks {
		if err := s.Limits.Mark(ctx, k, loginLockMark); err != nil {
			return err
		}
	}
	if u != nil && (loginLocks || t.userN >= threshold) {
		n := max(t.userN, t.loginN)
		_ = s.run(ctx, "lockout", func(ctx context.Context) error { return s.lockAccount(ctx, st, u, n) })
	}
	if loginLocks || t.loginKey == "" && t.userN >= threshold {
		return ErrLocked
	}
	return ErrInvalidCredentials
}

// A login's lock is a mark set for loginLockMark: its expiry tells when it
// was set, and the lock holds for the lockoutMinutes in force (for ever
// when 0; an unlock of the account ends a real login's), so that changing
// the setting applies to the locks already set, as it does to accounts.
const loginLockMark = 100 * 365 * 24 * time.Hour

// loginLock tells whether the login lock lockKey holds, or has lapsed.
func (s *Service) loginLock(ctx context.Context, st *ent.SecuritySettings, lockKey string) (live, lapsed bool, err error) {
	exp, set, err := s.Limits.Expiry(ctx, lockKey)
	if err != nil || !set {
		return false, false, err
	}
	since := exp.Add(-loginLockMark)
	if !exp.After(s.Now.Now()) || settings.LockoutDuration(st) > 0 && s.Now.Now().Sub(since) >= settings.LockoutDuration(st) {
		return false, true, nil
	}
	return true, false, nil
}

// lockAccount locks u after n failed tries. Of many tries locking it at
// once, exactly one performs the lock, records it and emails the owner.
func (s *Service) lockAccount(ctx context.Context, st *ent.SecuritySettings, u *ent.User, n int) error {
	// Seed 004: the owner gets a link to create a new password at once,
	// in the transaction of the lock. Its limits (counters, not a change)
	// are asked first, and only while the account looks unlocked, so
	// that the tries that lose the race below rarely spend one.
	if cur, err := s.Client.User.Get(ctx, u.ID); err != nil {
		return fmt.Errorf("account: lock: %w", err)
	} else if cur.LockedAt != nil {
		return nil
	}
	mailOK := false
	if s.Outbox != nil {
		ok, err := s.allowResetMail(ctx, st, u.ID, false)
		if err != nil {
			s.log().ErrorContext(ctx, "lockout email", "user_id", u.ID, "err", err)
		}
		mailOK = ok
	}
	won := false
	err := s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		k, err := tx.User.Update().Where(user.ID(u.ID), user.LockedAtIsNil()).SetLockedAt(s.Now.Now()).Save(ctx)
		if err != nil || k == 0 {
			return err
		}
		won = true
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.AccountLocked, SubjectID: u.ID, Details: map[string]string{"failed_attempts": fmt.Sprint(n)}}); err != nil {
			return err
		}
		if mailOK {
			return s.writeReset(ctx, tx, send, st, u, mail.KindAccountLocked, n)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("account: lock: %w", err)
	}
	if !won {
		return nil
	}
	s.observer().Locked()
	if !mailOK && s.Outbox != nil {
		s.audit(ctx, audit.Event{Type: audit.PasswordResetThrottle, SubjectID: u.ID})
	}
	return nil
}

// LockKind tells which lock holds on an account.
type LockKind string

const (
	LockNone      LockKind = ""
	LockAutomatic LockKind = "AUTOMATIC" // the lockout: a reset, time or an admin lift it
	LockAdmin     LockKind = "ADMIN"     // an admin's lock: only an admin's unlock lifts it
)

// LockKindOf returns which lock holds on u (as stored: a lapsed automatic
// lock is lifted at the next try).
func LockKindOf(u *ent.User) LockKind {
	switch {
	case u.AdminLockedAt != nil:
		return LockAdmin
	case u.LockedAt != nil:
		return LockAutomatic
	}
	return LockNone
}

// LiveLock returns which lock holds on u at now, and since when: an
// admin's lock, or the lockout within lockoutMinutes (or until an unlock
// when that is 0). A lockout that lapsed by itself is still stored until
// the account's next try lifts it; it holds no more, so LiveLock answers
// LockNone for it, as LockedNow leaves it out. (Codes locked after wrong
// second-factor codes are a lock of their own: secondfactor.LiveLock.)
func LiveLock(st *ent.SecuritySettings, u *ent.User, now time.Time) (LockKind, *time.Time) {
	since := u.LockedAt
	switch {
	case u.AdminLockedAt != nil:
		if since == nil {
			since = u.AdminLockedAt
		}
		return LockAdmin, since
	case u.LockedAt == nil:
		return LockNone, nil
	}
	if d := settings.LockoutDuration(st); d > 0 && !u.LockedAt.After(now.Add(-d)) {
		return LockNone, nil
	}
	return LockAutomatic, since
}

// LockedNow is the filter of the accounts a lock holds on at now: an
// admin's lock, the lockout within lockoutMinutes (or until an unlock when
// that is 0), or codes locked after wrong second-factor codes within their
// lock's duration. A lapsed lock is still stored until the account's next
// try lifts it; this filter already leaves it out (the admin grid's
// "Locked accounts only").
func LockedNow(st *ent.SecuritySettings, now time.Time) predicate.User {
	// Each comparison is guarded by its NOT NULL, so that NOT of this
	// filter (locked: false) is exact too: in SQL, a comparison with a
	// NULL is neither true nor false, and NOT of it drops the row.
	lockout := user.LockedAtNotNil()
	if d := settings.LockoutDuration(st); d > 0 {
		lockout = user.And(user.LockedAtNotNil(), user.LockedAtGT(now.Add(-d)))
	}
	return user.Or(
		user.AdminLockedAtNotNil(),
		lockout,
		user.And(user.SecondFactorLockedAtNotNil(), user.SecondFactorLockedAtGT(now.Add(-settings.SecondFactorLockDuration(st)))),
	)
}
