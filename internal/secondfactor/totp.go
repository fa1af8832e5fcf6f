// Package secondfactor holds the rules of second factors: authenticator
// apps (TOTP, RFC 6238), recovery codes, the pending sign-in between a
// password and its second factor, the lockout of wrong codes, the policy of
// who must have one and what counts as a recent authentication.
//
// Passkeys are another package's; they plug in through OtherKinds.
package secondfactor

import (
	"crypto/hmac"
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"strings"
	"time"

	"github.com/boombuler/barcode/qr"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/hotp"
)

// The TOTP parameters every authenticator app understands.
const (
	// Period is the length of one step.
	Period = 30 * time.Second
	// Skew is how many steps before and after the current one are
	// accepted, for clocks that drift.
	Skew = 1
	// Digits is the length of a code.
	Digits = 6
	// secretBytes is the size of a secret: 160 bits, as RFC 4226 advises.
	secretBytes = 20
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// NewSecret returns a random base32 secret.
func NewSecret() string {
	b := make([]byte, secretBytes)
	if _, err := rand.Read(b); err != nil {
		panic("secondfactor: crypto/rand failed: " + err.Error())
	}
	return b32.EncodeToString(b)
}

// Step is the TOTP step t falls in.
func Step(t time.Time) int64 { return t.Unix() / int64(Period/time.Second) }

// Code is the code of secret at step.
func Code(secret string, step int64) (string, error) {
	return hotp.GenerateCodeCustom(secret, uint64(step), hotp.ValidateOpts{Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1})
}

// CodeAt is the code of secret at t (what an authenticator app shows).
func CodeAt(secret string, t time.Time) (string, error) { return Code(secret, Step(t)) }

// MatchStep returns the step, within Skew of now's and after lastUsed,
// whose code is code; ok is false when there is none. Every candidate is
// compared in constant time. A step at or before lastUsed is never
// matched: its code was used, or a later one was (a replay).
func MatchStep(secret, code string, now time.Time, lastUsed int64) (step int64, ok bool, err error) {
	code = NormalizeCode(code)
	if len(code) != Digits {
		return 0, false, nil
	}
	cur := Step(now)
	for s := cur - Skew; s <= cur+Skew; s++ {
		want, err := Code(secret, s)
		if err != nil {
			return 0, false, err
		}
		if hmac.Equal([]byte(want), []byte(code)) && s > lastUsed && !ok {
			step, ok = s, true
		}
	}
	return step, ok, nil
}

// NormalizeCode drops the spaces and dashes people type in codes.
func NormalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '\t' {
			return -1
		}
		return r
	}, strings.TrimSpace(code))
}

// URL is the otpauth:// URL of secret (Key URI Format), for issuer and
// the account's label.
func URL(issuer, account, secret string) string {
	k, err := otp.NewKeyFromURL(fmt.Sprintf("otpauth://totp/%s:%s?secret=%s&issuer=%s&algorithm=SHA1&digits=%d&period=%d",
		pathEscape(issuer), pathEscape(account), secret, queryEscape(issuer), Digits, int(Period/time.Second)))
	if err != nil {
		return ""
	}
	return k.URL()
}

// QRCodeSVG renders content as a QR code in an SVG document: one path of
// black squares on white with a four-module quiet zone, scalable, with a
// title for screen readers.
func QRCodeSVG(content, title string) (string, error) {
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return "", fmt.Errorf("secondfactor: QR code: %w", err)
	}
	b := code.Bounds()
	const quiet = 4
	size := b.Dx() + 2*quiet
	var path strings.Builder
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, _, _, _ := code.At(x, y).RGBA(); r == 0 {
				fmt.Fprintf(&path, "M%d %dh1v1h-1z", x-b.Min.X+quiet, y-b.Min.Y+quiet)
			}
		}
	}
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img"><title>%s</title><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		size, size, xmlEscape(title), size, size, path.String()), nil
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(s)
}
