package mail_test

import (
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/mail"
)

// An email to an address nobody has proven to be theirs goes where the
// requester chose: it must not relay text they chose beyond a clean name.
func TestMailToAnUnprovenAddressRelaysNoTextTheRequesterChose(t *testing.T) {
	hostile := mail.Data{
		Name: "IT Security: re-validate at http://evil.example", Username: "www.evil.example",
		Email: "old@example.com", NewEmail: "victim@example.org", Link: "https://id.example.com/confirm-email?token=t",
		Valid: time.Hour, OrgName: "Payroll - see evil.example", Inviter: "evil.example",
	}
	for _, kind := range []mail.Kind{mail.KindEmailChangeLink, mail.KindVerifyEmail, mail.KindInvitation, mail.KindAddressInUse} {
		for _, locale := range mail.Locales {
			t.Run(string(kind)+"/"+locale, func(t *testing.T) {
				subject, text, html, err := mail.Render(kind, locale, hostile)
				if err != nil {
					t.Fatal(err)
				}
				for _, part := range []string{subject, text, html} {
					if strings.Contains(part, "evil") {
						t.Fatalf("the email carries the requester's text:\n%s", part)
					}
				}
				if kind == mail.KindEmailChangeLink && strings.Contains(text, "old@example.com") {
					t.Fatalf("the confirmation to the new address names the old one:\n%s", text)
				}
				if strings.Contains(text, " ,") {
					t.Fatalf("a greeting with an empty name:\n%s", text)
				}
			})
		}
	}
	t.Run("a clean name still greets", func(t *testing.T) {
		_, text, _, _ := mail.Render(mail.KindEmailChangeLink, "en", mail.Data{Name: "Åsa", Username: "asa", NewEmail: "n@example.com", Link: "x", Valid: time.Hour})
		if !strings.HasPrefix(text, "Hello Åsa,") {
			t.Fatalf("text:\n%s", text)
		}
		_, text, _, _ = mail.Render(mail.KindVerifyEmail, "fr", mail.Data{Username: "asa", Email: "n@example.com", Link: "x", Valid: time.Hour})
		if !strings.HasPrefix(text, "Bonjour,") || strings.Contains(text, "asa,") {
			t.Fatalf("without a name, no username either:\n%s", text)
		}
	})
}
