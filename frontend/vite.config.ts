/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// GraphiQL's stylesheet embeds its fonts as data: URLs, which the server's
// CSP (font-src 'self') refuses; drop those @font-face rules so that the
// playground uses the system's fonts without CSP errors.
const dropDataFonts = {
  postcssPlugin: 'latchkey-drop-data-fonts',
  AtRule: {
    'font-face': (rule: { toString(): string; remove(): void }) => {
      if (rule.toString().includes('url(data:')) rule.remove();
    },
  },
};

// The Go binary serves the API; `npm run dev` proxies to a `make run` on :8080.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react() as Plugin[]],
  css: { postcss: { plugins: [dropDataFonts] } },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/playground': api,
    },
  },
  build: {
    target: 'es2022',
    // Output stays in dist/ (embedded by frontend/embed.go), hashed assets in dist/assets/.
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // Two pages: the app, and the GraphQL playground (its own chunks, so the app does not grow).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        playground: fileURLToPath(new URL('./playground.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
  },
});
