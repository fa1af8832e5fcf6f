import { graphql } from '../gql';

// Shared by SignIn (a locked account's link) and ForgotPassword.
export const RequestResetDocument = graphql(`
  mutation RequestReset($input: RequestResetInput!) {
    requestReset(input: $input) {
      userErrors {
        code
        field
        message
      }
      challenge {
        algorithm
        challenge
        salt
        maxNumber
        signature
      }
    }
  }
`);
