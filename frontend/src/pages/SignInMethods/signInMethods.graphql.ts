import { graphql } from '../../gql';

export const SignInMethodsDocument = graphql(`
  query SignInMethods {
    me {
      id
      email
      recoveryCodesLeft
      secondFactors {
        id
        kind
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const EnrollTotpDocument = graphql(`
  mutation EnrollTotp {
    enrollTotp {
      secret
      otpauthUrl
      qrCodeSvg
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ConfirmTotpDocument = graphql(`
  mutation ConfirmTotp($input: ConfirmTotpInput!) {
    confirmTotp(input: $input) {
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RemoveSecondFactorDocument = graphql(`
  mutation RemoveSecondFactor($input: RemoveSecondFactorInput!) {
    removeSecondFactor(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes {
    regenerateRecoveryCodes {
      recoveryCodes
      userErrors {
        code
        field
        message
      }
    }
  }
`);
