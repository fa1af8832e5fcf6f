import type { ReactNode } from 'react';
import type { ProfileQuery } from '../../gql/graphql';

export type Me = NonNullable<ProfileQuery['me']>;

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
