package account

import (
	"context"
	"errors"
	"testing"

	"github.com/latchkey/latchkey/ent"
)

func TestNoticesAboutCredentialsCannotBeTurnedOff(t *testing.T) {
	s := &Service{} // no database: every case below is refused or changes nothing
	u := &ent.User{ID: "usr_1"}
	cases := []struct {
		name    string
		changes []NoticeChange
		err     error
		index   int
	}{
		{"an access-token notice off", []NoticeChange{{NoticeAccessTokenCreated, false}}, ErrNoticeRequired, 0},
		{"a forced sign-in notice off after a fine change", []NoticeChange{{NoticeNewSignIn, true}, {NoticeForcedSignIn, false}}, ErrNoticeRequired, 1},
		{"the email-change notice off", []NoticeChange{{NoticeEmailChangeRequested, false}}, ErrNoticeRequired, 0},
		{"the password notice off", []NoticeChange{{NoticePasswordChanged, false}}, ErrNoticeRequired, 0},
		{"a notice that does not exist", []NoticeChange{{"SECOND_FACTOR_FORGOTTEN", false}}, ErrUnknownNotice, 0},
		{"the second-factor notices off", []NoticeChange{{NoticeSecondFactorAdded, false}}, ErrNoticeRequired, 0},
		{"the removed-factor notice off", []NoticeChange{{NoticeSecondFactorRemoved, false}}, ErrNoticeRequired, 0},
		{"the recovery-code notice off", []NoticeChange{{NoticeRecoveryCodeUsed, false}}, ErrNoticeRequired, 0},
		{"a credential notice on: nothing to do", []NoticeChange{{NoticeAccessTokenCreated, true}}, nil, 0},
		{"the new sign-in notice on while on: nothing to do", []NoticeChange{{NoticeNewSignIn, true}}, nil, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.UpdateNotificationPreferences(context.Background(), u, c.changes)
			if !errors.Is(err, c.err) {
				t.Fatalf("err = %v, want %v", err, c.err)
			}
			var ce *NoticeChangeError
			if c.err != nil && (!errors.As(err, &ce) || ce.Index != c.index) {
				t.Fatalf("err = %#v, want index %d", err, c.index)
			}
			if c.err == nil && got != u {
				t.Fatalf("changed the account")
			}
		})
	}
}

func TestWantsFollowsTheStoredChoiceOnlyForOptionalNotices(t *testing.T) {
	off := &ent.User{NotificationsOff: []string{string(NoticeNewSignIn), string(NoticeAccessTokenCreated)}}
	cases := []struct {
		u    *ent.User
		n    Notice
		want bool
	}{
		{&ent.User{}, NoticeNewSignIn, true},
		{off, NoticeNewSignIn, false},
		// Stored by hand or by an older release: still sent.
		{off, NoticeAccessTokenCreated, true},
		{off, NoticeForcedSignIn, true},
	}
	for _, c := range cases {
		if got := Wants(c.u, c.n); got != c.want {
			t.Errorf("Wants(%v, %s) = %v", c.u.NotificationsOff, c.n, got)
		}
	}
	for _, p := range NoticePreferences(off) {
		if !p.Optional && !p.Enabled {
			t.Errorf("%s shown as off", p.Notice)
		}
	}
}
