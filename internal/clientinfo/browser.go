package clientinfo

import "strings"

// Browser names a user agent in a fixed vocabulary: the browser's family
// ("Firefox", "Chrome", …) and its system ("Windows", "Android", …), ""
// for what is not recognised. Nothing of the header itself is returned, so
// a user agent written to read "visit evil.example" never reaches an email.
func Browser(userAgent string) (family, system string) {
	ua := strings.ToLower(userAgent)
	for _, b := range browsers {
		if strings.Contains(ua, b.token) {
			family = b.name
			break
		}
	}
	for _, s := range systems {
		if strings.Contains(ua, s.token) {
			system = s.name
			break
		}
	}
	return family, system
}

type uaToken struct{ token, name string }

// In order: Edge and Opera also say Chrome; Chrome also says Safari.
var browsers = []uaToken{
	{"edg/", "Edge"},
	{"opr/", "Opera"},
	{"firefox/", "Firefox"},
	{"fxios/", "Firefox"},
	{"crios/", "Chrome"},
	{"chromium/", "Chromium"},
	{"chrome/", "Chrome"},
	{"safari/", "Safari"},
	{"curl/", "curl"},
}

// In order: Android says Linux; iOS says Mac OS X.
var systems = []uaToken{
	{"android", "Android"},
	{"iphone", "iOS"},
	{"ipad", "iPadOS"},
	{"cros", "ChromeOS"},
	{"windows", "Windows"},
	{"mac os x", "macOS"},
	{"macintosh", "macOS"},
	{"linux", "Linux"},
}
