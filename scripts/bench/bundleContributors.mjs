#!/usr/bin/env node
// What an import pulls in: `node scripts/bench/bundleContributors.mjs "export { HeroUnit } from 'helpdesk-portal-kit';"`
// lists the packages and library folders of the bundle, largest first (rendered minified bytes),
// and the lazily loaded chunks. Run `npm run build` first: it measures the built package.
import { measureBundle } from './bundleSize.mjs';

const source = process.argv[2] ?? "export * from 'helpdesk-portal-kit';";
const depth = Number(process.argv[3] ?? 3);
const result = await measureBundle(source);
const groups = new Map();
for (const module of result.modules) {
  const key = `${module.owner.startsWith('dist/') ? module.owner.split('/').slice(0, depth).join('/') : module.owner}${module.lazy ? ' (lazy)' : ''}`;
  groups.set(key, (groups.get(key) ?? 0) + module.length);
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`${source}\ninitial: ${kB(result.gzip)} gzip (${kB(result.minified)} minified); lazy: ${kB(result.lazyGzip)} gzip`);
for (const chunk of result.lazy) console.log(`  lazy chunk ${chunk.name}: ${kB(chunk.gzip)} gzip (${chunk.owners.slice(0, 6).join(', ')})`);
console.log('rendered minified bytes by package / folder:');
for (const [key, length] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${String(length).padStart(9)}  ${key}`);
