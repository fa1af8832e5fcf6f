import type { AuthMethod, SecondFactorKind } from '../../gql/graphql';

/** Every kind of second factor in the schema, with its catalogue key: a kind the schema adds fails the type-check here. */
export const factorKindLabels = {
  TOTP: 'signInMethods.kindName.TOTP',
  PASSKEY: 'signInMethods.kindName.PASSKEY',
} as const satisfies Record<SecondFactorKind, string>;

/** How a session was authenticated, each way with its catalogue key. */
export const authMethodLabels = {
  PASSWORD: 'authMethod.PASSWORD',
  TOTP: 'authMethod.TOTP',
  RECOVERY_CODE: 'authMethod.RECOVERY_CODE',
  PASSKEY: 'authMethod.PASSKEY',
  ACCESS_TOKEN: 'authMethod.ACCESS_TOKEN',
} as const satisfies Record<AuthMethod, string>;
