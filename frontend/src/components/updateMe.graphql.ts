import { graphql } from '../gql';

// Shared by Profile and the language switcher.
export const UpdateMeDocument = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        id
        name
        locale
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
