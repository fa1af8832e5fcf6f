package mail

// Notices about passkeys (internal/passkey): credential notices, always
// sent. {tokenName} is the passkey's name as TokenNameShown gives it.
const (
	// KindPasskeyAdded: a passkey was registered to the account.
	KindPasskeyAdded Kind = "PASSKEY_ADDED_NOTICE"
	// KindPasskeyRemoved: a passkey was removed from the account.
	KindPasskeyRemoved Kind = "PASSKEY_REMOVED_NOTICE"
)

var passkeyCatalogue = map[string]map[Kind]copyText{
	"en": {
		KindPasskeyAdded: {
			Subject: "A passkey was added to your account",
			Lines: []string{"Hello {name},", "A passkey {tokenName} was added to your account {email}. Whoever holds it can sign in to the account without the password.",
				"When: {when}", "Browser: {browser}", "Address: {address}"},
			Action: "Review my sign-in methods",
			Ignore: "If this was not you, remove the passkey in your profile, change your password and contact your administrator.",
		},
		KindPasskeyRemoved: {
			Subject: "A passkey was removed from your account",
			Lines: []string{"Hello {name},", "The passkey {tokenName} was removed from your account {email}. It can no longer be used to sign in.",
				"When: {when}", "Browser: {browser}", "Address: {address}"},
			Action: "Review my sign-in methods",
			Ignore: "If this was not you, change your password now and contact your administrator.",
		},
	},
	"fr": {
		KindPasskeyAdded: {
			Subject: "Une clé d'accès a été ajoutée à votre compte",
			Lines: []string{"Bonjour {name},", "Une clé d'accès {tokenName} a été ajoutée à votre compte {email}. La personne qui la détient peut se connecter au compte sans le mot de passe.",
				"Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action: "Voir mes méthodes de connexion",
			Ignore: "Si ce n'était pas vous, supprimez la clé d'accès dans votre profil, changez votre mot de passe et contactez votre administrateur.",
		},
		KindPasskeyRemoved: {
			Subject: "Une clé d'accès a été supprimée de votre compte",
			Lines: []string{"Bonjour {name},", "La clé d'accès {tokenName} a été supprimée de votre compte {email}. Elle ne permet plus de se connecter.",
				"Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action: "Voir mes méthodes de connexion",
			Ignore: "Si ce n'était pas vous, changez votre mot de passe dès maintenant et contactez votre administrateur.",
		},
	},
	"sv": {
		KindPasskeyAdded: {
			Subject: "En nyckel har lagts till på ditt konto",
			Lines: []string{"Hej {name},", "En nyckel {tokenName} har lagts till på ditt konto {email}. Den som har den kan logga in på kontot utan lösenordet.",
				"När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action: "Visa mina inloggningsmetoder",
			Ignore: "Om det inte var du, ta bort nyckeln i din profil, byt lösenord och kontakta din administratör.",
		},
		KindPasskeyRemoved: {
			Subject: "En nyckel har tagits bort från ditt konto",
			Lines: []string{"Hej {name},", "Nyckeln {tokenName} har tagits bort från ditt konto {email}. Den kan inte längre användas för att logga in.",
				"När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action: "Visa mina inloggningsmetoder",
			Ignore: "Om det inte var du, byt lösenord nu och kontakta din administratör.",
		},
	},
}

func init() {
	for locale, kinds := range passkeyCatalogue {
		for k, c := range kinds {
			catalogue[locale][k] = c
		}
	}
}
