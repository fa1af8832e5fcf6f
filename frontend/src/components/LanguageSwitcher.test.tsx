import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../App';
import { storageKey } from '../i18n/languages';

describe('language switcher', () => {
  it('switches the language, remembers it and sets <html lang>', async () => {
    render(
      <Router hook={memoryLocation({ path: '/sign-in' }).hook}>
        <App />
      </Router>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign in');

    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    // French is its own chunk: it arrives a moment later.
    expect((await screen.findByRole('heading', { level: 1, name: 'Se connecter' })).textContent).toBe('Se connecter');
    expect(screen.getByLabelText('Langue')).toBeTruthy();
    expect(screen.getByLabelText("Adresse e-mail ou nom d'utilisateur")).toBeTruthy();
    expect(window.localStorage.getItem(storageKey)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Se connecter – Latchkey');

    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'sv');
    expect((await screen.findByRole('heading', { level: 1, name: 'Logga in' })).textContent).toBe('Logga in');
    expect(screen.getByRole('button', { name: 'Logga in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kan du inte logga in?' })).toBeTruthy();
    expect(window.localStorage.getItem(storageKey)).toBe('sv');
  });
});
