#!/usr/bin/env node
// `npm run bench`: every performance figure as a ratio to a baseline measured in the same run.
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { bundleBench } from './bundle.bench.mjs';
import { catalogBench } from './catalog.bench.mjs';
import { serverRenderBench } from './render.bench.mjs';
import { previewBench } from './preview.bench.mjs';
import { printTable } from './table.mjs';
import { themeBench } from './theme.bench.mjs';
import { ticketsBench } from './tickets.bench.mjs';
import { webVitalsBench } from './webVitals.bench.mjs';

const sections = [
  ['bundle size', bundleBench],
  ['ticket list', ticketsBench],
  ['service catalog', catalogBench],
  ['server render', serverRenderBench],
  ['theme switch', themeBench],
  ['admin live preview', previewBench],
  ['web vitals (Lighthouse)', webVitalsBench],
];

// `npm run bench -- catalog`: only the sections whose name contains one of the given words.
const wanted = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = wanted.length === 0 ? sections : sections.filter(([name]) => wanted.some((word) => name.includes(word)));
if (chosen.length === 0) {
  console.error(`No section matches ${wanted.join(', ')}; the sections are: ${sections.map(([name]) => name).join(', ')}.`);
  process.exit(1);
}

console.log(`helpdesk-portal-kit benchmarks — ${new Date().toISOString()} — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
console.log('Building the package first (production build)…');
execSync('npm run --silent build', { stdio: 'ignore' });

const rows = [];
for (const [name, run] of chosen) {
  process.stdout.write(`• ${name}… `);
  const started = Date.now();
  rows.push(...(await run()));
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log('');
printTable(rows);
const failed = rows.filter((row) => row.pass === false);
console.log(failed.length ? `\n${failed.length} target(s) missed.` : '\nEvery target met.');
