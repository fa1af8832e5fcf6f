package webhook

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// ErrAddressRefused means an endpoint's address is one Latchkey does not
// send to: loopback, private, link-local, cloud metadata and the like, which
// would let whoever registers an endpoint reach the service's own network
// (server-side request forgery).
var ErrAddressRefused = errors.New("webhook: the endpoint's address is not a public one")

// Guard decides which addresses deliveries may reach. The check runs on the
// address actually dialled (net.Dialer.Control), after DNS, so that a name
// that resolves to 127.0.0.1 (or is made to, between a check and a dial:
// DNS rebinding) is refused like the address itself.
type Guard struct {
	// AllowPrivate lets loopback, private and link-local addresses through
	// (--webhook-allow-private: tests and internal networks). Cloud metadata
	// addresses stay refused even then.
	AllowPrivate bool
}

var (
	metadata = []netip.Addr{
		netip.MustParseAddr("169.254.169.254"), // AWS, GCP, Azure, OpenStack
		netip.MustParseAddr("fd00:ec2::254"),   // AWS over IPv6
		netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
	}
	// notPublic are ranges that are neither loopback nor RFC 1918 but must
	// not be reached either.
	notPublic = []netip.Prefix{
		netip.MustParsePrefix("0.0.0.0/8"),
		netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
		netip.MustParsePrefix("192.0.0.0/24"),
		netip.MustParsePrefix("198.18.0.0/15"),
		netip.MustParsePrefix("240.0.0.0/4"),
		netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach IPv4 private space
		netip.MustParsePrefix("2002::/16"),    // 6to4 likewise
	}
)

// Check reports whether ip may be dialled.
func (g Guard) Check(ip netip.Addr) error {
	ip = ip.Unmap()
	for _, m := range metadata {
		if ip == m {
			return fmt.Errorf("%w (%s is a cloud metadata address)", ErrAddressRefused, ip)
		}
	}
	switch {
	case !ip.IsValid(), ip.IsUnspecified(), ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return fmt.Errorf("%w (%s)", ErrAddressRefused, ip)
	case ip.Is4() && ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}):
		return fmt.Errorf("%w (%s)", ErrAddressRefused, ip)
	}
	for _, p := range notPublic {
		if p.Contains(ip) {
			return fmt.Errorf("%w (%s)", ErrAddressRefused, ip)
		}
	}
	if g.AllowPrivate {
		return nil
	}
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() {
		return fmt.Errorf("%w (%s)", ErrAddressRefused, ip)
	}
	return nil
}

// control is the dialer's last word on each address it is about to connect to.
func (g Guard) control(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrAddressRefused, err)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrAddressRefused, err)
	}
	return g.Check(ip)
}

// ErrInvalidURL means an endpoint's URL cannot be one.
var ErrInvalidURL = errors.New("webhook: the URL must be an absolute https:// URL (http:// with --webhook-allow-private) of at most 2000 characters, without credentials")

// CheckURL validates an endpoint's URL as typed. A literal address is
// checked at once (so that a mistake is told when the endpoint is made);
// a name is checked on every dial.
func (g Guard) CheckURL(raw string) (string, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 2000 {
		return "", ErrInvalidURL
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil || u.Fragment != "" || u.Opaque != "" {
		return "", ErrInvalidURL
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !g.AllowPrivate {
			return "", ErrInvalidURL
		}
	default:
		return "", ErrInvalidURL
	}
	if ip, err := netip.ParseAddr(strings.Trim(u.Hostname(), "[]")); err == nil {
		if err := g.Check(ip); err != nil {
			return "", err
		}
	}
	return u.String(), nil
}

// Client returns the HTTP client deliveries use: every dial checked by g,
// no proxy from the environment (the proxy's address would be the one
// checked), no redirect followed, short timeouts.
func (g Guard) Client(timeout time.Duration) *http.Client {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	d := &net.Dialer{Timeout: 5 * time.Second, Control: g.control}
	tr := &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return d.DialContext(ctx, network, addr)
		},
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: timeout,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}
