package challenge

import (
	"context"
	"errors"
	"time"

	"github.com/latchkey/latchkey/internal/clientinfo"
)

// RequiredError is the refusal of a request that needed a solved
// challenge: it carries the new challenge to solve.
type RequiredError struct {
	Challenge Challenge
	Reason    error // ErrMissing, ErrInvalid, ErrExpired or ErrReplayed
}

func (e *RequiredError) Error() string { return "challenge required: " + e.Reason.Error() }

// ErrRequired matches every *RequiredError (errors.Is).
var ErrRequired = errors.New("challenge required")

func (e *RequiredError) Is(target error) bool { return target == ErrRequired }

// Counter counts an address's recent failures (ratelimit.Counter).
type Counter interface {
	Hit(ctx context.Context, key string, window time.Duration) (int, error)
	Count(ctx context.Context, key string, window time.Duration) (int, error)
}

// FailureWindow is how long an address's failed sign-ins count towards
// AfterFailures (a fixed window).
const FailureWindow = 15 * time.Minute

// Gate decides when a challenge is asked for: when the hashing queue's
// pressure (0 to 1) is at least Pressure, or when the client's address
// (IPv6 by /64) has failed AfterFailures times in the failure window.
// Pressure 0 and AfterFailures 0 turn each rule off.
type Gate struct {
	Issuer        *Issuer
	Failures      Counter
	Load          func() float64 // the hashing pressure now
	Pressure      float64
	AfterFailures int
	// Observe, when set, is told of each challenge issued ("issued"),
	// solved ("solved") and refused ("failed": invalid, expired or
	// replayed), and of each request refused for want of one ("required").
	Observe func(event string)
}

type solutionKey struct{}

// WithSolution returns ctx carrying the solution a client sent with its
// request ("" for none).
func WithSolution(ctx context.Context, payload string) context.Context {
	return context.WithValue(ctx, solutionKey{}, payload)
}

// Exempt returns ctx whose requests are never asked (an access-token
// caller).
func Exempt(ctx context.Context) context.Context {
	return context.WithValue(ctx, exemptKey{}, true)
}

type exemptKey struct{}

func failKey(ctx context.Context) string {
	return "challenge:fail:" + clientinfo.RateKey(clientinfo.From(ctx).IP)
}

// Check returns nil when the request may go on: no challenge is needed, or
// the one it carries is solved, unexpired and unused (it is used now).
// Otherwise a *RequiredError with a new challenge.
func (g *Gate) Check(ctx context.Context) error {
	if g == nil || g.Issuer == nil {
		return nil
	}
	if exempt, _ := ctx.Value(exemptKey{}).(bool); exempt {
		return nil
	}
	pressure := 0.0
	if g.Load != nil {
		pressure = g.Load()
	}
	need := g.Pressure > 0 && pressure >= g.Pressure
	if !need && g.AfterFailures > 0 && g.Failures != nil && clientinfo.From(ctx).IP != "" {
		n, err := g.Failures.Count(ctx, failKey(ctx), FailureWindow)
		if err != nil {
			return err
		}
		need = n >= g.AfterFailures
	}
	if !need {
		return nil
	}
	payload, _ := ctx.Value(solutionKey{}).(string)
	err := g.Issuer.Verify(ctx, payload)
	if err == nil {
		g.observe("solved")
		return nil
	}
	if !errors.Is(err, ErrMissing) && !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrExpired) && !errors.Is(err, ErrReplayed) {
		return err
	}
	if !errors.Is(err, ErrMissing) {
		g.observe("failed")
	}
	g.observe("required")
	g.observe("issued")
	return &RequiredError{Challenge: g.Issuer.Issue(pressure), Reason: err}
}

// Failed counts a failed sign-in against the client's address.
func (g *Gate) Failed(ctx context.Context) {
	if g == nil || g.AfterFailures <= 0 || g.Failures == nil || clientinfo.From(ctx).IP == "" {
		return
	}
	g.Failures.Hit(ctx, failKey(ctx), FailureWindow) //nolint:errcheck // best effort: the lockout still counts
}

// Issue returns a challenge for the pressure now (signInChallenge).
func (g *Gate) Issue() Challenge {
	pressure := 0.0
	if g.Load != nil {
		pressure = g.Load()
	}
	g.observe("issued")
	return g.Issuer.Issue(pressure)
}

func (g *Gate) observe(event string) {
	if g.Observe != nil {
		g.Observe(event)
	}
}
