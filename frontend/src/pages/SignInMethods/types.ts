import type { SignInMethodsQuery } from '../../gql/graphql';

/** The signed-in person as the Sign-in methods screen asks for them. */
export type Methods = NonNullable<SignInMethodsQuery['me']>;
