package legacyhash

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

type vector struct {
	Format, Hash, Password, By string
}

func readVectors(t *testing.T) []vector {
	t.Helper()
	f, err := os.Open("testdata/vectors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []vector
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v vector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// Vectors made by the reference implementations (testdata/make_vectors.sh)
// and published ones: the right password opens each, a wrong one none.
func TestHashesMadeByTheirReferenceImplementationsOpenWithTheirPassword(t *testing.T) {
	vs := readVectors(t)
	// Published vectors.
	vs = append(vs,
		vector{"", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", "U*U", "crypt_blowfish (Openwall) test vector"},
		vector{"bcrypt", "$2b$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK", "U*U*", "crypt_blowfish (Openwall) test vector"},
	)
	seen := map[Format]int{}
	for _, v := range vs {
		t.Run(v.By, func(t *testing.T) {
			h, err := Parse(Format(v.Format), v.Hash)
			if err != nil {
				t.Fatalf("%s: %v", v.Hash, err)
			}
			seen[h.Format()]++
			if !h.Verify(v.Password) {
				t.Fatalf("%s does not open with %q", v.Hash, v.Password)
			}
			for _, wrong := range []string{v.Password + "x", ""} {
				if h.Format() == Bcrypt && len(v.Password) >= 72 {
					// As in PHP, bcrypt reads the first 72 bytes only.
					continue
				}
				if wrong != v.Password && h.Verify(wrong) {
					t.Fatalf("%s opens with %q", v.Hash, wrong)
				}
			}
		})
	}
	for _, f := range Formats {
		if seen[f] == 0 {
			t.Errorf("no vector of format %s", f)
		}
	}
}

func TestEveryMagentoVersionAndUpgradeChainIsInTheVectors(t *testing.T) {
	want := []string{":0", ":1", ":2", ":3_32_2_67108864", ":1:2", ":0:2", ":0:1:2", ":1:3_32_2_67108864"}
	var all strings.Builder
	for _, v := range readVectors(t) {
		if v.Format == "magento2" {
			all.WriteString(v.Hash + "\n")
		}
	}
	for _, w := range want {
		if !strings.Contains(all.String(), w+"\n") {
			t.Errorf("no magento2 vector ending %s", w)
		}
	}
}

func TestDetectNamesTheFormatsThatNameThemselves(t *testing.T) {
	for in, want := range map[string]Format{
		"$2y$10$abc": Bcrypt, "$2a$": Bcrypt, "$2b$": Bcrypt, "$P$B": Phpass, "$H$9": Phpass,
		"$argon2id$v=19": Argon2, "$argon2i$v": Argon2, "$scrypt$ln": Scrypt, "$pbkdf2-sha256$": PBKDF2,
		"pbkdf2_sha256$1$s$h": Django, "argon2$argon2id$": Django, "bcrypt_sha256$$2b$": Django, "{SSHA256}": SaltedSHA,
	} {
		if got, ok := Detect(in); !ok || got != want {
			t.Errorf("Detect(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "5f4dcc3b5aa765d61d8327deb882cf99", "abc:salt:1", "$1$md5crypt", "$6$sha512crypt"} {
		if _, ok := Detect(in); ok {
			t.Errorf("Detect(%q) claims a format", in)
		}
	}
}

// An importer handing over hashes that would cost a sign-in minutes or
// gigabytes, or that are not hashes at all, is refused at parse time.
func TestCraftedOrBrokenHashesAreRefusedBeforeAnyCheck(t *testing.T) {
	for _, c := range []struct {
		format, hash string
		want         error
	}{
		{"magento2", "abc:salt:1", ErrMalformed},
		{"magento2", "zz" + strings.Repeat("0", 62) + ":salt:1", ErrMalformed},
		{"magento2", strings.Repeat("0", 64) + ":salt:9", ErrMalformed},
		{"magento2", strings.Repeat("0", 32) + ":salt:1", ErrMalformed},
		{"magento2", strings.Repeat("0", 64) + ":salt:3_32_2_4294967296", ErrTooCostly},
		{"magento2", strings.Repeat("0", 64) + ":salt:3_32_999_67108864", ErrTooCostly},
		{"magento2", strings.Repeat("0", 64) + "::2", ErrMalformed},
		{"magento2", "nocolons", ErrMalformed},
		{"", "$2y$31$" + strings.Repeat("a", 53), ErrTooCostly},
		{"bcrypt", "$2y$10$short", ErrMalformed},
		{"", "$P$K" + strings.Repeat("a", 30), ErrTooCostly},
		{"phpass", "$P$B" + strings.Repeat("a", 29), ErrMalformed},
		{"", "$argon2id$v=19$m=4194304,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", ErrTooCostly},
		{"", "$argon2id$v=19$m=65536,t=100,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", ErrTooCostly},
		{"", "$argon2id$v=16$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", ErrMalformed},
		{"", "$argon2d$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", ErrUnknownFormat},
		{"", "$scrypt$ln=24,r=8,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA", ErrTooCostly},
		{"", "$pbkdf2-sha256$i=100000000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA", ErrTooCostly},
		{"", "$pbkdf2-md5$i=1000$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA", ErrMalformed},
		{"", "pbkdf2_sha256$abc$salt$aGFzaA==", ErrMalformed},
		{"", "md5$salt$hash", ErrUnknownFormat},
		{"salted-sha", "sha256${password}$salt$00", ErrMalformed},
		{"salted-sha", "md5${salt}{password}$salt$" + strings.Repeat("0", 32), ErrMalformed},
		{"bogus", "x", ErrUnknownFormat},
		{"magento2", strings.Repeat("a", 2000), ErrMalformed},
	} {
		_, err := Parse(Format(c.format), c.hash)
		if !errors.Is(err, c.want) {
			t.Errorf("Parse(%q, %.40q) = %v, want %v", c.format, c.hash, err, c.want)
		}
	}
}

func TestAnErrorNeverRepeatsTheHash(t *testing.T) {
	secret := strings.Repeat("0", 64) + ":SALTsecret:9"
	_, err := Parse(Magento2, secret)
	if err == nil || strings.Contains(err.Error(), "SALTsecret") || strings.Contains(err.Error(), strings.Repeat("0", 64)) {
		t.Fatalf("error %v", err)
	}
}

func TestParseFormatReadsTheImportsNames(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(" " + strings.ToUpper(string(f))); err != nil || got != f {
			t.Errorf("ParseFormat(%s) = %v, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("md5"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("md5: %v", err)
	}
}

func TestPhpassEncodesAsTheReferenceDoes(t *testing.T) {
	// phpass 0.5's test.php vector, computed here directly.
	if got := phpassDigest("IQRaTwmf", 11, "test12345"); "$P$9IQRaTwmf"+got != "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0" {
		t.Fatalf("got %s", got)
	}
}
