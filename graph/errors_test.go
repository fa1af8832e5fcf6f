package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/latchkey/latchkey/graph/generated"
	"github.com/latchkey/latchkey/graph/model"
	"github.com/latchkey/latchkey/internal/account"
	"github.com/latchkey/latchkey/internal/org"
	"github.com/latchkey/latchkey/internal/password"
	"github.com/latchkey/latchkey/internal/settings"
	"github.com/latchkey/latchkey/internal/token"
)

// inputFields is keyed by mutation name: a mutation renamed, added or
// given other input fields must show here, not as userErrors that quietly
// lose their field.
func TestInputFieldsNameTheSchemasMutationsAndTheirInputs(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	withInput := map[string]*ast.Definition{}
	for _, f := range schema.Mutation.Fields {
		if a := f.Arguments.ForName("input"); a != nil {
			withInput[f.Name] = schema.Types[a.Type.Name()]
		}
	}
	for name := range withInput {
		if _, ok := inputFields[name]; !ok {
			t.Errorf("mutation %s has no entry in inputFields", name)
		}
	}
	for name, fs := range inputFields {
		input, ok := withInput[name]
		if !ok {
			t.Errorf("inputFields names %s, which is no mutation with an input", name)
			continue
		}
		if fs.other != "" && input.Fields.ForName(fs.other) == nil {
			t.Errorf("inputFields: %s's errors are about %q, which %s does not have", name, fs.other, input.Name)
		}
	}
}

// TestUserErrorsSayWhichFieldIsAtFault runs errors through userErrors as
// each mutation's resolver does.
func TestUserErrorsSayWhichFieldIsAtFault(t *testing.T) {
	policyErr := (&password.Policy{MinLength: 12}).Check("short", password.Personal{})
	tests := []struct {
		mutation string
		err      error
		code     model.UserErrorCode
		field    []string
	}{
		{"signIn", account.ErrInvalidCredentials, model.UserErrorCodeInvalidCredentials, nil},
		{"changePassword", account.ErrInvalidCredentials, model.UserErrorCodeInvalidCredentials, []string{"input", "currentPassword"}},
		{"changePassword", account.ErrPasswordMismatch, model.UserErrorCodePasswordMismatch, []string{"input", "newPasswordConfirmation"}},
		{"changePassword", policyErr, model.UserErrorCodePasswordPolicy, []string{"input", "newPassword"}},
		{"signUp", policyErr, model.UserErrorCodePasswordPolicy, []string{"input", "password"}},
		{"signUp", account.ErrPasswordMismatch, model.UserErrorCodePasswordMismatch, []string{"input", "passwordConfirmation"}},
		{"signUp", fmt.Errorf("wrapped: %w", account.ErrUsernameTaken), model.UserErrorCodeAlreadyExists, []string{"input", "username"}},
		{"signUp", account.ErrRegistrationClosed, model.UserErrorCodeRegistrationClosed, nil},
		{"requestEmailChange", account.ErrRateLimited, model.UserErrorCodeRateLimited, nil},
		{"requestEmailChange", account.ErrInvalidEmail, model.UserErrorCodeInvalidInput, []string{"input", "newEmail"}},
		{"updateUser", account.ErrLastAdmin, model.UserErrorCodeInvalidInput, []string{"input", "role"}},
		{"updateUser", account.ErrNotFound, model.UserErrorCodeNotFound, []string{"input", "id"}},
		{"adminResetPassword", account.ErrNotFound, model.UserErrorCodeNotFound, []string{"input", "userId"}},
		{"generateToken", account.ErrLocked, model.UserErrorCodeAccountLocked, nil},
		{"generateToken", token.ErrInvalidName, model.UserErrorCodeInvalidInput, []string{"input", "name"}},
		{"createAccessToken", token.ErrOutlivesCaller, model.UserErrorCodeInvalidInput, []string{"input", "expiresAt"}},
		{"inviteMember", org.ErrNotFound, model.UserErrorCodeNotFound, []string{"input", "organizationId"}},
		{"inviteMember", org.ErrAlreadyMember, model.UserErrorCodeAlreadyExists, []string{"input", "email"}},
		{"acceptInvitation", org.ErrInvitationExpired, model.UserErrorCodeTokenExpired, []string{"input", "token"}},
		{"updateMember", org.ErrInvalidRights, model.UserErrorCodeInvalidInput, []string{"input", "rights"}},
		{"updateSecuritySettings", &settings.FieldError{Field: "lockoutThreshold", Message: "must be 1 to 100"}, model.UserErrorCodeInvalidInput, []string{"input", "lockoutThreshold"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %v", tt.mutation, tt.err), func(t *testing.T) {
			ctx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{Field: graphql.CollectedField{Field: &ast.Field{Name: tt.mutation}}})
			ues, err := userErrors(ctx, tt.err)
			if err != nil || len(ues) != 1 {
				t.Fatalf("userErrors = %v, %v", ues, err)
			}
			if ues[0].Code != tt.code || !slices.Equal(ues[0].Field, tt.field) {
				t.Fatalf("code %s field %v, want %s %v", ues[0].Code, ues[0].Field, tt.code, tt.field)
			}
		})
	}
	t.Run("an unexpected error is no userError", func(t *testing.T) {
		boom := errors.New("disk full")
		if ues, err := userErrors(context.Background(), boom); ues != nil || !errors.Is(err, boom) {
			t.Fatalf("userErrors = %v, %v", ues, err)
		}
	})
}
