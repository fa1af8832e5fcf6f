// What the sign-in page learnt about the second step (the methods the
// account has), for the second-factor screen. Kept in memory only, like a
// flash: after a reload the screen offers a code, a passkey (when the
// browser can) and a recovery code, and the server, which holds the
// pending sign-in, decides.
import type { SecondFactorMethod } from '../../gql/graphql';

let pending: readonly SecondFactorMethod[] | undefined;

export function setPendingMethods(methods: readonly SecondFactorMethod[]): void {
  pending = methods;
}

/** The methods of the sign-in in progress, if the sign-in page said. */
export function pendingMethods(): readonly SecondFactorMethod[] | undefined {
  return pending;
}

export function clearPendingMethods(): void {
  pending = undefined;
}
