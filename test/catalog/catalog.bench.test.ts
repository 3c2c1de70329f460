// Measurements for `npm run bench` (scripts/bench/catalog.bench.mjs), not a test: skipped unless
// CATALOG_BENCH=1; prints its figures on one line. Search is plain JavaScript, so it is timed
// here in Node, where `performance.now()` is precise; rendering is timed in Chromium
// (test/browser/catalog.bench.test.tsx).
import { describe, it } from 'vitest';
import { createLargeSeed } from '../../src/adapters/index.js';
import { createCatalogModel, createCatalogSearchIndex, htmlToPlainText, localizeItem, type CatalogModel } from '../../src/catalog/index.js';
import type { CatalogCategory, CatalogItem } from '../../src/model/index.js';
import { generateCatalog } from '../../stories/portal/CatalogBrowser/fixtures.js';

const ENABLED = process.env.CATALOG_BENCH === '1';
const ROUNDS = 5;

/** What customers type, per language, one keystroke at a time. */
const QUERIES: Record<string, string[]> = {
  en: ['reset token', 'laptop 00123', 'mailbox', 'extend licence', 'printer', 'check server 0999', 'database', 'move phone'],
  de: ['Drucker', 'Konto zurücksetzen', 'Lizenz verlängern', 'Datenbank 0042', 'Postfach'],
  fr: ['réinitialiser compte', 'imprimante', 'boîte aux lettres', 'serveur 0123'],
  ar: ['طابعة', 'إعادة تعيين حساب', 'خادم'],
};

interface SearchSamples {
  build: number[];
  baselineBuild: number[];
  keystroke: number[];
  baselineKeystroke: number[];
}

/** "includes() over text lower-cased once": the naive search every figure is compared with. */
function baselineIndex(model: CatalogModel, language: string) {
  return model.items.map((item) => {
    const content = localizeItem(item, language, 'en');
    return `${content.title} ${htmlToPlainText(content.text)}`.toLowerCase();
  });
}

function measure(categories: readonly CatalogCategory[], items: readonly CatalogItem[], languages: string[]) {
  const modelStart = performance.now();
  const model = createCatalogModel(categories, items);
  const modelTime = performance.now() - modelStart;
  const byLanguage: Record<string, SearchSamples> = {};
  for (const language of languages) {
    const samples: SearchSamples = { build: [], baselineBuild: [], keystroke: [], baselineKeystroke: [] };
    for (let round = 0; round <= ROUNDS; round += 1) {
      // Round 0 warms the JIT up and is not recorded.
      const record = round > 0;
      let start = performance.now();
      const index = createCatalogSearchIndex(model, { language, defaultLanguage: 'en' });
      const build = performance.now() - start;
      start = performance.now();
      const lowered = baselineIndex(model, language);
      const baselineBuild = performance.now() - start;
      if (record) {
        samples.build.push(build);
        samples.baselineBuild.push(baselineBuild);
      }
      for (const query of QUERIES[language] ?? []) {
        for (let length = 1; length <= query.length; length += 1) {
          const typed = query.slice(0, length);
          start = performance.now();
          index.search(typed);
          const keystroke = performance.now() - start;
          start = performance.now();
          const needle = typed.toLowerCase();
          const found: number[] = [];
          for (let position = 0; position < lowered.length; position += 1) if ((lowered[position] as string).includes(needle)) found.push(position);
          const baselineKeystroke = performance.now() - start;
          if (record) {
            samples.keystroke.push(keystroke);
            samples.baselineKeystroke.push(baselineKeystroke);
          }
        }
        index.search('');
      }
    }
    byLanguage[language] = samples;
  }
  return { items: model.items.length, modelTime, byLanguage };
}

describe.skipIf(!ENABLED)('catalog search benchmark', () => {
  it('measures index build and keystrokes', { timeout: 600_000 }, () => {
    const seed = createLargeSeed({ now: new Date('2026-11-25T12:00:00Z') });
    const official = measure(seed.catalogCategories ?? [], seed.catalogItems ?? [], ['en', 'de', 'fr', 'ar']);
    const long = generateCatalog(10_000);
    const longText = measure(long.categories, long.items, ['en']);
    const rounded = JSON.stringify({ official, longText }, (_, value) => (typeof value === 'number' ? Math.round(value * 10_000) / 10_000 : value));
    console.log(`CATALOG_SEARCH_BENCH ${rounded}`);
  });
});
