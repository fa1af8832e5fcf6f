import { graphql } from '../gql';

// Shared by the layout's sign-out button, Home and AcceptInvitation.
export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
