package passkey

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"
)

// Config is where the relying party is: --public-url and the extra origins
// of --webauthn-origins. Never a request's Host or Origin header: a
// ceremony is bound to what the operator configured, whoever asks.
type Config struct {
	// PublicURL is the service's public base URL: its host is the
	// relying-party ID and its origin the first allowed origin.
	PublicURL string
	// ExtraOrigins are more origins whose pages may run a ceremony (an
	// app on a subdomain). Each must be an http(s) origin whose host is
	// the relying-party ID or one of its subdomains.
	ExtraOrigins []string
	// DisplayName is the relying party's name shown by authenticators.
	DisplayName string
}

// ParseOrigins splits a comma-separated list of origins (the setting's
// form), dropping empty entries.
func ParseOrigins(s string) []string {
	var out []string
	for _, o := range strings.Split(s, ",") {
		if o = strings.TrimSpace(o); o != "" {
			out = append(out, strings.TrimRight(o, "/"))
		}
	}
	return out
}

// RPID is the relying-party ID of publicURL: its host name, without port.
func RPID(publicURL string) (string, error) {
	u, err := url.Parse(publicURL)
	if err != nil || u.Hostname() == "" {
		return "", fmt.Errorf("passkey: the public URL %q has no host", publicURL)
	}
	return strings.ToLower(u.Hostname()), nil
}

// origin is scheme://host[:port] of a URL, or an error for anything else.
func origin(raw string) (string, string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return "", "", fmt.Errorf("expected an origin such as https://app.example.com, got %q", raw)
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), strings.ToLower(u.Hostname()), nil
}

// Origins returns the allowed origins of cfg: the public URL's first.
func (cfg Config) Origins() ([]string, error) {
	rpID, err := RPID(cfg.PublicURL)
	if err != nil {
		return nil, err
	}
	u, _ := url.Parse(cfg.PublicURL)
	out := []string{u.Scheme + "://" + strings.ToLower(u.Host)}
	for _, raw := range cfg.ExtraOrigins {
		o, host, err := origin(raw)
		if err != nil {
			return nil, err
		}
		// WebAuthn lets a page use an RP ID that is its own host or a
		// registrable suffix of it; any other origin could never finish
		// a ceremony, so it is a configuration mistake.
		if host != rpID && !strings.HasSuffix(host, "."+rpID) {
			return nil, fmt.Errorf("the origin %s is not on %s or one of its subdomains (the relying-party ID, from the public URL)", o, rpID)
		}
		out = append(out, o)
	}
	return out, nil
}

// ErrUnavailable: the public URL's host is an IP address, which WebAuthn
// does not take as a relying-party ID; passkeys are off until the service
// is reached by a host name (localhost counts).
var ErrUnavailable = errors.New("passkey: passkeys need --public-url with a host name (such as localhost or id.example.com), not an IP address")

// NewWebAuthn is the go-webauthn relying party of cfg: user verification
// required, discoverable credentials (resident keys) required, no
// attestation asked for (a person's authenticator is theirs to choose).
func NewWebAuthn(cfg Config) (*webauthn.WebAuthn, error) {
	rpID, err := RPID(cfg.PublicURL)
	if err != nil {
		return nil, err
	}
	if net.ParseIP(rpID) != nil {
		return nil, ErrUnavailable
	}
	origins, err := cfg.Origins()
	if err != nil {
		return nil, err
	}
	name := cfg.DisplayName
	if name == "" {
		name = "Latchkey"
	}
	yes := true
	return webauthn.New(&webauthn.Config{
		RPID:                  rpID,
		RPDisplayName:         name,
		RPOrigins:             origins,
		AttestationPreference: protocol.PreferNoAttestation,
		AuthenticatorSelection: protocol.AuthenticatorSelection{
			RequireResidentKey: &yes,
			ResidentKey:        protocol.ResidentKeyRequirementRequired,
			UserVerification:   protocol.VerificationRequired,
		},
		Timeouts: webauthn.TimeoutsConfig{
			Login:        webauthn.TimeoutConfig{Timeout: CeremonyLifetime, TimeoutUVD: CeremonyLifetime},
			Registration: webauthn.TimeoutConfig{Timeout: CeremonyLifetime, TimeoutUVD: CeremonyLifetime},
		},
	})
}
