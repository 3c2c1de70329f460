// Shared helpers for `npm run bench`: alternating rounds, medians, and the result table.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * Runs `candidate` and `baseline` alternately for `rounds` rounds after one warm-up each,
 * and reports the median and p90 of the per-round ratios (this machine is shared and noisy,
 * so only ratios measured side by side mean anything).
 */
export async function compareAlternating({ candidate, baseline, rounds = 5 }) {
  await candidate();
  await baseline();
  const candidates = [];
  const baselines = [];
  const ratios = [];
  for (let round = 0; round < rounds; round += 1) {
    const c = await candidate();
    const b = await baseline();
    candidates.push(c);
    baselines.push(b);
    ratios.push(c / b);
  }
  return { candidate: median(candidates), baseline: median(baselines), ratio: median(ratios), ratioP90: percentile(ratios, 90) };
}

/** Prints rows `{ metric, figure, baseline, ratio, target, pass }` as an aligned table. */
export function printTable(rows) {
  const header = ['metric', 'figure', 'baseline', 'ratio', 'target', 'result'];
  const cells = rows.map((row) => [row.metric, row.figure, row.baseline ?? '–', row.ratio ?? '–', row.target ?? '–', row.pass === undefined ? 'info' : row.pass ? 'pass' : 'FAIL']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => String(line[column]).length)));
  const format = (line) => line.map((cell, column) => String(cell).padEnd(widths[column])).join(' │ ');
  console.log(format(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('─┼─'));
  for (const line of cells) console.log(format(line));
}
