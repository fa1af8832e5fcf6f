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
