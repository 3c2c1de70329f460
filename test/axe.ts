import axe from 'axe-core';
import { expect } from 'vitest';

/** WCAG 2.2 A and AA rules, as the project requires. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const inJsdom = typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);

/**
 * Runs axe-core on `container` with the WCAG 2.2 A/AA rules and fails with a readable list of
 * violations. In jsdom, colour contrast cannot be computed (no layout), so that rule runs only
 * in the browser project.
 */
export function expectNoAxeViolations(container: Element = document.body): Promise<void> {
  // axe refuses to start while another run is going (a timed-out test may leave one behind),
  // so runs wait for each other.
  const run = queue.then(() => runAxe(container));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function runAxe(container: Element) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: inJsdom ? { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } } : {},
    resultTypes: ['violations'],
  });
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `  ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, 'axe violations').toEqual([]);
}
