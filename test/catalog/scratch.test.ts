import { it } from 'vitest';
import { createCatalogModel, createCatalogSearchIndex } from '../../src/catalog/index.js';
import { htmlToPlainText } from '../../src/catalog/plainText.js';
import { localizeItem } from '../../src/catalog/model.js';
import { generateCatalog } from './fixtures.js';

it('scratch', () => {
  const { categories, items } = generateCatalog(10000, { bigCategory: 1000 });
  const model = createCatalogModel(categories, items);
  const builds: number[] = [];
  for (let r = 0; r < 8; r++) {
    const t = performance.now();
    createCatalogSearchIndex(model, { language: r % 2 ? 'de' : 'en', defaultLanguage: 'en' });
    builds.push(performance.now() - t);
  }
  console.log('builds', builds.map((b) => b.toFixed(0)).join(' '));
  const index = createCatalogSearchIndex(model, { language: 'en', defaultLanguage: 'en' });
  const base = model.items.map((i) => { const c = localizeItem(i, 'en', 'en'); return (c.title + '\n' + htmlToPlainText(c.text)).toLowerCase(); });
  const queries = ['reset password', 'printer 00042', 'desk', 'laptop', 'approved'];
  for (let r = 0; r < 5; r++) {
    const times: number[] = [], btimes: number[] = [];
    for (const q of queries) {
      for (let n = 1; n <= q.length; n++) {
        const s = q.slice(0, n);
        let t0 = performance.now(); index.search(s); times.push(performance.now() - t0);
        t0 = performance.now(); const needle = s.toLowerCase(); const out: number[] = []; for (let i = 0; i < base.length; i++) if (base[i]!.includes(needle)) out.push(i); btimes.push(performance.now() - t0);
      }
      index.search('');
    }
    times.sort((a, b) => a - b); btimes.sort((a, b) => a - b);
    console.log('search med', times[times.length >> 1]!.toFixed(2), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(2), 'base med', btimes[btimes.length >> 1]!.toFixed(2), 'p95', btimes[Math.floor(btimes.length * 0.95)]!.toFixed(2));
  }
});
