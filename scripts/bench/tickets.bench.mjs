// 2. TicketList with 10,000 tickets in Chromium, React's production build
// (test/browser/ticketList.bench.test.tsx): first render next to creating 200 plain DOM rows on
// the same page (alternated), rows in the DOM, and the time of 100 scroll steps.
import { figuresAfter, ms, roundRatios, vitestProductionFile } from './spawn.mjs';
import { median, percentile } from './table.mjs';

export async function ticketsBench() {
  const figures = figuresAfter('TICKET_LIST_BENCH ', vitestProductionFile('browser', 'test/browser/ticketList.bench.test.tsx', { VITE_TICKETS_BENCH: '1' }));
  const ratio = roundRatios(figures.candidates, figures.baselines);
  const rows = Math.max(figures.rows, figures.maxRowsWhileScrolling);
  const build = figures.production ? 'production React' : 'NOT production React';
  const scrollMedian = median(figures.steps);
  const scrollP95 = percentile(figures.steps, 95);
  return [
    {
      metric: `tickets: first render of ${figures.tickets.toLocaleString('en')} tickets (Chromium, ${build})`,
      figure: ms(median(figures.candidates)),
      baseline: `${ms(median(figures.baselines))} 200 plain DOM rows`,
      ratio: `${ratio.median.toFixed(2)} (p90 ${ratio.p90.toFixed(2)})`,
      target: '≤ 2× baseline',
      pass: figures.production && ratio.median <= 2,
    },
    {
      metric: 'tickets: rows in the DOM (first render / most while scrolling)',
      figure: `${figures.rows} / ${figures.maxRowsWhileScrolling}`,
      target: '≤ 60',
      pass: figures.rows > 0 && rows <= 60,
    },
    {
      metric: `tickets: scroll step median (${figures.steps.length} steps, ${figures.missed} without a row in view)`,
      figure: ms(scrollMedian),
    },
    {
      metric: 'tickets: scroll step p95',
      figure: ms(scrollP95),
      target: '≤ 10 ms',
      pass: figures.production && figures.missed === 0 && scrollP95 <= 10,
    },
  ];
}
