import { graphql } from '../../gql';

export const MyPasskeysDocument = graphql(`
  query MyPasskeys {
    me {
      id
      passkeys {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const BeginPasskeyRegistrationDocument = graphql(`
  mutation BeginPasskeyRegistration($input: BeginPasskeyRegistrationInput!) {
    beginPasskeyRegistration(input: $input) {
      options
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const FinishPasskeyRegistrationDocument = graphql(`
  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {
    finishPasskeyRegistration(input: $input) {
      passkey {
        id
        name
        createdAt
        lastUsedAt
      }
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RenamePasskeyDocument = graphql(`
  mutation RenamePasskey($input: RenamePasskeyInput!) {
    renamePasskey(input: $input) {
      passkey {
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

export const RemovePasskeyDocument = graphql(`
  mutation RemovePasskey($input: RemovePasskeyInput!) {
    removePasskey(input: $input) {
      removedPasskeyId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
