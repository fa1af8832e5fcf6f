package mail

import (
	"net/netip"
	"strings"
	"time"

	"github.com/latchkey/latchkey/internal/text"
)

// Security notices: emails that tell a person something happened to their
// account (internal/account/notices.go decides who gets which).
const (
	// KindNewSignIn: a browser that never signed in to the account did;
	// its link ("This wasn't me") ends that session and starts a reset.
	KindNewSignIn Kind = "NEW_SIGN_IN_NOTICE"
	// KindAccessTokenCreated: an access token was made for the account.
	KindAccessTokenCreated Kind = "ACCESS_TOKEN_CREATED_NOTICE"
	// KindForcedSignIn: an admin ended every session and access token.
	KindForcedSignIn Kind = "FORCED_SIGN_IN_NOTICE"
)

// when writes a time the same way in every language, in UTC: the reader
// compares it with their own clock.
func when(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02 15:04 UTC")
}

// browserText says "Firefox on Linux" in locale, from the fixed words of
// clientinfo.Browser only.
func browserText(locale string, d Data) string {
	w := noticeWords[locale]
	if w.on == "" {
		w = noticeWords["en"]
	}
	family, system := d.Browser, d.System
	switch {
	case family == "" && system == "":
		return w.unknownBrowser
	case family == "":
		return w.unknownBrowser + " " + w.on + " " + system
	case system == "":
		return family
	}
	return family + " " + w.on + " " + system
}

// addressText is a client address, or "unknown" for anything that is not
// one (the address comes from the connection or a trusted proxy's header).
func addressText(locale string, a string) string {
	if ip, err := netip.ParseAddr(a); err == nil {
		return ip.String()
	}
	w := noticeWords[locale]
	if w.unknownAddress == "" {
		w = noticeWords["en"]
	}
	return w.unknownAddress
}

// TokenNameShown is what an email may say of an access token's name: the
// person chose it, but whoever holds a session of the account could have,
// so a name that reads as a link is not relayed.
func TokenNameShown(locale, name string) string {
	name = strings.TrimSpace(name)
	if name != "" && text.CheckFree(name, 100) == nil && !text.HasLink(name) {
		return "“" + name + "”"
	}
	w := noticeWords[locale]
	if w.unnamedToken == "" {
		w = noticeWords["en"]
	}
	return w.unnamedToken
}

var noticeWords = map[string]struct{ on, unknownBrowser, unknownAddress, unnamedToken string }{
	"en": {on: "on", unknownBrowser: "an unknown browser", unknownAddress: "unknown", unnamedToken: "(name not shown)"},
	"fr": {on: "sous", unknownBrowser: "un navigateur inconnu", unknownAddress: "inconnue", unnamedToken: "(nom non affiché)"},
	"sv": {on: "på", unknownBrowser: "en okänd webbläsare", unknownAddress: "okänd", unnamedToken: "(namnet visas inte)"},
}

// noticeCatalogue is the security notices in every language; init adds
// them to catalogue.
var noticeCatalogue = map[string]map[Kind]copyText{
	"en": {
		KindNewSignIn: {
			Subject: "New sign-in to your account",
			Lines: []string{"Hello {name},", "Your account {email} was signed in to from a browser that had not signed in to it before.",
				"When: {when}", "Browser: {browser}", "Address: {address}",
				"If this was you, you need do nothing. If it was not, open the link below: it signs that browser out and sends you a link to choose a new password. It is valid for {valid} and works once."},
			Action: "This wasn't me",
			Ignore: "You can turn these notices off in your profile.",
		},
		KindAccessTokenCreated: {
			Subject: "A new access token was created",
			Lines: []string{"Hello {name},", "An access token {tokenName} was created for your account {email}. Programs that hold it can act as you until it expires or is revoked.",
				"When: {when}", "Browser: {browser}", "Address: {address}"},
			Action: "Review my access tokens",
			Ignore: "If this was not you, revoke the token in your profile, change your password and contact your administrator.",
		},
		KindForcedSignIn: {
			Subject: "You were signed out by an administrator",
			Lines:   []string{"Hello {name},", "An administrator signed your account {email} out everywhere: every session and access token of the account was ended. Your password did not change; sign in again to continue."},
			Action:  "Sign in",
			Ignore:  "If you did not expect this, contact your administrator.",
		},
	},
	"fr": {
		KindNewSignIn: {
			Subject: "Nouvelle connexion à votre compte",
			Lines: []string{"Bonjour {name},", "Une connexion à votre compte {email} a eu lieu depuis un navigateur qui ne s'y était jamais connecté.",
				"Quand : {when}", "Navigateur : {browser}", "Adresse : {address}",
				"Si c'était vous, vous n'avez rien à faire. Sinon, ouvrez le lien ci-dessous : il déconnecte ce navigateur et vous envoie un lien pour choisir un nouveau mot de passe. Il est valable {valid} et ne fonctionne qu'une fois."},
			Action: "Ce n'était pas moi",
			Ignore: "Vous pouvez désactiver ces avis dans votre profil.",
		},
		KindAccessTokenCreated: {
			Subject: "Un nouveau jeton d'accès a été créé",
			Lines: []string{"Bonjour {name},", "Un jeton d'accès {tokenName} a été créé pour votre compte {email}. Les programmes qui le détiennent peuvent agir en votre nom jusqu'à son expiration ou sa révocation.",
				"Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action: "Voir mes jetons d'accès",
			Ignore: "Si ce n'était pas vous, révoquez le jeton dans votre profil, changez votre mot de passe et contactez votre administrateur.",
		},
		KindForcedSignIn: {
			Subject: "Un administrateur vous a déconnecté",
			Lines:   []string{"Bonjour {name},", "Un administrateur a déconnecté votre compte {email} partout : toutes les sessions et tous les jetons d'accès du compte ont pris fin. Votre mot de passe n'a pas changé ; reconnectez-vous pour continuer."},
			Action:  "Se connecter",
			Ignore:  "Si vous ne vous y attendiez pas, contactez votre administrateur.",
		},
	},
	"sv": {
		KindNewSignIn: {
			Subject: "Ny inloggning på ditt konto",
			Lines: []string{"Hej {name},", "Någon loggade in på ditt konto {email} från en webbläsare som inte har loggat in på det förut.",
				"När: {when}", "Webbläsare: {browser}", "Adress: {address}",
				"Om det var du behöver du inte göra något. Om inte, öppna länken nedan: den loggar ut den webbläsaren och skickar dig en länk för att välja ett nytt lösenord. Den gäller i {valid} och fungerar en gång."},
			Action: "Det var inte jag",
			Ignore: "Du kan stänga av de här meddelandena i din profil.",
		},
		KindAccessTokenCreated: {
			Subject: "En ny åtkomsttoken har skapats",
			Lines: []string{"Hej {name},", "En åtkomsttoken {tokenName} har skapats för ditt konto {email}. Program som har den kan agera som du tills den går ut eller återkallas.",
				"När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action: "Visa mina åtkomsttokens",
			Ignore: "Om det inte var du, återkalla token i din profil, byt lösenord och kontakta din administratör.",
		},
		KindForcedSignIn: {
			Subject: "En administratör har loggat ut dig",
			Lines:   []string{"Hej {name},", "En administratör har loggat ut ditt konto {email} överallt: alla sessioner och åtkomsttokens för kontot har avslutats. Ditt lösenord är oförändrat; logga in igen för att fortsätta."},
			Action:  "Logga in",
			Ignore:  "Om du inte väntade dig detta, kontakta din administratör.",
		},
	},
}

func init() {
	for locale, kinds := range noticeCatalogue {
		for k, c := range kinds {
			catalogue[locale][k] = c
		}
	}
}
