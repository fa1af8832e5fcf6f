import { graphql } from '../../gql';

export const OrganizationDocument = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      name
      createdAt
      viewerRights
      requireSecondFactor
      members {
        id
        rights
        createdAt
        user {
          id
          name
          username
          email
        }
      }
    }
  }
`);

export const InvitationsDocument = graphql(`
  query Invitations($id: ID!) {
    organization(id: $id) {
      id
      invitations {
        id
        email
        rights
        status
        createdAt
        expiresAt
        acceptedAt
        revokedAt
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
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

export const UpdateMemberDocument = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      membership {
        id
        rights
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveMemberDocument = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RevokeInvitationDocument = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        id
        name
        requireSecondFactor
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
