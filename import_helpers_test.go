package main

import (
	"bufio"
	"context"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/crypto/argon2"
)

// magentoCustomer is one row of a generated Magento 2 customer_entity
// export, with the password its hash was made of.
type magentoCustomer struct {
	EntityID, Email, Password, Hash string
}

// The versions a Magento 2 shop's customer_entity.password_hash holds
// after years of upgrades: MD5 (Magento 2.0 imports from 1.x), SHA-256
// (2.0 to 2.3), Argon2ID13 (2.3 with sodium), the parameter-carrying form
// (2.4.7+), and chains left by customer:hash:upgrade.
var magentoVersions = []string{"0", "0", "1", "1", "1", "2", "3_32_2_67108864", "1:2", "0:2", "1:3_32_2_67108864"}

// magentoStep computes one step of a Magento chain from the published
// algorithm, with golang.org/x/crypto/argon2 (not Latchkey's code):
// md5/sha256 of salt + input in hex, or libsodium's crypto_pwhash
// (argon2id, one lane, memlimit/1024 KiB) of the input with the salt's
// first 16 bytes.
func magentoStep(input, salt, version string) string {
	switch version {
	case "0":
		s := md5.Sum([]byte(salt + input))
		return hex.EncodeToString(s[:])
	case "1":
		s := sha256.Sum256([]byte(salt + input))
		return hex.EncodeToString(s[:])
	default: // "2" and "3_32_2_67108864" are the same parameters
		return hex.EncodeToString(argon2.IDKey([]byte(input), []byte(salt[:16]), 2, 65536, 1, 32))
	}
}

func magentoHash(pw, salt, versions string) string {
	h := pw
	for _, v := range strings.Split(versions, ":") {
		h = magentoStep(h, salt, v)
	}
	return h + ":" + salt + ":" + versions
}

func randomSalt() string {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, 32)
	rand.Read(b)
	for i := range b {
		b[i] = chars[int(b[i])%len(chars)]
	}
	return string(b)
}

// writeMagentoExport writes n customers as the SQL of docs/migrating.md
// exports them (JSON Lines), every tenth version of magentoVersions in
// turn, and a bad row after every 1,000th. Argon2 hashes (64 MiB each)
// come from a pool of 4 per version, shared by many customers, so that the
// file is made in seconds; every MD5 and SHA-256 one is its own. It returns
// the customers and the lines of the bad rows.
func writeMagentoExport(t testing.TB, path string, n int) (good []magentoCustomer, badLines map[int]string) {
	t.Helper()
	pool := map[string][]magentoCustomer{}
	for _, v := range magentoVersions {
		if v == "0" || v == "1" || pool[v] != nil {
			continue
		}
		for i := 0; i < 4; i++ {
			pw, salt := fmt.Sprintf("Argon-%s-%d!", v, i), randomSalt()
			pool[v] = append(pool[v], magentoCustomer{Password: pw, Hash: magentoHash(pw, salt, v)})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	badLines = map[int]string{}
	line := 0
	write := func(rec map[string]any) {
		line++
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	row := func(c magentoCustomer, i int) map[string]any {
		return map[string]any{
			"externalId": c.EntityID, "email": c.Email, "name": fmt.Sprintf("Customer %d", i),
			"createdAt":     fmt.Sprintf("20%02d-%02d-%02d 10:%02d:00", 16+i%9, 1+i%12, 1+i%28, i%60),
			"emailVerified": i%3 != 0, "locale": []string{"en", "fr", "sv"}[i%3],
			"passwordHash": c.Hash, "passwordHashFormat": "magento2",
		}
	}
	for i := 1; i <= n; i++ {
		v := magentoVersions[i%len(magentoVersions)]
		c := magentoCustomer{EntityID: fmt.Sprint(i), Email: fmt.Sprintf("customer%d@shop.example", i)}
		if p := pool[v]; p != nil {
			c.Password, c.Hash = p[i%len(p)].Password, p[i%len(p)].Hash
		} else {
			c.Password = fmt.Sprintf("pw-%d-%x", i, i*7919)
			c.Hash = magentoHash(c.Password, randomSalt(), v)
		}
		good = append(good, c)
		write(row(c, i))
		if i%1000 == 0 {
			// A bad row: each kind in turn.
			bad := magentoCustomer{EntityID: fmt.Sprintf("bad-%d", i), Email: fmt.Sprintf("bad%d@shop.example", i), Hash: c.Hash}
			switch (i / 1000) % 5 {
			case 0:
				bad.Email = fmt.Sprintf("bad%d.shop.example", i) // no @
			case 1:
				bad.Hash = c.Hash[:20] // truncated by a careless export
			case 2:
				bad.Hash = strings.Repeat("a", 64) + ":salt:7" // no such version
			case 3:
				bad.Hash = strings.Repeat("a", 64) + ":" + randomSalt() + ":3_32_2_68719476736" // 64 GiB
			case 4:
				bad.Email = fmt.Sprintf("customer%d@shop.example", i) // taken by the row above, other ID
			}
			write(row(bad, i))
			badLines[line] = bad.Email
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return good, badLines
}

// ctxT is the context of a test.
func ctxT() context.Context { return context.Background() }
