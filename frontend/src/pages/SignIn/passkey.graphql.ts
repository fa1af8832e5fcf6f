import { graphql } from '../../gql';

export const BeginPasskeySignInDocument = graphql(`
  mutation BeginPasskeySignIn($input: BeginPasskeySignInInput!) {
    beginPasskeySignIn(input: $input) {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const FinishPasskeySignInDocument = graphql(`
  mutation FinishPasskeySignIn($input: FinishPasskeySignInInput!) {
    finishPasskeySignIn(input: $input) {
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
