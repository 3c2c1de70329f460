// Measures what a host's bundler ships for a given import: builds a one-line entry with Vite
// (production, minified, tree-shaken) and gzips the JavaScript. React, react-dom and
// styled-components are external (the host has them anyway). What loads with the entry (the
// entry chunk and the chunks it imports statically) is counted apart from the chunks it loads
// later through `import()` (the sanitizer, the virtualizer, the catalog's search index).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const externals = ['react', 'react-dom', 'styled-components'];

/** Resolves `helpdesk-portal-kit[/entry]` to the built package in `dist/`. */
export const packageAliases = [
  { find: /^helpdesk-portal-kit\/(admin|adapters|security|testing)$/, replacement: join(root, 'dist/$1.js') },
  { find: /^helpdesk-portal-kit$/, replacement: join(root, 'dist/index.js') },
];

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** The npm package a module belongs to, or its path in the project (`dist/portal/HeroUnit/…`). */
function ownerOf(id) {
  const marker = 'node_modules/';
  const at = id.lastIndexOf(marker);
  if (at === -1) return relative(root, id);
  const parts = id.slice(at + marker.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Gzip bytes of the JavaScript a host ships for `source`, an ES module such as
 * `export { HeroUnit } from 'helpdesk-portal-kit'`:
 * - `gzip` / `minified`: what loads with the entry (entry chunk plus its static imports);
 * - `lazyGzip`: every chunk loaded later through `import()`, and `lazy` one line per chunk;
 * - `modules`: each bundled module with its rendered (minified) length and whether it loads lazily.
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
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // The initial load: the entry and, transitively, what it imports statically.
    const initial = new Set();
    const visit = (chunk) => {
      if (!chunk || initial.has(chunk)) return;
      initial.add(chunk);
      for (const name of chunk.imports) visit(byName.get(name));
    };
    for (const chunk of chunks.filter((item) => item.isEntry)) visit(chunk);
    const initialCode = [...initial].map((chunk) => chunk.code).join('\n');
    const lazyChunks = chunks.filter((chunk) => !initial.has(chunk));
    const lazy = lazyChunks.map((chunk) => {
      const owners = [...new Set(Object.keys(chunk.modules).map(ownerOf))];
      const fileName = chunk.fileName.replace(/-[\w-]{8}\.js$/, '');
      // A chunk of shared dependencies gets a generic name (`esm`, `index`): name it by its packages.
      const name = /^(esm|index|dist)$/.test(fileName) ? owners.filter((owner) => !owner.startsWith('dist/')).join(' + ') || fileName : fileName;
      return { name, gzip: gzip(chunk.code), owners };
    });
    const modules = chunks.flatMap((chunk) =>
      Object.entries(chunk.modules).map(([id, info]) => ({ id, owner: ownerOf(id), length: info.renderedLength, lazy: !initial.has(chunk) })),
    );
    return {
      minified: Buffer.byteLength(initialCode),
      gzip: gzip(initialCode),
      lazyGzip: lazy.reduce((sum, chunk) => sum + chunk.gzip, 0),
      lazy,
      modules,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
