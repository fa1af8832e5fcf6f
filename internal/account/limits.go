package account

import (
	"context"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// Keys of the shared counters. Tries at a password are counted per typed
// login for everyone (real or unknown) and per account for real accounts
// (see lockout.go).
func ipKey(ip string) string            { return "ip:" + clientinfo.RateKey(ip) }
func triesUserKey(id string) string     { return "tries:user:" + id }
func resetHourKey(id string) string     { return "reset:hour:" + id }
func resetIntervalKey(id string) string { return "reset:gap:" + id }
func reminderHourKey(id string) string  { return "reminder:hour:" + id }

func (s *Service) triesLoginKey(login string) string {
	return "tries:login:" + s.loginDigest(login)
}
func (s *Service) lockedLoginKey(login string) string {
	return "lock:login:" + s.loginDigest(login)
}

// loginDigest is what a login typed at sign-in is kept as in the counters:
// a keyed hash (HMAC under the secret key, see Service.Keys), never the
// text. People type their password into the login field: a counter row
// holding it would be a password in the database, and a plain SHA-256 of
// a weak one could be guessed offline. Without keys (the command line,
// which counts nothing) it is a plain SHA-256.
func (s *Service) loginDigest(login string) string {
	if s.Keys != nil {
		return s.Keys.Digest(EmailKey(login))
	}
	return secret.Hash(EmailKey(login))
}

// failureWindow is how long failed tries are remembered after the last
// one: failures are "consecutive" until a success, a reset or an unlock
// clears them, or until nobody has tried for this long.
const failureWindow = 30 * 24 * time.Hour

// allowClient counts one sensitive request (sign-in, reset, reminder,
// sign-up, token, invitation) against the client's address.
func (s *Service) allowClient(ctx context.Context, st *ent.SecuritySettings) error {
	ip := clientinfo.From(ctx).IP
	if s.Limits == nil || ip == "" || st.IPRequestsPerMinute <= 0 {
		return nil
	}
	if err := s.Limits.Allow(ctx, ipKey(ip), st.IPRequestsPerMinute, time.Minute); err != nil {
		if err == ErrRateLimited {
			s.audit(ctx, audit.Event{Type: audit.RateLimited, Details: map[string]string{"limit": "ip"}})
		}
		return err
	}
	return nil
}

// allowResetMail applies the per-account limits on reset emails: so many an
// hour, and a minimum interval. Over a limit nothing is sent, silently.
// The minimum interval guards against duplicates (a double click); the
// lockout email is never a duplicate of a reset request, so it passes
// (withInterval false) while still counting against the hourly limit.
func (s *Service) allowResetMail(ctx context.Context, st *ent.SecuritySettings, userID string, withInterval bool) (bool, error) {
	if s.Limits == nil {
		return true, nil
	}
	if withInterval && st.ResetMinIntervalSeconds > 0 {
		// A mark that starts with the email, not a clock-aligned window:
		// two requests a second apart never both send, whatever the clock.
		ok, err := s.Limits.Claim(ctx, resetIntervalKey(userID), settings.ResetMinInterval(st))
		if err != nil || !ok {
			return false, err
		}
	}
	if st.ResetRequestsPerHour > 0 {
		err := s.Limits.Allow(ctx, resetHourKey(userID), st.ResetRequestsPerHour, time.Hour)
		if err == ErrRateLimited {
			return false, nil
		} else if err != nil {
			return false, err
		}
	}
	return true, nil
}

// audit records e, logging rather than failing when it cannot.
func (s *Service) audit(ctx context.Context, e audit.Event) {
	if err := audit.Record(ctx, s.Client, e); err != nil {
		s.log().ErrorContext(ctx, "audit", "type", e.Type, "err", err)
	}
}

// InvitationsPerAddressPerHour is how many invitation emails one address
// can get in an hour (a fixed window), from every organisation and inviter
// together: each sends mail to an address of the inviter's choosing.
const InvitationsPerAddressPerHour = 5

func invitationHourKey(email string) string { return "invite:hour:" + EmailKey(email) }

// AllowInvitation counts one invitation against the client's address
// (ipRequestsPerMinute) and against the invited address
// (InvitationsPerAddressPerHour): ErrRateLimited beyond either.
func (s *Service) AllowInvitation(ctx context.Context, email string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	if s.Limits == nil {
		return nil
	}
	err = s.Limits.Allow(ctx, invitationHourKey(email), InvitationsPerAddressPerHour, time.Hour)
	if err == ErrRateLimited {
		s.audit(ctx, audit.Event{Type: audit.RateLimited, Details: map[string]string{"limit": "invitation_address"}})
	}
	return err
}

// AllowClient counts one sensitive request against the client's address,
// for sensitive operations that live in other packages (accepting an
// invitation).
func (s *Service) AllowClient(ctx context.Context) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	return s.allowClient(ctx, st)
}
