// Measurements for `npm run bench` (scripts/bench/preview.bench.mjs), not a test: skipped unless
// VITE_PREVIEW_BENCH=1. In Chromium with React's production build: the home page editor with the
// demo's full home page; each key typed (a real key press) into the hero's title field is timed
// from its keydown until the preview's hero title shows it, and until the frame that draws it.
// The baseline, alternated round by round on the same page: a bare React input mirrored into a
// heading. Prints the figures on one line.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { HomePageEditor } from '../../src/admin/index.js';
import { PortalProvider } from '../../src/portal/PortalProvider/index.js';

const ENABLED = import.meta.env.VITE_PREVIEW_BENCH === '1';
const ROUNDS = 6;
const KEYS = 'portal help';
const customer = { id: 'demo-customer', name: 'Dana Weber', groups: ['Acme Corp'] };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const task = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 1500; tries += 1) {
    const found = find();
    if (found) return found;
    await task();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A controlled input whose value a heading repeats: the least React can do per keystroke. */
function Mirror() {
  const [value, setValue] = useState('Start');
  return (
    <div data-slot="bench-mirror">
      <input aria-label="Mirror" value={value} onChange={(event) => setValue(event.target.value)} />
      <h2>{value}</h2>
    </div>
  );
}

/** Presses `key` in `input` and times keydown → `shown()` ends with the new text → next frame. */
async function keystroke(input: HTMLInputElement, watched: Element, shown: () => string | null | undefined, key: string) {
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  const expected = `${input.value}${key}`;
  let downAt = Number.NaN;
  input.addEventListener('keydown', (event) => (downAt = event.timeStamp), { once: true, capture: true });
  const updated = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if (shown()?.trim() !== expected.trim()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(watched, { subtree: true, childList: true, characterData: true });
  });
  await userEvent.keyboard(key === ' ' ? '{Space}' : key);
  const domAt = await updated;
  const frameAt = await frame();
  return { dom: domAt - downAt, frame: frameAt - downAt };
}

describe.skipIf(!ENABLED)('home page editor preview benchmark', () => {
  it('updates the preview per keystroke', { timeout: 300_000 }, async () => {
    await page.viewport(1280, 900);
    const seed = createDemoSeed({ now: new Date('2026-11-25T12:00:00Z') });
    const adapters = createMemoryAdapters({ seed });
    const editorHost = document.createElement('div');
    const mirrorHost = document.createElement('div');
    document.body.append(editorHost, mirrorHost);
    createRoot(editorHost).render(
      <PortalProvider adapters={adapters} customer={customer}>
        <HomePageEditor />
      </PortalProvider>,
    );
    createRoot(mirrorHost).render(<Mirror />);

    const heroFields = await until(() => editorHost.querySelector('[data-slot="hero-unit-fields"]'), 'the hero fields');
    const title = [...heroFields.querySelectorAll('label')].find((label) => /^Title/.test(label.textContent ?? ''));
    const input = await until(() => (title?.htmlFor ? document.getElementById(title.htmlFor) : null) as HTMLInputElement | null, 'the hero title field');
    const preview = await until(() => editorHost.querySelector('[data-slot="preview-frame"]'), 'the preview');
    const previewTitle = () => preview.querySelector('[data-slot="hero-unit-title"]')?.textContent;
    await until(() => previewTitle() === input.value || null, 'the preview hero title');
    const blocks = preview.querySelectorAll('[data-slot="home-page-block"]').length;
    const mirrorInput = mirrorHost.querySelector('input')!;
    const mirrorHeading = () => mirrorHost.querySelector('h2')?.textContent;

    const editor = { dom: [] as number[], frame: [] as number[] };
    const baseline = { dom: [] as number[], frame: [] as number[] };
    // Round 0 warms up and is not recorded.
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const key of KEYS) {
        const e = await keystroke(input, preview, previewTitle, key);
        const b = await keystroke(mirrorInput, mirrorHost, mirrorHeading, key);
        if (round === 0) continue;
        editor.dom.push(e.dom);
        editor.frame.push(e.frame);
        baseline.dom.push(b.dom);
        baseline.frame.push(b.frame);
      }
    }
    const production = !('act' in (await import('react')).default);
    console.log(`PREVIEW_BENCH ${JSON.stringify({ production, blocks, finalTitle: previewTitle()?.slice(-40), editor, baseline })}`);
  });
});
