package graph

import (
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/userimport"
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

func derefBool(b *bool) bool { return b != nil && *b }

// nonEmpty is nil for "", else a pointer to s.
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// importRecords maps importUsers' records to the importer's, field for field.
func importRecords(in []*model.ImportUserRecord) []userimport.Record {
	out := make([]userimport.Record, len(in))
	for i, in := range in {
		rec := userimport.Record{Email: in.Email, Username: deref(in.Username), Name: deref(in.Name), Locale: deref(in.Locale),
			CreatedAt: deref(in.CreatedAt), EmailVerified: in.EmailVerified, ExternalID: deref(in.ExternalID),
			PasswordHash: deref(in.PasswordHash), PasswordHashFormat: deref(in.PasswordHashFormat), Password: deref(in.Password)}
		if in.Role != nil {
			rec.Role = string(*in.Role)
		}
		for _, m := range in.Memberships {
			rs := make([]string, len(m.Rights))
			for j, x := range m.Rights {
				rs[j] = string(x)
			}
			rec.Memberships = append(rec.Memberships, userimport.Membership{Organization: m.Organization, Rights: rs})
		}
		out[i] = rec
	}
	return out
}
