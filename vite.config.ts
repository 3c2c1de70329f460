import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { dependencies, peerDependencies } from './package.json';

/** Every runtime dependency and peer stays external: the host's bundler resolves and dedupes them. */
const externalPackages = [...Object.keys(dependencies), ...Object.keys(peerDependencies)];
const isExternal = (id: string) =>
  externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [
    react(),
    dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src', exclude: ['test', 'stories', 'demo'] }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, 'src/index.ts'),
        admin: resolve(import.meta.dirname, 'src/admin/index.ts'),
        adapters: resolve(import.meta.dirname, 'src/adapters/index.ts'),
        security: resolve(import.meta.dirname, 'src/security/index.ts'),
        testing: resolve(import.meta.dirname, 'src/testing/index.ts'),
        // Nothing imports these: package.json's `browser` field puts them in place of their
        // static twins in browser bundles, so DOMPurify loads only with the first rich text, the
        // catalog's code with the first catalog and its search index with the first search, and
        // the German, French and Arabic strings only when a portal first shows that language.
        'portal/SafeHtml/sanitizer.browser': resolve(import.meta.dirname, 'src/portal/SafeHtml/sanitizer.browser.ts'),
        'portal/CatalogBrowser/searchIndexLoader.browser': resolve(import.meta.dirname, 'src/portal/CatalogBrowser/searchIndexLoader.browser.ts'),
        'portal/CatalogBrowser/catalogBrowserEntry.browser': resolve(import.meta.dirname, 'src/portal/CatalogBrowser/catalogBrowserEntry.browser.tsx'),
        'i18n/resources/languageLoader.browser': resolve(import.meta.dirname, 'src/i18n/resources/languageLoader.browser.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => isExternal(id) || id.startsWith('node:') || id === 'vitest',
      output: {
        // Keep one file per module so a host's bundler tree-shakes per component.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
