#!/usr/bin/env node
// Size budget (runs in `npm test` after the build): fails when an import a host makes ships
// more than its target plus 10 %, or when a heavy dependency that must load on demand reaches
// the initial load. Figures are gzip bytes, React/react-dom/styled-components external, of
// what loads with the import (`initial`); chunks it loads later through `import()` (the HTML
// sanitizer, the virtualizer, the catalog's search index) are reported and budgeted apart.
import { measureBundle } from './bench/bundleSize.mjs';

/** Loaded on demand only: by rich text, long lists and the first catalog search. */
const ON_DEMAND = ['dompurify', 'isomorphic-dompurify', '@tanstack/virtual-core', '@tanstack/react-virtual', '@leeoniya/ufuzzy'];

export const budgets = [
  {
    name: 'portal entry, every component',
    source: "export * from 'helpdesk-portal-kit';",
    target: 60_000,
    // Not met: 97.4 kB. i18next (16.6 kB), TanStack Query (11.3 kB), the bundled strings of
    // four languages (8.7 kB), culori (7.8 kB) and valibot (2.8 kB) load with every portal
    // page; the components' own code is about 50 kB. The ceiling holds today's figure so that
    // growth fails; `npm run bench` reports the target as missed.
    ceiling: 100_000,
    lazyCeiling: 36_000,
    onDemand: ON_DEMAND,
  },
  {
    name: 'HeroUnit alone (tree shaking)',
    source: "export { HeroUnit } from 'helpdesk-portal-kit';",
    target: 30_000,
    onDemand: ON_DEMAND,
  },
  {
    name: 'SafeHtml alone (sanitizer on demand)',
    source: "export { SafeHtml } from 'helpdesk-portal-kit';",
    target: 3_000,
    lazyCeiling: 15_000,
    onDemand: ON_DEMAND,
  },
  { name: 'ThemeProvider alone', source: "export { ThemeProvider } from 'helpdesk-portal-kit';", target: 15_000 },
  {
    name: 'security without the HTML sanitizer',
    source: "export { toSafeHref, validateOrigin, buildContentSecurityPolicy } from 'helpdesk-portal-kit/security';",
    target: 4_000,
    onDemand: ['dompurify', 'isomorphic-dompurify'],
  },
];

export const TOLERANCE = 1.1;

/** Measures one budget: its figures, its limits and what broke them. */
export async function checkBudget(budget) {
  const result = await measureBundle(budget.source);
  const limit = budget.ceiling ?? budget.target * TOLERANCE;
  const problems = [];
  if (result.gzip > limit) problems.push(`initial load above ${(limit / 1000).toFixed(1)} kB`);
  if (budget.lazyCeiling !== undefined && result.lazyGzip > budget.lazyCeiling) {
    problems.push(`on-demand chunks above ${(budget.lazyCeiling / 1000).toFixed(1)} kB`);
  }
  const early = [...new Set(result.modules.filter((module) => !module.lazy && (budget.onDemand ?? []).includes(module.owner)).map((module) => module.owner))];
  if (early.length > 0) problems.push(`${early.join(', ')} in the initial load (must load on demand)`);
  return { ...result, limit, problems };
}

async function main() {
  let failed = 0;
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const budget of budgets) {
    const { gzip, lazyGzip, lazy, limit, problems } = await checkBudget(budget);
    if (problems.length > 0) failed += 1;
    const later = lazyGzip > 0 ? ` + ${kB(lazyGzip)} on demand (${lazy.map((chunk) => `${chunk.name} ${kB(chunk.gzip)}`).join(', ')})` : '';
    const note = problems.length > 0 ? ` — ${problems.join('; ')}` : gzip > budget.target ? ' — above target' : '';
    console.log(`${problems.length > 0 ? '✗' : '✓'} ${budget.name}: ${kB(gzip)} gzip${later} (target ${kB(budget.target)}, fails above ${kB(limit)})${note}`);
  }
  if (failed > 0) {
    console.error(`${failed} size budget(s) exceeded.`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
