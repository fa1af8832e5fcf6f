package secondfactor

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/recoverycode"
	"github.com/latchkey/latchkey/ent/secondfactorchallenge"
	"github.com/latchkey/latchkey/ent/totpfactor"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/keyring"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// Errors callers branch on; the GraphQL layer maps them to codes.
var (
	// ErrInvalid: a wrong code, a used recovery code, a replayed code, or
	// no factor of that kind (SECOND_FACTOR_INVALID).
	ErrInvalid = errors.New("secondfactor: invalid code")
	// ErrLocked: too many wrong codes in a row (SECOND_FACTOR_LOCKED).
	// It comes as a *LockedError, which says until when.
	ErrLocked = errors.New("secondfactor: locked after too many wrong codes")
	// ErrAccountLocked: an admin locked the account while its sign-in
	// waited for the second factor (ACCOUNT_LOCKED).
	ErrAccountLocked = errors.New("secondfactor: the account is locked by an admin")
	// ErrAlreadyEnrolled: the account has an authenticator app already.
	ErrAlreadyEnrolled = errors.New("secondfactor: an authenticator app is already enrolled")
	// ErrNoEnrollment: confirmTotp without an enrolment in progress.
	ErrNoEnrollment = errors.New("secondfactor: no enrolment in progress")
	// ErrNotFound: no such factor of the caller's.
	ErrNotFound = errors.New("secondfactor: not found")
	// ErrNoFactor: recovery codes need a second factor first.
	ErrNoFactor = errors.New("secondfactor: the account has no second factor")
	// ErrChallengeInvalid: no pending sign-in, or it expired or was used.
	ErrChallengeInvalid = errors.New("secondfactor: no pending sign-in")
	// ErrOneProof: not exactly one of code, recovery code and credential.
	ErrOneProof = errors.New("secondfactor: give exactly one proof")
	// ErrPasskeysUnavailable: a passkey assertion, but this build checks
	// none (no PasskeyVerifier).
	ErrPasskeysUnavailable = errors.New("secondfactor: passkeys are not available")
	// ErrEnrollmentRequired: a policy requires a second factor and the
	// account has none (SECOND_FACTOR_REQUIRED).
	ErrEnrollmentRequired = errors.New("secondfactor: a second factor is required; enrol one first")
	// ErrRecentAuthenticationRequired: the action needs an authentication
	// of the last RecentAuthentication.
	ErrRecentAuthenticationRequired = errors.New("secondfactor: a recent authentication is required")
)

// LockedError is ErrLocked with the time the lock lapses by itself (an
// admin's unlockUser or adminResetSecondFactors lifts it sooner). It is
// only ever given to someone who has shown the account's password (a
// right password at signIn or generateToken, or a pending sign-in).
type LockedError struct {
	Until time.Time
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("%v until %s", ErrLocked, e.Until.UTC().Format(time.RFC3339))
}

// Is makes errors.Is(err, ErrLocked) hold.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// Locked is the LockedError of a lock set at lockedAt.
func Locked(st *ent.SecuritySettings, lockedAt time.Time) *LockedError {
	return &LockedError{Until: lockedAt.Add(settings.SecondFactorLockDuration(st))}
}

// LiveLock returns when u's second-factor lock was set and when it lapses,
// or nils when none holds at now (a lapsed lock is lifted at the next try).
func LiveLock(st *ent.SecuritySettings, u *ent.User, now time.Time) (at, until *time.Time) {
	if !settings.SecondFactorLocked(st, u.SecondFactorLockedAt, now) {
		return nil, nil
	}
	t := *u.SecondFactorLockedAt
	end := t.Add(settings.SecondFactorLockDuration(st))
	return &t, &end
}

// Lifetimes and sizes.
const (
	// ChallengeLifetime is how long a pending sign-in waits for its
	// second factor.
	ChallengeLifetime = 5 * time.Minute
	// RecentAuthentication is how long a sign-in or a reauthenticate
	// counts as recent for sensitive actions.
	RecentAuthentication = 10 * time.Minute
	// RecoveryCodeCount is how many recovery codes an account gets.
	RecoveryCodeCount = 10
	// DefaultTotpName names an authenticator app nobody named.
	DefaultTotpName = "Authenticator app"
)

// Method is a way of completing a sign-in, as GraphQL's SecondFactorMethod
// and AuthMethod spell it.
type Method string

const (
	MethodPassword     Method = "PASSWORD"
	MethodTOTP         Method = "TOTP"
	MethodRecoveryCode Method = "RECOVERY_CODE"
	MethodPasskey      Method = "PASSKEY"
)

// Kind is a second factor's kind (GraphQL's SecondFactorKind).
type Kind string

const (
	KindTOTP    Kind = "TOTP"
	KindPasskey Kind = "PASSKEY"
)

// Factor is one second factor as the profile lists it, of any kind.
type Factor struct {
	ID         string
	Kind       Kind
	Name       string
	CreatedAt  time.Time
	LastUsedAt *time.Time
}

// OtherKinds are the second factors stored elsewhere (passkeys): the rules
// that depend on whether an account has a factor count them, and an
// admin's reset removes them. Nil: there are none.
type OtherKinds interface {
	// Factors lists userID's factors of those kinds.
	Factors(ctx context.Context, c *ent.Client, userID string) ([]Factor, error)
	// DeleteAll removes them all in tx, returning how many there were.
	DeleteAll(ctx context.Context, tx *ent.Client, userID string) (int, error)
}

// PasskeyVerifier checks a passkey assertion (PublicKeyCredential.toJSON())
// for userID against the state of the ceremony it answers; an error
// wrapping ErrInvalid is a refusal. It counts its own failures (a passkey
// cannot be guessed the way a code can).
type PasskeyVerifier interface {
	VerifyPasskey(ctx context.Context, userID string, state, credential []byte) error
}

// Notifier writes a credential notice in a transaction (account.Service's
// SendCredentialNotice).
type Notifier interface {
	SendCredentialNotice(ctx context.Context, tx *ent.Client, send mail.Send, userID string, kind mail.Kind, linkPath string, d mail.Data) error
}

// Service implements the second-factor rules on an Ent client.
type Service struct {
	Client *ent.Client
	// Keys seals TOTP secrets.
	Keys *keyring.Ring
	Now  clock.Clock
	// Outbox and Notices send the emails; nil Outbox: none (tests of the
	// rules alone).
	Outbox  *mail.Outbox
	Notices Notifier
	// Issuer names the service in authenticator apps ("Latchkey", or the
	// public URL's host).
	Issuer string
	// Others and Passkeys plug passkeys in; both may be nil.
	Others   OtherKinds
	Passkeys PasskeyVerifier
	Log      *slog.Logger
}

func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.Default()
	}
	return s.Log
}

// secretAAD binds a sealed secret to its account: copied to another
// account's row, it does not open.
func secretAAD(userID string) []byte { return []byte("totp-secret:" + userID) }

// Enrollment is a TOTP enrolment in progress, shown once.
type Enrollment struct {
	Secret string
	URL    string
	SVG    string
}

// BeginTotp starts enrolling an authenticator app for u: a new secret,
// replacing any enrolment in progress. It is no factor until ConfirmTotp.
func (s *Service) BeginTotp(ctx context.Context, u *ent.User) (*Enrollment, error) {
	if has, err := s.Client.TotpFactor.Query().Where(totpfactor.UserID(u.ID), totpfactor.ConfirmedAtNotNil()).Exist(ctx); err != nil {
		return nil, fmt.Errorf("secondfactor: begin: %w", err)
	} else if has {
		return nil, ErrAlreadyEnrolled
	}
	sec := NewSecret()
	issuer := s.Issuer
	if issuer == "" {
		issuer = "Latchkey"
	}
	e := &Enrollment{Secret: sec, URL: URL(issuer, u.Email, sec)}
	svg, err := QRCodeSVG(e.URL, issuer+" "+u.Email)
	if err != nil {
		return nil, err
	}
	e.SVG = svg
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		if _, err := tx.TotpFactor.Delete().Where(totpfactor.UserID(u.ID), totpfactor.ConfirmedAtIsNil()).Exec(ctx); err != nil {
			return err
		}
		return tx.TotpFactor.Create().SetUserID(u.ID).
			SetSecretSealed(base64.StdEncoding.EncodeToString(s.Keys.Seal([]byte(sec), secretAAD(u.ID)))).
			SetCreatedAt(s.Now.Now()).Exec(ctx)
	})
	if err != nil {
		return nil, fmt.Errorf("secondfactor: begin: %w", err)
	}
	return e, nil
}

// open returns the secret of f.
func (s *Service) open(f *ent.TotpFactor) (string, error) {
	sealed, err := base64.StdEncoding.DecodeString(f.SecretSealed)
	if err != nil {
		return "", fmt.Errorf("secondfactor: secret: %w", err)
	}
	plain, err := s.Keys.Open(sealed, secretAAD(f.UserID))
	if err != nil {
		return "", fmt.Errorf("secondfactor: secret: %w", err)
	}
	return string(plain), nil
}

// ConfirmTotp finishes u's enrolment with a code the app shows: the app
// becomes a factor. When it is the account's first second factor, the ten
// recovery codes come back too (shown once); else none.
func (s *Service) ConfirmTotp(ctx context.Context, u *ent.User, code, name string) (*Factor, []string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		name = DefaultTotpName
	}
	if len([]rune(name)) > 100 || strings.ContainsFunc(name, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return nil, nil, ErrInvalidName
	}
	f, err := s.Client.TotpFactor.Query().Where(totpfactor.UserID(u.ID), totpfactor.ConfirmedAtIsNil()).
		Order(ent.Desc(totpfactor.FieldCreatedAt)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, ErrNoEnrollment
	}
	if err != nil {
		return nil, nil, fmt.Errorf("secondfactor: confirm: %w", err)
	}
	sec, err := s.open(f)
	if err != nil {
		return nil, nil, err
	}
	now := s.Now.Now()
	step, ok, err := MatchStep(sec, code, now, 0)
	if err != nil {
		return nil, nil, err
	}
	if !ok {
		return nil, nil, ErrInvalid
	}
	var codes []string
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		// Only one confirmation wins, and never beside another app.
		if has, err := tx.TotpFactor.Query().Where(totpfactor.UserID(u.ID), totpfactor.ConfirmedAtNotNil()).Exist(ctx); err != nil {
			return err
		} else if has {
			return ErrAlreadyEnrolled
		}
		n, err := tx.TotpFactor.Update().Where(totpfactor.ID(f.ID), totpfactor.ConfirmedAtIsNil()).
			SetConfirmedAt(now).SetName(name).SetLastUsedStep(step).SetLastUsedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNoEnrollment
		}
		if codes, err = s.EnsureRecoveryCodes(ctx, tx, u.ID); err != nil {
			return err
		}
		return s.Added(ctx, tx, send, u.ID, KindTOTP, f.ID)
	})
	if err != nil {
		return nil, nil, err
	}
	return &Factor{ID: f.ID, Kind: KindTOTP, Name: name, CreatedAt: f.CreatedAt, LastUsedAt: &now}, codes, nil
}

// ErrInvalidName: a factor's name is over 100 characters or holds control
// characters.
var ErrInvalidName = errors.New("secondfactor: invalid name")

// Added records, in tx, that userID gained a factor: the audit event (and
// its second_factor.added webhook event) and the notice. Passkeys call it
// too.
func (s *Service) Added(ctx context.Context, tx *ent.Client, send mail.Send, userID string, kind Kind, factorID string) error {
	if err := audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorAdded, ActorID: userID, SubjectID: userID,
		Details: map[string]string{"kind": string(kind), "factor_id": factorID}}); err != nil {
		return err
	}
	return s.notice(ctx, tx, send, userID, mail.KindSecondFactorAdded, mail.Data{Factor: string(kind)})
}

// Removed records, in tx, that userID lost a factor; actorID is who
// removed it.
func (s *Service) Removed(ctx context.Context, tx *ent.Client, send mail.Send, actorID, userID string, kind Kind, factorID string) error {
	if err := audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorRemoved, ActorID: actorID, SubjectID: userID,
		Details: map[string]string{"kind": string(kind), "factor_id": factorID}}); err != nil {
		return err
	}
	return s.notice(ctx, tx, send, userID, mail.KindSecondFactorRemoved, mail.Data{Factor: string(kind)})
}

func (s *Service) notice(ctx context.Context, tx *ent.Client, send mail.Send, userID string, kind mail.Kind, d mail.Data) error {
	if s.Notices == nil || s.Outbox == nil {
		return nil
	}
	return s.Notices.SendCredentialNotice(ctx, tx, send, userID, kind, "/profile/sign-in-methods", d)
}

// EnsureRecoveryCodes gives userID ten recovery codes, in tx, unless the
// account has unused ones: the codes come with the first second factor.
// It returns the new codes (nil when the old ones stay).
func (s *Service) EnsureRecoveryCodes(ctx context.Context, tx *ent.Client, userID string) ([]string, error) {
	if has, err := tx.RecoveryCode.Query().Where(recoverycode.UserID(userID), recoverycode.UsedAtIsNil()).Exist(ctx); err != nil {
		return nil, err
	} else if has {
		return nil, nil
	}
	return s.newRecoveryCodes(ctx, tx, userID)
}

// newRecoveryCodes replaces userID's recovery codes in tx.
func (s *Service) newRecoveryCodes(ctx context.Context, tx *ent.Client, userID string) ([]string, error) {
	if _, err := tx.RecoveryCode.Delete().Where(recoverycode.UserID(userID)).Exec(ctx); err != nil {
		return nil, err
	}
	codes := make([]string, RecoveryCodeCount)
	rows := make([]*ent.RecoveryCodeCreate, RecoveryCodeCount)
	now := s.Now.Now()
	for i := range codes {
		codes[i] = NewRecoveryCode()
		rows[i] = tx.RecoveryCode.Create().SetUserID(userID).SetCodeHash(recoveryHash(userID, codes[i])).SetCreatedAt(now)
	}
	if err := tx.RecoveryCode.CreateBulk(rows...).Exec(ctx); err != nil {
		return nil, err
	}
	return codes, nil
}

// recoveryAlphabet leaves out letters read as digits (no 0/o, 1/l/i).
const recoveryAlphabet = "abcdefghjkmnpqrstuvwxyz23456789"

// NewRecoveryCode returns a random code of four groups of four characters
// (about 79 bits): too many to guess, and its SHA-256 cannot be reversed.
func NewRecoveryCode() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic("secondfactor: crypto/rand failed: " + err.Error())
	}
	var out strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			out.WriteByte('-')
		}
		out.WriteByte(recoveryAlphabet[int(c)%len(recoveryAlphabet)])
	}
	return out.String()
}

// normalizeRecovery drops separators and case, so that a code is accepted
// however it is typed.
func normalizeRecovery(code string) string {
	return strings.ToLower(NormalizeCode(code))
}

// recoveryHash is the stored form of a recovery code of userID.
func recoveryHash(userID, code string) string {
	return secret.Hash(userID + ":" + normalizeRecovery(code))
}

// RegenerateRecoveryCodes replaces u's recovery codes with ten new ones.
func (s *Service) RegenerateRecoveryCodes(ctx context.Context, u *ent.User) ([]string, error) {
	fs, err := s.Factors(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	if len(fs) == 0 {
		return nil, ErrNoFactor
	}
	var codes []string
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if codes, err = s.newRecoveryCodes(ctx, tx, u.ID); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.RecoveryCodesRegenerated, ActorID: u.ID, SubjectID: u.ID})
	})
	if err != nil {
		return nil, fmt.Errorf("secondfactor: regenerate: %w", err)
	}
	return codes, nil
}

// RecoveryCodesLeft is how many unused recovery codes userID has.
func (s *Service) RecoveryCodesLeft(ctx context.Context, userID string) (int, error) {
	return s.Client.RecoveryCode.Query().Where(recoverycode.UserID(userID), recoverycode.UsedAtIsNil()).Count(ctx)
}

// Factors lists userID's second factors of every kind, oldest first. A
// pending enrolment is none.
func (s *Service) Factors(ctx context.Context, userID string) ([]Factor, error) {
	rows, err := s.Client.TotpFactor.Query().Where(totpfactor.UserID(userID), totpfactor.ConfirmedAtNotNil()).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("secondfactor: factors: %w", err)
	}
	out := make([]Factor, 0, len(rows))
	for _, f := range rows {
		out = append(out, Factor{ID: f.ID, Kind: KindTOTP, Name: f.Name, CreatedAt: f.CreatedAt, LastUsedAt: f.LastUsedAt})
	}
	if s.Others != nil {
		more, err := s.Others.Factors(ctx, s.Client, userID)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	slices.SortStableFunc(out, func(a, b Factor) int { return a.CreatedAt.Compare(b.CreatedAt) })
	return out, nil
}

// Kinds lists the kinds of second factor userID has (what admins see).
func (s *Service) Kinds(ctx context.Context, userID string) ([]Kind, error) {
	fs, err := s.Factors(ctx, userID)
	if err != nil {
		return nil, err
	}
	var out []Kind
	for _, f := range fs {
		if !slices.Contains(out, f.Kind) {
			out = append(out, f.Kind)
		}
	}
	return out, nil
}

// Methods lists how userID can complete a sign-in after the password:
// none when the account has no second factor (the password is enough).
func (s *Service) Methods(ctx context.Context, userID string) ([]Method, error) {
	fs, err := s.Factors(ctx, userID)
	if err != nil || len(fs) == 0 {
		return nil, err
	}
	var out []Method
	for _, f := range fs {
		m := MethodTOTP
		if f.Kind == KindPasskey {
			m = MethodPasskey
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	left, err := s.RecoveryCodesLeft(ctx, userID)
	if err != nil {
		return nil, err
	}
	if left > 0 {
		out = append(out, MethodRecoveryCode)
	}
	slices.Sort(out)
	return out, nil
}

// Remove removes one of u's factors (an authenticator app here; another
// kind through OtherKinds' owner). Removing the last factor also removes
// the recovery codes, which would otherwise be a way in of their own.
func (s *Service) Remove(ctx context.Context, u *ent.User, id string) error {
	err := s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		n, err := tx.TotpFactor.Delete().Where(totpfactor.ID(id), totpfactor.UserID(u.ID), totpfactor.ConfirmedAtNotNil()).Exec(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if err := s.Removed(ctx, tx, send, u.ID, u.ID, KindTOTP, id); err != nil {
			return err
		}
		return s.DropCodesIfNoFactor(ctx, tx, u.ID)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("secondfactor: remove: %w", err)
	}
	return err
}

// DropCodesIfNoFactor removes userID's recovery codes in tx once the
// account has no second factor left. Passkeys call it after removing one.
func (s *Service) DropCodesIfNoFactor(ctx context.Context, tx *ent.Client, userID string) error {
	if has, err := tx.TotpFactor.Query().Where(totpfactor.UserID(userID), totpfactor.ConfirmedAtNotNil()).Exist(ctx); err != nil || has {
		return err
	}
	if s.Others != nil {
		more, err := s.Others.Factors(ctx, tx, userID)
		if err != nil || len(more) > 0 {
			return err
		}
	}
	_, err := tx.RecoveryCode.Delete().Where(recoverycode.UserID(userID)).Exec(ctx)
	return err
}

// AdminReset removes every second factor, recovery code and pending
// sign-in of userID, and lifts the second-factor lock, for an admin: the
// person signs in with the password alone until they enrol again. The
// reset, its audit event and the email to the person commit together.
func (s *Service) AdminReset(ctx context.Context, adminID, userID string) (*ent.User, int, error) {
	removed := 0
	var u *ent.User
	err := s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		var err error
		if u, err = tx.User.Get(ctx, userID); ent.IsNotFound(err) {
			return ErrNotFound
		} else if err != nil {
			return err
		}
		n, err := tx.TotpFactor.Delete().Where(totpfactor.UserID(userID)).Exec(ctx)
		if err != nil {
			return err
		}
		pending, err := tx.TotpFactor.Query().Where(totpfactor.UserID(userID), totpfactor.ConfirmedAtIsNil()).Count(ctx)
		if err != nil {
			return err
		}
		removed = n - pending
		if s.Others != nil {
			m, err := s.Others.DeleteAll(ctx, tx, userID)
			if err != nil {
				return err
			}
			removed += m
		}
		if _, err := tx.RecoveryCode.Delete().Where(recoverycode.UserID(userID)).Exec(ctx); err != nil {
			return err
		}
		if _, err := tx.SecondFactorChallenge.Delete().Where(secondfactorchallenge.UserID(userID)).Exec(ctx); err != nil {
			return err
		}
		if u, err = tx.User.UpdateOneID(userID).SetSecondFactorFailures(0).ClearSecondFactorLockedAt().Save(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorsReset, ActorID: adminID, SubjectID: userID,
			Details: map[string]string{"factors": strconv.Itoa(removed)}}); err != nil {
			return err
		}
		return s.notice(ctx, tx, send, userID, mail.KindSecondFactorsReset, mail.Data{})
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, 0, fmt.Errorf("secondfactor: admin reset: %w", err)
	}
	return u, removed, err
}

func withTx(ctx context.Context, c *ent.Client, fn func(tx *ent.Client) error) error {
	return database.WithTx(ctx, c, fn)
}
