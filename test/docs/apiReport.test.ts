// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApiReports, checkApiReports, diffLines, readApiEntries } from '../../scripts/api-report.js';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts/api-report.ts');
const run = promisify(execFile);

/** A small built package: two entries, a type only one exports, a type neither exports. */
const fixture: Record<string, string> = {
  'package.json': JSON.stringify({
    name: 'fixture-kit',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './extra': { types: './dist/extra/index.d.ts', default: './dist/extra.js' },
      './package.json': './package.json',
    },
  }),
  'dist/index.d.ts': [
    "import type { Options } from './options.js';",
    '/** Says hello. */',
    'export declare function greet(name: string, options?: Options): string;',
    'export declare const VERSION: "1.0.0";',
    "export type { Shared } from './shared.js';",
  ].join('\n'),
  'dist/options.d.ts': 'export interface Options {\n    /** Shout. */\n    loud?: boolean;\n}\n',
  'dist/shared.d.ts': 'export interface Shared {\n    id: string;\n}\n',
  'dist/extra/index.d.ts': "import type { Shared } from '../shared.js';\nexport declare function share(value: Shared): void;\n",
};

let dir: string;

async function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Runs the script as `npm run api:check` / `api:update` do; resolves with its exit code and output. */
async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, '--root', dir, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'api-report-'));
  await write(fixture);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('API report', () => {
  it('lists each entry’s exports sorted by name, with kind and declaration, and the types they use', async () => {
    const entries = await readApiEntries(dir);
    expect(entries.map((entry) => entry.specifier)).toEqual(['fixture-kit', 'fixture-kit/extra']);
    const reports = buildApiReports(entries, dir);
    const main = reports.get(join(dir, 'api/index.api.md'))!;
    const titles = [...main.matchAll(/^### (.+)$/gm)].map(([, title]) => title);
    expect(titles).toEqual(['`Shared` — interface', '`VERSION` — const', '`greet` — function', '`Options` in `dist/options.d.ts` — interface']);
    expect(main).toContain('3 exports (1 const, 1 function, 1 interface)');
    expect(main).toContain('function greet(name: string, options?: Options): string;');
    expect(main).toContain('const VERSION: "1.0.0";');
    expect(main).toContain('interface Options {\n    loud?: boolean;\n}');
    expect(main).not.toContain('Says hello');
    // The second entry points at the entry that exports `Shared` instead of repeating it.
    const extra = reports.get(join(dir, 'api/extra.api.md'))!;
    expect(extra).toContain('function share(value: Shared): void;');
    expect(extra).toContain('- `Shared` from `fixture-kit`');
  });

  it('fails with a readable diff when a signature changes without the report, and passes once updated', { timeout: 120_000 }, async () => {
    const updated = await cli('--update');
    expect(updated.code).toBe(0);
    expect(await readFile(join(dir, 'api/index.api.md'), 'utf8')).toContain('function greet(name: string, options?: Options): string;');
    expect((await cli()).code).toBe(0);

    // A required parameter, a new option on a type that is not exported, a removed export.
    await write({
      'dist/index.d.ts': fixture['dist/index.d.ts']!
        .replace('options?: Options', 'options: Options')
        .replace('export declare const VERSION: "1.0.0";\n', ''),
      'dist/options.d.ts': 'export interface Options {\n    loud?: boolean;\n    quiet?: boolean;\n}\n',
    });
    const failed = await cli();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('The public API of fixture-kit differs from api/index.api.md');
    expect(failed.stderr).toContain('- function greet(name: string, options?: Options): string;');
    expect(failed.stderr).toContain('+ function greet(name: string, options: Options): string;');
    expect(failed.stderr).toContain('- const VERSION: "1.0.0";');
    expect(failed.stderr).toContain('+     quiet?: boolean;');
    expect(failed.stderr).toContain('npm run api:update');
    // The other entry did not change, so it is not reported.
    expect(failed.stderr).not.toContain('fixture-kit/extra');

    expect((await cli('--update')).code).toBe(0);
    expect(await checkApiReports(await readApiEntries(dir), dir)).toEqual([]);
  });

  it('fails when a report is missing', { timeout: 60_000 }, async () => {
    const result = await cli();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('+ # API report: `fixture-kit`');
  });
});

describe('diffLines', () => {
  it('is empty for equal texts', () => {
    expect(diffLines('a\nb', 'a\nb')).toBe('');
  });

  it('names the heading a change falls under', () => {
    expect(diffLines('# A\nx\n# B\ny\nz\nw\nv\nu', '# A\nx\n# B\ny\nz\nw\nv\nchanged').split('\n')[0]).toBe('@@ line 5 @@ # B');
  });

  it('shows each change with its line and up to three unchanged lines around it, in separate hunks', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].join('\n');
    const after = ['1', 'two', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'].join('\n');
    expect(diffLines(before, after).split('\n')).toEqual([
      '@@ line 1 @@',
      '  1',
      '- 2',
      '+ two',
      '  3',
      '  4',
      '  5',
      '@@ line 10 @@',
      '  10',
      '  11',
      '  12',
      '+ 13',
    ]);
  });
});
