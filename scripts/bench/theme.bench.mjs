// 5. Theme switch: React renders below the portal's ThemeProvider when only the theme's colours
// change (they flow through CSS custom properties, so nothing should render), counted with
// <Profiler> in jsdom (test/theme/themeSwitch.bench.test.tsx); the baseline is the same tree
// when the language changes, which must render, to show the counter counts.
import { figuresAfter, vitestFile } from './spawn.mjs';

const total = (counts) => Object.entries(counts).filter(([id]) => id !== 'everything below the provider').reduce((sum, [, count]) => sum + count, 0);

export async function themeBench() {
  const figures = figuresAfter('THEME_SWITCH_BENCH ', vitestFile('jsdom', 'test/theme/themeSwitch.bench.test.tsx', { THEME_BENCH: '1' }));
  const switches = figures.colourSwitches.length;
  const commits = figures.colourSwitches.reduce((sum, counts) => sum + (counts['everything below the provider'] ?? 0), 0);
  const renders = figures.colourSwitches.reduce((sum, counts) => sum + total(counts), 0);
  const baselineCommits = figures.languageSwitch['everything below the provider'] ?? 0;
  const baselineRenders = total(figures.languageSwitch);
  // The colours did change on the page each time, and the language switch did render: otherwise
  // a zero would mean nothing.
  const coloursApplied = new Set(figures.primaries).size > 1 && figures.primaries.every((value, index) => index === 0 || value !== figures.primaries[index - 1]);
  const counterCounts = figures.languageApplied && baselineCommits > 0;
  return [
    {
      metric: `theme switch: commits below ThemeProvider, ${switches} colour-only switches (4 portal components)`,
      figure: `${commits} commits, ${renders} per-component Profiler reports`,
      baseline: `${baselineCommits} commit, ${baselineRenders} reports on a language switch`,
      target: '0',
      pass: coloursApplied && counterCounts && commits === 0 && renders === 0,
    },
  ];
}
