import { graphql } from '../../gql';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      mustChangePassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RequestResetDocument = graphql(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
