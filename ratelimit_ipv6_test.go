package main

import (
	"testing"
	"time"

	"github.com/latchkey/latchkey/ent"
	"github.com/latchkey/latchkey/internal/testdb"
)

// A client with an IPv6 /64 (every home or server gets one) rotates its
// address on each request to dodge the per-address limit.
func TestIPv6AddressesInOne64ShareTheLimit(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--trusted-proxies", "127.0.0.1")
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(3) })
		awayFromWindowEdge(time.Minute, 10*time.Second)
		from := func(ip string) string { return resetFrom(t, ta, ip) }
		steps := []struct {
			name, ip, want string
		}{
			{"a first address of the /64", "2001:db8:1:2::1", ""},
			{"a second", "2001:db8:1:2::2", ""},
			{"a third, far away in the same /64", "2001:db8:1:2:ffff:ffff:ffff:fffe", ""},
			{"a fourth address of the /64 is over the limit", "2001:db8:1:2:1234:5678:9abc:def0", "RATE_LIMITED"},
			{"the next /64 is another client", "2001:db8:1:3::1", ""},
			{"IPv4 addresses count alone", "198.51.100.1", ""},
			{"another IPv4 address", "198.51.100.2", ""},
			{"and another", "198.51.100.3", ""},
			{"and another still", "198.51.100.4", ""},
		}
		for _, s := range steps {
			if got := from(s.ip); got != s.want {
				t.Fatalf("%s (%s): code %q, want %q", s.name, s.ip, got, s.want)
			}
		}
	})
}

// The proxy is trusted as "::ffff:127.0.0.1" (how some tools write an IPv4
// peer): the prefix matched no peer, so every client behind the proxy
// counted as the proxy's one address and a single client's requests used
// up everyone's limit. A mapped prefix now trusts its IPv4 peers.
func TestATrustedProxyWrittenAsAMappedAddressPassesItsClientsOn(t *testing.T) {
	eachBackend(t, func(t *testing.T, b testdb.Backend) {
		ta := newTestApp(t, b, "--trusted-proxies", "::ffff:127.0.0.1")
		ta.setSettings(t, func(u *ent.SecuritySettingsUpdateOne) { u.SetIPRequestsPerMinute(2) })
		awayFromWindowEdge(time.Minute, 10*time.Second)
		from := func(ip string) string { return resetFrom(t, ta, ip) }
		for i, ip := range []string{"198.51.100.1", "198.51.100.1", "198.51.100.2", "198.51.100.3"} {
			if got := from(ip); got != "" {
				t.Fatalf("request %d from %s behind the proxy: %q", i+1, ip, got)
			}
		}
		if got := from("198.51.100.1"); got != "RATE_LIMITED" {
			t.Fatalf("a third request from one client: %q", got)
		}
	})
}

// resetFrom asks for a reset as a client at ip (through a trusted proxy)
// and returns the only userError code.
func resetFrom(t *testing.T, ta *testApp, ip string) string {
	t.Helper()
	resp := ta.browser(t).gql(`mutation { requestReset(input: {login: "nobody"}) { userErrors { code } } }`, nil, "X-Forwarded-For", ip)
	return onlyCode(resp.userErrors(t, "requestReset"))
}
