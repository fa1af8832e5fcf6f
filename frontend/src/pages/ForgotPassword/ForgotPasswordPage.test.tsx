import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

describe('forgot password', () => {
  it('asks for the login, then says to check the inbox and the spam folder', async () => {
    const server = fakeServer({ RequestReset: { requestReset: { userErrors: [] } } });
    const { user } = renderApp('/forgot-password');
    expect(screen.getByRole('heading', { level: 1, name: en.forgotPassword.title })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: en.forgotPassword.submit }));
    expect(screen.getByRole('alert').textContent).toContain(en.signIn.loginRequired);
    expect(server.sent('RequestReset')).toHaveLength(0);

    await user.type(screen.getByLabelText(en.signIn.login), '  nobody@example.com ');
    await user.click(screen.getByRole('button', { name: en.forgotPassword.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: en.forgotPassword.sentTitle })).toBeTruthy();
    expect(screen.getByText(en.forgotPassword.checkSpam)).toBeTruthy();
    expect(server.sent('RequestReset')[0].variables).toEqual({ input: { login: 'nobody@example.com' } });
  });

  it('keeps what was typed when the server refuses', async () => {
    fakeServer({
      RequestReset: { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] },
    });
    const { user } = renderApp('/forgot-password');
    await user.type(screen.getByLabelText(en.signIn.login), 'alice');
    await user.click(screen.getByRole('button', { name: en.forgotPassword.submit }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.RATE_LIMITED);
    expect((screen.getByLabelText(en.signIn.login) as HTMLInputElement).value).toBe('alice');
  });
});

describe('forgot username', () => {
  it('checks the address, then confirms the same way', async () => {
    const server = fakeServer({ RequestUsernameReminder: { requestUsernameReminder: { userErrors: [] } } });
    const { user } = renderApp('/forgot-username');
    await user.type(screen.getByLabelText(en.form.email), 'not-an-email');
    await user.click(screen.getByRole('button', { name: en.forgotUsername.submit }));
    expect(screen.getByRole('alert').textContent).toContain(en.form.emailInvalid);
    await user.clear(screen.getByLabelText(en.form.email));
    await user.type(screen.getByLabelText(en.form.email), 'alice@example.com');
    await user.click(screen.getByRole('button', { name: en.forgotUsername.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: en.forgotUsername.sentTitle })).toBeTruthy();
    expect(server.sent('RequestUsernameReminder')[0].variables).toEqual({ input: { email: 'alice@example.com' } });
  });
});

describe('focus', () => {
  it('moves to the confirmation heading once the email is sent', async () => {
    fakeServer({ RequestReset: { requestReset: { userErrors: [] } } });
    const { user } = renderApp('/forgot-password');
    await user.type(screen.getByLabelText(en.signIn.login), 'alice');
    await user.click(screen.getByRole('button', { name: en.forgotPassword.submit }));
    const heading = await screen.findByRole('heading', { level: 1, name: en.forgotPassword.sentTitle });
    expect(document.activeElement).toBe(heading);
  });
});
