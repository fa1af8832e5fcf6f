package mail

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/text"
)

// Kind names an email. Admins see it in the outbox.
type Kind string

const (
	KindResetLink         Kind = "RESET_LINK"
	KindTemporaryPassword Kind = "TEMPORARY_PASSWORD"
	KindPasswordChanged   Kind = "PASSWORD_CHANGED"
	KindPasswordReset     Kind = "PASSWORD_RESET"
	KindAccountLocked     Kind = "ACCOUNT_LOCKED"
	// KindAccountLockedTemporary is the lock email when resets send
	// temporary passwords: it carries one instead of a link.
	KindAccountLockedTemporary Kind = "ACCOUNT_LOCKED_TEMPORARY_PASSWORD"
	KindUsernameReminder       Kind = "USERNAME_REMINDER"
	KindEmailChangeLink        Kind = "EMAIL_CHANGE_LINK"
	KindEmailChanged           Kind = "EMAIL_CHANGE_NOTICE"
	KindVerifyEmail            Kind = "VERIFY_EMAIL"
	KindSetPassword            Kind = "SET_PASSWORD"
	KindInvitation             Kind = "INVITATION"
	// KindAddressInUse tells the owner of an address that someone tried to
	// sign up with it or to move another account to it. It is sent instead
	// of the sign-up or confirmation email, so that the answer to the
	// person who typed the address never says it is taken.
	KindAddressInUse Kind = "ADDRESS_IN_USE_NOTICE"
)

// unproven are the emails sent to an address nobody has yet shown to be
// theirs: whoever typed it chose the recipient. Such an email must carry
// no text that person chose beyond their display name (which may hold no
// link, see account.NormalizeName), or the service would relay their
// message ("re-validate at evil.example") to anyone. Render enforces it:
// the username is left out, and a name, an inviter or an organisation's
// name that reads as a link is replaced by a neutral word.
var unproven = map[Kind]bool{
	KindEmailChangeLink: true,
	KindVerifyEmail:     true,
	KindInvitation:      true,
	KindAddressInUse:    true,
}

// Data fills a template. Link is the action's URL; Valid how long it (or a
// temporary password) works.
type Data struct {
	Name     string
	Username string
	Email    string
	NewEmail string
	Link     string
	Password string
	Valid    time.Duration
	Attempts int
	OrgName  string
	Inviter  string
	// Sessions and Tokens are how many other sessions and access tokens a
	// password change ended; TokensKept that the person kept their tokens.
	Sessions   int
	Tokens     int
	TokensKept bool
	// When, Browser, System and Address describe a sign-in or a change
	// (see notices.go): the time, the browser's family and system in the
	// fixed words of clientinfo.Browser, and the client address.
	When    time.Time
	Browser string
	System  string
	Address string
	// TokenName names an access token.
	TokenName string
	// Endpoint is a webhook endpoint's host ({endpoint}).
	Endpoint string
	// Factor is a second factor's kind, TOTP or PASSKEY ({factor}, in
	// words); Left how many recovery codes are left ({left}).
	Factor string
	Left   int
}

// copyText is one email in one language. Placeholders in braces are filled
// from Data: {name} {username} {email} {newEmail} {valid} {attempts}
// {password} {org} {inviter}, and {ended}: what a password change ended.
type copyText struct {
	Subject string
	Lines   []string
	Action  string // the button's label; empty: no button
	Ignore  string // what to do if the reader did not ask
}

// Locales are the languages emails are written in; others fall back to en.
var Locales = []string{"en", "fr", "sv"}

// Render writes the subject, text and HTML of an email in locale.
func Render(kind Kind, locale string, d Data) (subject, text, html string, err error) {
	byLocale, ok := catalogue[locale]
	if !ok {
		byLocale, locale = catalogue["en"], "en"
	}
	c, ok := byLocale[kind]
	if !ok {
		return "", "", "", fmt.Errorf("mail: no %s email in %s", kind, locale)
	}
	if unproven[kind] {
		d = neutral(locale, d)
	}
	name := greetName(d)
	r := strings.NewReplacer(
		"{name}", name, "{username}", d.Username, "{email}", d.Email, "{newEmail}", d.NewEmail,
		"{valid}", validity(locale, d.Valid), "{attempts}", fmt.Sprint(d.Attempts), "{password}", d.Password,
		"{org}", d.OrgName, "{inviter}", d.Inviter, "{ended}", ended(locale, d),
		"{when}", when(d.When), "{browser}", browserText(locale, d), "{address}", addressText(locale, d.Address),
		"{tokenName}", d.TokenName,
		"{endpoint}", d.Endpoint,
		"{factor}", factorText(locale, d.Factor), "{left}", fmt.Sprint(d.Left),
	)
	subject = r.Replace(c.Subject)
	lines := make([]string, len(c.Lines))
	for i, l := range c.Lines {
		if name == "" {
			l = strings.Replace(l, " {name}", "", 1) // "Hello {name}," becomes "Hello,"
		}
		lines[i] = r.Replace(l)
	}
	ignore := r.Replace(c.Ignore)
	action := r.Replace(c.Action)

	var tb strings.Builder
	for _, l := range lines {
		tb.WriteString(l + "\n\n")
	}
	if d.Link != "" {
		tb.WriteString(action + ":\n" + d.Link + "\n\n")
	}
	if ignore != "" {
		tb.WriteString(ignore + "\n\n")
	}
	tb.WriteString("-- \nLatchkey\n")

	var hb bytes.Buffer
	err = htmlLayout.Execute(&hb, map[string]any{
		"Lang": locale, "Subject": subject, "Lines": lines, "Action": action, "Link": d.Link, "Ignore": ignore,
	})
	if err != nil {
		return "", "", "", fmt.Errorf("mail: render %s: %w", kind, err)
	}
	return subject, tb.String(), hb.String(), nil
}

// ended says what a password change ended: the other sessions, and the
// access tokens or that they were kept.
func ended(locale string, d Data) string {
	w := endedText[locale]
	pick := func(n int, forms [3]string) string {
		return strings.ReplaceAll(forms[min(n, 2)], "{n}", fmt.Sprint(n))
	}
	tokens := w.keptTokens
	if !d.TokensKept {
		tokens = pick(d.Tokens, w.tokens)
	}
	return pick(d.Sessions, w.sessions) + " " + tokens
}

// neutral keeps in d only what an email to an unproven address may say
// (see unproven).
func neutral(locale string, d Data) Data {
	clean := func(s string) bool { return s == "" || text.CheckFree(s, 200) == nil && !text.HasLink(s) }
	d.Username = ""
	if !clean(d.Name) {
		d.Name = ""
	}
	words := neutralWords[locale]
	if !clean(d.Inviter) {
		d.Inviter = words[0]
	}
	if !clean(d.OrgName) {
		d.OrgName = words[1]
	}
	return d
}

// neutralWords stand in for an inviter and an organisation whose names
// cannot be shown.
var neutralWords = map[string][2]string{
	"en": {"Someone", "an organisation"},
	"fr": {"Quelqu'un", "une organisation"},
	"sv": {"Någon", "en organisation"},
}

func greetName(d Data) string {
	if d.Name != "" {
		return d.Name
	}
	return d.Username
}

// validity says a duration the way people do: "24 hours", "30 minutes".
func validity(locale string, d time.Duration) string {
	words := map[string][4]string{
		"en": {"hour", "hours", "minute", "minutes"},
		"fr": {"heure", "heures", "minute", "minutes"},
		"sv": {"timme", "timmar", "minut", "minuter"},
	}[locale]
	if d >= time.Hour && d%time.Hour == 0 {
		h := int(d / time.Hour)
		if h%24 == 0 && h > 24 {
			days := map[string][2]string{"en": {"day", "days"}, "fr": {"jour", "jours"}, "sv": {"dag", "dagar"}}[locale]
			return fmt.Sprintf("%d %s", h/24, days[1])
		}
		if h == 1 {
			return "1 " + words[0]
		}
		return fmt.Sprintf("%d %s", h, words[1])
	}
	m := int(d / time.Minute)
	if m == 1 {
		return "1 " + words[2]
	}
	return fmt.Sprintf("%d %s", m, words[3])
}

var htmlLayout = template.Must(template.New("mail").Parse(`<!doctype html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{.Subject}}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1b1f24">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;padding:32px">
<tr><td>
<h1 style="font-size:20px;margin:0 0 16px">{{.Subject}}</h1>
{{range .Lines}}<p style="font-size:15px;line-height:1.5;margin:0 0 12px">{{.}}</p>
{{end}}{{if .Link}}<p style="margin:24px 0"><a href="{{.Link}}" style="background:#1d4ed8;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600;display:inline-block">{{.Action}}</a></p>
<p style="font-size:13px;line-height:1.5;color:#4b5563;word-break:break-all">{{.Link}}</p>
{{end}}{{if .Ignore}}<p style="font-size:13px;line-height:1.5;color:#4b5563;margin-top:24px">{{.Ignore}}</p>
{{end}}</td></tr></table>
<p style="font-size:12px;color:#6b7280">Latchkey</p>
</td></tr></table>
</body></html>
`))
