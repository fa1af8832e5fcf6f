package graph

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/auth"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/token"
	"github.com/latchkey/latchkey/internal/webhook"
)

// Top-level error codes, in extensions.code. Expected failures of mutations
// are userErrors instead; these say the call itself was not allowed.
const (
	CodeUnauthenticated        = "UNAUTHENTICATED"
	CodeForbidden              = "FORBIDDEN"
	CodePasswordChangeRequired = "PASSWORD_CHANGE_REQUIRED"
	CodeInvalidInput           = "INVALID_INPUT"
	CodeInternal               = "INTERNAL"
)

// codedError is an error that reaches the client with a code.
type codedError struct {
	code    string
	message string
}

func (e *codedError) Error() string { return e.message }

var (
	errUnauthenticated = &codedError{CodeUnauthenticated, "You need to sign in to do this."}
	errForbidden       = &codedError{CodeForbidden, "You are not allowed to do this."}
)

func invalidInput(msg string) error { return &codedError{CodeInvalidInput, msg} }

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
				setCode(gqlErr, CodeInvalidInput)
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
			setCode(gqlErr, CodeUnauthenticated)
		default:
			log.ErrorContext(ctx, "graphql resolver failed", "err", err, "path", gqlErr.Path.String())
			gqlErr.Message = "Something went wrong on our side. Please try again."
			setCode(gqlErr, CodeInternal)
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

// userErrors turns the expected failures of a domain call into userErrors.
// Unexpected errors come back as the second value, for the presenter.
// field names the input field that a validation error is about.
func userErrors(err error, field func(error) string) ([]*model.UserError, error) {
	if err == nil {
		return []*model.UserError{}, nil
	}
	ue := func(code model.UserErrorCode, msg string) ([]*model.UserError, error) {
		e := &model.UserError{Code: code, Message: msg}
		if field != nil {
			if f := field(err); f != "" {
				e.Field = []string{"input", f}
			}
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
		e := &model.UserError{Code: model.UserErrorCodeInvalidInput, Field: []string{"input", settingErr.Field}, Message: "The value " + settingErr.Message + "."}
		return []*model.UserError{e}, nil
	}
	return nil, err
}
