package password

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// checkRules runs p.Check and returns the unmet rules (nil when it passes).
// Any error that is not a *PolicyError fails the test.
func checkRules(t *testing.T, p Policy, pw string, who Personal) []Rule {
	t.Helper()
	err := p.Check(pw, who)
	if err == nil {
		return nil
	}
	var pe *PolicyError
	if !errors.As(err, &pe) {
		t.Fatalf("Check returned %T (%v), want *PolicyError", err, err)
	}
	if len(pe.Unmet) == 0 {
		t.Fatalf("Check returned a PolicyError with no unmet rules: %v", err)
	}
	if pe.Policy.Name != p.Name {
		t.Errorf("PolicyError.Policy = %q, want %q", pe.Policy.Name, p.Name)
	}
	return pe.Unmet
}

var alice = Personal{Username: "alice", Email: "alice@example.com"}

func TestChoosePasswordUnderDefaultPolicy(t *testing.T) {
	tests := []struct {
		name string
		pw   string
		want []Rule
	}{
		{"good password", "Correct-Horse9", nil},
		{"exactly nine characters", "Abcdefg1!", nil},
		{"space counts as a symbol", "Correct Horse9", nil},
		{"too short", "Ab1!xyz", []Rule{RuleMinLength}},
		{"no upper-case letter", "correct-horse9", []Rule{RuleUpper}},
		{"no lower-case letter", "CORRECT-HORSE9", []Rule{RuleLower}},
		{"no digit", "Correct-Horse", []Rule{RuleDigit}},
		{"no symbol", "CorrectHorse9", []Rule{RuleSymbol}},
		{"every rule unmet at once", "", []Rule{RuleMinLength, RuleUpper, RuleLower, RuleDigit, RuleSymbol}},
		{"short, lower-case only", "abc", []Rule{RuleMinLength, RuleUpper, RuleDigit, RuleSymbol}},
		{"short digits only", "4711", []Rule{RuleMinLength, RuleUpper, RuleLower, RuleSymbol}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, Default, tt.pw, alice)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Default.Check(%q) unmet = %v, want %v", tt.pw, got, tt.want)
			}
		})
	}
}

func TestPolicyErrorNamesEveryUnmetRule(t *testing.T) {
	tests := []struct {
		name     string
		policy   Policy
		pw       string
		contains []string
	}{
		{"default policy, empty password", Default, "", []string{"at least 9 characters", "an upper-case letter", "a lower-case letter", "a digit", "a symbol"}},
		{"NIST policy, short common password", NIST, "password1", []string{"at least 15 characters", "not a commonly used password"}},
		{"personal password", Default, "Alice-Rules9", []string{"not containing your username or email"}},
		{"overlong password", Default, strings.Repeat("Aa1!", 65), []string{"at most 256 characters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.policy.Check(tt.pw, alice)
			if err == nil {
				t.Fatalf("Check(%q) = nil, want an error", tt.pw)
			}
			for _, s := range tt.contains {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestChoosePasswordUnderNISTPolicy(t *testing.T) {
	tests := []struct {
		name string
		pw   string
		want []Rule
	}{
		{"long passphrase without composition", "correct horse battery staple", nil},
		{"fifteen lower-case letters", "abcdefghijklmno", nil},
		{"fifteen digits", "902184736150294", nil},
		{"fourteen characters", "abcdefghijklmn", []Rule{RuleMinLength}},
		{"default-compliant but short", "Correct-Horse9", []Rule{RuleMinLength}},
		{"short common password", "Password123!", []Rule{RuleMinLength, RuleNotCommon}},
		{"long but contains the username", "alice in wonderland again", []Rule{RuleNotPersonal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, NIST, tt.pw, alice)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("NIST.Check(%q) unmet = %v, want %v", tt.pw, got, tt.want)
			}
		})
	}
	if NIST.MinLength != 15 || NIST.Upper || NIST.Lower || NIST.Digit || NIST.Symbol {
		t.Fatalf("NIST preset = %+v, want MinLength 15 and no composition rules", NIST)
	}
}

func TestChooseCommonPassword(t *testing.T) {
	tests := []struct {
		name string
		pw   string
		want []Rule
	}{
		{"Password123!", "Password123!", []Rule{RuleNotCommon}},
		{"leet spelling on the list", "P@ssw0rd2024!", []Rule{RuleNotCommon}},
		{"upper case of a listed password", "PASSWORD2024!", []Rule{RuleLower, RuleNotCommon}},
		{"leet spelling not on the list", "P@ssword2025!", []Rule{RuleNotCommon}},
		{"leet dollar for s", "Sun$hine1!", []Rule{RuleNotCommon}},
		{"leet zero for o", "Passw0rd123!", []Rule{RuleNotCommon}},
		{"welcome with a year", "Welcome2024!", []Rule{RuleNotCommon}},
		{"listed word with suffix", "Sunshine123!", []Rule{RuleNotCommon}},
		{"short listed password", "dragon", []Rule{RuleMinLength, RuleUpper, RuleDigit, RuleSymbol, RuleNotCommon}},
		{"not on the list", "Sunshine-Kayak7", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, Default, tt.pw, alice)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Default.Check(%q) unmet = %v, want %v", tt.pw, got, tt.want)
			}
		})
	}
}

func TestChoosePasswordContainingOwnName(t *testing.T) {
	tests := []struct {
		name string
		pw   string
		who  Personal
		want []Rule
	}{
		{"contains the username", "Xalice-99!", Personal{Username: "alice", Email: "a.l@example.com"}, []Rule{RuleNotPersonal}},
		{"contains the username in another case", "My-ALICE-99", Personal{Username: "alice", Email: "a.l@example.com"}, []Rule{RuleNotPersonal}},
		{"contains the email local part", "Wonder.Land-9", Personal{Username: "wl", Email: "Wonder.Land@example.com"}, []Rule{RuleNotPersonal}},
		{"contains the email domain only", "Example-Horse9", Personal{Username: "bob", Email: "bob@example.com"}, nil},
		{"names shorter than three characters are ignored", "Al-Bo-Horse9", Personal{Username: "al", Email: "bo@example.com"}, nil},
		{"no personal data", "Correct-Horse9", Personal{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, Default, tt.pw, tt.who)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Default.Check(%q, %+v) unmet = %v, want %v", tt.pw, tt.who, got, tt.want)
			}
		})
	}
}

func TestChooseOverlongPassword(t *testing.T) {
	tests := []struct {
		name   string
		policy Policy
		pw     string
		want   []Rule
	}{
		{"256 characters are allowed", Default, "Aa1!" + strings.Repeat("x", 252), nil},
		{"257 characters are refused", Default, "Aa1!" + strings.Repeat("x", 253), []Rule{RuleMaxLength}},
		{"overlong and weak reports only the length", Default, strings.Repeat("a", 300), []Rule{RuleMaxLength}},
		{"a megabyte reports only the length", NIST, strings.Repeat("a", 1<<20), []Rule{RuleMaxLength}},
		{"257 emoji are refused", NIST, strings.Repeat("😀", 257), []Rule{RuleMaxLength}},
		{"256 emoji are allowed", NIST, strings.Repeat("😀", 255) + "🙂", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, tt.policy, tt.pw, alice)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("%s.Check(%d bytes) unmet = %v, want %v", tt.policy.Name, len(tt.pw), got, tt.want)
			}
		})
	}
}

func TestChoosePasswordWithNonASCIICharactersCountsCharacters(t *testing.T) {
	tests := []struct {
		name string
		pw   string
		want []Rule
	}{
		// 9 code points in 11 bytes: passes the length rule.
		{"nine characters with accented letters", "Éléphan1!", nil},
		// 9 code points in 12 bytes; the emoji is the symbol.
		{"nine characters with an emoji", "Kätzche1😺", nil},
		// 9 code points in 24 bytes.
		{"nine characters, five of them emoji", "Aa1!😀😀😀😀😀", nil},
		// 8 code points in 10 bytes: still too short.
		{"eight characters in more bytes", "Éléphn1!", []Rule{RuleMinLength}},
		// 9 code points as typed, 7 once composed: counts as 7.
		{"decomposed accents count once", "E\u0301le\u0301ph1!", []Rule{RuleMinLength}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkRules(t, Default, tt.pw, alice)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Default.Check(%q) unmet = %v, want %v", tt.pw, got, tt.want)
			}
		})
	}
}

func TestPolicyRulesListsWhatThePolicyChecks(t *testing.T) {
	tests := []struct {
		name   string
		policy Policy
		want   []Rule
	}{
		{"default", Default, []Rule{RuleMinLength, RuleMaxLength, RuleUpper, RuleLower, RuleDigit, RuleSymbol, RuleNotCommon, RuleNotPersonal}},
		{"NIST", NIST, []Rule{RuleMinLength, RuleMaxLength, RuleNotCommon, RuleNotPersonal}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.policy.Rules(); !slices.Equal(got, tt.want) {
				t.Fatalf("Rules() = %v, want %v", got, tt.want)
			}
		})
	}
}
