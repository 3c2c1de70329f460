import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from './serve.mjs';

const src = resolve(import.meta.dirname, '../src');

/**
 * The package's `browser` field for the demo, which imports the library's source: the modules it
 * names give way to their browser twins, so the demo loads DOMPurify and the catalog's search
 * index on demand, as a host's bundle of the package does.
 */
const browserTwins = new Map(
  ['portal/SafeHtml/sanitizer', 'portal/CatalogBrowser/searchIndexLoader'].map((module) => [resolve(src, `${module}.ts`), resolve(src, `${module}.browser.ts`)]),
);

function packageBrowserField(): Plugin {
  return {
    name: 'demo:package-browser-field',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(src)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const twin = resolved && browserTwins.get(resolved.id);
      return twin ? { ...resolved, id: twin } : resolved;
    },
  };
}

/**
 * The demo portal: `npm start` serves it, `npm run build:demo` writes demo/dist. It imports the
 * library from ../src, so changes show up without building the package first.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [packageBrowserField(), react()],
  // Vite puts this placeholder on its tags and in <meta property="csp-nonce">, where
  // styled-components reads it for the <style> elements it inserts. The production server
  // replaces it with a fresh nonce per response (see serve.mjs).
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
