import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TranslationStatusBadge, TranslationStatusIcon } from '../../../src/admin/index.js';
import { TRANSLATION_COMPLETENESS } from '../../../src/model/translationStatus.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

describe('TranslationStatusBadge', () => {
  it('names each status in words, so it never rests on the icon’s colour or shape alone', async () => {
    const { container } = renderPortal(
      <ul>
        {TRANSLATION_COMPLETENESS.map((status) => (
          <li key={status}>
            French: <TranslationStatusBadge status={status} />
          </li>
        ))}
      </ul>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['French: complete', 'French: incomplete', 'French: missing']);
    // The icon is decoration beside the text: screen readers skip it.
    for (const icon of container.querySelectorAll('svg')) expect(icon).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(container);
  });

  it('draws a different shape per status', () => {
    const { container } = renderPortal(
      <>
        {TRANSLATION_COMPLETENESS.map((status) => (
          <TranslationStatusIcon key={status} status={status} />
        ))}
      </>,
    );
    const shapes = [...container.querySelectorAll('svg')].map((icon) => icon.innerHTML);
    expect(new Set(shapes).size).toBe(TRANSLATION_COMPLETENESS.length);
  });

  it.each([
    ['de', ['vollständig', 'unvollständig', 'fehlt']],
    ['fr', ['complète', 'incomplète', 'absente']],
  ] as const)('speaks %s', (language, names) => {
    renderPortal(
      <p>
        {TRANSLATION_COMPLETENESS.map((status) => (
          <TranslationStatusBadge key={status} status={status} data-testid={status} />
        ))}
      </p>,
      { provider: { language } },
    );
    expect(TRANSLATION_COMPLETENESS.map((status) => screen.getByTestId(status).textContent)).toEqual(names);
  });

  it('speaks Arabic, right to left', async () => {
    renderRtl(<TranslationStatusBadge status="incomplete" />);
    const badge = await screen.findByText('غير مكتملة');
    expect(badge.closest('[dir="rtl"]')).not.toBeNull();
  });
});
