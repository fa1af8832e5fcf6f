import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConfirmDialog } from './Dialog';

function Harness({ onConfirm }: { onConfirm: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <button type="button">Before</button>
      <button type="button" onClick={() => setOpen(true)}>
        Delete
      </button>
      {open && (
        <ConfirmDialog title="Delete Bo?" confirmLabel="Delete user" danger onConfirm={onConfirm} onCancel={() => setOpen(false)}>
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

describe('ConfirmDialog', () => {
  it('takes the focus, keeps Tab inside, makes the page inert, closes on Escape and gives the focus back', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const { container } = render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete' });
    await user.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Delete Bo?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(dialog);
    expect(container.hasAttribute('inert')).toBe(true);

    await user.tab();
    expect(document.activeElement?.textContent).toBe('Delete user');
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.tab(); // wraps
    expect(document.activeElement?.textContent).toBe('Delete user');
    await user.tab({ shift: true });
    expect(document.activeElement?.textContent).toBe('Cancel');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(onConfirm).not.toHaveBeenCalled();

    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Delete user' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
