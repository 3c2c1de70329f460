// 3. The service catalog with the 10,000-item generated catalog: search index build and time per
// keystroke (timed in Node, through Vitest, where the clock is precise) and rendering a category
// of 1,000 items (timed in Chromium), each next to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { median, percentile } from './table.mjs';

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function vitest(project, file, env) {
  const result = spawnSync('npx', ['vitest', 'run', '--project', project, file], {
    encoding: 'utf8',
    // Another section may have set NODE_ENV=production for bundling; tests need React's test build.
    env: { ...process.env, ...env, NODE_ENV: 'test', FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${file} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Ratios of two alternating series, round by round: the median of them. */
function ratioOf(candidates, baselines) {
  return median(candidates.map((value, index) => value / baselines[index]));
}

function searchRows(figures, label, withTargets) {
  const rows = [];
  for (const [language, samples] of Object.entries(figures.byLanguage)) {
    const build = median(samples.build);
    rows.push({
      metric: `catalog${label}: index build (${language}, ${figures.items} items)`,
      figure: ms(build),
      baseline: `${ms(median(samples.baselineBuild))} lower-casing`,
      ratio: ratioOf(samples.build, samples.baselineBuild).toFixed(2),
      target: withTargets ? '≤ 50 ms' : undefined,
      pass: withTargets ? build <= 50 : undefined,
    });
    const keyMedian = median(samples.keystroke);
    const baseMedian = median(samples.baselineKeystroke);
    rows.push({
      metric: `catalog${label}: keystroke median (${language}, ${samples.keystroke.length} keys)`,
      figure: ms(keyMedian),
      baseline: `${ms(baseMedian)} includes()`,
      ratio: (keyMedian / baseMedian).toFixed(2),
      target: withTargets ? '≤ 1.5× baseline' : undefined,
      pass: withTargets ? keyMedian <= 1.5 * baseMedian : undefined,
    });
    const keyP95 = percentile(samples.keystroke, 95);
    const baseP95 = percentile(samples.baselineKeystroke, 95);
    rows.push({
      metric: `catalog${label}: keystroke p95 (${language})`,
      figure: ms(keyP95),
      baseline: `${ms(baseP95)} includes()`,
      ratio: (keyP95 / baseP95).toFixed(2),
      target: withTargets ? '≤ 5 ms' : undefined,
      pass: withTargets ? keyP95 <= 5 : undefined,
    });
  }
  return rows;
}

/** The JSON a bench test printed after `marker`. */
function figuresAfter(marker, stdout) {
  // eslint-disable-next-line no-control-regex -- removes colour escapes a reporter may still print.
  const line = stdout.replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((text) => text.includes(marker));
  if (!line) throw new Error(`No "${marker}" figures in the run:\n${stdout}`);
  return JSON.parse(line.slice(line.indexOf(marker) + marker.length));
}

export async function catalogBench() {
  const search = figuresAfter('CATALOG_SEARCH_BENCH ', vitest('jsdom', 'test/catalog/catalog.bench.test.ts', { CATALOG_BENCH: '1' }));
  const render = figuresAfter('CATALOG_RENDER_BENCH ', vitest('browser', 'test/browser/catalog.bench.test.tsx', { VITE_CATALOG_BENCH: '1' }));

  const renderMedian = median(render.candidates);
  const renderRatio = ratioOf(render.candidates, render.baselines);
  return [
    ...searchRows(search.official, '', true),
    ...searchRows(search.longText, ' (long texts)', false),
    {
      metric: `catalog: visibility model for ${search.official.items} items (once per data)`,
      figure: ms(search.official.modelTime),
    },
    {
      metric: `catalog: render a category of 1,000 items (Chromium, ${render.rowsRendered} rows in view)`,
      figure: ms(renderMedian),
      baseline: `${ms(median(render.baselines))} 1,000 plain <li>`,
      ratio: renderRatio.toFixed(2),
      target: '≤ 3× baseline',
      pass: renderRatio <= 3,
    },
  ];
}
