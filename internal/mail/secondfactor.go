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
			Lines:   []string{"Hello {name},", "After {attempts} wrong second-factor codes in a row, codes for your account {email} are refused for {valid}: signing in with your password and a code waits until then. A password reset does not lift this lock.", "A passkey still signs you in, and your administrator can lift the lock sooner.", "Whoever typed the codes knew your password."},
			Action:  "Sign in",
			Ignore:  "If these attempts were not yours, change your password as soon as you are signed in again, and tell your administrator.",
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
			Lines:   []string{"Bonjour {name},", "Après {attempts} codes de second facteur erronés d'affilée, les codes de votre compte {email} sont refusés pendant {valid} : la connexion avec mot de passe et code attend jusque-là. Une réinitialisation du mot de passe ne lève pas ce blocage.", "Une clé d'accès vous connecte toujours, et votre administrateur peut lever le blocage plus tôt.", "La personne qui a saisi les codes connaissait votre mot de passe."},
			Action:  "Se connecter",
			Ignore:  "Si ces tentatives ne venaient pas de vous, changez votre mot de passe dès que vous serez de nouveau connecté, et prévenez votre administrateur.",
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
			Lines:   []string{"Hej {name},", "Efter {attempts} felaktiga verifieringskoder i rad nekas koder för ditt konto {email} i {valid}: inloggning med lösenord och kod får vänta tills dess. En återställning av lösenordet häver inte spärren.", "En nyckel (passkey) loggar fortfarande in dig, och din administratör kan häva spärren tidigare.", "Den som skrev koderna kände till ditt lösenord."},
			Action:  "Logga in",
			Ignore:  "Om försöken inte var dina, byt lösenord så snart du är inloggad igen och meddela din administratör.",
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
