import { graphql } from '../../gql';

export const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
