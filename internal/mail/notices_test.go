package mail_test

import (
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/mail"
)

// A security notice says when, from which browser and from where, in the
// reader's language, and relays no text a stranger chose.
func TestSecurityNoticesSayWhenWhereAndWhichBrowserInEveryLanguage(t *testing.T) {
	at := time.Date(2026, 12, 2, 17, 4, 0, 0, time.FixedZone("CET", 3600))
	d := mail.Data{Name: "Åsa", Email: "asa@example.com", When: at, Browser: "Firefox", System: "Linux", Address: "203.0.113.7",
		Link: "https://id.example.com/this-wasnt-me?token=t", Valid: 7 * 24 * time.Hour, TokenName: "shop"}
	for _, kind := range []mail.Kind{mail.KindNewSignIn, mail.KindAccessTokenCreated, mail.KindForcedSignIn} {
		for _, locale := range mail.Locales {
			subject, text, html, err := mail.Render(kind, locale, d)
			if err != nil {
				t.Fatalf("%s/%s: %v", kind, locale, err)
			}
			if subject == "" || strings.Contains(text+html, "{") {
				t.Errorf("%s/%s: a placeholder is left:\n%s", kind, locale, text)
			}
			if kind != mail.KindForcedSignIn {
				for _, want := range []string{"2026-12-02 16:04 UTC", "Firefox", "Linux", "203.0.113.7"} {
					if !strings.Contains(text, want) {
						t.Errorf("%s/%s: no %q in:\n%s", kind, locale, want, text)
					}
				}
			}
		}
	}
	_, fr, _, _ := mail.Render(mail.KindNewSignIn, "fr", d)
	if !strings.Contains(fr, "Ce n'était pas moi") || !strings.Contains(fr, "Firefox sous Linux") {
		t.Errorf("French notice:\n%s", fr)
	}
	hostile := d
	hostile.Address, hostile.TokenName = "visit evil.example", mail.TokenNameShown("en", "renew at evil.example")
	hostile.Browser, hostile.System = "", ""
	_, text, _, _ := mail.Render(mail.KindAccessTokenCreated, "en", hostile)
	if strings.Contains(text, "evil") || !strings.Contains(text, "an unknown browser") || !strings.Contains(text, "Address: unknown") {
		t.Errorf("relayed a stranger's text:\n%s", text)
	}
}
