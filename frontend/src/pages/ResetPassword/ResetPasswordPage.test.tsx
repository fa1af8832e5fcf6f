import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

function openLink(url: string) {
  window.history.replaceState(null, '', url);
  return renderApp(url.replace(/#.*/, ''));
}

const rule = (name: string) =>
  screen.getByText((_, el) => el?.tagName === 'LI' && (el.textContent ?? '').includes(name));

describe('reset password', () => {
  it('ticks the rules off live, sets the password with the token from the query, and removes it from the address bar', async () => {
    const server = fakeServer({ ResetPassword: { resetPassword: { user: { id: 'u1' }, userErrors: [] } } });
    const { user } = openLink('/reset-password?token=lk_rst_q');
    expect(window.location.search).toBe('');
    const pw = screen.getByLabelText(en.password.new);
    await screen.findByText(en.password.rule.UPPERCASE);
    expect(rule(en.password.rule.UPPERCASE).className).toContain('rule-unmet');
    await user.type(pw, 'Correct-Horse-9');
    expect(rule(en.password.rule.UPPERCASE).className).toContain('rule-met');
    expect(rule(en.password.rule.SYMBOL).className).toContain('rule-met');
    expect(rule('9').className).toContain('rule-met');
    expect(screen.getByText(en.password.strengthLevel.strong)).toBeTruthy();
    await user.type(screen.getByLabelText(en.password.confirm), 'Correct-Horse-8');
    await user.click(screen.getByRole('button', { name: en.resetPassword.submit }));
    expect(within(screen.getByRole('alert')).getByText(en.password.mismatch)).toBeTruthy();
    expect(server.sent('ResetPassword')).toHaveLength(0);

    await user.clear(screen.getByLabelText(en.password.confirm));
    await user.type(screen.getByLabelText(en.password.confirm), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: en.resetPassword.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: en.resetPassword.doneTitle })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: en.signIn.title }).getAttribute('href')).toBe('/sign-in');
    expect(server.sent('ResetPassword')[0].variables).toEqual({
      input: { token: 'lk_rst_q', newPassword: 'Correct-Horse-9', newPasswordConfirmation: 'Correct-Horse-9' },
    });
  });

  it('takes the token from the fragment and says when the link has expired', async () => {
    const server = fakeServer({
      ResetPassword: {
        resetPassword: { user: null, userErrors: [{ code: 'TOKEN_EXPIRED', field: ['input', 'token'], message: 'x' }] },
      },
    });
    const { user } = openLink('/reset-password#token=lk_rst_f');
    expect(window.location.hash).toBe('');
    await user.type(screen.getByLabelText(en.password.new), 'Correct-Horse-9');
    await user.type(screen.getByLabelText(en.password.confirm), 'Correct-Horse-9');
    await user.click(screen.getByRole('button', { name: en.resetPassword.submit }));
    expect((await screen.findByRole('alert')).textContent).toContain(en.errors.TOKEN_EXPIRED);
    expect(screen.getByRole('link', { name: en.resetPassword.newLink }).getAttribute('href')).toBe('/forgot-password');
    expect((server.sent('ResetPassword')[0].variables.input as { token: string }).token).toBe('lk_rst_f');
  });

  it('ties a policy refusal to the new password and keeps what was typed', async () => {
    fakeServer({
      ResetPassword: {
        resetPassword: {
          user: null,
          userErrors: [{ code: 'PASSWORD_POLICY', field: ['input', 'newPassword'], message: 'common' }],
        },
      },
    });
    const { user } = openLink('/reset-password?token=t');
    await user.type(screen.getByLabelText(en.password.new), 'Password-123');
    await user.type(screen.getByLabelText(en.password.confirm), 'Password-123');
    await user.click(screen.getByRole('button', { name: en.resetPassword.submit }));
    const alert = await screen.findByRole('alert');
    expect(document.activeElement).toBe(alert);
    const field = screen.getByLabelText(en.password.new) as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('Password-123');
  });

  it('says so when the link has no token', () => {
    fakeServer({});
    openLink('/reset-password');
    expect(screen.getByRole('alert').textContent).toContain(en.errors.TOKEN_INVALID);
  });
});
