import type { ReactNode } from 'react';

/**
 * A table that may be wider than the screen: it scrolls inside its box,
 * which the keyboard can reach (a focusable, labelled region).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
