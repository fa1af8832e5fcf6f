import { graphql } from '../gql';

export const AuditPeopleDocument = graphql(`
  query AuditPeople($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        name
        username
      }
    }
  }
`);
