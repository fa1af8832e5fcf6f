package mail

// endedText says, in each language, what a password change ended: forms
// for none, one and several ({n}).
var endedText = map[string]struct {
	sessions, tokens [3]string
	keptTokens       string
}{
	"en": {
		sessions:   [3]string{"No other session was signed in.", "Your other session was signed out.", "Your {n} other sessions were signed out."},
		tokens:     [3]string{"The account had no access token.", "Its access token was revoked.", "Its {n} access tokens were revoked."},
		keptTokens: "Its access tokens were kept, as chosen: revoke any you do not recognise.",
	},
	"fr": {
		sessions:   [3]string{"Aucune autre session n'était ouverte.", "Votre autre session a été déconnectée.", "Vos {n} autres sessions ont été déconnectées."},
		tokens:     [3]string{"Le compte n'avait aucun jeton d'accès.", "Son jeton d'accès a été révoqué.", "Ses {n} jetons d'accès ont été révoqués."},
		keptTokens: "Ses jetons d'accès ont été conservés, comme choisi : révoquez ceux que vous ne reconnaissez pas.",
	},
	"sv": {
		sessions:   [3]string{"Inga andra sessioner var inloggade.", "Din andra session har loggats ut.", "Dina {n} andra sessioner har loggats ut."},
		tokens:     [3]string{"Kontot hade inga åtkomsttokens.", "Dess åtkomsttoken har återkallats.", "Dess {n} åtkomsttokens har återkallats."},
		keptTokens: "Dess åtkomsttokens behölls, som valt: återkalla dem du inte känner igen.",
	},
}

// catalogue holds every email in every language. The wording follows the
// help-centre pages the product is built from (../shared/seeds).
var catalogue = map[string]map[Kind]copyText{
	"en": {
		KindResetLink: {
			Subject: "Reset your password",
			Lines:   []string{"Hello {name},", "Someone asked to reset the password of your account {email}. To choose a new password, open the link below. It is valid for {valid} and works once."},
			Action:  "Reset password",
			Ignore:  "If you did not ask for this, ignore this email: your password stays as it is.",
		},
		KindTemporaryPassword: {
			Subject: "Your temporary password",
			Lines:   []string{"Hello {name},", "Someone asked to reset the password of your account {email}. Here is a temporary password:", "{password}", "It is valid for {valid}. Sign in with it and you will be asked to choose a new password. Your current password keeps working until you use the temporary one."},
			Action:  "Sign in",
			Ignore:  "If you did not ask for this, ignore this email: nothing changes unless the temporary password is used.",
		},
		KindPasswordChanged: {
			Subject: "Your password was changed",
			Lines:   []string{"Hello {name},", "The password of your account {email} was just changed.", "{ended}"},
			Action:  "Forgot password?",
			Ignore:  "If you did not do this, reset your password now with the link above and contact your administrator.",
		},
		KindPasswordReset: {
			Subject: "Your password was reset",
			Lines:   []string{"Hello {name},", "The password of your account {email} was just reset. Every session and access token of the account was ended."},
			Action:  "Sign in",
			Ignore:  "If you did not do this, reset your password again at once and contact your administrator.",
		},
		KindAccountLocked: {
			Subject: "Your account was locked",
			Lines:   []string{"Hello {name},", "Your account {email} was locked after {attempts} failed sign-in attempts in a row.", "To unlock it, create a new password with the link below. It is valid for {valid}."},
			Action:  "Yes, create my password",
			Ignore:  "If these attempts were not yours, someone may be guessing your password: creating a new one keeps them out.",
		},
		KindAccountLockedTemporary: {
			Subject: "Your account was locked",
			Lines:   []string{"Hello {name},", "Your account {email} was locked after {attempts} failed sign-in attempts in a row.", "To unlock it, sign in with this temporary password; you will then choose a new password:", "{password}", "It is valid for {valid}."},
			Action:  "Sign in",
			Ignore:  "If these attempts were not yours, someone may be guessing your password: a new password keeps them out.",
		},
		KindUsernameReminder: {
			Subject: "Your username",
			Lines:   []string{"Hello {name},", "You asked for the username of the account with this email address. Your username is:", "{username}", "You can sign in with it or with this email address."},
			Action:  "Sign in",
			Ignore:  "If you did not ask for this, you can ignore this email.",
		},
		KindEmailChangeLink: {
			Subject: "Confirm your new email address",
			Lines:   []string{"Hello {name},", "Someone asked to make {newEmail} the email address of their Latchkey account. If that was you, open the link below to confirm. It is valid for {valid}; the address changes only when you open it."},
			Action:  "Confirm my new address",
			Ignore:  "If you did not ask for this, ignore this email: the address stays as it is.",
		},
		KindEmailChanged: {
			Subject: "A change of email address was requested",
			Lines:   []string{"Hello {name},", "Someone signed in to your account asked to change its email address from {email} to {newEmail}. The change happens only when the link sent to the new address is opened."},
			Ignore:  "If this was not you, change your password now and contact your administrator.",
		},
		KindVerifyEmail: {
			Subject: "Confirm your email address",
			Lines:   []string{"Hello {name},", "Welcome to Latchkey. Please confirm that {email} is your email address. The link is valid for {valid}."},
			Action:  "Confirm my email address",
			Ignore:  "If you did not create an account, ignore this email.",
		},
		KindSetPassword: {
			Subject: "Set your password",
			Lines:   []string{"Hello {name},", "An account was created for you with the username {username}. To start, choose your password with the link below. It is valid for {valid}."},
			Action:  "Set password",
			Ignore:  "If you did not expect this, ignore this email.",
		},
		KindInvitation: {
			Subject: "You are invited to join {org}",
			Lines:   []string{"Hello,", "{inviter} invited {email} to join {org}. Open the link below to accept the invitation. It is valid for {valid}."},
			Action:  "Accept the invitation",
			Ignore:  "If you did not expect this, ignore this email.",
		},
		KindAddressInUse: {
			Subject: "Your email address was used again",
			Lines:   []string{"Hello {name},", "Someone tried to sign up with {email}, or to move another account to it, but it is already the address of your Latchkey account. Nothing was changed, and no other account uses it.", "If it was you, sign in as you do now; if you forgot your password, reset it with the link below."},
			Action:  "Forgot password?",
			Ignore:  "If it was not you, you need do nothing: your account stays as it is.",
		},
	},
	"fr": {
		KindResetLink: {
			Subject: "Réinitialisez votre mot de passe",
			Lines:   []string{"Bonjour {name},", "Une demande de réinitialisation du mot de passe de votre compte {email} a été faite. Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous. Il est valable {valid} et ne fonctionne qu'une fois."},
			Action:  "Réinitialiser le mot de passe",
			Ignore:  "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.",
		},
		KindTemporaryPassword: {
			Subject: "Votre mot de passe temporaire",
			Lines:   []string{"Bonjour {name},", "Une demande de réinitialisation du mot de passe de votre compte {email} a été faite. Voici un mot de passe temporaire :", "{password}", "Il est valable {valid}. Connectez-vous avec celui-ci : il vous sera demandé de choisir un nouveau mot de passe. Votre mot de passe actuel fonctionne tant que le mot de passe temporaire n'a pas été utilisé."},
			Action:  "Se connecter",
			Ignore:  "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : rien ne change tant que le mot de passe temporaire n'est pas utilisé.",
		},
		KindPasswordChanged: {
			Subject: "Votre mot de passe a été modifié",
			Lines:   []string{"Bonjour {name},", "Le mot de passe de votre compte {email} vient d'être modifié.", "{ended}"},
			Action:  "Mot de passe oublié ?",
			Ignore:  "Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe dès maintenant avec le lien ci-dessus et contactez votre administrateur.",
		},
		KindPasswordReset: {
			Subject: "Votre mot de passe a été réinitialisé",
			Lines:   []string{"Bonjour {name},", "Le mot de passe de votre compte {email} vient d'être réinitialisé. Toutes les sessions et tous les jetons d'accès du compte ont été révoqués."},
			Action:  "Se connecter",
			Ignore:  "Si vous n'êtes pas à l'origine de ce changement, réinitialisez à nouveau votre mot de passe immédiatement et contactez votre administrateur.",
		},
		KindAccountLocked: {
			Subject: "Votre compte a été verrouillé",
			Lines:   []string{"Bonjour {name},", "Votre compte {email} a été verrouillé après {attempts} tentatives de connexion infructueuses consécutives.", "Pour le déverrouiller, créez un nouveau mot de passe avec le lien ci-dessous. Il est valable {valid}."},
			Action:  "Oui, créer mon mot de passe",
			Ignore:  "Si ces tentatives ne viennent pas de vous, quelqu'un essaie peut-être de deviner votre mot de passe : en créer un nouveau l'en empêche.",
		},
		KindAccountLockedTemporary: {
			Subject: "Votre compte a été verrouillé",
			Lines:   []string{"Bonjour {name},", "Votre compte {email} a été verrouillé après {attempts} tentatives de connexion infructueuses consécutives.", "Pour le déverrouiller, connectez-vous avec ce mot de passe temporaire ; vous choisirez ensuite un nouveau mot de passe :", "{password}", "Il est valable {valid}."},
			Action:  "Se connecter",
			Ignore:  "Si ces tentatives ne viennent pas de vous, quelqu'un essaie peut-être de deviner votre mot de passe : un nouveau mot de passe l'en empêche.",
		},
		KindUsernameReminder: {
			Subject: "Votre nom d'utilisateur",
			Lines:   []string{"Bonjour {name},", "Vous avez demandé le nom d'utilisateur du compte associé à cette adresse e-mail. Votre nom d'utilisateur est :", "{username}", "Vous pouvez vous connecter avec celui-ci ou avec cette adresse e-mail."},
			Action:  "Se connecter",
			Ignore:  "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer cet e-mail.",
		},
		KindEmailChangeLink: {
			Subject: "Confirmez votre nouvelle adresse e-mail",
			Lines:   []string{"Bonjour {name},", "Une personne a demandé que {newEmail} devienne l'adresse e-mail de son compte Latchkey. Si c'est vous, ouvrez le lien ci-dessous pour confirmer. Il est valable {valid} ; l'adresse ne change que lorsque vous l'ouvrez."},
			Action:  "Confirmer ma nouvelle adresse",
			Ignore:  "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : l'adresse reste inchangée.",
		},
		KindEmailChanged: {
			Subject: "Un changement d'adresse e-mail a été demandé",
			Lines:   []string{"Bonjour {name},", "Une personne connectée à votre compte a demandé à remplacer son adresse e-mail {email} par {newEmail}. Le changement n'a lieu que si le lien envoyé à la nouvelle adresse est ouvert."},
			Ignore:  "Si ce n'est pas vous, changez votre mot de passe dès maintenant et contactez votre administrateur.",
		},
		KindVerifyEmail: {
			Subject: "Confirmez votre adresse e-mail",
			Lines:   []string{"Bonjour {name},", "Bienvenue sur Latchkey. Merci de confirmer que {email} est bien votre adresse e-mail. Le lien est valable {valid}."},
			Action:  "Confirmer mon adresse e-mail",
			Ignore:  "Si vous n'avez pas créé de compte, ignorez cet e-mail.",
		},
		KindSetPassword: {
			Subject: "Définissez votre mot de passe",
			Lines:   []string{"Bonjour {name},", "Un compte a été créé pour vous avec le nom d'utilisateur {username}. Pour commencer, choisissez votre mot de passe avec le lien ci-dessous. Il est valable {valid}."},
			Action:  "Définir le mot de passe",
			Ignore:  "Si vous ne vous attendiez pas à cet e-mail, ignorez-le.",
		},
		KindInvitation: {
			Subject: "Vous êtes invité à rejoindre {org}",
			Lines:   []string{"Bonjour,", "{inviter} a invité {email} à rejoindre {org}. Ouvrez le lien ci-dessous pour accepter l'invitation. Il est valable {valid}."},
			Action:  "Accepter l'invitation",
			Ignore:  "Si vous ne vous attendiez pas à cet e-mail, ignorez-le.",
		},
		KindAddressInUse: {
			Subject: "Votre adresse e-mail a été utilisée à nouveau",
			Lines:   []string{"Bonjour {name},", "Une personne a tenté de créer un compte avec {email}, ou d'y déplacer un autre compte, mais c'est déjà l'adresse de votre compte Latchkey. Rien n'a changé, et aucun autre compte ne l'utilise.", "Si c'était vous, connectez-vous comme d'habitude ; si vous avez oublié votre mot de passe, réinitialisez-le avec le lien ci-dessous."},
			Action:  "Mot de passe oublié ?",
			Ignore:  "Si ce n'était pas vous, vous n'avez rien à faire : votre compte reste inchangé.",
		},
	},
	"sv": {
		KindResetLink: {
			Subject: "Återställ ditt lösenord",
			Lines:   []string{"Hej {name},", "Någon har bett om att återställa lösenordet för ditt konto {email}. Öppna länken nedan för att välja ett nytt lösenord. Den gäller i {valid} och fungerar en gång."},
			Action:  "Återställ lösenord",
			Ignore:  "Om det inte var du kan du ignorera det här e-postmeddelandet: ditt lösenord förblir oförändrat.",
		},
		KindTemporaryPassword: {
			Subject: "Ditt tillfälliga lösenord",
			Lines:   []string{"Hej {name},", "Någon har bett om att återställa lösenordet för ditt konto {email}. Här är ett tillfälligt lösenord:", "{password}", "Det gäller i {valid}. Logga in med det så blir du ombedd att välja ett nytt lösenord. Ditt nuvarande lösenord fungerar tills det tillfälliga används."},
			Action:  "Logga in",
			Ignore:  "Om det inte var du kan du ignorera det här e-postmeddelandet: inget ändras om det tillfälliga lösenordet inte används.",
		},
		KindPasswordChanged: {
			Subject: "Ditt lösenord har ändrats",
			Lines:   []string{"Hej {name},", "Lösenordet för ditt konto {email} har just ändrats.", "{ended}"},
			Action:  "Glömt lösenordet?",
			Ignore:  "Om det inte var du, återställ ditt lösenord nu med länken ovan och kontakta din administratör.",
		},
		KindPasswordReset: {
			Subject: "Ditt lösenord har återställts",
			Lines:   []string{"Hej {name},", "Lösenordet för ditt konto {email} har just återställts. Alla sessioner och åtkomsttokens för kontot har avslutats."},
			Action:  "Logga in",
			Ignore:  "Om det inte var du, återställ ditt lösenord igen direkt och kontakta din administratör.",
		},
		KindAccountLocked: {
			Subject: "Ditt konto har låsts",
			Lines:   []string{"Hej {name},", "Ditt konto {email} har låsts efter {attempts} misslyckade inloggningsförsök i rad.", "Skapa ett nytt lösenord med länken nedan för att låsa upp det. Den gäller i {valid}."},
			Action:  "Ja, skapa mitt lösenord",
			Ignore:  "Om försöken inte var dina kanske någon försöker gissa ditt lösenord: ett nytt lösenord håller dem ute.",
		},
		KindAccountLockedTemporary: {
			Subject: "Ditt konto har låsts",
			Lines:   []string{"Hej {name},", "Ditt konto {email} har låsts efter {attempts} misslyckade inloggningsförsök i rad.", "Logga in med det här tillfälliga lösenordet för att låsa upp det; sedan väljer du ett nytt lösenord:", "{password}", "Det gäller i {valid}."},
			Action:  "Logga in",
			Ignore:  "Om försöken inte var dina kanske någon försöker gissa ditt lösenord: ett nytt lösenord håller dem ute.",
		},
		KindUsernameReminder: {
			Subject: "Ditt användarnamn",
			Lines:   []string{"Hej {name},", "Du bad om användarnamnet för kontot med den här e-postadressen. Ditt användarnamn är:", "{username}", "Du kan logga in med det eller med den här e-postadressen."},
			Action:  "Logga in",
			Ignore:  "Om det inte var du kan du ignorera det här e-postmeddelandet.",
		},
		KindEmailChangeLink: {
			Subject: "Bekräfta din nya e-postadress",
			Lines:   []string{"Hej {name},", "Någon har bett om att {newEmail} ska bli e-postadressen för sitt Latchkey-konto. Om det var du, öppna länken nedan för att bekräfta. Den gäller i {valid}; adressen ändras först när du öppnar den."},
			Action:  "Bekräfta min nya adress",
			Ignore:  "Om det inte var du kan du ignorera det här e-postmeddelandet: adressen förblir oförändrad.",
		},
		KindEmailChanged: {
			Subject: "Ett byte av e-postadress har begärts",
			Lines:   []string{"Hej {name},", "Någon som är inloggad på ditt konto har bett om att byta e-postadress från {email} till {newEmail}. Bytet sker först när länken som skickats till den nya adressen öppnas."},
			Ignore:  "Om det inte var du, byt lösenord nu och kontakta din administratör.",
		},
		KindVerifyEmail: {
			Subject: "Bekräfta din e-postadress",
			Lines:   []string{"Hej {name},", "Välkommen till Latchkey. Bekräfta att {email} är din e-postadress. Länken gäller i {valid}."},
			Action:  "Bekräfta min e-postadress",
			Ignore:  "Om du inte har skapat något konto kan du ignorera det här e-postmeddelandet.",
		},
		KindSetPassword: {
			Subject: "Välj ditt lösenord",
			Lines:   []string{"Hej {name},", "Ett konto har skapats åt dig med användarnamnet {username}. Välj ditt lösenord med länken nedan för att komma igång. Den gäller i {valid}."},
			Action:  "Välj lösenord",
			Ignore:  "Om du inte väntade dig detta kan du ignorera det här e-postmeddelandet.",
		},
		KindInvitation: {
			Subject: "Du är inbjuden till {org}",
			Lines:   []string{"Hej,", "{inviter} har bjudit in {email} till {org}. Öppna länken nedan för att acceptera inbjudan. Den gäller i {valid}."},
			Action:  "Acceptera inbjudan",
			Ignore:  "Om du inte väntade dig detta kan du ignorera det här e-postmeddelandet.",
		},
		KindAddressInUse: {
			Subject: "Din e-postadress användes igen",
			Lines:   []string{"Hej {name},", "Någon försökte skapa ett konto med {email}, eller flytta ett annat konto till den, men den är redan adressen för ditt Latchkey-konto. Inget har ändrats, och inget annat konto använder den.", "Om det var du, logga in som vanligt; om du har glömt ditt lösenord kan du återställa det med länken nedan."},
			Action:  "Glömt lösenordet?",
			Ignore:  "Om det inte var du behöver du inte göra något: ditt konto förblir oförändrat.",
		},
	},
}
