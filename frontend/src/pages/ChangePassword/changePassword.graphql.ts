import { graphql } from '../../gql';

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
        mustChangePassword
      }
      revokedSessions
      revokedTokens
      userErrors {
        code
        field
        message
      }
    }
  }
`);
