package graph

import (
	"errors"

	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/password"
)

func noErrors() []*model.UserError { return []*model.UserError{} }

// fieldsFor names the input field a userError is about: the field given for
// its error in byErr, or otherwise def.
func fieldsFor(byErr map[error]string, def string) func(error) string {
	return func(err error) string {
		for e, f := range byErr {
			if errors.Is(err, e) {
				return f
			}
		}
		return def
	}
}

// policyModel maps the password policy to its GraphQL type.
func policyModel(p password.Policy) *model.PasswordPolicy {
	out := &model.PasswordPolicy{
		MinLength:        p.MinLength,
		MaxLength:        password.MaxLength,
		RequireUppercase: p.Upper,
		RequireLowercase: p.Lower,
		RequireDigit:     p.Digit,
		RequireSymbol:    p.Symbol,
	}
	out.Preset.UnmarshalGQL(p.Name) //nolint:errcheck // DEFAULT or NIST
	for _, r := range p.Rules() {
		out.Rules = append(out.Rules, model.PasswordRule(r))
	}
	return out
}

func derefBool(b *bool) bool { return b != nil && *b }

// nonEmpty is nil for "", else a pointer to s.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
