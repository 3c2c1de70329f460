// The built demo's home page as a visitor's browser gets it (production build, strict CSP, the
// browser store seeding itself on the first visit): no horizontal overflow on a phone or a
// desktop, the hero's text at WCAG AA over the seed image, and no layout shift while it loads.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, toHexColor } from '../../src/theme/contrast.js';
import { useDemo } from './support/demo.js';

const demo = useDemo();

/** Opens the home page in a fresh context (a first visit) and waits until every block has loaded and every image decoded. */
async function openHome(width: number, language = 'en'): Promise<Page> {
  const page = await demo.openPage(`/?lang=${language}`, { viewport: { width, height: 900 } });
  await page.locator('[data-slot="portal-layout"][data-state="ready"]').waitFor();
  await page.locator('[data-slot="hero-unit-title"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-slot="loading-state"]').length === 0);
  await page.evaluate(async () => {
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page;
}

/** Elements that stick out of the viewport sideways, as `tag[data-slot]`. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}[data-slot=${element.dataset.slot ?? ''}]`);
    if (document.documentElement.scrollWidth > width) out.push(`document scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

/**
 * An init script: once the HTML's #root has content (before any module script has run), notes
 * whether the prerendered home page in it may show, and which element it is.
 */
function watchPrerender() {
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (!root?.firstElementChild) return;
    observer.disconnect();
    Object.assign(window, { prerenderShown: getComputedStyle(root).visibility !== 'hidden', prerendered: root.firstElementChild });
  }).observe(document, { childList: true, subtree: true });
}

describe('the demo home page', () => {
  it('shows the prerendered page before its script runs and hydrates it; a visitor who chose German never sees it', async () => {
    const page = await demo.openPage('/', { viewport: { width: 375, height: 900 } });
    await page.context().addInitScript(watchPrerender);
    await page.reload();
    await page.locator('[data-slot="hero-unit-title"]').waitFor();
    // Hydrated: React has taken over the page's elements, and the element the HTML brought is
    // the one it kept.
    await page.waitForFunction(() => Object.keys(document.getElementById('root')?.firstElementChild ?? {}).some((key) => key.startsWith('__reactFiber$')));
    await page.waitForFunction(() => document.querySelectorAll('[data-slot="loading-state"]').length === 0);
    expect(await page.evaluate(() => [(window as { prerenderShown?: boolean }).prerenderShown, document.getElementById('root')?.firstElementChild === (window as { prerendered?: Element }).prerendered])).toEqual([true, true]);
    // The page's script runs only once the prerendered page has painted (main.tsx marks its start).
    const [paintedAt, scriptRanAt] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      performance.getEntriesByName('demo:script-start')[0]?.startTime,
    ]);
    expect(paintedAt).toBeGreaterThan(0);
    expect(scriptRanAt).toBeGreaterThan(paintedAt!);

    await page.evaluate(() => window.localStorage.setItem('helpdesk-portal-demo:language', 'de'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Wie können wir helfen?' }).waitFor();
    expect(await page.evaluate(() => (window as { prerenderShown?: boolean }).prerenderShown)).toBe(false);
  });

  describe.each([375, 1280])('at %i px wide', (width) => {
    it('has no horizontal overflow, in English or Arabic', async () => {
      const page = await openHome(width);
      expect(await overflowing(page)).toEqual([]);
      const arabic = await openHome(width, 'ar');
      await arabic.locator('[data-slot="portal-root"][dir="rtl"]').waitFor();
      expect(await overflowing(arabic)).toEqual([]);
    });

    it('keeps the hero’s text at WCAG AA contrast over the seed image', async () => {
      const page = await openHome(width);
      const hero = page.locator('[data-slot="hero-unit"]');
      expect(await hero.locator('img').count(), 'the seed hero has an image').toBe(1);
      const textColor = toHexColor(await page.locator('[data-slot="hero-unit-title"]').evaluate((element) => getComputedStyle(element).color))!;
      // Photograph the backdrop (image and the scrim the hero chose) without the text, then
      // compare the text colour with every pixel under each text's box.
      const boxes = await hero.evaluate((element) => {
        const heroBox = element.getBoundingClientRect();
        return [...element.querySelectorAll<HTMLElement>('[data-slot="hero-unit-title"], [data-slot="hero-unit-subtitle"], [data-slot="hero-unit-text"]')].map((text) => {
          const box = text.getBoundingClientRect();
          return { slot: text.dataset.slot!, x: box.left - heroBox.left, y: box.top - heroBox.top, width: box.width, height: box.height, heroWidth: heroBox.width };
        });
      });
      expect(boxes.length).toBeGreaterThan(0);
      await hero.locator('[data-slot="hero-unit-content"]').evaluate((element) => {
        element.style.visibility = 'hidden';
      });
      const shot = (await hero.screenshot()).toString('base64');
      // Decode the PNG in the page (a canvas), read the pixels under each text.
      const samples = await page.evaluate(
        async ({ shot, boxes }) => {
          const image = new Image();
          image.src = `data:image/png;base64,${shot}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return boxes.map((box) => {
            const scale = image.naturalWidth / box.heroWidth;
            const { data } = context.getImageData(
              Math.floor(box.x * scale),
              Math.floor(box.y * scale),
              Math.max(1, Math.floor(box.width * scale)),
              Math.max(1, Math.floor(box.height * scale)),
            );
            return { slot: box.slot, pixels: Array.from(data) };
          });
        },
        { shot, boxes },
      );
      for (const { slot, pixels } of samples) {
        let [red, green, blue, count, worst] = [0, 0, 0, 0, Infinity];
        for (let offset = 0; offset < pixels.length; offset += 4) {
          red += pixels[offset]!;
          green += pixels[offset + 1]!;
          blue += pixels[offset + 2]!;
          count += 1;
          worst = Math.min(worst, contrastRatio(textColor, `rgb(${pixels[offset]}, ${pixels[offset + 1]}, ${pixels[offset + 2]})`));
        }
        const average = `rgb(${Math.round(red / count)}, ${Math.round(green / count)}, ${Math.round(blue / count)})`;
        // AA against the backdrop's average, and no spot under the text below the large-text minimum.
        expect(contrastRatio(textColor, average), `${slot} over ${average}`).toBeGreaterThanOrEqual(4.5);
        expect(worst, `${slot} worst spot`).toBeGreaterThanOrEqual(3);
      }
    });

    it('does not shift its layout while it loads (CLS below 0.05)', async () => {
      const page = await openHome(width);
      // Give late work (fonts, the favicon, the store's sync) a moment, then read every
      // layout shift since navigation: the browser buffers them.
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const observer = new PerformanceObserver((list) => {
              observer.disconnect();
              resolve(
                (list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
                  .filter((entry) => !entry.hadRecentInput)
                  .map((entry) => entry.value),
              );
            });
            observer.observe({ type: 'layout-shift', buffered: true });
            // No shift at all: the observer never calls back.
            setTimeout(() => resolve([]), 1000);
          }),
      );
      const cls = shifts.reduce((sum, value) => sum + value, 0);
      expect(cls).toBeLessThan(0.05);
    });
  });

  // Proves the measurement above can fail: content pushed down after paint is seen as a shift.
  it('sees a deliberate layout shift (control for the CLS measurement)', async () => {
    const page = await openHome(1280);
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) total += entry.value;
          });
          observer.observe({ type: 'layout-shift', buffered: false });
          const main = document.querySelector('main')!;
          const spacer = document.createElement('div');
          spacer.style.blockSize = '400px';
          main.prepend(spacer);
          setTimeout(() => {
            observer.disconnect();
            resolve(total);
          }, 500);
        }),
    );
    expect(cls).toBeGreaterThan(0.05);
  });
});
