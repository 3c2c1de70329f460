// Builds the demo once for the whole e2e project, in production mode as it ships; every demo
// test file serves that build on its own port (see demo.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the production build of the demo. */
    demoBuild: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');

export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(join(tmpdir(), 'hpk-demo-'));
  // Vitest runs with NODE_ENV=test; the demo is checked as it ships, in production mode.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(root, 'demo/vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('demoBuild', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
