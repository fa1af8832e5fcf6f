package account

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/ent/user"
	"github.com/latchkey/latchkey/internal/audit"
	"github.com/latchkey/latchkey/internal/clientinfo"
	"github.com/latchkey/latchkey/internal/mail"
)

// Notice names a security email a person gets about their own account.
// The names are a public contract (GraphQL's SecurityNotice).
type Notice string

const (
	// NoticeNewSignIn: a browser that never signed in to the account
	// did (devices.go). Optional.
	NoticeNewSignIn Notice = "NEW_SIGN_IN"
	// NoticePasswordChanged: the password was changed or reset.
	NoticePasswordChanged Notice = "PASSWORD_CHANGED"
	// NoticeAccessTokenCreated: an access token was made for the account.
	NoticeAccessTokenCreated Notice = "ACCESS_TOKEN_CREATED"
	// NoticeEmailChangeRequested: a change of address was asked for; the
	// notice goes to the old address (RequestEmailChange).
	NoticeEmailChangeRequested Notice = "EMAIL_CHANGE_REQUESTED"
	// NoticeForcedSignIn: an admin ended every session and token.
	NoticeForcedSignIn Notice = "FORCED_SIGN_IN"
)

// Second factors (internal/secondfactor) are credentials: their notices
// are never optional. They are sent with SendCredentialNotice from the
// transaction that adds, removes or spends.
const (
	// NoticeSecondFactorAdded: a second factor was added (or an admin
	// reset them all).
	NoticeSecondFactorAdded Notice = "SECOND_FACTOR_ADDED"
	// NoticeSecondFactorRemoved: a second factor was removed.
	NoticeSecondFactorRemoved Notice = "SECOND_FACTOR_REMOVED"
	// NoticeRecoveryCodeUsed: a recovery code was used, or wrong codes
	// locked the sign-in.
	NoticeRecoveryCodeUsed Notice = "RECOVERY_CODE_USED"
)

// NoticeInfo describes one notice.
type NoticeInfo struct {
	Notice Notice
	// Optional notices may be turned off. Those about credentials (a
	// password, a token, the address that resets the password, a forced
	// sign-in) never can: they are how a person learns that someone else
	// holds their account.
	Optional bool
}

// Notices lists every notice, in the order the profile shows them.
var Notices = []NoticeInfo{
	{NoticeNewSignIn, true},
	{NoticePasswordChanged, false},
	{NoticeAccessTokenCreated, false},
	{NoticeEmailChangeRequested, false},
	{NoticeForcedSignIn, false},
	{NoticeSecondFactorAdded, false},
	{NoticeSecondFactorRemoved, false},
	{NoticeRecoveryCodeUsed, false},
}

// Errors of UpdateNotificationPreferences.
var (
	ErrUnknownNotice  = errors.New("account: no such notice")
	ErrNoticeRequired = errors.New("account: this notice is about your credentials and cannot be turned off")
)

// NoticePreference is whether a person gets one notice.
type NoticePreference struct {
	NoticeInfo
	Enabled bool
}

// NoticePreferences returns u's preferences for every notice.
func NoticePreferences(u *ent.User) []NoticePreference {
	out := make([]NoticePreference, 0, len(Notices))
	for _, n := range Notices {
		out = append(out, NoticePreference{NoticeInfo: n, Enabled: Wants(u, n.Notice)})
	}
	return out
}

// Wants reports whether u gets notice n: always for one that is not
// optional, whatever is stored.
func Wants(u *ent.User, n Notice) bool {
	info, ok := noticeInfo(n)
	if !ok || !info.Optional {
		return true
	}
	return !slices.Contains(u.NotificationsOff, string(n))
}

func noticeInfo(n Notice) (NoticeInfo, bool) {
	for _, info := range Notices {
		if info.Notice == n {
			return info, true
		}
	}
	return NoticeInfo{}, false
}

// NoticeChange turns one notice on or off.
type NoticeChange struct {
	Notice  Notice
	Enabled bool
}

// NoticeChangeError says which change (by its index) was refused.
type NoticeChangeError struct {
	Index int
	Err   error
}

func (e *NoticeChangeError) Error() string { return fmt.Sprintf("preference %d: %v", e.Index, e.Err) }
func (e *NoticeChangeError) Unwrap() error { return e.Err }

// UpdateNotificationPreferences applies changes to u's own preferences, all
// or none: an unknown notice is ErrUnknownNotice, turning off one that is
// not optional ErrNoticeRequired (turning it "on" is accepted and changes
// nothing), each wrapped in a NoticeChangeError that names the change. The
// change and its USER_UPDATED event commit together.
func (s *Service) UpdateNotificationPreferences(ctx context.Context, u *ent.User, changes []NoticeChange) (*ent.User, error) {
	off := slices.Clone(u.NotificationsOff)
	for i, c := range changes {
		info, ok := noticeInfo(c.Notice)
		switch {
		case !ok:
			return nil, &NoticeChangeError{i, ErrUnknownNotice}
		case !info.Optional && !c.Enabled:
			return nil, &NoticeChangeError{i, ErrNoticeRequired}
		case !info.Optional:
			continue
		}
		off = slices.DeleteFunc(off, func(k string) bool { return k == string(c.Notice) })
		if !c.Enabled {
			off = append(off, string(c.Notice))
		}
	}
	slices.Sort(off)
	if slices.Equal(off, sortedCopy(u.NotificationsOff)) {
		return u, nil
	}
	err := withTx(ctx, s.Client, func(tx *ent.Client) error {
		var err error
		if u, err = tx.User.UpdateOneID(u.ID).SetNotificationsOff(off).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, tx, audit.Event{Type: audit.UserUpdated, ActorID: u.ID, SubjectID: u.ID,
			Details: map[string]string{"fields": "notifications", "notifications_off": strings.Join(off, ",")}})
	})
	if err != nil {
		return nil, fmt.Errorf("account: update notification preferences: %w", err)
	}
	return u, nil
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	if c == nil {
		c = []string{}
	}
	return c
}

// SendCredentialNotice writes, with send (from s.Outbox.InTx, whose
// transaction tx is), the notice about a credential of userID: the
// account is read in tx, so the email goes to its address and in its
// language as of the change. d is completed with the name, the address
// and who was on the other end of the request; linkPath ("/profile") is
// the page of the web app its button opens.
func (s *Service) SendCredentialNotice(ctx context.Context, tx *ent.Client, send mail.Send, userID string, kind mail.Kind, linkPath string, d mail.Data) error {
	if s.Outbox == nil {
		return nil
	}
	d.Link = s.Outbox.Link(linkPath, "")
	u, err := tx.User.Query().Where(user.ID(userID)).Only(ctx)
	if err != nil {
		return fmt.Errorf("account: notice %s: %w", kind, err)
	}
	d.Name, d.Username, d.Email = u.Name, u.Username, u.Email
	info := clientinfo.From(ctx)
	d.Browser, d.System = clientinfo.Browser(info.UserAgent)
	d.Address = info.IP
	if d.When.IsZero() {
		d.When = s.Now.Now()
	}
	if d.TokenName != "" {
		d.TokenName = mail.TokenNameShown(u.Locale, d.TokenName)
	}
	return send(mail.Email{To: u.Email, Locale: u.Locale, Kind: kind, Data: d})
}
