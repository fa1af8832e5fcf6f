// What is sent for a typed code: authenticator apps show "123 456", people
// paste " 123456 ". The server judges the rest.

/** A one-time code without the spaces people type or paste. */
export const normaliseCode = (typed: string): string => typed.replace(/\s+/g, '');

/** A recovery code as typed, without surrounding or inner spaces. */
export const normaliseRecoveryCode = (typed: string): string => typed.replace(/\s+/g, '');
