import { graphql } from '../../gql';

export const ConfirmEmailChangeDocument = graphql(`
  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {
    confirmEmailChange(input: $input) {
      user {
        id
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      user {
        id
        email
        emailVerifiedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ReportSignInDocument = graphql(`
  mutation ReportSignIn($input: ReportSignInInput!) {
    reportSignIn(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
