package mail

// KindWebhookDisabled tells the person who registered a webhook endpoint
// that Latchkey stopped sending to it: it failed every delivery for a day.
// {endpoint} is the endpoint's host, never a link.
const KindWebhookDisabled Kind = "WEBHOOK_DISABLED"

func init() {
	catalogue["en"][KindWebhookDisabled] = copyText{
		Subject: "A webhook endpoint was disabled",
		Lines:   []string{"Hello {name},", "The webhook endpoint you registered at {endpoint} failed every delivery for more than a day, so Latchkey stopped sending events to it.", "Once it works again, enable it on the webhooks screen and replay the events it missed."},
		Action:  "Open the webhooks screen",
	}
	catalogue["fr"][KindWebhookDisabled] = copyText{
		Subject: "Un point de terminaison de webhook a été désactivé",
		Lines:   []string{"Bonjour {name},", "Le point de terminaison de webhook que vous avez enregistré sur {endpoint} a échoué à chaque livraison pendant plus d'un jour : Latchkey a cessé de lui envoyer des événements.", "Une fois réparé, réactivez-le sur l'écran des webhooks et renvoyez les événements manqués."},
		Action:  "Ouvrir l'écran des webhooks",
	}
	catalogue["sv"][KindWebhookDisabled] = copyText{
		Subject: "En webhook-mottagare har inaktiverats",
		Lines:   []string{"Hej {name},", "Webhook-mottagaren du registrerade på {endpoint} misslyckades med varje leverans i mer än ett dygn, så Latchkey slutade skicka händelser till den.", "När den fungerar igen kan du aktivera den på webhook-sidan och skicka om de händelser den missade."},
		Action:  "Öppna webhook-sidan",
	}
}
