// 1. Bundle sizes, each next to @radix-ui/react-dialog bundled with the same tool and flags.
// The figure is what loads with the import; chunks it loads later through `import()` are a row
// of their own. A budget passes when its initial load is within its target and nothing that
// must load on demand (DOMPurify, TanStack Virtual, uFuzzy) is in that initial load.
import { budgets, checkBudget } from '../size-budget.mjs';
import { measureBundle } from './bundleSize.mjs';

export async function bundleBench() {
  const baseline = await measureBundle("export * from '@radix-ui/react-dialog';");
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const base = `${kB(baseline.gzip)} Radix Dialog`;
  const rows = [];
  for (const budget of budgets) {
    const result = await checkBudget(budget);
    const early = result.problems.filter((problem) => problem.includes('must load on demand'));
    rows.push({
      metric: `bundle: ${budget.name} (gzip, initial)`,
      figure: kB(result.gzip),
      baseline: base,
      ratio: (result.gzip / baseline.gzip).toFixed(2),
      target: `≤ ${kB(budget.target)}${budget.onDemand ? ', heavy parts on demand' : ''}`,
      pass: result.gzip <= budget.target && early.length === 0,
    });
    if (result.lazyGzip > 0) {
      rows.push({
        metric: `bundle: ${budget.name}, loaded on demand (gzip)`,
        figure: kB(result.lazyGzip),
      });
      if (result.lazy.length > 1) {
        for (const chunk of result.lazy) rows.push({ metric: `  └ chunk ${chunk.name}`, figure: kB(chunk.gzip) });
      }
    }
  }
  const admin = await measureBundle("export * from 'helpdesk-portal-kit/admin';");
  rows.push({
    metric: 'bundle: admin entry, every editor (gzip, initial)',
    figure: kB(admin.gzip),
    baseline: base,
    ratio: (admin.gzip / baseline.gzip).toFixed(2),
  });
  return rows;
}
