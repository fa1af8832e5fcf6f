import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { fakeServer, renderApp } from '../../testing';
import en from '../../i18n/en.json';

describe('sign up', () => {
  it('says to check the inbox of the typed address: the answer shows no account, taken or not', async () => {
    const server = fakeServer({ SignUp: { signUp: { userErrors: [] } } });
    const { user } = renderApp('/sign-up');
    await user.type(await screen.findByLabelText(en.home.email), ' bo@example.com ');
    await user.type(screen.getByLabelText(en.home.username), 'bo');
    await user.type(screen.getByLabelText(en.signIn.password), 'Brand-New-Pass-42');
    await user.type(screen.getByLabelText(en.accept.passwordAgain), 'Brand-New-Pass-42');
    await user.click(screen.getByRole('button', { name: en.signUp.submit }));
    expect(await screen.findByRole('heading', { level: 1, name: en.signUp.doneTitle })).toBeTruthy();
    expect(screen.getByText(en.signUp.doneBody.replace('{{email}}', 'bo@example.com'))).toBeTruthy();
    expect(server.sent('SignUp')[0].variables.input).toMatchObject({ email: 'bo@example.com', username: 'bo' });
  });
});
