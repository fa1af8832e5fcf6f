// Package codes holds the top-level error codes of the API: the
// extensions.code of a GraphQL error, whether the resolvers' error
// presenter (graph/errors.go) or the HTTP middleware (internal/httpx)
// answers it. They are a public contract (README, docs/integrators.md):
// spelled once, here.
//
// Expected failures of mutations are userErrors instead; their codes are
// the schema's UserErrorCode enum (graph/schema.graphqls), generated into
// graph/model.
package codes

const (
	// Unauthenticated: nobody is signed in, or the access token is invalid,
	// revoked or expired.
	Unauthenticated = "UNAUTHENTICATED"
	// Forbidden: the caller may not do this (or a cross-origin request).
	Forbidden = "FORBIDDEN"
	// PasswordChangeRequired: a temporary password must be changed first.
	PasswordChangeRequired = "PASSWORD_CHANGE_REQUIRED"
	// SecondFactorRequired: a policy requires a second factor and the
	// viewer has none; only the enrolment fields answer until they enrol.
	SecondFactorRequired = "SECOND_FACTOR_REQUIRED"
	// InvalidInput: the request itself is malformed or over a limit.
	InvalidInput = "INVALID_INPUT"
	// RequestTooLarge: the request body is over the size limit.
	RequestTooLarge = "REQUEST_TOO_LARGE"
	// RateLimited: too many calls of this kind for now (exportMyData).
	RateLimited = "RATE_LIMITED"
	// Internal: something failed on the server's side; details are logged.
	Internal = "INTERNAL"
)
