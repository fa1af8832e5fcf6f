import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  const t = '2024-03-05T14:30:00Z';
  it('formats per locale', () => {
    expect(formatDateTime(t, 'en')).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(t)));
    expect(formatDateTime(t, 'fr')).toMatch(/mars 2024/);
    expect(formatDateTime(t, 'sv')).toMatch(/mars 2024/);
    expect(formatDateTime(t, 'en')).toMatch(/March 5, 2024/);
  });
  it('leaves an unreadable value as it is', () => {
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });
});
