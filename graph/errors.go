package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/challenge"
	"github.com/latchkey/latchkey/internal/codes"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/passkey"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/secondfactor"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/token"
	"github.com/latchkey/latchkey/internal/userimport"
	"github.com/latchkey/latchkey/internal/webhook"
)

// codedError is an error that reaches the client with a code (internal/codes).
type codedError struct {
	code    string
	message string
}

func (e *codedError) Error() string { return e.message }

var (
	errUnauthenticated = &codedError{codes.Unauthenticated, "You need to sign in to do this."}
	errForbidden       = &codedError{codes.Forbidden, "You are not allowed to do this."}
	errRateLimited     = &codedError{codes.RateLimited, "Too many requests. Please try again later."}
)

func invalidInput(msg string) error { return &codedError{codes.InvalidInput, msg} }

// ErrorPresenter maps errors to GraphQL errors at the edge, in one place.
// Anything not known to be safe to show is logged and replaced by a
// generic message, so internal details never reach a client.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		var coded *codedError
		var already *gqlerror.Error
		switch {
		case errors.As(err, &coded):
			gqlErr.Message = coded.message
			setCode(gqlErr, coded.code)
		case errors.As(err, &already) && already.Err == nil:
			// Parse and validation errors from gqlgen itself: keep them,
			// but never echo a request body back (it may hold a password).
			if strings.HasPrefix(gqlErr.Message, "json request body could not be decoded") {
				gqlErr.Message = "The request body is not a valid GraphQL request (one JSON object)."
				setCode(gqlErr, codes.InvalidInput)
			}
			// "Did you mean ...?" would tell an anonymous caller the
			// names that introspection hides from them.
			if auth.FromContext(ctx) == nil {
				gqlErr.Message = withoutSuggestions(gqlErr.Message)
			}
		case isIntrospectionRefused(err):
			// Not a failure of ours: an anonymous caller asked for the
			// schema, which only signed-in callers may read.
			log.InfoContext(ctx, "graphql introspection refused to an anonymous caller")
			gqlErr.Message = "Sign in to read the schema."
			setCode(gqlErr, codes.Unauthenticated)
		default:
			log.ErrorContext(ctx, "graphql resolver failed", "err", err, "path", gqlErr.Path.String())
			gqlErr.Message = "Something went wrong on our side. Please try again."
			setCode(gqlErr, codes.Internal)
		}
		return gqlErr
	}
}

// isIntrospectionRefused reports gqlgen's error for __schema and __type
// while introspection is disabled (for anonymous callers, see httpx).
func isIntrospectionRefused(err error) bool {
	for ; err != nil; err = errors.Unwrap(err) {
		if _, wrapped := err.(*gqlerror.Error); !wrapped && err.Error() == "introspection disabled" {
			return true
		}
	}
	return false
}

// withoutSuggestions cuts the "Did you mean ...?" gqlparser appends to
// validation messages (always last in the message).
func withoutSuggestions(msg string) string {
	if i := strings.Index(msg, " Did you mean "); i >= 0 {
		return msg[:i]
	}
	return msg
}

// RecoverFunc turns a panic into an INTERNAL error without its details.
func RecoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql resolver panicked", "panic", p)
		return errors.New("internal panic")
	}
}

func setCode(e *gqlerror.Error, code string) {
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	e.Extensions["code"] = code
}

// userErrors turns the expected failures of a domain call into userErrors,
// each with the input field it is about (inputField). Unexpected errors
// come back as the second value, for the presenter.
func userErrors(ctx context.Context, err error) ([]*model.UserError, error) {
	if err == nil {
		return []*model.UserError{}, nil
	}
	ue := func(code model.UserErrorCode, msg string) ([]*model.UserError, error) {
		e := &model.UserError{Code: code, Message: msg}
		if f := inputField(ctx, err); f != "" {
			e.Field = append([]string{"input"}, strings.Split(f, ".")...)
		}
		return []*model.UserError{e}, nil
	}
	var policy *password.PolicyError
	var settingErr *settings.FieldError
	switch {
	case errors.Is(err, account.ErrInvalidCredentials):
		return ue(model.UserErrorCodeInvalidCredentials, "The login or password is incorrect.")
	case errors.Is(err, account.ErrLocked):
		return ue(model.UserErrorCodeAccountLocked, "This account is locked. Set a new password to unlock it.")
	case errors.Is(err, challenge.ErrRequired):
		return ue(model.UserErrorCodeChallengeRequired, "Your browser must solve a short challenge first: solve the one given and send the request again.")
	case errors.Is(err, password.ErrBusy):
		return ue(model.UserErrorCodeRateLimited, "Too many requests. Please try again in a moment.")
	case errors.As(err, &policy):
		return ue(model.UserErrorCodePasswordPolicy, policy.Error())
	case errors.Is(err, account.ErrEmailTaken):
		return ue(model.UserErrorCodeAlreadyExists, "This email address is already in use.")
	case errors.Is(err, account.ErrUsernameTaken):
		return ue(model.UserErrorCodeAlreadyExists, "This username is already in use.")
	case errors.Is(err, account.ErrInvalidEmail):
		return ue(model.UserErrorCodeInvalidInput, "Enter a valid email address.")
	case errors.Is(err, account.ErrInvalidUsername):
		return ue(model.UserErrorCodeInvalidInput, "A username has 3 to 64 letters, digits, dots, dashes or underscores.")
	case errors.Is(err, account.ErrInvalidName):
		return ue(model.UserErrorCodeInvalidInput, "A name has at most 200 characters, no control characters or line breaks, and no link or web address.")
	case errors.Is(err, account.ErrInvalidLocale):
		return ue(model.UserErrorCodeInvalidInput, "Choose English (en), French (fr) or Swedish (sv).")
	case errors.Is(err, account.ErrInvalidLogin):
		return ue(model.UserErrorCodeInvalidInput, "Enter your email address or username.")
	case errors.Is(err, account.ErrSameEmail):
		return ue(model.UserErrorCodeInvalidInput, "That is already your email address.")
	case errors.Is(err, account.ErrRateLimited):
		return ue(model.UserErrorCodeRateLimited, "Too many requests. Please try again in a minute.")
	case errors.Is(err, account.ErrPasswordMismatch):
		return ue(model.UserErrorCodePasswordMismatch, "The two passwords are not the same.")
	case errors.Is(err, account.ErrTokenExpired):
		return ue(model.UserErrorCodeTokenExpired, "This link has expired. Ask for a new one.")
	case errors.Is(err, account.ErrTokenInvalid):
		return ue(model.UserErrorCodeTokenInvalid, "This link is invalid or has already been used. Ask for a new one.")
	case errors.Is(err, account.ErrRegistrationClosed):
		return ue(model.UserErrorCodeRegistrationClosed, "Registration is closed. Ask an administrator for an account.")
	case errors.Is(err, account.ErrNotFound), errors.Is(err, org.ErrNotFound), errors.Is(err, token.ErrNotFound):
		return ue(model.UserErrorCodeNotFound, "Not found.")
	case errors.Is(err, account.ErrLastAdmin):
		return ue(model.UserErrorCodeInvalidInput, "The last admin cannot be removed or demoted.")
	case errors.Is(err, org.ErrForbidden):
		return nil, errForbidden
	case errors.Is(err, org.ErrInvalidName):
		return ue(model.UserErrorCodeInvalidInput, "Give the organisation a name of 1 to 200 characters, without control characters, line breaks or a web address.")
	case errors.Is(err, org.ErrInvalidRights):
		return ue(model.UserErrorCodeInvalidInput, "Unknown right.")
	case errors.Is(err, org.ErrAlreadyMember):
		return ue(model.UserErrorCodeAlreadyExists, "This person is already a member of the organisation.")
	case errors.Is(err, org.ErrInvitationExpired):
		return ue(model.UserErrorCodeTokenExpired, "This invitation has expired. Ask for a new one.")
	case errors.Is(err, org.ErrInvitationInvalid):
		return ue(model.UserErrorCodeTokenInvalid, "This invitation is invalid or has already been used. Ask for a new one.")
	case errors.Is(err, org.ErrSignInAsInvitee):
		return ue(model.UserErrorCodeInvalidCredentials, "An account with this email address exists: sign in as it, then accept the invitation.")
	case errors.Is(err, org.ErrWrongAccount):
		return ue(model.UserErrorCodeTokenInvalid, "This invitation is for another account. Sign out and sign in as the invited account.")
	case errors.Is(err, token.ErrInvalidName):
		return ue(model.UserErrorCodeInvalidInput, "Give the token a name of 1 to 100 characters, without control characters or line breaks.")
	case errors.Is(err, token.ErrInvalidExpiry):
		return ue(model.UserErrorCodeInvalidInput, "The expiry must be in the future and within two years.")
	case errors.Is(err, token.ErrOutlivesCaller):
		return ue(model.UserErrorCodeInvalidInput, "A token cannot create a token that outlives it: choose an expiry no later than this token's, or leave it out to get this token's.")
	case errors.Is(err, token.ErrTooMany):
		return ue(model.UserErrorCodeInvalidInput, "Too many access tokens. Revoke some first.")
	case errors.Is(err, token.ErrMustChangePassword):
		return ue(model.UserErrorCodeInvalidCredentials, "Sign in in a browser and change your temporary password first.")
	case errors.Is(err, webhook.ErrNotFound):
		return ue(model.UserErrorCodeNotFound, "Not found.")
	case errors.Is(err, webhook.ErrForbidden):
		return nil, errForbidden
	case errors.Is(err, webhook.ErrInvalidURL):
		return ue(model.UserErrorCodeInvalidInput, "Enter an https:// URL of at most 2000 characters, without a user name or password.")
	case errors.Is(err, webhook.ErrAddressRefused):
		return ue(model.UserErrorCodeInvalidInput, "Latchkey does not send to loopback, private, link-local or metadata addresses.")
	case errors.Is(err, webhook.ErrInvalidEvents):
		return ue(model.UserErrorCodeInvalidInput, "Unknown event type: see webhookEventTypes.")
	case errors.Is(err, webhook.ErrInvalidDescription):
		return ue(model.UserErrorCodeInvalidInput, "A description has at most 200 characters, without control characters or line breaks.")
	case errors.Is(err, webhook.ErrTooMany):
		return ue(model.UserErrorCodeInvalidInput, "Too many webhook endpoints. Delete some first.")
	case errors.As(err, &settingErr):
		return ue(model.UserErrorCodeInvalidInput, "The value "+settingErr.Message+".")
	case errors.Is(err, userimport.ErrTooManyRecords):
		return ue(model.UserErrorCodeInvalidInput, fmt.Sprintf("At most %d records a call.", userimport.MaxRecordsPerCall))
	case errors.Is(err, userimport.ErrTooManyPasswords):
		return ue(model.UserErrorCodeInvalidInput, fmt.Sprintf("At most %d records with a password a call.", userimport.MaxPasswordsPerCall))
	case errors.Is(err, passkey.ErrInvalid):
		return ue(model.UserErrorCodeInvalidCredentials, "The passkey was not accepted. Try again, or sign in another way.")
	case errors.Is(err, passkey.ErrUnavailable):
		return ue(model.UserErrorCodeInvalidInput, "Passkeys are off on this server: it is reached by an IP address, and WebAuthn needs a host name.")
	case errors.Is(err, passkey.ErrInvalidName):
		return ue(model.UserErrorCodeInvalidInput, "Give the passkey a name of 1 to 100 characters, without control characters or line breaks.")
	case errors.Is(err, passkey.ErrNotFound):
		return ue(model.UserErrorCodeNotFound, "Not found.")
	case errors.Is(err, passkey.ErrLoginWithToken):
		return ue(model.UserErrorCodeInvalidInput, "Give a login or a secondFactorToken, not both.")
	case errors.Is(err, passkey.ErrTooMany):
		return ue(model.UserErrorCodeInvalidInput, fmt.Sprintf("At most %d passkeys. Remove one first.", passkey.MaxPerUser))
	case errors.Is(err, account.ErrUnknownNotice):
		return ue(model.UserErrorCodeInvalidInput, "There is no such notice.")
	case errors.Is(err, secondfactor.ErrInvalid):
		return ue(model.UserErrorCodeSecondFactorInvalid, "The code is wrong or was already used. Enter the code your app shows now, or an unused recovery code.")
	case errors.Is(err, secondfactor.ErrLocked):
		return ue(model.UserErrorCodeSecondFactorLocked, secondFactorLockedMessage(err))
	case errors.Is(err, secondfactor.ErrAccountLocked):
		return ue(model.UserErrorCodeAccountLocked, "This account is locked by an administrator.")
	case errors.Is(err, secondfactor.ErrRecentAuthenticationRequired):
		return ue(model.UserErrorCodeRecentAuthenticationRequired, fmt.Sprintf("Confirm it is you first (reauthenticate with your password or a second factor); it then counts for %d minutes.", int(secondfactor.RecentAuthentication/time.Minute)))
	case errors.Is(err, secondfactor.ErrChallengeInvalid):
		return ue(model.UserErrorCodeTokenInvalid, "This sign-in has expired or was already completed. Sign in again.")
	case errors.Is(err, secondfactor.ErrOneProof):
		return ue(model.UserErrorCodeInvalidInput, "Give exactly one of a code, a recovery code, a passkey or a password.")
	case errors.Is(err, secondfactor.ErrPasskeysUnavailable):
		return ue(model.UserErrorCodeInvalidInput, "Passkeys are not available here.")
	case errors.Is(err, secondfactor.ErrAlreadyEnrolled):
		return ue(model.UserErrorCodeAlreadyExists, "An authenticator app is already set up. Remove it first to set up another.")
	case errors.Is(err, secondfactor.ErrNoEnrollment):
		return ue(model.UserErrorCodeNotFound, "Start setting up the authenticator app first (enrollTotp).")
	case errors.Is(err, secondfactor.ErrNoFactor):
		return ue(model.UserErrorCodeNotFound, "Add a second factor first: recovery codes come with it.")
	case errors.Is(err, secondfactor.ErrNotFound):
		return ue(model.UserErrorCodeNotFound, "Not found.")
	case errors.Is(err, secondfactor.ErrInvalidName):
		return ue(model.UserErrorCodeInvalidInput, "A name has at most 100 characters, without control characters.")
	case errors.Is(err, secondfactor.ErrEnrollmentRequired):
		return ue(model.UserErrorCodeSecondFactorRequired, "A second factor is required for this account: sign in in a browser and set one up first.")
	case errors.Is(err, account.ErrNoticeRequired):
		return ue(model.UserErrorCodeInvalidInput, "This notice is about your credentials and cannot be turned off.")
	}
	return nil, err
}

// secondFactorLockedMessage says what SECOND_FACTOR_LOCKED means for the
// person: when it lifts, that a passkey still signs in and that an admin
// can lift it; a password reset would not.
func secondFactorLockedMessage(err error) string {
	msg := "Too many wrong second-factor codes: codes are refused for a while"
	if until := lockedUntil(err); until != nil {
		msg = "Too many wrong second-factor codes: codes are refused until " + until.Format(time.RFC3339)
	}
	return msg + ". A passkey still signs you in, and an administrator can lift the lock sooner; a password reset does not lift it."
}

// inputField names the input field err is about (a dotted path below
// input), in the mutation being resolved: the field a settings error names
// itself, the list entry a notice preference error names, or else the one
// inputFields gives.
func inputField(ctx context.Context, err error) string {
	var settingErr *settings.FieldError
	if errors.As(err, &settingErr) {
		return settingErr.Field
	}
	var noticeErr *account.NoticeChangeError
	if errors.As(err, &noticeErr) {
		if errors.Is(err, account.ErrUnknownNotice) {
			return fmt.Sprintf("preferences.%d.notice", noticeErr.Index)
		}
		return fmt.Sprintf("preferences.%d.enabled", noticeErr.Index)
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ""
	}
	fields := inputFields[fc.Field.Name]
	for e, f := range fields.byErr {
		if errors.Is(err, e) {
			return f
		}
	}
	return fields.other
}

// errorFields are the input fields of one mutation's errors: the field
// given for an error in byErr, or else other ("" for none).
type errorFields struct {
	byErr map[error]string
	other string
}

// with is fs with more errors' fields.
func with(fs map[error]string, more map[error]string) map[error]string {
	out := maps.Clone(fs)
	maps.Copy(out, more)
	return out
}

var (
	// currentPassword: the password asked again before a sensitive change.
	currentPassword = map[error]string{account.ErrInvalidCredentials: "currentPassword", account.ErrLocked: "currentPassword"}
	// identity: the fields of a new account.
	identity = map[error]string{
		account.ErrInvalidEmail: "email", account.ErrEmailTaken: "email",
		account.ErrInvalidUsername: "username", account.ErrUsernameTaken: "username",
		account.ErrInvalidName: "name", account.ErrInvalidLocale: "locale",
		account.ErrPasswordMismatch: "passwordConfirmation",
	}
	// endpointFields: the fields of a webhook endpoint.
	endpointFields = map[error]string{
		webhook.ErrInvalidURL: "url", webhook.ErrAddressRefused: "url",
		webhook.ErrInvalidEvents: "events", webhook.ErrInvalidDescription: "description",
	}
	// proofFields: the fields of a second-factor proof.
	proofFields = map[error]string{
		secondfactor.ErrPasskeysUnavailable: "credential",
		secondfactor.ErrChallengeInvalid:    "secondFactorToken",
	}
	// accountFields: the fields of an account an admin makes or changes.
	accountFields = with(identity, map[error]string{account.ErrLastAdmin: "role", account.ErrNotFound: "id"})
)

// inputFields is the one table of which input field each mutation's
// expected errors are about, by the mutation's name in the schema (a test
// holds it to the schema). Errors of the caller's credentials or of the
// rate limits are about no field.
var inputFields = map[string]errorFields{
	"signIn":                        {byErr: map[error]string{challenge.ErrRequired: "challenge"}},
	"changePassword":                {byErr: with(currentPassword, map[error]string{account.ErrPasswordMismatch: "newPasswordConfirmation"}), other: "newPassword"},
	"requestReset":                  {byErr: map[error]string{challenge.ErrRequired: "challenge"}, other: "login"},
	"resetPassword":                 {byErr: map[error]string{account.ErrTokenInvalid: "token", account.ErrTokenExpired: "token", account.ErrPasswordMismatch: "newPasswordConfirmation"}, other: "newPassword"},
	"requestUsernameReminder":       {other: "email"},
	"requestEmailChange":            {byErr: with(currentPassword, map[error]string{account.ErrRateLimited: ""}), other: "newEmail"},
	"confirmEmailChange":            {other: "token"},
	"signUp":                        {byErr: with(identity, map[error]string{account.ErrRegistrationClosed: ""}), other: "password"},
	"verifyEmail":                   {other: "token"},
	"updateMe":                      {byErr: map[error]string{account.ErrInvalidLocale: "locale"}, other: "name"},
	"updateSecuritySettings":        {}, // settings.FieldError names its field
	"createUser":                    {byErr: accountFields, other: "email"},
	"updateUser":                    {byErr: accountFields, other: "id"},
	"deleteUser":                    {other: "id"},
	"lockUser":                      {other: "id"},
	"unlockUser":                    {other: "id"},
	"adminResetPassword":            {other: "userId"},
	"forceSignIn":                   {other: "userId"},
	"revokeSession":                 {other: "id"},
	"generateToken":                 {byErr: map[error]string{token.ErrInvalidName: "name"}},
	"createAccessToken":             {byErr: map[error]string{token.ErrInvalidExpiry: "expiresAt", token.ErrOutlivesCaller: "expiresAt"}, other: "name"},
	"revokeAccessToken":             {other: "id"},
	"createOrganization":            {other: "name"},
	"updateOrganization":            {byErr: map[error]string{org.ErrNotFound: "id"}, other: "name"},
	"inviteMember":                  {byErr: map[error]string{org.ErrNotFound: "organizationId", org.ErrInvalidRights: "rights"}, other: "email"},
	"acceptInvitation":              {byErr: accountFields, other: "token"},
	"updateMember":                  {byErr: map[error]string{org.ErrNotFound: "membershipId"}, other: "rights"},
	"removeMember":                  {other: "membershipId"},
	"revokeInvitation":              {other: "id"},
	"deleteMe":                      {byErr: currentPassword},
	"updateNotificationPreferences": {}, // account.NoticeChangeError names its entry
	"reportSignIn":                  {other: "token"},
	"importUsers":                   {other: "records"},
	"createWebhookEndpoint":         {byErr: with(endpointFields, map[error]string{webhook.ErrNotFound: "organizationId", webhook.ErrForbidden: "organizationId"})},
	"updateWebhookEndpoint":         {byErr: endpointFields, other: "id"},
	"rotateWebhookSecret":           {other: "id"},
	"deleteWebhookEndpoint":         {other: "id"},
	"replayWebhookEvent":            {other: "deliveryId"},
	"sendTestWebhookEvent":          {other: "id"},
	"beginPasskeyRegistration":      {byErr: map[error]string{passkey.ErrTooMany: ""}, other: "name"},
	"finishPasskeyRegistration":     {byErr: map[error]string{passkey.ErrInvalidName: "name", passkey.ErrTooMany: ""}, other: "credential"},
	"beginPasskeySignIn":            {byErr: map[error]string{passkey.ErrLoginWithToken: "login", secondfactor.ErrChallengeInvalid: "secondFactorToken"}},
	"finishPasskeySignIn":           {byErr: map[error]string{passkey.ErrInvalid: "credential"}},
	"renamePasskey":                 {byErr: map[error]string{passkey.ErrNotFound: "id"}, other: "name"},
	"removePasskey":                 {byErr: map[error]string{secondfactor.ErrRecentAuthenticationRequired: ""}, other: "id"},
	"confirmTotp":                   {byErr: map[error]string{secondfactor.ErrInvalidName: "name", secondfactor.ErrNoEnrollment: ""}, other: "code"},
	"verifySecondFactor":            {byErr: proofFields},
	"removeSecondFactor":            {byErr: map[error]string{secondfactor.ErrRecentAuthenticationRequired: ""}, other: "id"},
	"adminResetSecondFactors":       {byErr: map[error]string{secondfactor.ErrRecentAuthenticationRequired: ""}, other: "userId"},
	"reauthenticate":                {byErr: with(proofFields, map[error]string{account.ErrInvalidCredentials: "password", account.ErrLocked: ""})},
}

// leaveErrors maps deleteMe's refusals: the last admin and the last
// manager of organisations are told what to do first (and which
// organisations); the rest as any account error.
func leaveErrors(ctx context.Context, err error) ([]*model.UserError, []*ent.Organization, error) {
	var stranded *account.StrandedError
	switch {
	case errors.Is(err, account.ErrLastAdmin):
		return []*model.UserError{{Code: model.UserErrorCodeLastAdmin,
			Message: "You are the last admin. Make another person an admin first, then delete your account."}}, []*ent.Organization{}, nil
	case errors.As(err, &stranded):
		names := make([]string, len(stranded.Organizations))
		for i, o := range stranded.Organizations {
			names[i] = o.Name
		}
		return []*model.UserError{{Code: model.UserErrorCodeLastMemberManager,
			Message: "You are the last member who can manage members of " + strings.Join(names, ", ") +
				". Give another member the right to manage members (or remove the other members) first, then delete your account."}}, stranded.Organizations, nil
	}
	ues, err := userErrors(ctx, err)
	return ues, []*ent.Organization{}, err
}
