/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Go binary serves the API; `npm run dev` proxies to a `make run` on :8080.
const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
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
    rolldownOptions: {
      output: {
        // Named, stable shared chunks: React, and i18next with the English catalogue.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // fr.json and sv.json stay out: each is its own chunk, loaded when chosen.
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]|src[\\/]i18n[\\/](?!fr\.json|sv\.json)/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
  },
});
