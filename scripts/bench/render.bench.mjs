// 4. Server rendering: `renderToString` of the demo home page and of a custom page with rich
// text, data already loaded, in Node with React's production build (scripts/bench/serverRender.tsx),
// next to a plain React render of 200 rows in the same process, alternated round by round.
import { figuresAfter, ms, productionScript, roundRatios } from './spawn.mjs';
import { median } from './table.mjs';

export async function serverRenderBench() {
  const figures = figuresAfter('SERVER_RENDER_BENCH ', productionScript('scripts/bench/serverRender.tsx'));
  const { content } = figures;
  const loaded = !content.homeLoading && !content.pageLoading && content.homeBlocks > 0 && content.pageTable;
  const baseline = `${ms(median(figures.baseline))} 200 plain rows`;
  const row = (metric, series, withTarget) => {
    const ratio = roundRatios(series, figures.baseline);
    return {
      metric,
      figure: ms(median(series)),
      baseline,
      ratio: `${ratio.median.toFixed(1)} (p90 ${ratio.p90.toFixed(1)})`,
      target: withTarget ? '≤ 5× baseline' : undefined,
      pass: withTarget ? loaded && ratio.median <= 5 : undefined,
    };
  };
  return [
    {
      metric: 'server render: React build in use',
      figure: figures.production ? `production (${figures.reactModules.length} *.production.js modules, Profiler silent)` : `NOT production: ${figures.reactModules.join(', ')}`,
      target: 'production',
      pass: figures.production && figures.profilerCalls === 0,
    },
    row(`server render: demo home page (${content.homeBlocks} blocks, ${content.homeTicketRows} tickets, ${(content.homeBytes / 1000).toFixed(1)} kB HTML)`, figures.home, true),
    row(`server render: custom page with rich text (${(content.pageBytes / 1000).toFixed(1)} kB HTML)`, figures.page, true),
    row('server render: home page, i18next instance made per render (no host i18n)', figures.homeOwnI18n, false),
  ];
}
