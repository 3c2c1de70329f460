import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a source file reaches through static imports: relative files and package names. */
function reachable(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (specifier.startsWith('.')) {
        const base = resolve(dirname(file), specifier).replace(/\.js$/, '');
        const candidates = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
        const found = candidates.find((candidate) => {
          try {
            readFileSync(candidate);
            return true;
          } catch {
            return false;
          }
        });
        if (found) visit(found);
      } else {
        packages.add(specifier);
      }
    }
  };
  visit(resolve(root, entry));
  return { files: [...files].map((file) => file.slice(root.length + 1)), packages: [...packages] };
}

describe('the portal entry', () => {
  const { files, packages } = reachable('src/index.ts');

  it('reaches no admin module and no admin strings', () => {
    // The walk does follow the entry's imports.
    expect(files).toEqual(expect.arrayContaining(['src/portal/PortalProvider/PortalProvider.tsx', 'src/i18n/resources/en/common.ts']));
    expect(files.filter((file) => file.startsWith('src/admin/') || file === 'src/i18n/resources/admin.ts')).toEqual([]);
  });

  it('never imports the editor or form libraries', () => {
    expect(packages.filter((name) => name.startsWith('@tiptap/') || name.startsWith('react-hook-form') || name.startsWith('@hookform/'))).toEqual([]);
  });
});

describe('the admin entry', () => {
  it('brings the editor and form libraries', () => {
    const { packages } = reachable('src/admin/index.ts');
    expect(packages).toEqual(expect.arrayContaining(['@tiptap/react', 'react-hook-form', '@hookform/resolvers/valibot']));
  });
});
