package secondfactor

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/recoverycode"
	"github.com/latchkey/latchkey/ent/secondfactorchallenge"
	"github.com/latchkey/latchkey/ent/totpfactor"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// Proof is what a person gives as their second factor: exactly one of a
// code from the app, a recovery code or a passkey assertion. With an
// assertion, PasskeyState is the state of the passkey ceremony it answers
// (what beginPasskeySignIn kept: in the browser's ceremony cookie, or in a
// token's pending sign-in).
type Proof struct {
	Code         string
	RecoveryCode string
	Credential   []byte
	PasskeyState []byte
}

// one reports whether exactly one proof is given.
func (p Proof) one() bool {
	n := 0
	for _, given := range []bool{p.Code != "", p.RecoveryCode != "", len(p.Credential) > 0} {
		if given {
			n++
		}
	}
	return n == 1
}

// Check verifies p for userID and returns how it was proved.
//
// Codes and recovery codes count towards their own lockout: each check
// first takes one of the lockoutThreshold tries with a conditional UPDATE
// (failures < threshold), before the code is looked at, so that parallel
// requests (on any number of instances sharing the database) cannot check
// more codes than the threshold allows (Zitadel CVE-2023-47111). A right
// code gives the tries back; the try that reaches the threshold locks the
// second factor (for settings.SecondFactorLockDuration), which also stops
// password sign-ins (account.SignIn answers it after a right password),
// and emails the owner. A passkey is not counted here and not stopped by
// the lock (it has its own bounded counting, internal/passkey): someone
// who knows the password must not lock the owner's passkey out. A code is
// accepted once: the factor's last used step moves forward with a
// conditional UPDATE, so a replay, or the same code sent twice at once,
// fails. A recovery code is spent with a conditional UPDATE too.
func (s *Service) Check(ctx context.Context, userID string, p Proof) (Method, error) {
	if !p.one() {
		return "", ErrOneProof
	}
	if len(p.Credential) > 0 {
		if s.Passkeys == nil {
			return "", ErrPasskeysUnavailable
		}
		if err := s.Passkeys.VerifyPasskey(ctx, userID, p.PasskeyState, p.Credential); err != nil {
			return "", err
		}
		return MethodPasskey, nil
	}
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return "", err
	}
	if err := s.takeTry(ctx, st, userID); err != nil {
		return "", err
	}
	var m Method
	var ok bool
	if p.Code != "" {
		m = MethodTOTP
		ok, err = s.checkTotp(ctx, userID, p.Code)
	} else {
		m = MethodRecoveryCode
		ok, err = s.spendRecoveryCode(ctx, userID, p.RecoveryCode)
	}
	if err != nil {
		s.giveTryBack(ctx, userID)
		return "", err
	}
	if !ok {
		return "", s.failTry(ctx, st, userID, m)
	}
	if err := s.Client.User.Update().Where(user.ID(userID)).SetSecondFactorFailures(0).Exec(ctx); err != nil {
		return "", fmt.Errorf("secondfactor: clear failures: %w", err)
	}
	return m, nil
}

// takeTry takes one try at a code for userID, or refuses with a
// *LockedError.
func (s *Service) takeTry(ctx context.Context, st *ent.SecuritySettings, userID string) error {
	u, err := s.Client.User.Get(ctx, userID)
	if err != nil {
		return fmt.Errorf("secondfactor: check: %w", err)
	}
	now := s.Now.Now()
	if u.SecondFactorLockedAt != nil {
		if settings.SecondFactorLocked(st, u.SecondFactorLockedAt, now) {
			return Locked(st, *u.SecondFactorLockedAt)
		}
		// The lock lapsed: only the request that lifts it clears the
		// count (others that saw the same lock find it gone).
		if err := s.Client.User.Update().Where(user.ID(userID), user.SecondFactorLockedAt(*u.SecondFactorLockedAt)).
			ClearSecondFactorLockedAt().SetSecondFactorFailures(0).Exec(ctx); err != nil {
			return fmt.Errorf("secondfactor: lift lock: %w", err)
		}
	}
	n, err := s.Client.User.Update().
		Where(user.ID(userID), user.SecondFactorLockedAtIsNil(), user.SecondFactorFailuresLT(st.LockoutThreshold)).
		AddSecondFactorFailures(1).Save(ctx)
	if err != nil {
		return fmt.Errorf("secondfactor: count try: %w", err)
	}
	if n == 0 {
		// The tries are spent: the lock is set (or is being set by the
		// try that spent the last one).
		until := now
		if u, err := s.Client.User.Get(ctx, userID); err == nil && u.SecondFactorLockedAt != nil {
			until = *u.SecondFactorLockedAt
		}
		return Locked(st, until)
	}
	return nil
}

// giveTryBack returns a try whose code was never checked (the database
// failed meanwhile).
func (s *Service) giveTryBack(ctx context.Context, userID string) {
	err := s.Client.User.Update().Where(user.ID(userID), user.SecondFactorFailuresGT(0)).AddSecondFactorFailures(-1).Exec(context.WithoutCancel(ctx))
	if err != nil {
		s.log().ErrorContext(ctx, "secondfactor: give a try back", "err", err)
	}
}

// failTry records a wrong code; the try that reached the threshold locks.
func (s *Service) failTry(ctx context.Context, st *ent.SecuritySettings, userID string, m Method) error {
	ctx = context.WithoutCancel(ctx) // a client that leaves still spent its try
	now := s.Now.Now()
	err := s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorFailed, SubjectID: userID,
			Details: map[string]string{"method": string(m)}}); err != nil {
			return err
		}
		n, err := tx.User.Update().
			Where(user.ID(userID), user.SecondFactorLockedAtIsNil(), user.SecondFactorFailuresGTE(st.LockoutThreshold)).
			SetSecondFactorLockedAt(now).Save(ctx)
		if err != nil || n == 0 {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorLocked, SubjectID: userID,
			Details: map[string]string{"attempts": strconv.Itoa(st.LockoutThreshold)}}); err != nil {
			return err
		}
		if s.Notices == nil || s.Outbox == nil {
			return nil
		}
		// The link signs in (a passkey still does); a password reset would
		// not lift the lock, so the email does not send there.
		return s.Notices.SendCredentialNotice(ctx, tx, send, userID, mail.KindSecondFactorLocked, "/sign-in",
			mail.Data{Attempts: st.LockoutThreshold, Valid: settings.SecondFactorLockDuration(st)})
	})
	if err != nil {
		return fmt.Errorf("secondfactor: count failure: %w", err)
	}
	return ErrInvalid
}

// checkTotp checks code against userID's authenticator app and, if it
// matches a step not used yet, records that step as used: the UPDATE only
// moves last_used_step forward, so of two requests with one code, one wins.
func (s *Service) checkTotp(ctx context.Context, userID, code string) (bool, error) {
	f, err := s.Client.TotpFactor.Query().Where(totpfactor.UserID(userID), totpfactor.ConfirmedAtNotNil()).First(ctx)
	if ent.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("secondfactor: check: %w", err)
	}
	sec, err := s.open(f)
	if err != nil {
		return false, err
	}
	now := s.Now.Now()
	step, ok, err := MatchStep(sec, code, now, f.LastUsedStep)
	if err != nil || !ok {
		return false, err
	}
	n, err := s.Client.TotpFactor.Update().Where(totpfactor.ID(f.ID), totpfactor.LastUsedStepLT(step)).
		SetLastUsedStep(step).SetLastUsedAt(now).Save(ctx)
	if err != nil {
		return false, fmt.Errorf("secondfactor: record step: %w", err)
	}
	return n == 1, nil
}

// spendRecoveryCode marks code used if it is one of userID's unused codes
// (one conditional UPDATE: a code is spent once however many requests
// carry it), with its audit event and the email to the owner.
func (s *Service) spendRecoveryCode(ctx context.Context, userID, code string) (bool, error) {
	if len(code) > 64 {
		return false, nil
	}
	spent := false
	now := s.Now.Now()
	err := s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		n, err := tx.RecoveryCode.Update().
			Where(recoverycode.UserID(userID), recoverycode.CodeHash(recoveryHash(userID, code)), recoverycode.UsedAtIsNil()).
			SetUsedAt(now).Save(ctx)
		if err != nil || n == 0 {
			return err
		}
		spent = true
		left, err := tx.RecoveryCode.Query().Where(recoverycode.UserID(userID), recoverycode.UsedAtIsNil()).Count(ctx)
		if err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.RecoveryCodeUsed, ActorID: userID, SubjectID: userID,
			Details: map[string]string{"left": strconv.Itoa(left)}}); err != nil {
			return err
		}
		if s.Notices == nil || s.Outbox == nil {
			return nil
		}
		return s.Notices.SendCredentialNotice(ctx, tx, send, userID, mail.KindRecoveryCodeUsed, "/profile/sign-in-methods", mail.Data{Left: left})
	})
	if err != nil {
		return false, fmt.Errorf("secondfactor: spend recovery code: %w", err)
	}
	return spent, nil
}

// Purpose is what a pending sign-in completes: a browser session or an
// access token.
type Purpose string

const (
	ForBrowser Purpose = "BROWSER"
	ForToken   Purpose = "TOKEN"
)

// Challenge is a started pending sign-in. Token is set for ForToken only:
// the client's handle on it, shown once.
type Challenge struct {
	ID    string
	Token string
}

// StartChallenge records that u's password was right and the second
// factor is to come, for ChallengeLifetime. For a token, tokenName is the
// access token's name. Expired challenges of u go at the same time.
func (s *Service) StartChallenge(ctx context.Context, u *ent.User, purpose Purpose, tokenName string) (*Challenge, error) {
	now := s.Now.Now()
	out := &Challenge{}
	if purpose == ForToken {
		out.Token, _ = secret.NewToken("lk2f_")
	}
	err := withTx(ctx, s.Client, func(tx *ent.Client) error {
		if _, err := tx.SecondFactorChallenge.Delete().Where(secondfactorchallenge.UserID(u.ID), secondfactorchallenge.ExpiresAtLTE(now)).Exec(ctx); err != nil {
			return err
		}
		row, err := tx.SecondFactorChallenge.Create().
			SetUserID(u.ID).SetPurpose(secondfactorchallenge.Purpose(purpose)).SetTokenName(tokenName).
			SetMustChangePassword(u.MustChangePassword).SetCreatedAt(now).SetExpiresAt(now.Add(ChallengeLifetime)).
			SetNillableTokenHash(tokenHashOf(out.Token)).
			Save(ctx)
		if err != nil {
			return err
		}
		out.ID = row.ID
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("secondfactor: start challenge: %w", err)
	}
	return out, nil
}

func tokenHashOf(tok string) *string {
	if tok == "" {
		return nil
	}
	h := secret.Hash(tok)
	return &h
}

// FindChallenge returns the live challenge a browser's session names (id)
// or a client holds (token), for purpose.
func (s *Service) FindChallenge(ctx context.Context, purpose Purpose, id, token string) (*ent.SecondFactorChallenge, error) {
	q := s.Client.SecondFactorChallenge.Query().Where(
		secondfactorchallenge.PurposeEQ(secondfactorchallenge.Purpose(purpose)),
		secondfactorchallenge.ExpiresAtGT(s.Now.Now()))
	switch {
	case purpose == ForBrowser && id != "":
		q.Where(secondfactorchallenge.ID(id))
	case purpose == ForToken && token != "":
		q.Where(secondfactorchallenge.TokenHash(secret.Hash(token)))
	default:
		return nil, ErrChallengeInvalid
	}
	c, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, ErrChallengeInvalid
	}
	if err != nil {
		return nil, fmt.Errorf("secondfactor: challenge: %w", err)
	}
	return c, nil
}

// KeepPasskeyCeremony keeps state, a passkey ceremony begun to complete the
// token's pending sign-in c, in c itself: the client of generateToken is
// not a browser and has no cookie to hold it. A later one replaces it.
func (s *Service) KeepPasskeyCeremony(ctx context.Context, c *ent.SecondFactorChallenge, state []byte) error {
	if c.Purpose != secondfactorchallenge.PurposeTOKEN {
		return ErrChallengeInvalid
	}
	n, err := s.Client.SecondFactorChallenge.Update().
		Where(secondfactorchallenge.ID(c.ID), secondfactorchallenge.ExpiresAtGT(s.Now.Now())).
		SetPasskeyCeremony(state).Save(ctx)
	if err != nil {
		return fmt.Errorf("secondfactor: keep passkey ceremony: %w", err)
	}
	if n == 0 {
		return ErrChallengeInvalid
	}
	return nil
}

// Complete checks p for the challenge c and, when it holds, ends c (single
// use: of two requests completing one challenge, one wins). It returns the
// account, as it is now.
func (s *Service) Complete(ctx context.Context, c *ent.SecondFactorChallenge, p Proof) (*ent.User, Method, error) {
	if c.Purpose == secondfactorchallenge.PurposeTOKEN {
		// A token's pending sign-in takes only the passkey ceremony begun
		// for it (KeepPasskeyCeremony), never one a browser holds.
		p.PasskeyState = nil
		if c.PasskeyCeremony != nil {
			p.PasskeyState = *c.PasskeyCeremony
		}
	}
	m, err := s.Check(ctx, c.UserID, p)
	if err != nil {
		return nil, "", err
	}
	n, err := s.Client.SecondFactorChallenge.Delete().
		Where(secondfactorchallenge.ID(c.ID), secondfactorchallenge.ExpiresAtGT(s.Now.Now())).Exec(ctx)
	if err != nil {
		return nil, "", fmt.Errorf("secondfactor: end challenge: %w", err)
	}
	if n == 0 {
		return nil, "", ErrChallengeInvalid
	}
	// Only now is it a sign-in: its time and its audit event, in one
	// write, and not through an admin's lock.
	now := s.Now.Now().Truncate(time.Microsecond) // what PostgreSQL keeps
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.User.Update().Where(user.ID(c.UserID), user.AdminLockedAtIsNil()).SetLastSignInAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			if exists, err := tx.User.Query().Where(user.ID(c.UserID)).Exist(ctx); err != nil {
				return err
			} else if !exists {
				return ErrChallengeInvalid
			}
			return ErrAccountLocked
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SignInSucceeded, ActorID: c.UserID, SubjectID: c.UserID,
			Details: map[string]string{"method": strings.ToLower(string(m))}})
	})
	if errors.Is(err, ErrChallengeInvalid) || errors.Is(err, ErrAccountLocked) {
		return nil, "", err
	}
	if err != nil {
		return nil, "", fmt.Errorf("secondfactor: complete: %w", err)
	}
	u, err := s.Client.User.Get(ctx, c.UserID)
	if ent.IsNotFound(err) {
		return nil, "", ErrChallengeInvalid
	}
	if err != nil {
		return nil, "", fmt.Errorf("secondfactor: complete: %w", err)
	}
	return u, m, nil
}

// Recent reports whether an authentication at authAt is recent at now.
func Recent(authAt, now time.Time) bool {
	return !authAt.IsZero() && !authAt.After(now.Add(time.Minute)) && now.Sub(authAt) < RecentAuthentication
}

// RecentUntil is when an authentication at authAt stops being recent.
func RecentUntil(authAt time.Time) time.Time { return authAt.Add(RecentAuthentication) }
