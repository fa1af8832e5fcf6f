// Package passkeytest is a software authenticator for tests and
// benchmarks: real ECDSA P-256 keys and signatures, a real CBOR
// attestation object ("none" attestation) and authenticator data, and
// client data JSON as a browser writes it. It answers the options the
// server sends with what PublicKeyCredential.toJSON() gives a page, so a
// test drives a ceremony end to end with nothing mocked on the server.
package passkeytest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/fxamacker/cbor/v2"
)

// Flags of authenticator data (WebAuthn §6.1).
const (
	FlagUP = 0x01 // user present
	FlagUV = 0x04 // user verified
	FlagBE = 0x08 // backup eligible
	FlagBS = 0x10 // backed up
	FlagAT = 0x40 // attested credential data included
)

// Authenticator holds discoverable credentials, like a platform
// authenticator. Its fields change how it answers, for attacks.
type Authenticator struct {
	// Origin is what the "browser" writes into client data: the page's
	// origin (the service's public URL in a well-behaved test).
	Origin string
	// NoUV answers without the user-verified flag (a security key whose
	// PIN was not asked).
	NoUV bool
	// Counter is kept per credential when true (security keys); false
	// answers 0 every time, as synced passkeys do.
	Counter bool
	// ReuseID makes the next credentials carry this ID (an attacker
	// registering someone else's credential ID as theirs).
	ReuseID []byte

	mu    sync.Mutex
	creds []*Credential
}

// Credential is one key pair the authenticator made.
type Credential struct {
	ID         []byte
	RPID       string
	UserHandle []byte
	Key        *ecdsa.PrivateKey
	SignCount  uint32
}

// New is an authenticator whose pages are at origin.
func New(origin string) *Authenticator { return &Authenticator{Origin: origin} }

// Clone is another authenticator holding the same credentials (the same
// keys): a copy to change for an attack (another Origin, NoUV).
func (a *Authenticator) Clone() *Authenticator {
	a.mu.Lock()
	defer a.mu.Unlock()
	return &Authenticator{Origin: a.Origin, NoUV: a.NoUV, Counter: a.Counter, ReuseID: a.ReuseID, creds: append([]*Credential(nil), a.creds...)}
}

// Credentials returns the credentials made so far.
func (a *Authenticator) Credentials() []*Credential {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]*Credential(nil), a.creds...)
}

var b64 = base64.RawURLEncoding

// b64bytes decodes a base64url string as browsers' JSON forms carry them.
func b64bytes(s string) ([]byte, error) {
	if b, err := b64.DecodeString(s); err == nil {
		return b, nil
	}
	return base64.URLEncoding.DecodeString(s)
}

type creationOptions struct {
	RP struct {
		ID string `json:"id"`
	} `json:"rp"`
	User struct {
		ID string `json:"id"`
	} `json:"user"`
	Challenge string `json:"challenge"`
	Exclude   []struct {
		ID string `json:"id"`
	} `json:"excludeCredentials"`
}

type requestOptions struct {
	Challenge string `json:"challenge"`
	RPID      string `json:"rpId"`
	Allow     []struct {
		ID string `json:"id"`
	} `json:"allowCredentials"`
}

// Create answers creation options (PublicKeyCredentialCreationOptionsJSON)
// with a new credential as PublicKeyCredential.toJSON() gives it.
func (a *Authenticator) Create(optionsJSON []byte) ([]byte, error) {
	var o creationOptions
	if err := json.Unmarshal(optionsJSON, &o); err != nil {
		return nil, fmt.Errorf("passkeytest: creation options: %w", err)
	}
	userHandle, err := b64bytes(o.User.ID)
	if err != nil {
		return nil, fmt.Errorf("passkeytest: user.id: %w", err)
	}
	a.mu.Lock()
	for _, ex := range o.Exclude {
		id, _ := b64bytes(ex.ID)
		for _, c := range a.creds {
			if string(c.ID) == string(id) {
				a.mu.Unlock()
				return nil, errors.New("passkeytest: InvalidStateError: a credential of the exclude list is here")
			}
		}
	}
	a.mu.Unlock()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	id := make([]byte, 32)
	rand.Read(id)
	if a.ReuseID != nil {
		id = append([]byte(nil), a.ReuseID...)
	}
	c := &Credential{ID: id, RPID: o.RP.ID, UserHandle: userHandle, Key: key}
	cose, err := coseKey(&key.PublicKey)
	if err != nil {
		return nil, err
	}
	att := make([]byte, 0, 16+2+len(id)+len(cose))
	att = append(att, make([]byte, 16)...) // AAGUID: zeros, as "none" attestation gives
	att = binary.BigEndian.AppendUint16(att, uint16(len(id)))
	att = append(att, id...)
	att = append(att, cose...)
	authData := a.authData(c, FlagAT, 0)
	authData = append(authData, att...)
	attObj, err := encMode.Marshal(map[string]any{"fmt": "none", "attStmt": map[string]any{}, "authData": authData})
	if err != nil {
		return nil, err
	}
	clientData := a.clientData("webauthn.create", o.Challenge)
	a.mu.Lock()
	a.creds = append(a.creds, c)
	a.mu.Unlock()
	return json.Marshal(map[string]any{
		"id":    b64.EncodeToString(id),
		"rawId": b64.EncodeToString(id),
		"type":  "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64.EncodeToString(clientData),
			"attestationObject": b64.EncodeToString(attObj),
			"transports":        []string{"internal", "hybrid"},
		},
		"authenticatorAttachment": "platform",
		"clientExtensionResults":  map[string]any{"credProps": map[string]any{"rk": true}},
	})
}

// Get answers request options (PublicKeyCredentialRequestOptionsJSON) with
// an assertion of the first credential it holds for the options' RP ID
// (among allowCredentials when they are listed).
func (a *Authenticator) Get(optionsJSON []byte) ([]byte, error) {
	var o requestOptions
	if err := json.Unmarshal(optionsJSON, &o); err != nil {
		return nil, fmt.Errorf("passkeytest: request options: %w", err)
	}
	a.mu.Lock()
	var c *Credential
	for _, cand := range a.creds {
		if cand.RPID != o.RPID {
			continue
		}
		if len(o.Allow) == 0 {
			c = cand
			break
		}
		for _, al := range o.Allow {
			if id, _ := b64bytes(al.ID); string(id) == string(cand.ID) {
				c = cand
			}
		}
		if c != nil {
			break
		}
	}
	a.mu.Unlock()
	if c == nil {
		return nil, errors.New("passkeytest: NotAllowedError: no credential for this site")
	}
	return a.Assert(c, o.Challenge)
}

// Assert signs an assertion of c over challenge (base64url) as Get does,
// for tests that pick the credential (another person's) themselves.
func (a *Authenticator) Assert(c *Credential, challenge string) ([]byte, error) {
	a.mu.Lock()
	if a.Counter {
		c.SignCount++
	}
	count := c.SignCount
	a.mu.Unlock()
	authData := a.authData(c, 0, count)
	clientData := a.clientData("webauthn.get", challenge)
	sum := sha256.Sum256(clientData)
	// ES256: ECDSA over the SHA-256 of authenticatorData || SHA-256(clientDataJSON).
	digest := sha256.Sum256(append(append([]byte{}, authData...), sum[:]...))
	sig, err := ecdsa.SignASN1(rand.Reader, c.Key, digest[:])
	if err != nil {
		return nil, err
	}
	return json.Marshal(map[string]any{
		"id":    b64.EncodeToString(c.ID),
		"rawId": b64.EncodeToString(c.ID),
		"type":  "public-key",
		"response": map[string]any{
			"clientDataJSON":    b64.EncodeToString(clientData),
			"authenticatorData": b64.EncodeToString(authData),
			"signature":         b64.EncodeToString(sig),
			"userHandle":        b64.EncodeToString(c.UserHandle),
		},
		"authenticatorAttachment": "platform",
		"clientExtensionResults":  map[string]any{},
	})
}

// SetCounter sets c's counter (a cloned authenticator replays an old one).
func (a *Authenticator) SetCounter(c *Credential, n uint32) {
	a.mu.Lock()
	c.SignCount = n
	a.mu.Unlock()
}

func (a *Authenticator) authData(c *Credential, extra byte, count uint32) []byte {
	rp := sha256.Sum256([]byte(c.RPID))
	flags := byte(FlagUP) | extra
	if !a.NoUV {
		flags |= FlagUV
	}
	out := append([]byte{}, rp[:]...)
	out = append(out, flags)
	return binary.BigEndian.AppendUint32(out, count)
}

func (a *Authenticator) clientData(typ, challenge string) []byte {
	b, _ := json.Marshal(struct {
		Type        string `json:"type"`
		Challenge   string `json:"challenge"`
		Origin      string `json:"origin"`
		CrossOrigin bool   `json:"crossOrigin"`
	}{typ, challenge, a.Origin, false})
	return b
}

var encMode = func() cbor.EncMode {
	m, err := cbor.CTAP2EncOptions().EncMode()
	if err != nil {
		panic(err)
	}
	return m
}()

// coseKey is pub as a COSE_Key (RFC 9053): EC2, ES256, P-256.
func coseKey(pub *ecdsa.PublicKey) ([]byte, error) {
	raw, err := pub.Bytes() // 0x04 || X || Y
	if err != nil {
		return nil, err
	}
	return encMode.Marshal(map[int]any{1: 2, 3: -7, -1: 1, -2: raw[1:33], -3: raw[33:65]})
}
