import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LinkedText } from './AdminOutboxPage';

describe('LinkedText', () => {
  const link = 'http://localhost:8080/reset-password?token=lk_rst_abc';
  it('makes only the link Latchkey built clickable, not a URL from a name', () => {
    const text = `Hello IT Security: re-validate at http://evil.example/login,\n\nReset password:\n${link}\n`;
    render(<LinkedText text={text} link={link} />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe(link);
    expect(screen.getByText(/http:\/\/evil\.example\/login/).closest('a')).toBeNull();
  });
  it('shows an email without a link as plain text', () => {
    render(<LinkedText text="Your password was changed: http://evil.example" link="" />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
