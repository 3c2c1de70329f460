// 7. Web Vitals of the built demo portal's home page (prerendered into index.html by the build,
// hydrated in the browser), served from 127.0.0.1 by the demo's own strict-CSP server
// (demo/serve.mjs): Lighthouse's mobile preset (Moto G Power emulation, simulated slow 4G and 4×
// CPU slowdown), performance and accessibility only, one fresh headless Chromium per run. The baseline is the same home page rendered once on the server
// (scripts/bench/staticHome.tsx) and served as a plain HTML page without any script by the same
// server. Candidate and baseline alternated for five rounds; medians.
//
// `node scripts/bench/webVitals.bench.mjs` runs this section alone (after `npm run build`).
import { execSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import { serveDemo } from '../../demo/serve.mjs';
import { figuresAfter, productionScript } from './spawn.mjs';
import { median, percentile } from './table.mjs';

const ROUNDS = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 5);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const demoDist = fileURLToPath(new URL('../../demo/dist', import.meta.url));

/**
 * The audits that make up the two scores (the performance score is the weighted mean of its
 * metric audits alone, so leaving out the unweighted diagnostics does not change it), plus the
 * few diagnostics the table names. Gathering only what they need (no full-page screenshot)
 * halves a run on this machine.
 */
const scored = (category) => defaultConfig.categories[category].auditRefs.filter((ref) => category === 'accessibility' || ref.weight > 0).map((ref) => ref.id);
const AUDITS = [
  ...scored('performance'),
  ...scored('accessibility'),
  'total-byte-weight',
  'unused-javascript',
  'render-blocking-resources',
  'uses-text-compression',
  'uses-long-cache-ttl',
  'offscreen-images',
  'uses-responsive-images',
];

/** One Lighthouse run of `url` in a fresh Chromium: the figures the table shows. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ['--headless', '--no-sandbox'], logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility'],
      onlyAudits: AUDITS,
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      lcp: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbt: numeric('total-blocking-time'),
      fcp: numeric('first-contentful-paint'),
      bytes: numeric('total-byte-weight'),
      benchmarkIndex: lhr.environment?.benchmarkIndex,
      // What Lighthouse found to improve, to say why a target is missed: the failed
      // accessibility audits and the performance opportunities (with what each would save).
      failing: [
        ...(lhr.categories.accessibility?.auditRefs ?? []).map((ref) => lhr.audits[ref.id]).filter((entry) => entry && entry.score !== null && entry.score < 1 && entry.scoreDisplayMode === 'binary'),
        ...Object.values(lhr.audits).filter((entry) => entry.details?.type === 'opportunity' && entry.score !== null && entry.score < 0.9),
      ].map((entry) => entry.id),
    };
  } finally {
    await chrome.kill();
  }
}

/** Requests the page and every file of the build once, as a browser accepting Brotli would. */
async function warm(base, root) {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name !== 'index.html');
  const paths = ['/', ...files.map((entry) => `/${relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/')}`)];
  for (const path of paths) {
    const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
    if (!response.ok) throw new Error(`${base}${path} answered ${response.status}`);
    await response.arrayBuffer();
  }
}

const seconds = (value) => `${(value / 1000).toFixed(2)} s`;
const millis = (value) => `${Math.round(value)} ms`;
const shift = (value) => value.toFixed(3);
const score = (value) => String(Math.round(value));

/**
 * Runs the section and returns its table rows. Builds the demo first; `BENCH_LIGHTHOUSE_ROUNDS`
 * changes the number of rounds.
 */
export async function webVitalsBench() {
  execSync('npm run --silent build:demo', { stdio: 'ignore' });
  const staticRoot = await mkdtemp(join(tmpdir(), 'hpk-static-home-'));
  const demo = await serveDemo({ root: demoDist, port: 0 });
  let plain;
  try {
    const page = figuresAfter('STATIC_HOME ', productionScript('scripts/bench/staticHome.tsx', { BENCH_STATIC_DIR: staticRoot }));
    plain = await serveDemo({ root: staticRoot, port: 0 });
    // Warm-up: each server compresses a file on its first request, so every file is asked for
    // once before the first run (a Lighthouse run itself starts cold, in a fresh browser).
    await warm(demo.url, demoDist);
    await warm(plain.url, staticRoot);
    const candidates = [];
    const baselines = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      candidates.push(await audit(`${demo.url}/`));
      baselines.push(await audit(`${plain.url}/`));
    }
    return rows(candidates, baselines, page);
  } finally {
    await demo.close();
    await plain?.close();
    await rm(staticRoot, { recursive: true, force: true });
  }
}

function rows(candidates, baselines, page) {
  const series = (runs, key) => runs.map((run) => run[key]);
  const row = ({ key, label, format, target, passes, higherIsBetter = false }) => {
    const values = series(candidates, key);
    const bases = series(baselines, key);
    const figure = median(values);
    // The worse tail: p90 of a time or shift, p10 of a score.
    const tail = higherIsBetter ? percentile(values, 10) : percentile(values, 90);
    const ratios = bases.every((value) => value > 0) ? values.map((value, index) => value / bases[index]) : undefined;
    return {
      metric: `web vitals: ${label}`,
      figure: `${format(figure)} (${higherIsBetter ? 'p10' : 'p90'} ${format(tail)})`,
      baseline: `${format(median(bases))} static page`,
      ratio: ratios ? `${median(ratios).toFixed(2)} (p90 ${percentile(ratios, 90).toFixed(2)})` : undefined,
      target,
      pass: values.every(Number.isFinite) && passes(figure),
    };
  };
  const why = (runs) => {
    const counts = new Map();
    for (const run of runs) for (const id of run.failing) counts.set(id, (counts.get(id) ?? 0) + 1);
    const common = [...counts].filter(([, count]) => count > runs.length / 2).map(([id]) => id);
    return common.length ? common.join(', ') : 'none';
  };
  return [
    {
      metric: `web vitals: pages audited (Lighthouse mobile, ${candidates.length} rounds)`,
      figure: `demo home page (prerendered, hydrated), ${(median(series(candidates, 'bytes')) / 1000).toFixed(1)} kB transferred`,
      baseline: `static page, ${page.blocks} blocks, no script, ${(median(series(baselines, 'bytes')) / 1000).toFixed(1)} kB`,
      ratio: `benchmark index ${Math.round(median(series(candidates, 'benchmarkIndex')))}`,
    },
    row({ key: 'performance', label: 'performance score', format: score, target: '≥ 95', passes: (value) => value >= 95, higherIsBetter: true }),
    row({ key: 'accessibility', label: 'accessibility score', format: score, target: '100', passes: (value) => value === 100, higherIsBetter: true }),
    row({ key: 'lcp', label: 'largest contentful paint', format: seconds, target: '≤ 2.0 s', passes: (value) => value <= 2000 }),
    row({ key: 'cls', label: 'cumulative layout shift', format: shift, target: '≤ 0.05', passes: (value) => value <= 0.05 }),
    row({ key: 'tbt', label: 'total blocking time', format: millis, target: '≤ 150 ms', passes: (value) => value <= 150 }),
    row({ key: 'fcp', label: 'first contentful paint', format: seconds, target: undefined, passes: () => true }),
    { metric: 'web vitals: failed accessibility audits and opportunities in most runs', figure: why(candidates), baseline: why(baselines) },
  ].map((entry) => (entry.target === undefined ? { ...entry, pass: undefined } : entry));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { printTable } = await import('./table.mjs');
  const started = Date.now();
  printTable(await webVitalsBench());
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
}
