// 1. Bundle sizes, each next to @radix-ui/react-dialog bundled with the same tool and flags.
import { budgets } from '../size-budget.mjs';
import { measureBundle } from './bundleSize.mjs';

export async function bundleBench() {
  const baseline = await measureBundle("export * from '@radix-ui/react-dialog';");
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const rows = [];
  for (const budget of budgets) {
    const { gzip } = await measureBundle(budget.source);
    rows.push({
      metric: `bundle: ${budget.name} (gzip)`,
      figure: kB(gzip),
      baseline: `${kB(baseline.gzip)} Radix Dialog`,
      ratio: (gzip / baseline.gzip).toFixed(2),
      target: `≤ ${kB(budget.target)}`,
      pass: gzip <= budget.target,
    });
  }
  return rows;
}
