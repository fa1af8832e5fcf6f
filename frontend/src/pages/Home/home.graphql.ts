import { graphql } from '../../gql';

export const HomeDocument = graphql(`
  query Home {
    me {
      id
      name
      email
      username
      role
      createdAt
      lastSignInAt
    }
  }
`);

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
