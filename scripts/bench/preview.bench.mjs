// 6. Admin live preview in Chromium, React's production build (test/browser/homePreview.bench.test.tsx):
// a key typed into the hero title field of the home page editor (the demo's full home page)
// until the preview's hero title shows it, next to a bare React input mirrored into a heading,
// alternated key by key.
import { figuresAfter, ms, vitestProductionFile } from './spawn.mjs';
import { median, percentile } from './table.mjs';

export async function previewBench() {
  const figures = figuresAfter('PREVIEW_BENCH ', vitestProductionFile('browser', 'test/browser/homePreview.bench.test.tsx', { VITE_PREVIEW_BENCH: '1' }));
  const { editor, baseline } = figures;
  const build = figures.production ? 'production React' : 'NOT production React';
  const ratio = (a, b) => (a / b).toFixed(2);
  return [
    {
      metric: `preview: keystroke → hero title in the DOM, median (${editor.dom.length} keys, ${figures.blocks} blocks, ${build})`,
      figure: ms(median(editor.dom)),
      baseline: `${ms(median(baseline.dom))} bare input`,
      ratio: ratio(median(editor.dom), median(baseline.dom)),
    },
    {
      metric: 'preview: keystroke → the frame that draws it, median',
      figure: ms(median(editor.frame)),
      baseline: `${ms(median(baseline.frame))} bare input`,
      ratio: ratio(median(editor.frame), median(baseline.frame)),
    },
    {
      metric: 'preview: keystroke → the frame that draws it, p95',
      figure: ms(percentile(editor.frame, 95)),
      baseline: `${ms(percentile(baseline.frame, 95))} bare input`,
      ratio: ratio(percentile(editor.frame, 95), percentile(baseline.frame, 95)),
      target: '≤ 50 ms',
      pass: figures.production && figures.blocks > 0 && percentile(editor.frame, 95) <= 50,
    },
  ];
}
