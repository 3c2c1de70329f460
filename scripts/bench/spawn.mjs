// Running one measurement in its own process for `npm run bench`, and reading the one line of
// JSON figures it prints.
import { spawnSync } from 'node:child_process';
import { median, percentile } from './table.mjs';

const quiet = { FORCE_COLOR: '0', NO_COLOR: '1' };

function run(command, args, env, label) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...quiet, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Runs one Vitest file of `project` (React's test build, as Vitest needs it). */
export function vitestFile(project, file, env) {
  return run('npx', ['vitest', 'run', '--project', project, file], { ...env, NODE_ENV: 'test' }, file);
}

/** Runs one Vitest file of `project` with React's production build (scripts/bench/vitest.production.config.ts). */
export function vitestProductionFile(project, file, env) {
  return run('npx', ['vitest', 'run', '--config', 'scripts/bench/vitest.production.config.ts', '--project', project, file], { ...env, NODE_ENV: 'production' }, file);
}

/** Runs a TypeScript file under Node with React's production build. */
export function productionScript(file, env) {
  return run(process.execPath, ['--import', 'tsx', file], { ...env, NODE_ENV: 'production' }, file);
}

/** The JSON a measurement printed after `marker`. */
export function figuresAfter(marker, stdout) {
  // eslint-disable-next-line no-control-regex -- removes colour escapes a reporter may still print.
  const line = stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((text) => text.includes(marker));
  if (!line) throw new Error(`No "${marker}" figures in the run:\n${stdout}`);
  return JSON.parse(line.slice(line.indexOf(marker) + marker.length));
}

/** Median and p90 of the round-by-round ratios of two alternating series. */
export function roundRatios(candidates, baselines) {
  const ratios = candidates.map((value, index) => value / baselines[index]);
  return { median: median(ratios), p90: percentile(ratios, 90) };
}

/** A time in milliseconds for the table. */
export const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
