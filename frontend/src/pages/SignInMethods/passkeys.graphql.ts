import { graphql } from '../../gql';

// A passkey's own mutations. The list of passkeys is me.secondFactors (kind
// PASSKEY, with the other factors), and one is removed as any factor is
// (removeSecondFactor, after a recent authentication).

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
