package webhook_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/latchkey/latchkey/internal/webhook"
)

// The receiver below is the one docs/integrators.md shows, verbatim (a test
// checks): it uses the standard library only.

// BEGIN receiver
// verifyLatchkey checks a Latchkey webhook as the Standard Webhooks
// specification says: the signed content is "id.timestamp.body", signed
// with HMAC-SHA256 under the base64 bytes after "whsec_"; the header may
// carry several "v1,<base64>" signatures (during a secret rotation).
func verifyLatchkey(secret string, h http.Header, body []byte, now time.Time) bool {
	id, ts, sigs := h.Get("webhook-id"), h.Get("webhook-timestamp"), h.Get("webhook-signature")
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || id == "" || math.Abs(now.Sub(time.Unix(sec, 0)).Seconds()) > 300 {
		return false // missing, or more than 5 minutes off: a replay
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(secret, "whsec_"))
	if err != nil {
		return false
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(id + "." + ts + "."))
	mac.Write(body)
	want := "v1," + base64.StdEncoding.EncodeToString(mac.Sum(nil))
	for _, s := range strings.Fields(sigs) {
		if hmac.Equal([]byte(s), []byte(want)) {
			return true
		}
	}
	return false
}

// latchkeyHandler receives events: verify, drop duplicates by webhook-id
// (a retry or a replay carries the same one), answer 2xx fast, work later.
func latchkeyHandler(secret string, seen func(id string) bool, handle func(body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
		if err != nil || !verifyLatchkey(secret, r.Header, body, time.Now()) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		if !seen(r.Header.Get("webhook-id")) {
			handle(body)
		}
		w.WriteHeader(http.StatusNoContent)
	})
}

// END receiver

func TestTheDocumentedReceiverAcceptsLatchkeysSignatureAndRefusesForgeries(t *testing.T) {
	secret := webhook.NewSecret()
	ids := map[string]bool{}
	var handled []string
	srv := httptest.NewServer(latchkeyHandler(secret, func(id string) bool { s := ids[id]; ids[id] = true; return s },
		func(b []byte) { handled = append(handled, string(b)) }))
	defer srv.Close()
	send := func(secrets []string, id string, ts time.Time, body string, tamper bool) int {
		sent := body
		if tamper { // same length, another user
			sent = strings.Replace(body, "usr_1", "usr_2", 1)
		}
		req, _ := http.NewRequest("POST", srv.URL, strings.NewReader(sent))
		if err := webhook.Headers(req.Header, secrets, id, ts, []byte(body)); err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	body := `{"type":"password.changed","timestamp":"2026-12-02T10:00:00Z","data":{"user_id":"usr_1"}}`
	tests := []struct {
		name    string
		secrets []string
		id      string
		ts      time.Time
		tamper  bool
		want    int
	}{
		{"a message signed by Latchkey is accepted", []string{secret}, "whev_1", time.Now(), false, 204},
		{"the same message again is accepted and not handled twice", []string{secret}, "whev_1", time.Now(), false, 204},
		{"during a rotation, the old secret's signature among two is enough", []string{webhook.NewSecret(), secret}, "whev_2", time.Now(), false, 204},
		{"a message signed with another secret is refused", []string{webhook.NewSecret()}, "whev_3", time.Now(), false, 401},
		{"a body changed on the way is refused", []string{secret}, "whev_4", time.Now(), true, 401},
		{"an old message replayed is refused", []string{secret}, "whev_5", time.Now().Add(-time.Hour), false, 401},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := send(tt.secrets, tt.id, tt.ts, body, tt.tamper); got != tt.want {
				t.Fatalf("status %d, want %d", got, tt.want)
			}
		})
	}
	if len(handled) != 2 {
		t.Fatalf("handled %d messages, want 2", len(handled))
	}
}

func TestIntegratorsGuideShowsTheTestedReceiver(t *testing.T) {
	src, err := os.ReadFile("receiver_example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	code := s[strings.Index(s, "// BEGIN receiver\n")+len("// BEGIN receiver\n") : strings.Index(s, "// END receiver")]
	doc, err := os.ReadFile("../../docs/integrators.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), strings.TrimSpace(code)) {
		t.Fatal("docs/integrators.md does not show the receiver of receiver_example_test.go verbatim: copy it over")
	}
}
