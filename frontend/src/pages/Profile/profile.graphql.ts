import { graphql } from '../../gql';

export const ProfileDocument = graphql(`
  query Profile {
    me {
      id
      email
      username
      name
      role
      locale
      createdAt
      lastSignInAt
      emailVerifiedAt
      recoveryCodesLeft
      secondFactors {
        id
        kind
      }
      notificationPreferences {
        notice
        enabled
        optional
      }
      sessions {
        id
        createdAt
        lastSeenAt
        expiresAt
        ip
        userAgent
        current
        authMethods
        authLevel
      }
      accessTokens {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      memberships {
        id
        rights
        createdAt
        organization {
          id
          name
        }
      }
    }
  }
`);

export const MyActivityDocument = graphql(`
  query MyActivity($first: Int, $after: Cursor) {
    me {
      id
      activity(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            type
            actorID
            subjectID
            ip
            userAgent
            createdAt
            details {
              key
              value
            }
          }
        }
      }
    }
  }
`);


export const RequestEmailChangeDocument = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RevokeSessionDocument = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      revokedSessions
      revokedTokens
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CreateAccessTokenDocument = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      token
      accessToken {
        id
        name
        createdAt
        lastUsedAt
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RevokeAccessTokenDocument = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ExportMyDataDocument = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteMeDocument = graphql(`
  mutation DeleteMe($input: DeleteMeInput!) {
    deleteMe(input: $input) {
      deletedUserId
      organizations {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
