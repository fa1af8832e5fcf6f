import { graphql } from '../../gql';

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      mustChangePassword
      secondFactorRequired
      secondFactorMethods
      secondFactorLockedUntil
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
