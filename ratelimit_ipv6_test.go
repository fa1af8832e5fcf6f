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
		lcAvoidWindowEdge(time.Minute, 10*time.Second)
		from := func(ip string) string {
			var out struct {
				RequestReset struct{ UserErrors []userErrorJSON } `json:"requestReset"`
			}
			ta.browser(t).gql(`mutation { requestReset(input: {login: "nobody"}) { userErrors { code } } }`, nil, "X-Forwarded-For", ip).into(t, &out)
			return admCode(out.RequestReset.UserErrors)
		}
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
