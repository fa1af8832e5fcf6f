import { graphql } from '../../gql';

export const UpdateNotificationPreferencesDocument = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      notificationPreferences {
        notice
        enabled
        optional
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
