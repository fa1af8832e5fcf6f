package clientinfo

import (
	"net/http/httptest"
	"testing"
)

func TestClientIPTrustsProxyHeadersOnlyFromTrustedProxies(t *testing.T) {
	trusted, err := ParseTrusted("10.0.0.0/8, 127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		trusted bool
		remote  string
		xff     string
		want    string
	}{
		{"direct client, no proxies configured", false, "203.0.113.5:4000", "", "203.0.113.5"},
		{"forged header without trusted proxies is ignored", false, "203.0.113.5:4000", "1.2.3.4", "203.0.113.5"},
		{"forged header from an untrusted peer is ignored", true, "203.0.113.5:4000", "1.2.3.4", "203.0.113.5"},
		{"trusted proxy passes the client on", true, "10.1.2.3:4000", "198.51.100.7", "198.51.100.7"},
		{"client-supplied hop left of the real one is ignored", true, "10.1.2.3:4000", "1.2.3.4, 198.51.100.7", "198.51.100.7"},
		{"chain of trusted proxies", true, "127.0.0.1:4000", "198.51.100.7, 10.9.9.9", "198.51.100.7"},
		{"garbage header falls back to the peer", true, "10.1.2.3:4000", "not-an-ip", "10.1.2.3"},
		{"ipv6 peer", false, "[2001:db8::1]:4000", "", "2001:db8::1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Resolver{}
			if tt.trusted {
				r.Trusted = trusted
			}
			req := httptest.NewRequest("GET", "/", nil)
			req.RemoteAddr = tt.remote
			if tt.xff != "" {
				req.Header.Set("X-Forwarded-For", tt.xff)
			}
			if got := r.ClientIP(req); got != tt.want {
				t.Fatalf("ClientIP = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRateKeyCountsAnIPv6NetworkAsOneClient(t *testing.T) {
	tests := []struct {
		name, ip, want string
	}{
		{"an IPv4 address, whole", "203.0.113.5", "203.0.113.5"},
		{"a neighbouring IPv4 address is another client", "203.0.113.6", "203.0.113.6"},
		{"an IPv4-mapped IPv6 address counts as the IPv4 one", "::ffff:203.0.113.5", "203.0.113.5"},
		{"an IPv6 address, by its /64", "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"},
		{"another address of the same /64", "2001:db8:1:2::1", "2001:db8:1:2::/64"},
		{"the next /64 is another client", "2001:db8:1:3::1", "2001:db8:1:3::/64"},
		{"a zone does not make another client", "fe80::1%eth0", "fe80::/64"},
		{"the loopback", "::1", "::/64"},
		{"not an address", "unknown", "unknown"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RateKey(tt.ip); got != tt.want {
				t.Errorf("RateKey(%q) = %q, want %q", tt.ip, got, tt.want)
			}
		})
	}
}

func TestTrustedProxiesWrittenAsMappedIPv6MatchTheirIPv4Peers(t *testing.T) {
	tests := []struct {
		name, trusted, remote, xff, want string
	}{
		{"a mapped prefix", "::ffff:10.0.0.0/104", "10.1.2.3:4000", "198.51.100.7", "198.51.100.7"},
		{"a mapped address", "::ffff:10.1.2.3", "10.1.2.3:4000", "198.51.100.7", "198.51.100.7"},
		{"a mapped peer and a plain prefix", "10.0.0.0/8", "[::ffff:10.1.2.3]:4000", "::ffff:198.51.100.7", "198.51.100.7"},
		{"an untrusted peer still ignored", "::ffff:10.0.0.0/104", "203.0.113.5:4000", "1.2.3.4", "203.0.113.5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trusted, err := ParseTrusted(tt.trusted)
			if err != nil {
				t.Fatal(err)
			}
			req := httptest.NewRequest("GET", "/", nil)
			req.RemoteAddr = tt.remote
			req.Header.Set("X-Forwarded-For", tt.xff)
			if got := (Resolver{Trusted: trusted}).ClientIP(req); got != tt.want {
				t.Fatalf("ClientIP = %q, want %q", got, tt.want)
			}
		})
	}
}
