import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs after `npm run build`: checks what a host installs, not the sources.
const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: boolean | string[];
  browser?: Record<string, string>;
};

const entries = ['.', './admin', './adapters', './security', './testing'] as const;

/** Every module reachable through static and dynamic imports from `file`, and the bare packages they import. */
function importGraph(file: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [file];
  const importPattern = /(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (files.has(current)) continue;
    files.add(current);
    for (const match of readFileSync(current, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(current), specifier));
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  }
  return { files, packages };
}

describe('the built package', () => {
  it.each(entries)('entry %s has a module and type declarations', (entry) => {
    const target = manifest.exports[entry];
    expect(target, `exports["${entry}"]`).toBeTypeOf('object');
    const { types, default: module } = target as { types: string; default: string };
    expect(existsSync(join(root, module)), module).toBe(true);
    expect(existsSync(join(root, types)), types).toBe(true);
  });

  it('marks the package side-effect free so hosts tree-shake it', () => {
    expect(manifest.sideEffects).toBe(false);
  });

  it('keeps React, styled-components and i18next out of helpdesk-portal-kit/security', () => {
    const { default: module } = manifest.exports['./security'] as { default: string };
    const { packages } = importGraph(join(root, module));
    for (const forbidden of ['react', 'react-dom', 'styled-components', 'react-i18next', 'i18next', '@radix-ui/react-dialog']) {
      expect([...packages], `security imports ${forbidden}`).not.toContain(forbidden);
    }
  });

  it('loads helpdesk-portal-kit/security in plain Node without React', async () => {
    const { default: module } = manifest.exports['./security'] as { default: string };
    const security: Record<string, unknown> = await import(join(root, module));
    expect(Object.keys(security).length).toBeGreaterThan(0);
  });

  it('keeps admin-only code out of the portal entry', () => {
    const { files } = importGraph(join(root, 'dist/index.js'));
    const adminModules = [...files].filter((file) => file.includes(`${join(root, 'dist/admin')}`));
    expect(adminModules).toEqual([]);
  });

  it('swaps each statically loading module for its lazily loading twin in browser bundles, with the same exports', async () => {
    const swaps = Object.entries(manifest.browser ?? {});
    // What each twin may still import statically: the language loader bundles English; the
    // catalog's entry its loading and unavailable states (and React), not the catalog.
    const staticImports: Record<string, string[]> = {
      './dist/i18n/resources/languageLoader.js': ['./en/index.js'],
      './dist/portal/CatalogBrowser/catalogBrowserEntry.js': ['./CatalogBrowserLoading.js', 'react', 'react/jsx-runtime'],
      './dist/portal/CatalogBrowser/searchIndexLoader.js': [],
      './dist/portal/SafeHtml/sanitizer.js': [],
    };
    expect(swaps.map(([from]) => from).sort()).toEqual(Object.keys(staticImports));
    for (const [from, to] of swaps) {
      const server = (await import(join(root, from))) as Record<string, unknown>;
      const browser = (await import(join(root, to))) as Record<string, unknown>;
      expect(Object.keys(browser).sort(), to).toEqual(Object.keys(server).sort());
      // The twin reaches the heavy modules only through import().
      const code = readFileSync(join(root, to), 'utf8');
      expect(code, to).toMatch(/import\(\s*["']/);
      const imported = [...code.matchAll(/^import\s[^(]*?from\s*["']([^"']+)["']/gm)].map((match) => match[1]);
      expect(imported, to).toEqual(staticImports[from]);
    }
  });
});
