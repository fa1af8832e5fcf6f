package password

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rule is one requirement of a password policy. Its string is stable and is
// what the GraphQL API and the SPA use to name the rule.
type Rule string

const (
	RuleMinLength   Rule = "MIN_LENGTH"
	RuleMaxLength   Rule = "MAX_LENGTH"
	RuleUpper       Rule = "UPPERCASE"
	RuleLower       Rule = "LOWERCASE"
	RuleDigit       Rule = "DIGIT"
	RuleSymbol      Rule = "SYMBOL"
	RuleNotCommon   Rule = "NOT_COMMON"
	RuleNotPersonal Rule = "NOT_PERSONAL"
)

// MaxLength caps every password, whatever the policy: longer input is
// refused before it reaches argon2, and nothing is ever truncated.
const MaxLength = 256

// Policy is the set of rules a new password must meet.
type Policy struct {
	Name      string
	MinLength int
	Upper     bool
	Lower     bool
	Digit     bool
	Symbol    bool
}

// Default is the help-centre rule: at least nine characters with upper and
// lower case letters, a digit and a symbol.
var Default = Policy{Name: "DEFAULT", MinLength: 9, Upper: true, Lower: true, Digit: true, Symbol: true}

// NIST follows SP 800-63B rev. 4 for a password used alone: length over
// composition, at least 15 characters, no composition rules.
var NIST = Policy{Name: "NIST", MinLength: 15}

// PolicyError lists every rule a password failed.
type PolicyError struct {
	Policy Policy
	Unmet  []Rule
}

func (e *PolicyError) Error() string {
	s := make([]string, len(e.Unmet))
	for i, r := range e.Unmet {
		s[i] = e.Policy.Describe(r)
	}
	return "password does not meet the policy: " + strings.Join(s, "; ")
}

// Describe says a rule in English for messages and logs.
func (p Policy) Describe(r Rule) string {
	switch r {
	case RuleMinLength:
		return "at least " + itoa(p.MinLength) + " characters"
	case RuleMaxLength:
		return "at most " + itoa(MaxLength) + " characters"
	case RuleUpper:
		return "an upper-case letter"
	case RuleLower:
		return "a lower-case letter"
	case RuleDigit:
		return "a digit"
	case RuleSymbol:
		return "a symbol"
	case RuleNotCommon:
		return "not a commonly used password"
	case RuleNotPersonal:
		return "not containing your username or email"
	}
	return string(r)
}

// Rules lists the rules of the policy in the order they are shown.
func (p Policy) Rules() []Rule {
	rules := []Rule{RuleMinLength, RuleMaxLength}
	if p.Upper {
		rules = append(rules, RuleUpper)
	}
	if p.Lower {
		rules = append(rules, RuleLower)
	}
	if p.Digit {
		rules = append(rules, RuleDigit)
	}
	if p.Symbol {
		rules = append(rules, RuleSymbol)
	}
	return append(rules, RuleNotCommon, RuleNotPersonal)
}

// Personal is what a password must not contain: the account's own names.
type Personal struct {
	Username string
	Email    string
}

// Check returns nil when pw meets the policy, or a *PolicyError naming every
// unmet rule. Length counts characters (code points) after normalisation.
func (p Policy) Check(pw string, who Personal) error {
	pw = Normalize(pw)
	var unmet []Rule
	n := utf8.RuneCountInString(pw)
	if n < p.MinLength {
		unmet = append(unmet, RuleMinLength)
	}
	if n > MaxLength {
		// Too long: report only that, without scanning megabytes.
		return &PolicyError{Policy: p, Unmet: []Rule{RuleMaxLength}}
	}
	var upper, lower, digit, symbol bool
	for _, r := range pw {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r):
			symbol = true
		}
	}
	if p.Upper && !upper {
		unmet = append(unmet, RuleUpper)
	}
	if p.Lower && !lower {
		unmet = append(unmet, RuleLower)
	}
	if p.Digit && !digit {
		unmet = append(unmet, RuleDigit)
	}
	if p.Symbol && !symbol {
		unmet = append(unmet, RuleSymbol)
	}
	if isCommon(pw) {
		unmet = append(unmet, RuleNotCommon)
	}
	if containsPersonal(pw, who) {
		unmet = append(unmet, RuleNotPersonal)
	}
	if len(unmet) == 0 {
		return nil
	}
	return &PolicyError{Policy: p, Unmet: unmet}
}

func containsPersonal(pw string, who Personal) bool {
	lpw := strings.ToLower(pw)
	parts := []string{who.Username}
	if at := strings.LastIndexByte(who.Email, '@'); at > 0 {
		parts = append(parts, who.Email[:at])
	}
	for _, s := range parts {
		s = strings.ToLower(strings.TrimSpace(s))
		if len(s) >= 3 && strings.Contains(lpw, s) {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
