// Package clientinfo carries who is on the other end of a request (address,
// user agent, request ID) through a context, for audit events, sessions and
// rate limits.
package clientinfo

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Info describes the client of one request.
type Info struct {
	IP        string
	UserAgent string
	RequestID string
}

type key struct{}

// With returns ctx carrying info.
func With(ctx context.Context, info Info) context.Context {
	return context.WithValue(ctx, key{}, info)
}

// From returns the Info in ctx, or the zero Info (a command-line call).
func From(ctx context.Context) Info {
	info, _ := ctx.Value(key{}).(Info)
	return info
}

// Resolver finds the client address of a request. Proxy headers are read
// only when the connection comes from a trusted proxy: otherwise anyone
// could choose the address that rate limits count against.
type Resolver struct {
	Trusted []netip.Prefix
}

// ParseTrusted parses a comma-separated list of CIDR prefixes or addresses.
func ParseTrusted(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !strings.Contains(part, "/") {
			a, err := netip.ParseAddr(part)
			if err != nil {
				return nil, err
			}
			a = a.Unmap() // addresses are compared unmapped
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(part)
		if err != nil {
			return nil, err
		}
		if a := p.Addr(); a.Is4In6() && p.Bits() >= 96 {
			// ::ffff:10.0.0.0/104 is 10.0.0.0/8: peers and hops are
			// compared unmapped, so a mapped prefix would match none.
			p = netip.PrefixFrom(a.Unmap(), p.Bits()-96)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}

func (r Resolver) trusted(a netip.Addr) bool {
	for _, p := range r.Trusted {
		if p.Contains(a.Unmap()) {
			return true
		}
	}
	return false
}

// ClientIP returns the client address of req: the connection's peer, or,
// when that peer is a trusted proxy, the right-most untrusted address of
// X-Forwarded-For.
func (r Resolver) ClientIP(req *http.Request) string {
	host, _, err := net.SplitHostPort(req.RemoteAddr)
	if err != nil {
		host = req.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	peer = peer.Unmap()
	if len(r.Trusted) == 0 || !r.trusted(peer) {
		return peer.String()
	}
	hops := strings.Split(strings.Join(req.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		a = a.Unmap()
		if !r.trusted(a) {
			return a.String()
		}
	}
	return peer.String()
}

// IPv6Prefix is how many leading bits of an IPv6 address the rate limits
// count as one client: a /64 is one network (one subscriber, one host's
// privacy addresses), and a host can rotate freely through all of it.
const IPv6Prefix = 64

// RateKey is the part of a client address that per-address rate limits
// count against: an IPv4 address (or an IPv4-mapped IPv6 one) whole, an
// IPv6 address by its /64 ("2001:db8:1:2::/64"). Something that is not an
// address is returned as it is.
func RateKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return ip
	}
	a = a.Unmap().WithZone("")
	if a.Is4() {
		return a.String()
	}
	p, err := a.Prefix(IPv6Prefix)
	if err != nil {
		return a.String()
	}
	return p.String()
}
