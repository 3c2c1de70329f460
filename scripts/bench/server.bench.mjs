#!/usr/bin/env node
// `npm run bench:server`: load on the reference backend over 127.0.0.1. Concurrent portal reads
// (autocannon) and admin writes with versions (If-Match, retried after a 412 as an editor would)
// run side by side for a bounded time; afterwards every write the server acknowledged is checked
// in the database. Prints requests/s, p99 latency and the number of lost or corrupted writes,
// and exits 1 unless that number is 0.
//
//   BENCH_SECONDS (default 10)  BENCH_CONNECTIONS (portal, default 16)  BENCH_WRITERS (default 8)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const PAGES = 4; // fewer pages than writers: writers contend, as two admins editing the same page do
const TOKEN = `bench-${Math.random().toString(36).slice(2)}-token`;

function startServer(dataDirectory) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', dataDirectory], {
    cwd: ROOT,
    env: { ...process.env, PORTAL_ADMIN_TOKEN: TOKEN, PORTAL_LOG_LEVEL: 'error', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`The server exited (${code}): ${output}`)));
  });
}

const percentile = (values, p) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const pageBody = (index, mark) => ({
  internalTitle: `Bench page ${index} ${mark}`,
  slug: `bench-page-${index}`,
  validity: 'valid',
  content: { en: { title: `Bench ${mark}`, body: `<p>${mark}</p>` }, de: { title: `Last ${mark}`, body: `<p>${mark}</p>` } },
});

const dataDirectory = mkdtempSync(join(tmpdir(), 'hpk-bench-'));
const { child, url } = await startServer(dataDirectory);
const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
try {
  console.log(`Reference backend at ${url} — ${SECONDS} s, ${CONNECTIONS} portal connections, ${WRITERS} admin writers on ${PAGES} pages — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);

  const pages = [];
  for (let index = 0; index < PAGES; index += 1) {
    const response = await fetch(`${url}/admin/custom-pages`, { method: 'POST', headers, body: JSON.stringify(pageBody(index, 'start')) });
    pages.push(await response.json());
  }

  // Every acknowledged write, by page: the version the server gave it and what was written.
  const acknowledged = pages.map(() => []);
  const writeLatencies = [];
  let conflicts = 0;
  let writeErrors = 0;
  let stop = false;
  const writer = async (writerIndex) => {
    let sequence = 0;
    const known = pages.map((page) => page.version);
    while (!stop) {
      const index = (writerIndex + sequence) % PAGES;
      const mark = `w${writerIndex}-${sequence++}`;
      const started = performance.now();
      const response = await fetch(`${url}/admin/custom-pages/${pages[index].id}`, {
        method: 'PUT',
        headers: { ...headers, 'if-match': `"${known[index]}"` },
        body: JSON.stringify(pageBody(index, mark)),
      });
      writeLatencies.push(performance.now() - started);
      const body = await response.json();
      if (response.status === 200) {
        known[index] = body.version;
        acknowledged[index].push({ version: body.version, mark });
      } else if (response.status === 412) {
        // Someone else saved first: take their version and try again, as an editor would.
        conflicts += 1;
        known[index] = body.current.version;
      } else {
        writeErrors += 1;
      }
    }
  };

  const readPaths = [
    '/portal/custom-pages?perPage=10',
    '/portal/catalog/items?perPage=25',
    '/portal/catalog/categories?perPage=100',
    '/portal/search?query=drucker&language=de',
    '/portal/catalog/items?query=laptop&language=en',
    '/portal/home-page',
  ];
  const writersDone = Promise.all(Array.from({ length: WRITERS }, (_, index) => writer(index)));
  const writesStarted = performance.now();
  const reads = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: readPaths.map((path) => ({ method: 'GET', path })),
  });
  stop = true;
  await writersDone;
  const writeSeconds = (performance.now() - writesStarted) / 1000;

  // Stop the server cleanly, then look at what it stored.
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  const db = new Database(join(dataDirectory, 'portal.sqlite'), { readonly: true });
  let lost = 0;
  let corrupted = db.pragma('integrity_check', { simple: true }) === 'ok' ? 0 : 1;
  for (const [index, page] of pages.entries()) {
    const row = db.prepare('SELECT version, slug, data FROM custom_pages WHERE id = ?').get(page.id);
    const stored = JSON.parse(row.data);
    const acks = acknowledged[index];
    // Each acknowledged write raised the version by one, from version 1.
    const expectedVersion = 1 + acks.length;
    if (stored.version < expectedVersion) lost += expectedVersion - stored.version;
    const versions = new Set(acks.map((ack) => ack.version));
    if (versions.size !== acks.length) corrupted += acks.length - versions.size; // two writes acknowledged with one version
    const last = acks.find((ack) => ack.version === stored.version);
    const expected = last ? pageBody(index, last.mark) : undefined;
    const intact =
      expected &&
      stored.internalTitle === expected.internalTitle &&
      JSON.stringify(stored.content) === JSON.stringify(expected.content) &&
      row.version === stored.version &&
      row.slug === stored.slug;
    if (!intact) corrupted += 1;
  }
  db.close();

  const writes = acknowledged.reduce((sum, acks) => sum + acks.length, 0);
  const rows = [
    ['portal reads (GET)', (reads.requests.average ?? 0).toFixed(0), `${reads.latency.p99} ms`, `${reads.non2xx + reads.errors} errors`],
    ['admin writes (PUT, If-Match)', (writeLatencies.length / writeSeconds).toFixed(0), `${percentile(writeLatencies, 99).toFixed(1)} ms`, `${writes} saved, ${conflicts} refused as stale (412) and retried, ${writeErrors} errors`],
  ];
  console.log('');
  console.log(['load', 'requests/s', 'p99 latency', 'notes'].join(' | '));
  for (const row of rows) console.log(row.join(' | '));
  console.log('');
  console.log(`lost or corrupted writes: ${lost + corrupted} (lost ${lost}, corrupted ${corrupted})`);
  process.exitCode = lost + corrupted + writeErrors + reads.non2xx + reads.errors === 0 ? 0 : 1;
} finally {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDirectory, { recursive: true, force: true });
}
