import { graphql } from '../../gql';

export const RequestUsernameReminderDocument = graphql(`
  mutation RequestUsernameReminder($input: RequestUsernameReminderInput!) {
    requestUsernameReminder(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
