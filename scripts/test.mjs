#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['unit and component tests (jsdom)', 'npx', ['vitest', 'run', '--project', 'jsdom']],
  ['OpenAPI contract lint (Redocly, schemas in sync with the model)', 'npm', ['run', '--silent', 'lint:openapi']],
  ['HTTP adapter and reference backend tests (Node, SQLite, loopback)', 'npx', ['vitest', 'run', '--project', 'server']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['public API report (api/*.api.md matches the built types)', 'npm', ['run', '--silent', 'api:check']],
  ['size budget', 'npm', ['run', '--silent', 'size']],
  ['browser tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'browser', '--passWithNoTests']],
  ['stories as tests (Chromium, default and dark theme)', 'npx', ['vitest', 'run', '--project', 'storybook', '--project', 'storybook-dark']],
  ['end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e', '--passWithNoTests']],
  ['package checks', 'npm', ['run', '--silent', 'check:package']],
];

const only = process.argv.slice(2);
let passed = 0;
const started = Date.now();
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  const stepStart = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    console.log(`steps: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed += 1;
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`steps: ${passed} passed, 0 failed`);
