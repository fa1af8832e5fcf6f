import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

function openLink(url: string) {
  window.history.replaceState(null, '', url);
  return renderApp(url);
}

describe("This wasn't me", () => {
  it('spends nothing when opened, and signs the browser out when the person presses the button', async () => {
    const server = fakeServer({ ReportSignIn: { reportSignIn: { userErrors: [] } } });
    const { user } = openLink('/this-wasnt-me?token=lk_sin_abc');
    expect(await screen.findByRole('heading', { level: 1, name: en.reportSignIn.title })).toBeTruthy();
    expect(server.sent('ReportSignIn')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: en.reportSignIn.button }));
    expect(await screen.findByText(en.reportSignIn.done)).toBeTruthy();
    expect(server.sent('ReportSignIn')[0].variables.input).toEqual({ token: 'lk_sin_abc' });
  });

  it('says when the link was used already and offers a reset', async () => {
    fakeServer({ ReportSignIn: { reportSignIn: { userErrors: [{ code: 'TOKEN_INVALID', field: ['input', 'token'], message: 'used' }] } } });
    const { user } = openLink('/this-wasnt-me?token=lk_sin_abc');
    await user.click(await screen.findByRole('button', { name: en.reportSignIn.button }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: en.signIn.forgotPassword }).getAttribute('href')).toBe('/forgot-password');
  });
});
