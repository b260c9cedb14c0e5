import type { ReactNode } from 'react';
import { TERM, VALUE } from '../side/styles';

/** One term and its value in a description list. */
export function Field({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt className={TERM}>{term}</dt>
      <dd className={VALUE}>{children}</dd>
    </div>
  );
}
