package graph

import (
	"context"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/device"
	"github.com/latchkey/latchkey/internal/secret"
)

func noticeChanges(in []*model.NotificationPreferenceInput) []account.NoticeChange {
	out := make([]account.NoticeChange, 0, len(in))
	for _, p := range in {
		out = append(out, account.NoticeChange{Notice: account.Notice(p.Notice), Enabled: p.Enabled})
	}
	return out
}

func noticePreferences(u *ent.User) []*model.NotificationPreference {
	prefs := account.NoticePreferences(u)
	out := make([]*model.NotificationPreference, 0, len(prefs))
	for _, p := range prefs {
		out = append(out, &model.NotificationPreference{Notice: model.SecurityNotice(p.Notice), Enabled: p.Enabled, Optional: p.Optional})
	}
	return out
}

// noteBrowser records this request's browser as known to u, right after u
// signed in on it (a new session token is in place), and has the browser
// keep its device cookie; a browser new to the account gets u the
// new-sign-in notice (account.NoteSignIn). The sign-in has happened
// whatever becomes of this: a failure is logged, never shown.
func (r *Resolver) noteBrowser(ctx context.Context, u *ent.User) {
	tok, err := r.Accounts.NoteSignIn(ctx, u, account.SignedIn{DeviceToken: device.Token(ctx), SessionHash: secret.Hash(r.Sessions.Token(ctx))})
	if err != nil {
		r.Log.ErrorContext(ctx, "note the browser of a sign-in", "user_id", u.ID, "err", err)
	}
	device.Remember(ctx, tok)
}
