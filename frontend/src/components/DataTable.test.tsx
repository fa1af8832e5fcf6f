import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DataTable } from './DataTable';

describe('DataTable', () => {
  it('is a captioned table in a reachable scrolling region, with only the columns given', () => {
    const showActor = false;
    render(
      <DataTable caption="Access tokens" columns={['Name', showActor && 'Actor', 'Created', { hidden: 'Actions' }]}>
        <tr>
          <td>CI</td>
          <td>today</td>
          <td>
            <button type="button">Revoke</button>
          </td>
        </tr>
      </DataTable>,
    );
    const region = screen.getByRole('region', { name: 'Access tokens' });
    expect(region.getAttribute('tabindex')).toBe('0');
    const table = within(region).getByRole('table', { name: 'Access tokens' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Name', 'Created', 'Actions']);
    expect(headers[2].querySelector('.visually-hidden')?.textContent).toBe('Actions');
    expect(within(table).getByRole('cell', { name: 'CI' }).tagName).toBe('TD');
  });
});
