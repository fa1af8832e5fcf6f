package account

import (
	"context"
	stdsql "database/sql"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/knowndevice"
	"github.com/latchkey/latchkey/ent/session"
	"github.com/latchkey/latchkey/ent/signinnotice"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/mail"
	"github.com/latchkey/latchkey/internal/secret"
	"github.com/latchkey/latchkey/internal/settings"
)

// NewSignInNoticesPerHour is how many "new sign-in" emails one account gets
// in an hour (a fixed window): a flood of sign-ins from new browsers sends
// at most this many. The browsers beyond it are still recorded as known.
const NewSignInNoticesPerHour = 3

// SignInNoticeLifetime is how long the "This wasn't me" link of a notice
// works: a person may read the email days later.
const SignInNoticeLifetime = 7 * 24 * time.Hour

// MaxKnownDevices bounds the browsers remembered per account; beyond it the
// one unseen longest is forgotten (it would count as new again).
const MaxKnownDevices = 100

// knownDeviceTouchEvery is how stale a known device's last_seen_at may get
// before a sign-in refreshes it (a sign-in from a known browser writes
// nothing more often than this).
const knownDeviceTouchEvery = time.Hour

const prefixSignInNotice = "lk_sin_"

func newSignInNoticeKey(userID string) string { return "new-sign-in:hour:" + userID }

// SignedIn is what a browser sign-in leaves for the notice: the device
// token the browser sent ("" or not one of ours: a new browser) and the
// hash of the new session's token, which "This wasn't me" ends.
type SignedIn struct {
	DeviceToken string
	SessionHash string
}

// KnownDevice reports whether the browser holding deviceToken has signed
// in to userID's account before (and was not forgotten since).
func (s *Service) KnownDevice(ctx context.Context, userID, deviceToken string) (bool, error) {
	if !device.Valid(deviceToken) {
		return false, nil
	}
	return s.Client.KnownDevice.Query().
		Where(knowndevice.UserID(userID), knowndevice.TokenHash(device.Hash(deviceToken))).
		Exist(ctx)
}

// NoteSignIn records, after a successful browser sign-in of u, that its
// browser is known to the account, and returns the device token the
// browser should keep (the one it sent, signed afresh, or a new one). If the browser
// was new to the account, u gets the "new sign-in" notice: unless they
// turned it off, unless it is the account's first browser ever (a new
// account, or the first sign-in since this feature: nothing to compare
// with), and at most NewSignInNoticesPerHour an hour. The device, the
// notice's one-time link and its email are written in one transaction.
//
// Sign-ins over generateToken have no browser and call nothing here: the
// access token they make sends its own notice, which cannot be turned off.
func (s *Service) NoteSignIn(ctx context.Context, u *ent.User, in SignedIn) (string, error) {
	tok := in.DeviceToken
	if device.Valid(tok) {
		// Signed afresh: a token of before signing, or signed under a
		// key since rotated, is the same browser and gets a signature
		// the anonymous lane accepts (internal/httpx, Lane).
		tok = device.Sign(s.Keys, tok)
	} else {
		tok = device.New(s.Keys)
	}
	hash := device.Hash(tok)
	info := clientinfo.From(ctx)
	now := s.Now.Now()
	known, err := s.Client.KnownDevice.Query().Where(knowndevice.UserID(u.ID), knowndevice.TokenHash(hash)).Only(ctx)
	if err == nil {
		if now.Sub(known.LastSeenAt) > knownDeviceTouchEvery {
			err := s.Client.KnownDevice.UpdateOne(known).SetLastSeenAt(now).SetUserAgent(truncateUTF8(info.UserAgent, 512)).Exec(ctx)
			if err != nil {
				return tok, fmt.Errorf("account: touch known device: %w", err)
			}
		}
		return tok, nil
	}
	if !ent.IsNotFound(err) {
		return tok, fmt.Errorf("account: find known device: %w", err)
	}
	first, err := s.Client.KnownDevice.Query().Where(knowndevice.UserID(u.ID)).Exist(ctx)
	if err != nil {
		return tok, fmt.Errorf("account: known devices: %w", err)
	}
	first = !first
	notify := !first && s.Outbox != nil && Wants(u, NoticeNewSignIn) && in.SessionHash != ""
	if notify && s.Limits != nil {
		// Counted before the transaction: the counters are written
		// outside it, and SQLite has one writer.
		if err := s.Limits.Allow(ctx, newSignInNoticeKey(u.ID), NewSignInNoticesPerHour, time.Hour); err == ErrRateLimited {
			notify = false
		} else if err != nil {
			return tok, err
		}
	}
	err = s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		err := tx.KnownDevice.Create().
			SetUserID(u.ID).SetTokenHash(hash).SetCreatedAt(now).SetLastSeenAt(now).
			SetUserAgent(truncateUTF8(info.UserAgent, 512)).
			OnConflict(sql.ConflictColumns(knowndevice.FieldUserID, knowndevice.FieldTokenHash)).DoNothing().
			Exec(ctx)
		if err != nil && !isNoRows(err) {
			return err
		}
		if err := forgetOldDevices(ctx, tx, u.ID); err != nil {
			return err
		}
		details := map[string]string{"notified": fmt.Sprint(notify)}
		if first {
			details["first"] = "true"
		}
		if notify {
			link, h := secret.NewToken(prefixSignInNotice)
			n, err := tx.SignInNotice.Create().
				SetUserID(u.ID).SetTokenHash(h).SetSessionHash(in.SessionHash).SetDeviceHash(hash).
				SetEmail(u.Email).SetIP(truncateUTF8(info.IP, 64)).SetUserAgent(truncateUTF8(info.UserAgent, 512)).
				SetCreatedAt(now).SetExpiresAt(now.Add(SignInNoticeLifetime)).
				Save(ctx)
			if err != nil {
				return err
			}
			details["notice_id"] = n.ID
			d := mail.Data{Name: u.Name, Username: u.Username, Email: u.Email, When: now, Address: info.IP,
				Valid: SignInNoticeLifetime, Link: s.Outbox.Link("/this-wasnt-me", link)}
			d.Browser, d.System = clientinfo.Browser(info.UserAgent)
			if err := send(mail.Email{To: u.Email, Locale: u.Locale, Kind: mail.KindNewSignIn, Data: d}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.NewDeviceSignIn, ActorID: u.ID, SubjectID: u.ID, Details: details})
	})
	if err != nil {
		return tok, fmt.Errorf("account: note sign-in: %w", err)
	}
	return tok, nil
}

// isNoRows: ON CONFLICT DO NOTHING inserted nothing (another sign-in of
// the same browser won the race), which ent reports as sql.ErrNoRows.
func isNoRows(err error) bool { return errors.Is(err, stdsql.ErrNoRows) }

// forgetOldDevices keeps the MaxKnownDevices browsers of userID seen last.
func forgetOldDevices(ctx context.Context, tx *ent.Client, userID string) error {
	ids, err := tx.KnownDevice.Query().Where(knowndevice.UserID(userID)).
		Order(ent.Desc(knowndevice.FieldLastSeenAt), ent.Desc(knowndevice.FieldID)).
		Offset(MaxKnownDevices).IDs(ctx)
	if err != nil || len(ids) == 0 {
		return err
	}
	_, err = tx.KnownDevice.Delete().Where(knowndevice.IDIn(ids...)).Exec(ctx)
	return err
}

// ReportSignIn is "This wasn't me", with the token of a notice's link: it
// ends the session of that sign-in, forgets its browser, and sends the
// account a link to choose a new password (or a temporary password, as the
// settings say), all in one transaction; the token works once. Unknown,
// used, or sent to an address the account no longer has: ErrTokenInvalid;
// past SignInNoticeLifetime: ErrTokenExpired. The reset email is not
// counted against the reset limits (the link is one-time, and notices are
// limited already); under an admin's lock none is sent, as for
// requestReset. Opening the link in the web app spends nothing: only this
// call does.
func (s *Service) ReportSignIn(ctx context.Context, token string) error {
	st, err := settings.Load(ctx, s.Client)
	if err != nil {
		return err
	}
	if err := s.allowClient(ctx, st); err != nil {
		return err
	}
	if token == "" || len(token) > 200 {
		return ErrTokenInvalid
	}
	n, err := s.Client.SignInNotice.Query().Where(signinnotice.TokenHash(secret.Hash(token))).Only(ctx)
	if ent.IsNotFound(err) {
		return ErrTokenInvalid
	}
	if err != nil {
		return fmt.Errorf("account: find sign-in notice: %w", err)
	}
	u, err := s.Client.User.Get(ctx, n.UserID)
	if err != nil {
		return fmt.Errorf("account: report sign-in: %w", err)
	}
	if n.UsedAt != nil || EmailKey(u.Email) != EmailKey(n.Email) {
		return ErrTokenInvalid
	}
	now := s.Now.Now()
	if !n.ExpiresAt.After(now) {
		return ErrTokenExpired
	}
	return s.Outbox.InTx(ctx, s.Client, func(tx *ent.Client, send mail.Send) error {
		spent, err := tx.SignInNotice.Update().Where(signinnotice.ID(n.ID), signinnotice.UsedAtIsNil()).SetUsedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if spent != 1 {
			return ErrTokenInvalid
		}
		ended, err := tx.Session.Delete().Where(session.UserID(u.ID), session.TokenHash(n.SessionHash)).Exec(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.KnownDevice.Delete().Where(knowndevice.UserID(u.ID), knowndevice.TokenHash(n.DeviceHash)).Exec(ctx); err != nil {
			return err
		}
		if err := audit.Record(ctx, tx, audit.Event{Type: audit.SignInReported, ActorID: u.ID, SubjectID: u.ID,
			Details: map[string]string{"notice_id": n.ID, "sessions": fmt.Sprint(ended)}}); err != nil {
			return err
		}
		locked, err := tx.User.Query().Where(user.ID(u.ID), user.AdminLockedAtNotNil()).Exist(ctx)
		if err != nil || locked || s.Outbox == nil {
			return err
		}
		return s.writeReset(ctx, tx, send, st, u, mail.KindResetLink, 0)
	})
}

func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n]
}
