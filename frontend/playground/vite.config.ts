import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// GraphiQL's stylesheet embeds its Roboto and Fira Code fonts as data: URLs,
// which the page's Content-Security-Policy (font-src 'self') refuses, one
// console error per face. Drop those @font-face rules before Vite sees the
// CSS: the page uses system fonts (src/playground.css), and dist/ is ~350 kB
// lighter.
function dropDataFonts(): Plugin {
  return {
    name: 'latchkey:drop-data-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id.split('?')[0])) return null;
      const out = code.replace(/@font-face\s*\{[^}]*url\(\s*["']?data:font\/[^}]*\}/g, '');
      if (/data:font\//.test(out)) this.error('a data: font survived in ' + id);
      return { code: out, map: null };
    },
  };
}

// Served by the Go binary at /playground (frontend/playground/embed.go):
// the page for admins, its hashed files public under /playground/assets/.
export default defineConfig({
  base: '/playground/',
  plugins: [dropDataFonts(), react()],
  resolve: {
    // Radix dialogs' scroll lock, through a stylesheet the CSP allows: see
    // src/style-singleton.ts.
    alias: [{ find: /^react-style-singleton$/, replacement: '/src/style-singleton.ts' }],
  },
  server: {
    // `npm run dev` talks to a `make run` on :8080 (sign in there first).
    proxy: { '/graphql': 'http://127.0.0.1:8080' },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    // Whatever Vite emits (the favicon…) is a file under assets/, never a
    // data: URL. (GraphiQL's own small data: PNGs stay: img-src allows data:.)
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: 'index.html',
      onwarn(warning, warn) {
        // react-compiler-runtime's "use no memo" is for the React compiler,
        // which this build does not run: dropping it changes nothing.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /react-compiler-runtime/.test(warning.id ?? '')) return;
        warn(warning);
      },
    },
  },
});
