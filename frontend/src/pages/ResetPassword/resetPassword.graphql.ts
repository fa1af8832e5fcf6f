import { graphql } from '../../gql';

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
