import { graphql } from './gql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      email
      username
      name
      role
      locale
      mustChangePassword
      mustEnrollSecondFactor
    }
  }
`);
