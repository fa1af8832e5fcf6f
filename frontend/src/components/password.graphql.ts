import { graphql } from '../gql';

export const PasswordPolicyDocument = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      preset
      minLength
      maxLength
      rules
    }
  }
`);
