import { isValidElement, type ReactNode } from 'react';
import { TableWrap } from './TableWrap';

/** A column heading; `{ hidden }` is one only screen readers hear (an actions column). */
export type Column = ReactNode | { hidden: string };

function isHidden(c: Column): c is { hidden: string } {
  return typeof c === 'object' && c !== null && !isValidElement(c) && 'hidden' in c;
}

/**
 * A table of rows (children: the `<tr>`s) under column headings, captioned
 * for screen readers and scrolling in a keyboard-reachable box when wider
 * than the screen. A column given as `false` is left out.
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: (Column | false)[]; children: ReactNode }) {
  return (
    <TableWrap label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns
              .filter((c) => c !== false)
              .map((c, i) => (
                <th scope="col" key={i}>
                  {isHidden(c) ? <span className="visually-hidden">{c.hidden}</span> : c}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}
