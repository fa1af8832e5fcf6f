import { graphql } from '../../gql';

export const VerifySecondFactorDocument = graphql(`
  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      user {
        id
      }
      mustChangePassword
      secondFactorLockedUntil
      userErrors {
        code
        field
        message
      }
    }
  }
`);
