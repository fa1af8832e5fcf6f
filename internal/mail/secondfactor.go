package mail

// Second-factor notices (internal/secondfactor): a factor added or
// removed, a recovery code used, the lockout after wrong codes and an
// admin's reset. They are about credentials: always sent.
const (
	KindSecondFactorAdded   Kind = "SECOND_FACTOR_ADDED_NOTICE"
	KindSecondFactorRemoved Kind = "SECOND_FACTOR_REMOVED_NOTICE"
	KindRecoveryCodeUsed    Kind = "RECOVERY_CODE_USED_NOTICE"
	KindSecondFactorLocked  Kind = "SECOND_FACTOR_LOCKED_NOTICE"
	KindSecondFactorsReset  Kind = "SECOND_FACTORS_RESET_NOTICE"
)

// factorWords names a factor's kind (Data.Factor: TOTP, PASSKEY) in each
// language, for {factor}.
var factorWords = map[string]map[string]string{
	"en": {"TOTP": "an authenticator app", "PASSKEY": "a passkey", "": "a second factor"},
	"fr": {"TOTP": "une application d'authentification", "PASSKEY": "une clé d'accès", "": "un second facteur"},
	"sv": {"TOTP": "en autentiseringsapp", "PASSKEY": "en nyckel (passkey)", "": "en andra faktor"},
}

func factorText(locale, kind string) string {
	w, ok := factorWords[locale]
	if !ok {
		w = factorWords["en"]
	}
	if t, ok := w[kind]; ok {
		return t
	}
	return w[""]
}

var secondFactorCatalogue = map[string]map[Kind]copyText{
	"en": {
		KindSecondFactorAdded: {
			Subject: "A second factor was added to your account",
			Lines:   []string{"Hello {name},", "A second factor, {factor}, was added to your account {email}. Signing in now asks for it after the password.", "When: {when}", "Browser: {browser}", "Address: {address}"},
			Action:  "Review my sign-in methods",
			Ignore:  "If this was not you, someone holds your account: change your password, remove the factor and contact your administrator.",
		},
		KindSecondFactorRemoved: {
			Subject: "A second factor was removed from your account",
			Lines:   []string{"Hello {name},", "A second factor, {factor}, was removed from your account {email}.", "When: {when}", "Browser: {browser}", "Address: {address}"},
			Action:  "Review my sign-in methods",
			Ignore:  "If this was not you, change your password now and contact your administrator.",
		},
		KindRecoveryCodeUsed: {
			Subject: "A recovery code was used",
			Lines:   []string{"Hello {name},", "A recovery code was used to sign in to your account {email}. Each code works once; {left} are left.", "When: {when}", "Browser: {browser}", "Address: {address}"},
			Action:  "Review my sign-in methods",
			Ignore:  "If this was not you, someone has your password and a recovery code: change your password, create new recovery codes and contact your administrator.",
		},
		KindSecondFactorLocked: {
			Subject: "Too many wrong codes for your account",
			Lines:   []string{"Hello {name},", "After {attempts} wrong second-factor codes in a row, signing in to your account {email} is blocked for {valid}.", "Whoever typed them knew your password."},
			Action:  "Forgot password?",
			Ignore:  "If these attempts were not yours, choose a new password now with the link above and contact your administrator.",
		},
		KindSecondFactorsReset: {
			Subject: "Your second factors were reset",
			Lines:   []string{"Hello {name},", "An administrator removed every second factor and recovery code of your account {email}. You sign in with your password alone until you add a second factor again."},
			Action:  "Sign in",
			Ignore:  "If you did not ask for this, contact your administrator.",
		},
	},
	"fr": {
		KindSecondFactorAdded: {
			Subject: "Un second facteur a été ajouté à votre compte",
			Lines:   []string{"Bonjour {name},", "Un second facteur, {factor}, a été ajouté à votre compte {email}. La connexion le demande désormais après le mot de passe.", "Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action:  "Voir mes méthodes de connexion",
			Ignore:  "Si ce n'était pas vous, quelqu'un détient votre compte : changez votre mot de passe, supprimez ce facteur et contactez votre administrateur.",
		},
		KindSecondFactorRemoved: {
			Subject: "Un second facteur a été supprimé de votre compte",
			Lines:   []string{"Bonjour {name},", "Un second facteur, {factor}, a été supprimé de votre compte {email}.", "Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action:  "Voir mes méthodes de connexion",
			Ignore:  "Si ce n'était pas vous, changez votre mot de passe tout de suite et contactez votre administrateur.",
		},
		KindRecoveryCodeUsed: {
			Subject: "Un code de secours a été utilisé",
			Lines:   []string{"Bonjour {name},", "Un code de secours a servi à se connecter à votre compte {email}. Chaque code ne fonctionne qu'une fois ; il en reste {left}.", "Quand : {when}", "Navigateur : {browser}", "Adresse : {address}"},
			Action:  "Voir mes méthodes de connexion",
			Ignore:  "Si ce n'était pas vous, quelqu'un a votre mot de passe et un code de secours : changez votre mot de passe, créez de nouveaux codes de secours et contactez votre administrateur.",
		},
		KindSecondFactorLocked: {
			Subject: "Trop de codes erronés pour votre compte",
			Lines:   []string{"Bonjour {name},", "Après {attempts} codes de second facteur erronés d'affilée, la connexion à votre compte {email} est bloquée pendant {valid}.", "La personne qui les a saisis connaissait votre mot de passe."},
			Action:  "Mot de passe oublié ?",
			Ignore:  "Si ces tentatives ne venaient pas de vous, choisissez tout de suite un nouveau mot de passe avec le lien ci-dessus et contactez votre administrateur.",
		},
		KindSecondFactorsReset: {
			Subject: "Vos seconds facteurs ont été réinitialisés",
			Lines:   []string{"Bonjour {name},", "Un administrateur a supprimé tous les seconds facteurs et codes de secours de votre compte {email}. Vous vous connectez avec votre seul mot de passe jusqu'à ce que vous ajoutiez à nouveau un second facteur."},
			Action:  "Se connecter",
			Ignore:  "Si vous ne l'avez pas demandé, contactez votre administrateur.",
		},
	},
	"sv": {
		KindSecondFactorAdded: {
			Subject: "En andra faktor har lagts till på ditt konto",
			Lines:   []string{"Hej {name},", "En andra faktor, {factor}, har lagts till på ditt konto {email}. Inloggningen frågar nu efter den efter lösenordet.", "När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action:  "Visa mina inloggningsmetoder",
			Ignore:  "Om det inte var du har någon tillgång till ditt konto: byt lösenord, ta bort faktorn och kontakta din administratör.",
		},
		KindSecondFactorRemoved: {
			Subject: "En andra faktor har tagits bort från ditt konto",
			Lines:   []string{"Hej {name},", "En andra faktor, {factor}, har tagits bort från ditt konto {email}.", "När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action:  "Visa mina inloggningsmetoder",
			Ignore:  "Om det inte var du, byt lösenord nu och kontakta din administratör.",
		},
		KindRecoveryCodeUsed: {
			Subject: "En återställningskod har använts",
			Lines:   []string{"Hej {name},", "En återställningskod användes för att logga in på ditt konto {email}. Varje kod fungerar en gång; {left} återstår.", "När: {when}", "Webbläsare: {browser}", "Adress: {address}"},
			Action:  "Visa mina inloggningsmetoder",
			Ignore:  "Om det inte var du har någon ditt lösenord och en återställningskod: byt lösenord, skapa nya återställningskoder och kontakta din administratör.",
		},
		KindSecondFactorLocked: {
			Subject: "För många felaktiga koder för ditt konto",
			Lines:   []string{"Hej {name},", "Efter {attempts} felaktiga verifieringskoder i rad är inloggningen på ditt konto {email} spärrad i {valid}.", "Den som skrev dem kände till ditt lösenord."},
			Action:  "Glömt lösenordet?",
			Ignore:  "Om försöken inte var dina, välj ett nytt lösenord nu med länken ovan och kontakta din administratör.",
		},
		KindSecondFactorsReset: {
			Subject: "Din tvåstegsverifiering har återställts",
			Lines:   []string{"Hej {name},", "En administratör har tagit bort alla andra faktorer och återställningskoder för ditt konto {email}. Du loggar in med enbart lösenordet tills du lägger till en andra faktor igen."},
			Action:  "Logga in",
			Ignore:  "Om du inte bad om detta, kontakta din administratör.",
		},
	},
}

func init() {
	for locale, kinds := range secondFactorCatalogue {
		for k, c := range kinds {
			catalogue[locale][k] = c
		}
	}
}
