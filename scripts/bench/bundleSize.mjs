// Measures what a host's bundler ships for a given import: builds a one-line entry with Vite
// (production, minified, tree-shaken) and gzips the JavaScript. React, react-dom and
// styled-components are external (the host has them anyway).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const externals = ['react', 'react-dom', 'styled-components'];

/** Resolves `helpdesk-portal-kit[/entry]` to the built package in `dist/`. */
export const packageAliases = [
  { find: /^helpdesk-portal-kit\/(admin|adapters|security|testing)$/, replacement: join(root, 'dist/$1.js') },
  { find: /^helpdesk-portal-kit$/, replacement: join(root, 'dist/index.js') },
];

/**
 * Gzip bytes (and minified bytes) of the JavaScript a host ships for `source`, an ES module
 * such as `export { HeroUnit } from 'helpdesk-portal-kit'`.
 */
export async function measureBundle(source) {
  // Inside the project so that bare imports resolve from its node_modules.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const directory = mkdtempSync(join(cache, 'hpk-size-'));
  try {
    const entry = join(directory, 'entry.js');
    writeFileSync(entry, source);
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      root: directory,
      resolve: { alias: packageAliases },
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: 'entry' },
        rolldownOptions: {
          external: (id) => externals.some((name) => id === name || id.startsWith(`${name}/`)),
          treeshake: true,
        },
      },
    });
    const results = Array.isArray(output) ? output : [output];
    const chunks = results.flatMap((result) => result.output).filter((item) => item.type === 'chunk');
    const code = chunks.map((chunk) => chunk.code).join('\n');
    return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, modules: chunks.flatMap((chunk) => Object.keys(chunk.modules)) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
