import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createDemoSeed, createMemoryAdapters } from '../../src/adapters/index.js';
import { contrastRatio, HomePage, PortalProvider, toHexColor } from '../../src/index.js';

// The demo's home page (the memory adapters' seed) rendered as the portal shows it, in real
// Chromium: no horizontal overflow on a phone or a desktop, AA contrast of the hero's text
// over the seed image, and no layout shift while it loads.
const seed = createDemoSeed();
const customer = { id: 'customer-1', name: 'Nora Schmidt' };

async function renderDemoHome(language = 'en') {
  const adapters = createMemoryAdapters({ seed });
  const rendered = render(
    <PortalProvider language={language} customer={customer} adapters={adapters}>
      <HomePage />
    </PortalProvider>,
  );
  // The page, the ticket list and the search-driven list have read the memory store.
  await expect.poll(() => rendered.container.querySelectorAll('[data-slot="loading-state"]').length, { timeout: 5000 }).toBe(0);
  await expect.poll(() => rendered.container.querySelectorAll('[data-slot="ticket-list-row"]').length).toBeGreaterThan(0);
  return rendered;
}

/** Resolves when every image in `root` has loaded and decoded, and the resulting renders are done. */
async function imagesSettled(root: ParentNode) {
  // The hero measures its image once loaded and may re-render: let React finish inside act().
  await act(async () => {
    await Promise.all([...root.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

beforeEach(() => {
  document.body.style.margin = '0';
});
afterEach(() => {
  cleanup();
});

describe('demo home page in Chromium', () => {
  describe.each([375, 1280])('at %i px wide', (width) => {
    it('has no horizontal overflow', async () => {
      await page.viewport(width, 900);
      const { container } = await renderDemoHome();
      await imagesSettled(container);
      const root = document.documentElement;
      const overflowing = [...container.querySelectorAll<HTMLElement>('*')]
        .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5 || element.getBoundingClientRect().left < -0.5)
        .map((element) => `${element.tagName.toLowerCase()}[data-slot=${element.dataset.slot ?? ''}]`);
      expect(overflowing).toEqual([]);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    });

    it('has no horizontal overflow in Arabic either', async () => {
      await page.viewport(width, 900);
      const { container } = await renderDemoHome('ar');
      await imagesSettled(container);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
    });

    it('keeps the hero’s text at WCAG AA contrast over the seed image', async () => {
      await page.viewport(width, 900);
      const { container } = await renderDemoHome();
      const hero = container.querySelector<HTMLElement>('[data-slot="hero-unit"]')!;
      await imagesSettled(hero);
      // The hero has measured the image by now and chosen its scrim; photograph the backdrop
      // (image and scrim) without the text, then compare the text colour with what is under it.
      const texts = [...hero.querySelectorAll<HTMLElement>('[data-slot="hero-unit-title"], [data-slot="hero-unit-subtitle"], [data-slot="hero-unit-text"]')];
      expect(texts.length).toBeGreaterThan(0);
      const textColor = toHexColor(getComputedStyle(texts[0]!).color)!;
      const content = hero.querySelector<HTMLElement>('[data-slot="hero-unit-content"]')!;
      content.style.visibility = 'hidden';
      const base64 = await page.screenshot({ element: hero, save: false });
      content.style.visibility = '';

      const shot = new Image();
      shot.src = `data:image/png;base64,${base64}`;
      await shot.decode();
      const canvas = document.createElement('canvas');
      canvas.width = shot.naturalWidth;
      canvas.height = shot.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(shot, 0, 0);
      const heroBox = hero.getBoundingClientRect();
      const scale = shot.naturalWidth / heroBox.width;

      for (const text of texts) {
        const box = text.getBoundingClientRect();
        const { data } = context.getImageData(
          Math.floor((box.left - heroBox.left) * scale),
          Math.floor((box.top - heroBox.top) * scale),
          Math.max(1, Math.floor(box.width * scale)),
          Math.max(1, Math.floor(box.height * scale)),
        );
        let [red, green, blue, count, worst] = [0, 0, 0, 0, Infinity];
        for (let offset = 0; offset < data.length; offset += 4) {
          const pixel = `rgb(${data[offset]}, ${data[offset + 1]}, ${data[offset + 2]})`;
          red += data[offset]!;
          green += data[offset + 1]!;
          blue += data[offset + 2]!;
          count += 1;
          worst = Math.min(worst, contrastRatio(textColor, pixel));
        }
        const average = `rgb(${Math.round(red / count)}, ${Math.round(green / count)}, ${Math.round(blue / count)})`;
        // AA against the backdrop's average, and no spot under the text below the large-text minimum.
        expect(contrastRatio(textColor, average), `${text.dataset.slot} over ${average}`).toBeGreaterThanOrEqual(4.5);
        expect(worst, `${text.dataset.slot} worst spot`).toBeGreaterThanOrEqual(3);
      }
    });

    it('does not shift its layout while loading (CLS below 0.05)', async () => {
      await page.viewport(width, 900);
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      });
      observer.observe({ type: 'layout-shift', buffered: false });
      const { container } = await renderDemoHome();
      await imagesSettled(container);
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const entry of observer.takeRecords() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
      observer.disconnect();
      const cls = shifts.reduce((sum, value) => sum + value, 0);
      expect(cls).toBeLessThan(0.05);
    });
  });

  // Proves the measurement above can fail: a block pushed down after paint is seen as a shift.
  it('sees a deliberate layout shift (control for the CLS measurement)', async () => {
    await page.viewport(1280, 900);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift', buffered: false });
    const { container } = await renderDemoHome();
    await imagesSettled(container);
    const spacer = document.createElement('div');
    spacer.style.height = '300px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    container.prepend(spacer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    shifts.push(...(observer.takeRecords() as Array<PerformanceEntry & { value: number }>).map((entry) => entry.value));
    observer.disconnect();
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(0.05);
  });
});
