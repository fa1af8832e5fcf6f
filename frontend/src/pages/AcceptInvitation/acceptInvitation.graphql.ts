import { graphql } from '../../gql';

export const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      rights
      expiresAt
      hasAccount
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      membership {
        id
        organization {
          id
          name
        }
      }
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
