// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const securityEntry = resolve(root, 'src/security/index.ts');
const work = mkdtempSync(join(tmpdir(), 'hpk-security-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function bundle(entry: string, external: (id: string) => boolean) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'out' },
      rolldownOptions: { external },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) => output.output).filter((chunk): chunk is Rolldown.OutputChunk => chunk.type === 'chunk');
}

const bare = (id: string) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);

describe('helpdesk-portal-kit/security, built', () => {
  it('imports no React, styled-components or i18n at all', async () => {
    const chunks = await bundle(securityEntry, bare);
    const imports = chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]);
    expect(imports.sort()).toEqual(['isomorphic-dompurify', 'postcss', 'postcss-selector-parser', 'postcss-value-parser']);
    const code = chunks.map((chunk) => chunk.code).join('\n');
    expect(code).not.toMatch(/from\s*["'](?:react|react-dom|styled-components|react-i18next|i18next)["'/]/);
  });

  // `npm test` builds after the unit tests; this reads that build when it is there.
  it.runIf(existsSync(resolve(root, 'dist/security.js')))('dist/security.js reaches no React module through its imports', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\s*["']([^"']+)["']/g)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
        else packages.add(specifier);
      }
    };
    visit(resolve(root, 'dist/security.js'));
    expect(seen.size).toBeGreaterThan(3);
    expect([...packages].filter((name) => /^(?:react|react-dom|styled-components|react-i18next|i18next)(?:\/|$)/.test(name))).toEqual([]);
  });

  it('costs at most 4 kB gzip for the URL, origin and policy helpers, without DOMPurify or postcss', async () => {
    const entry = join(work, 'helpers.js');
    writeFileSync(entry, `export { toSafeHref, validateOrigin, buildContentSecurityPolicy } from ${JSON.stringify(securityEntry)};\n`);
    // Everything bundled in, as a host's bundler would: only what these three need may remain.
    const chunks = await bundle(entry, () => false);
    const code = chunks.map((chunk) => chunk.code).join('\n');
    expect(code).not.toMatch(/uponSanitizeAttribute|DOMPurify|CssSyntaxError|postcss/);
    const gzip = gzipSync(code).length;
    expect(code).toMatch(/nonce-/); // the policy builder is really in there
    expect(gzip).toBeLessThanOrEqual(4096);
  });
});
