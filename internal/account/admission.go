package account

import (
	"context"
	"errors"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/password"
)

// hashTicket says whom this request's password hashes are for: the
// client's address as the rate limits group it (IPv6 by its /64), so
// that the hashing slots are shared fairly between addresses, and first
// for a browser known to the account.
func hashTicket(ctx context.Context, first bool) context.Context {
	return password.WithTicket(ctx, clientinfo.RateKey(clientinfo.From(ctx).IP), first)
}

// knownBrowserFirst puts the request's hashes before everyone else's when
// its browser holds a device cookie known to u's account (it has signed
// in to this account before): under a flood, the account's owner goes
// first. The lookup is made only for a device cookie of ours.
func (s *Service) knownBrowserFirst(ctx context.Context, u *ent.User) context.Context {
	tok := device.Token(ctx)
	if tok == "" {
		return ctx
	}
	known, err := s.KnownDevice(ctx, u.ID, tok)
	if err != nil || !known {
		return ctx
	}
	return hashTicket(ctx, true)
}

// Challenger asks for a proof of work (internal/challenge.Gate): Check
// returns nil or a *challenge.RequiredError carrying the challenge to
// solve; Failed counts a failed sign-in against the client's address.
type Challenger interface {
	Check(ctx context.Context) error
	Failed(ctx context.Context)
}

func (s *Service) challenge(ctx context.Context) error {
	if s.Challenges == nil {
		return nil
	}
	return s.Challenges.Check(ctx)
}

// challengeFailure counts a wrong password or a locked account against the
// client's address: after a few, that address is asked for a challenge.
func (s *Service) challengeFailure(ctx context.Context, err error) {
	if s.Challenges != nil && (errors.Is(err, ErrInvalidCredentials) || errors.Is(err, ErrLocked)) {
		s.Challenges.Failed(ctx)
	}
}
