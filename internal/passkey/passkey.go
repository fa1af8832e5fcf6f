// Package passkey registers passkeys (WebAuthn credentials, through
// github.com/go-webauthn/webauthn) and signs people in with them.
//
// A ceremony (registering, or signing in) is two calls. Begin makes the
// options the browser passes to navigator.credentials.create or .get, and a
// state that the caller keeps in the browser, sealed so that the client
// can neither read nor choose it (internal/ceremony). Finish takes that state and the browser's credential. A state works
// once, whatever the number of parallel requests or instances (its
// challenge is claimed in the shared counters before anything is checked),
// and for CeremonyLifetime.
//
// A passkey sign-in runs no password hash: it costs a signature check and a
// few statements. Its failures are counted on their own (per credential and
// per client), never towards the password's lockout, and the password's
// lockout does not stop it: an attacker who locks the password must not
// lock the owner out. An admin's lock refuses it like any sign-in.
package passkey

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"time"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/passkey"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/clock"
	"github.com/latchkey/latchkey/internal/database"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/ratelimit"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/text"
)

// Kind is what audit details and second-factor lists call a passkey.
const Kind = "PASSKEY"

// CeremonyLifetime is how long a begun ceremony may be finished.
const CeremonyLifetime = 5 * time.Minute

// MaxPerUser bounds the passkeys of one account.
const MaxPerUser = 20

// Bounds on failed sign-ins (counted before each check, so parallel tries
// cannot pass them): per credential, and per client address, within
// FailureWindow of the last try. Beyond either, ErrRateLimited without a
// check. Neither touches the password's lockout.
const (
	FailuresPerCredential = 10
	FailuresPerClient     = 30
	FailureWindow         = 15 * time.Minute
)

// Errors callers branch on.
var (
	// ErrInvalid: the credential was not accepted (a wrong origin or
	// challenge, no user verification, an unknown or another account's
	// credential, a bad signature, a replay, or no ceremony at all). One
	// error for every reason: the answer tells an attacker nothing.
	ErrInvalid = errors.New("passkey: the passkey was not accepted")
	// ErrInvalidName: a name of 1 to 100 characters, no control characters.
	ErrInvalidName = errors.New("passkey: give the passkey a name of 1 to 100 characters")
	ErrNotFound    = errors.New("passkey: no such passkey")
	ErrTooMany     = errors.New("passkey: too many passkeys; remove some first")
	// ErrLoginWithToken: beginPasskeySignIn got both a login and a
	// secondFactorToken, which names the account itself.
	ErrLoginWithToken = errors.New("passkey: give a login or a secondFactorToken, not both")
	// ErrLocked: an admin locked the account.
	ErrLocked      = account.ErrLocked
	ErrRateLimited = ratelimit.ErrLimited
)

// Service runs the ceremonies on an Ent client.
type Service struct {
	Client *ent.Client
	// WebAuthn is the relying party; nil when the public URL is an IP
	// address (every ceremony is then ErrUnavailable).
	WebAuthn *webauthn.WebAuthn
	// Accounts finds accounts by login, counts clients and sends notices.
	Accounts *account.Service
	Limits   *ratelimit.Counter
	// Factors drops the recovery codes when the last second factor goes;
	// nil: there are none to drop.
	SecondFactors *secondfactor.Service
	Now           clock.Clock
	Log           *slog.Logger
	// Dialect is the database's (entgo.io/ent/dialect): on PostgreSQL a
	// sign-in's writes are one statement (recordSuccess).
	Dialect string

	// beforeRecord, in tests, runs between the checks and the writes of
	// an accepted assertion: what another request may change meanwhile.
	beforeRecord func(ctx context.Context, u *ent.User, p *ent.Passkey)
}

var nameRule = text.NameRule{Max: 100, Refused: ErrInvalidName}

// ceremony is the state between Begin and Finish, kept sealed in the
// browser that began it (internal/ceremony).
type ceremony struct {
	Kind string `json:"k"` // kindRegister or kindSignIn
	// UserID is the registering account; for a sign-in begun with a
	// login, the account it names (noAccount when none does).
	UserID  string               `json:"u,omitempty"`
	Login   bool                 `json:"l,omitempty"`
	Session webauthn.SessionData `json:"s"`
	Expires time.Time            `json:"e"`
}

const (
	kindRegister = "register"
	kindSignIn   = "signin"
	kindVerify   = "verify"
	// noAccount stands for a login no account has: no credential's user
	// handle is ever this.
	noAccount = "-"
)

// waUser is an account as go-webauthn sees it. The user handle is the
// account's ID: random, and no personal data.
type waUser struct {
	u     *ent.User
	creds []webauthn.Credential
}

func (w *waUser) WebAuthnID() []byte   { return []byte(w.u.ID) }
func (w *waUser) WebAuthnName() string { return w.u.Email }
func (w *waUser) WebAuthnDisplayName() string {
	if w.u.Name != "" {
		return w.u.Name
	}
	return w.u.Username
}
func (w *waUser) WebAuthnCredentials() []webauthn.Credential { return w.creds }

// credential is a stored passkey as go-webauthn checks it.
func credential(p *ent.Passkey) webauthn.Credential {
	tr := make([]protocol.AuthenticatorTransport, len(p.Transports))
	for i, t := range p.Transports {
		tr[i] = protocol.AuthenticatorTransport(t)
	}
	return webauthn.Credential{
		ID:                p.CredentialID,
		PublicKey:         p.PublicKey,
		AttestationFormat: p.AttestationFormat,
		Transport:         tr,
		Flags: webauthn.CredentialFlags{
			UserPresent:    true,
			UserVerified:   p.UserVerified,
			BackupEligible: p.BackupEligible,
			BackupState:    p.BackupState,
		},
		Authenticator: webauthn.Authenticator{AAGUID: p.Aaguid, SignCount: p.SignCount},
	}
}

func (s *Service) seal(c ceremony) ([]byte, error) {
	c.Expires = s.Now.Now().Add(CeremonyLifetime)
	return json.Marshal(c)
}

// open decodes a state for kind: nil when there is none, it is of another
// kind, or it has expired.
func (s *Service) open(state []byte, kind string) *ceremony {
	if len(state) == 0 {
		return nil
	}
	var c ceremony
	if err := json.Unmarshal(state, &c); err != nil || c.Kind != kind || !s.Now.Now().Before(c.Expires) {
		return nil
	}
	return &c
}

// challengeKey is the tally that spends c's challenge: its first try is
// the only one that may go on. It outlives the ceremony (FailureWindow is
// longer than CeremonyLifetime), so a spent state never comes back.
func challengeKey(c *ceremony) string {
	sum := sha256.Sum256([]byte(c.Session.Challenge))
	return "passkey:challenge:" + hex.EncodeToString(sum[:])
}

// spend spends c's challenge: true for the first caller only, on any
// instance. A state copied to a second request, or replayed, is spent.
func (s *Service) spend(ctx context.Context, c *ceremony) (bool, error) {
	if s.Limits == nil {
		return true, nil
	}
	k := challengeKey(c)
	counts, err := s.Limits.Begin(ctx, FailureWindow, k)
	return counts[k] == 1, err
}

// List returns userID's passkeys, oldest first.
func (s *Service) List(ctx context.Context, userID string) ([]*ent.Passkey, error) {
	return s.Client.Passkey.Query().Where(passkey.UserID(userID)).Order(ent.Asc(passkey.FieldCreatedAt), ent.Asc(passkey.FieldID)).All(ctx)
}

// Count returns how many passkeys userID has.
func (s *Service) Count(ctx context.Context, userID string) (int, error) {
	return s.Client.Passkey.Query().Where(passkey.UserID(userID)).Count(ctx)
}

// BeginRegistration starts registering a passkey for u: the creation
// options (PublicKeyCredentialCreationOptionsJSON) and the state to keep.
// The account's passkeys are excluded, so one authenticator is not
// registered twice.
func (s *Service) BeginRegistration(ctx context.Context, u *ent.User, name string) (json.RawMessage, []byte, error) {
	if s.WebAuthn == nil {
		return nil, nil, ErrUnavailable
	}
	if _, err := text.Name(name, nameRule); err != nil {
		return nil, nil, err
	}
	have, err := s.List(ctx, u.ID)
	if err != nil {
		return nil, nil, err
	}
	if len(have) >= MaxPerUser {
		return nil, nil, ErrTooMany
	}
	wu := &waUser{u: u}
	for _, p := range have {
		wu.creds = append(wu.creds, credential(p))
	}
	creation, sd, err := s.WebAuthn.BeginRegistration(wu,
		webauthn.WithExclusions(webauthn.Credentials(wu.creds).CredentialDescriptors()),
		webauthn.WithExtensions(webauthn.WithExtensionCredProps()),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: begin registration: %w", err)
	}
	state, err := s.seal(ceremony{Kind: kindRegister, UserID: u.ID, Session: *sd})
	if err != nil {
		return nil, nil, err
	}
	opts, err := json.Marshal(creation.Response)
	return opts, state, err
}

// FinishRegistration checks the browser's new credential (from
// PublicKeyCredential.toJSON()) against state and stores it as a passkey of
// u named name, with its audit event, webhook and notice email in one
// transaction. When it is the account's first second factor, the ten
// recovery codes are made in the same transaction and returned (shown
// once); nil otherwise.
func (s *Service) FinishRegistration(ctx context.Context, u *ent.User, state []byte, name string, credentialJSON []byte) (*ent.Passkey, []string, error) {
	if s.WebAuthn == nil {
		return nil, nil, ErrUnavailable
	}
	name, err := text.Name(name, nameRule)
	if err != nil {
		return nil, nil, err
	}
	c := s.open(state, kindRegister)
	if c == nil || c.UserID != u.ID {
		return nil, nil, ErrInvalid
	}
	if ok, err := s.spend(ctx, c); err != nil {
		return nil, nil, err
	} else if !ok {
		return nil, nil, ErrInvalid
	}
	parsed, err := protocol.ParseCredentialCreationResponseBytes(credentialJSON)
	if err != nil {
		return nil, nil, ErrInvalid
	}
	cred, err := s.WebAuthn.CreateCredential(&waUser{u: u}, c.Session, parsed)
	if err != nil {
		s.log().InfoContext(ctx, "passkey registration refused", "user_id", u.ID, "err", err)
		return nil, nil, ErrInvalid
	}
	var transports []string
	for _, t := range cred.Transport {
		transports = append(transports, string(t))
	}
	var p *ent.Passkey
	var codes []string
	err = s.Accounts.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		if err := s.Accounts.LockUserRow(ctx, tx, u.ID); err != nil {
			return err
		}
		n, err := tx.Passkey.Query().Where(passkey.UserID(u.ID)).Count(ctx)
		if err != nil {
			return err
		}
		if n >= MaxPerUser {
			return ErrTooMany
		}
		p, err = tx.Passkey.Create().
			SetUserID(u.ID).SetName(name).
			SetCredentialID(cred.ID).SetPublicKey(cred.PublicKey).SetAttestationFormat(cred.AttestationFormat).
			SetSignCount(cred.Authenticator.SignCount).SetAaguid(cred.Authenticator.AAGUID).SetTransports(transports).
			SetUserVerified(cred.Flags.UserVerified).SetBackupEligible(cred.Flags.BackupEligible).SetBackupState(cred.Flags.BackupState).
			SetCreatedAt(s.Now.Now()).
			Save(ctx)
		if ent.IsConstraintError(err) {
			// The credential is registered already (to this account or
			// another): one credential is one passkey of one person.
			return ErrInvalid
		}
		if err != nil {
			return fmt.Errorf("passkey: store: %w", err)
		}
		if err := s.Accounts.SendCredentialNotice(ctx, tx, send, u.ID, mail.KindPasskeyAdded, "/profile/sign-in-methods", mail.Data{TokenName: name}); err != nil {
			return err
		}
		if s.SecondFactors != nil {
			// The first second factor brings the recovery codes.
			if codes, err = s.SecondFactors.EnsureRecoveryCodes(ctx, tx, u.ID); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorAdded, ActorID: u.ID, SubjectID: u.ID, Details: map[string]string{"kind": Kind, "factor_id": p.ID, "name": name}})
	})
	if err != nil {
		return nil, nil, err
	}
	return p, codes, nil
}

// Rename gives userID's passkey id a new name.
func (s *Service) Rename(ctx context.Context, userID, id, name string) (*ent.Passkey, error) {
	name, err := text.Name(name, nameRule)
	if err != nil {
		return nil, err
	}
	var p *ent.Passkey
	err = withTx(ctx, s.Client, func(tx *ent.Client) error {
		n, err := tx.Passkey.Update().Where(passkey.ID(id), passkey.UserID(userID)).SetName(name).Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		if p, err = tx.Passkey.Get(ctx, id); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.PasskeyRenamed, ActorID: userID, SubjectID: userID, Details: map[string]string{"kind": Kind, "factor_id": id, "name": name}})
	})
	if err != nil {
		return nil, err
	}
	return p, nil
}

// Remove deletes userID's passkey id, with its audit event, webhook and
// notice email in one transaction; actorID is who asks (the person, or an
// admin resetting their factors). Whether a recent authentication is
// needed is the caller's rule.
func (s *Service) Remove(ctx context.Context, actorID, userID, id string) error {
	return s.Accounts.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		return s.RemoveInTx(ctx, tx, send, actorID, userID, id)
	})
}

// RemoveInTx is Remove in the caller's transaction tx (send from its
// Outbox.InTx), for changes that remove factors with other things.
func (s *Service) RemoveInTx(ctx context.Context, tx *ent.Client, send mail.Send, actorID, userID, id string) error {
	p, err := tx.Passkey.Query().Where(passkey.ID(id), passkey.UserID(userID)).Only(ctx)
	if ent.IsNotFound(err) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	if n, err := tx.Passkey.Delete().Where(passkey.ID(id)).Exec(ctx); err != nil {
		return err
	} else if n == 0 {
		return ErrNotFound
	}
	if err := s.Accounts.SendCredentialNotice(ctx, tx, send, userID, mail.KindPasskeyRemoved, "/profile/sign-in-methods", mail.Data{TokenName: p.Name}); err != nil {
		return err
	}
	// The last second factor gone, the recovery codes go too: they would
	// be a way in of their own.
	if s.SecondFactors != nil {
		if err := s.SecondFactors.DropCodesIfNoFactor(ctx, tx, userID); err != nil {
			return err
		}
	}
	return audit.Record(ctx, tx, audit.Event{Type: audit.SecondFactorRemoved, ActorID: actorID, SubjectID: userID, Details: map[string]string{"kind": Kind, "factor_id": id, "name": p.Name}})
}

// BeginSignIn starts a passkey sign-in: the request options
// (PublicKeyCredentialRequestOptionsJSON) and the state to keep. Without a
// login any of the site's passkeys may answer (discoverable credentials);
// with one, only a passkey of the account it names. The options never list
// credentials (every passkey here is discoverable): the answer is the same
// whether or not an account has that login, or passkeys. Counted against
// the client's per-minute limit, like every sign-in.
func (s *Service) BeginSignIn(ctx context.Context, login *string) (json.RawMessage, []byte, error) {
	if s.WebAuthn == nil {
		return nil, nil, ErrUnavailable
	}
	if err := s.Accounts.AllowClient(ctx); err != nil {
		return nil, nil, err
	}
	c := ceremony{Kind: kindSignIn}
	if login != nil && *login != "" {
		c.Login, c.UserID = true, noAccount
		u, err := s.Accounts.FindByLogin(ctx, *login)
		if err != nil && !ent.IsNotFound(err) {
			return nil, nil, err
		}
		if u != nil {
			c.UserID = u.ID
		}
	}
	return s.beginAssertion(c)
}

func (s *Service) beginAssertion(c ceremony) (json.RawMessage, []byte, error) {
	assertion, sd, err := s.WebAuthn.BeginDiscoverableMediatedLogin(protocol.MediationDefault,
		webauthn.WithUserVerification(protocol.VerificationRequired))
	if err != nil {
		return nil, nil, fmt.Errorf("passkey: begin sign-in: %w", err)
	}
	c.Session = *sd
	state, err := s.seal(c)
	if err != nil {
		return nil, nil, err
	}
	opts, err := json.Marshal(assertion.Response)
	return opts, state, err
}

// FinishSignIn checks the browser's assertion (PublicKeyCredential.toJSON())
// against state and returns its account. Every refusal is ErrInvalid,
// except ErrRateLimited (too many failures of this credential or client)
// and ErrLocked (an admin's lock).
func (s *Service) FinishSignIn(ctx context.Context, state []byte, credentialJSON []byte) (*ent.User, error) {
	if s.WebAuthn == nil {
		return nil, ErrUnavailable
	}
	return s.finishAssertion(ctx, s.open(state, kindSignIn), credentialJSON, nil, false)
}

// BeginVerification starts a passkey check of userID as a second factor
// (a sign-in with a password waiting for it): the request options and the
// state to keep. As for BeginSignIn, no credentials are listed.
func (s *Service) BeginVerification(userID string) (json.RawMessage, []byte, error) {
	if s.WebAuthn == nil {
		return nil, nil, ErrUnavailable
	}
	return s.beginAssertion(ceremony{Kind: kindVerify, UserID: userID, Login: true})
}

// BeginForToken starts a passkey check completing the pending sign-in of
// a generateToken that answered secondFactorRequired (its
// secondFactorToken): the request options, whose state is kept in that
// pending sign-in (a client that is not a browser has no cookie for it),
// so that verifySecondFactor with the same secondFactorToken and the
// assertion completes it. A login is not given with it
// (ErrLoginWithToken): the pending sign-in names the account.
// secondfactor.ErrChallengeInvalid when the secondFactorToken is unknown,
// used or expired.
func (s *Service) BeginForToken(ctx context.Context, secondFactorToken string, login *string) (json.RawMessage, error) {
	if s.WebAuthn == nil || s.SecondFactors == nil {
		return nil, ErrUnavailable
	}
	if login != nil && *login != "" {
		return nil, ErrLoginWithToken
	}
	if err := s.Accounts.AllowClient(ctx); err != nil {
		return nil, err
	}
	c, err := s.SecondFactors.FindChallenge(ctx, secondfactor.ForToken, "", secondFactorToken)
	if err != nil {
		return nil, err
	}
	opts, state, err := s.BeginVerification(c.UserID)
	if err != nil {
		return nil, err
	}
	if err := s.SecondFactors.KeepPasskeyCeremony(ctx, c, state); err != nil {
		return nil, err
	}
	return opts, nil
}

// Verify checks a passkey assertion of userID against a state of
// BeginVerification, with the same rules as FinishSignIn (single use,
// bounded failures, counter regressions refused), updating the passkey's
// counter and last use. It records no sign-in: the caller does.
func (s *Service) Verify(ctx context.Context, userID string, state []byte, credentialJSON []byte) (*ent.Passkey, error) {
	if s.WebAuthn == nil {
		return nil, ErrUnavailable
	}
	// The options come from beginPasskeySignIn (with or without the
	// login) or BeginVerification; either way only a passkey of userID,
	// the account whose password was just checked, is accepted.
	c := s.open(state, kindVerify)
	if c == nil {
		if c = s.open(state, kindSignIn); c != nil && c.Login && c.UserID != userID {
			c = nil
		}
	}
	if c != nil {
		c.Login, c.UserID = true, userID
	}
	var used *ent.Passkey
	_, err := s.finishAssertion(ctx, c, credentialJSON, func(p *ent.Passkey) { used = p }, true)
	return used, err
}

// finishAssertion is the check shared by sign-ins and second-factor
// verifications (verifyOnly: no sign-in is recorded).
func (s *Service) finishAssertion(ctx context.Context, c *ceremony, credentialJSON []byte, usedPasskey func(*ent.Passkey), verifyOnly bool) (*ent.User, error) {
	parsed, perr := protocol.ParseCredentialRequestResponseBytes(credentialJSON)
	// Every try is counted before anything is checked, on the client and
	// (when the assertion names one) on the credential: of tries sent at
	// once, at most the bound are checked. The same statement spends the
	// ceremony's challenge (its tally's first try is the only one that may
	// go on): a replay, or the same state sent twice at once, finds it
	// spent, on any instance.
	limits := map[string]int{}
	if ip := clientinfo.From(ctx).IP; ip != "" {
		limits["passkey:tries:client:"+clientinfo.RateKey(ip)] = FailuresPerClient
	}
	if perr == nil {
		sum := sha256.Sum256(parsed.RawID)
		limits["passkey:tries:cred:"+hex.EncodeToString(sum[:])] = FailuresPerCredential
	}
	keys := slices.Sorted(maps.Keys(limits))
	fail := func(reason string, subject string, err error) (*ent.User, error) {
		if s.Limits != nil && len(keys) > 0 {
			if e := s.Limits.Failed(ctx, FailureWindow, keys...); e != nil {
				s.log().ErrorContext(ctx, "passkey: count failure", "err", e)
			}
		}
		if !verifyOnly {
			s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: subject, Details: map[string]string{"reason": reason, "method": "passkey"}})
		}
		if err != nil {
			s.log().InfoContext(ctx, "passkey refused", "reason", reason, "err", err)
		}
		return nil, ErrInvalid
	}
	spent := ""
	if c != nil {
		spent = challengeKey(c)
	}
	if s.Limits != nil {
		counted := keys
		if spent != "" {
			counted = append(slices.Clone(keys), spent)
		}
		counts, err := s.Limits.Begin(ctx, FailureWindow, counted...)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			if counts[k] > limits[k] {
				s.Limits.Failed(ctx, FailureWindow, keys...)
				s.audit(ctx, audit.Event{Type: audit.RateLimited, Details: map[string]string{"limit": "passkey"}})
				return nil, ErrRateLimited
			}
		}
		if spent != "" && counts[spent] != 1 {
			return fail("passkey_replayed", "", nil)
		}
	}
	if c == nil {
		return fail("passkey_no_ceremony", "", nil)
	}
	if perr != nil {
		return fail("passkey_invalid", "", perr)
	}
	p, err := s.Client.Passkey.Query().Where(passkey.CredentialID(parsed.RawID)).Only(ctx)
	if ent.IsNotFound(err) {
		return fail("passkey_unknown", "", nil)
	}
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(parsed.Response.UserHandle, []byte(p.UserID)) {
		return fail("passkey_invalid", p.UserID, errors.New("the user handle is not the passkey's account"))
	}
	if c.Login && c.UserID != p.UserID {
		// A passkey of another account than the login (or the pending
		// sign-in) names.
		return fail("passkey_other_account", c.UserID, nil)
	}
	u, err := s.Client.User.Get(ctx, p.UserID)
	if err != nil {
		return nil, err
	}
	if u.AdminLockedAt != nil {
		// An admin's lock refuses every sign-in. The password's
		// lockout (locked_at) does not stop a passkey.
		if !verifyOnly {
			s.audit(ctx, audit.Event{Type: audit.SignInFailed, SubjectID: u.ID, Details: map[string]string{"reason": "locked_by_admin", "method": "passkey"}})
		}
		return nil, ErrLocked
	}
	wu := &waUser{u: u, creds: []webauthn.Credential{credential(p)}}
	_, cred, err := s.WebAuthn.ValidatePasskeyLogin(func(rawID, userHandle []byte) (webauthn.User, error) { return wu, nil }, c.Session, parsed)
	if err != nil {
		return fail("passkey_invalid", u.ID, err)
	}
	if cred.Authenticator.CloneWarning {
		// The counter went back (or stood still) on an authenticator
		// that keeps one: go-webauthn's sign that the credential may have
		// been copied. Refused, and the stored counter stays as it was.
		return fail("passkey_counter", u.ID, nil)
	}
	now := s.Now.Now().Truncate(time.Microsecond)
	if s.beforeRecord != nil {
		s.beforeRecord(ctx, u, p)
	}
	err = s.recordSuccess(ctx, u, p, cred, now, keys, verifyOnly)
	if errors.Is(err, ErrInvalid) {
		return fail("passkey_counter", u.ID, nil)
	}
	if err != nil {
		return nil, err
	}
	u.LastSignInAt = &now
	p.LastUsedAt, p.SignCount = &now, cred.Authenticator.SignCount
	if usedPasskey != nil {
		usedPasskey(p)
	}
	return u, nil
}

func (s *Service) audit(ctx context.Context, e audit.Event) {
	if err := audit.Record(ctx, s.Client, e); err != nil {
		s.log().ErrorContext(ctx, "audit", "type", e.Type, "err", err)
	}
}

func (s *Service) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

var withTx = database.WithTx
