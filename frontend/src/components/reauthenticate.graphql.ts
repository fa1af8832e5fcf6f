import { graphql } from '../gql';

export const ReauthMethodsDocument = graphql(`
  query ReauthMethods {
    me {
      id
      recoveryCodesLeft
      secondFactors {
        id
        kind
      }
    }
  }
`);

export const ReauthenticateDocument = graphql(`
  mutation Reauthenticate($input: ReauthenticateInput!) {
    reauthenticate(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
