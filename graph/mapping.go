package graph

import (
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/password"
)

func noErrors() []*model.UserError { return []*model.UserError{} }

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
