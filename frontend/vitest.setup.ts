import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import i18n from './src/i18n';

// Each test starts in English with nothing remembered and no stubbed fetch.
afterEach(async () => {
  cleanup();
  window.localStorage.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});
