import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFile(resolve(root, path), 'utf8');

/** The fenced code blocks of a Markdown text, with their language. */
function codeBlocks(markdown: string): Array<{ language: string; code: string }> {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, language = '', code = '']) => ({ language, code }));
}

describe('README', () => {
  it('shows the host example exactly as docs/examples/host-app.tsx, which the type check compiles', async () => {
    const [readme, example] = await Promise.all([read('README.md'), read('docs/examples/host-app.tsx')]);
    const tsx = codeBlocks(readme).filter((block) => block.language === 'tsx');
    expect(tsx).toHaveLength(1);
    expect(tsx[0]?.code).toBe(example);
  });

  it('shows each server and test example exactly as its file in docs/examples/, which the type check compiles', async () => {
    const readme = await read('README.md');
    const ts = codeBlocks(readme).filter((block) => block.language === 'ts');
    const named = ts.map((block) => ({ block, path: /^\/\/ (docs\/examples\/\S+?):/.exec(block.code)?.[1] }));
    expect(named.filter(({ path }) => path !== undefined).map(({ path }) => path)).toEqual([
      'docs/examples/csp/portalPolicy.ts',
      'docs/examples/csp/express.ts',
      'docs/examples/csp/fastify.ts',
      'docs/examples/adapter-contract.test.ts',
    ]);
    for (const { block, path } of named) if (path) expect(block.code, path).toBe(await read(path));
    // The one example the type check cannot compile (its framework is not installed) says so.
    const unnamed = named.filter(({ path }) => path === undefined);
    expect(unnamed.map(({ block }) => block.code.split('\n')[0])).toEqual(['// middleware.ts (Next.js)']);
    expect(readme).toContain('This one is not compiled by the type check');
  });

  it('uses buildContentSecurityPolicy as the security entry exports it', async () => {
    const [readme, report] = await Promise.all([read('README.md'), read('api/security.api.md')]);
    expect(report).toContain('function buildContentSecurityPolicy(settings: ContentSecurityPolicySettings, options: ContentSecurityPolicyOptions): string;');
    expect(report).toMatch(/interface ContentSecurityPolicyOptions \{\n {4}nonce: string;\n {4}reportUri\?: string \| undefined;\n\}/);
    expect(readme).toContain('`buildContentSecurityPolicy(settings,\n{ nonce, reportUri? })`');
  });

  it('starts a fresh machine with two commands: the demo, then every test', async () => {
    const readme = await read('README.md');
    const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## Use it in your app'));
    const commands = codeBlocks(quickStart).find((block) => block.language === 'sh')?.code.trim().split('\n');
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
    const scripts = JSON.parse(await read('package.json')).scripts as Record<string, string>;
    expect(scripts.start).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('names every entry point the package exports', async () => {
    const [readme, manifest] = await Promise.all([read('README.md'), read('package.json')]);
    const { name, exports } = JSON.parse(manifest) as { name: string; exports: Record<string, unknown> };
    const entries = Object.keys(exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`));
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(readme).toContain(`| \`${entry}\` |`);
  });

  it('shows a screenshot that exists and stays small', async () => {
    const readme = await read('README.md');
    const images = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map(([, path = '']) => path);
    expect(images).not.toHaveLength(0);
    for (const image of images) {
      expect((await stat(resolve(root, image))).size).toBeLessThan(150 * 1024);
    }
  });
});
