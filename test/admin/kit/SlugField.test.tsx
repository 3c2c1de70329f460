import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { findSlugProblem, SlugField, suggestSlugFromTitle, type SlugFieldProps } from '../../../src/admin/index.js';
import { screen } from '@testing-library/react';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

describe('suggestSlugFromTitle', () => {
  it.each([
    ['Opening hours', 'opening-hours'],
    ['Öffnungszeiten & Feiertage', 'oeffnungszeiten-feiertage'],
    ['Café crème – à la carte', 'cafe-creme-a-la-carte'],
    ['  Straße   der  Einheit!! ', 'strasse-der-einheit'],
    ['Цены и тарифы', 'tseny-i-tarify'],
    ['Ώρες λειτουργίας', 'ores-leitourgias'],
    ['ساعات العمل', 'saaat-alaml'],
    ['FAQ 2026', 'faq-2026'],
    ['営業時間', ''],
  ])('%s → "%s"', (title, slug) => {
    expect(suggestSlugFromTitle(title)).toBe(slug);
  });
});

describe('findSlugProblem', () => {
  it.each([
    ['', 'empty'],
    ['opening hours', 'spaces'],
    ['Opening', 'uppercase'],
    ['a--b', 'doubleHyphen'],
    ['-a', 'edgeHyphen'],
    ['a_b', 'characters'],
    ['opening-hours', undefined],
  ])('"%s" → %s', (slug, problem) => {
    expect(findSlugProblem(slug)).toBe(problem);
  });
});

function Harness(props: Partial<SlugFieldProps> & { initial?: string }) {
  const [value, setValue] = useState(props.initial ?? '');
  return <SlugField value={value} onValueChange={setValue} debounceMs={50} {...props} />;
}

describe('SlugField', () => {
  it('explains the rule and offers the suggestion from the title', async () => {
    const user = userEvent.setup();
    renderPortal(<Harness source="Öffnungszeiten" />);
    const input = screen.getByRole('textbox', { name: /Slug/ });
    expect(input).toHaveAccessibleDescription(/lowercase letters a–z, digits and single hyphens/);
    await user.click(screen.getByRole('button', { name: 'Use “oeffnungszeiten”' }));
    expect(input).toHaveValue('oeffnungszeiten');
    expect(screen.queryByRole('button', { name: /Use/ })).toBeNull();
    await expectNoAxeViolations(document.body);
  });

  it('follows the title until the admin types a slug', async () => {
    const user = userEvent.setup();
    const { rerender } = renderPortal(<Harness source="Prices" followSource />);
    const input = screen.getByRole('textbox', { name: /Slug/ });
    expect(input).toHaveValue('prices');
    rerender(<Harness source="Prices 2027" followSource />);
    expect(input).toHaveValue('prices-2027');
    await user.type(input, 'x');
    rerender(<Harness source="Something else" followSource />);
    expect(input).toHaveValue('prices-2027x');
  });

  it('checks uniqueness once typing pauses (not per keystroke) and says the result', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    const checkAvailability = vi.fn((slug: string) => {
      seen.push(slug);
      return Promise.resolve(slug !== 'taken');
    });
    renderPortal(<Harness checkAvailability={checkAvailability} debounceMs={200} />);
    const input = screen.getByRole('textbox', { name: /Slug/ });
    await user.type(input, 'taken');
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Another page already uses this slug/));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // One check for the paused value, none for each keystroke.
    expect(seen).toEqual(['taken']);

    await user.type(input, '-2');
    expect(await screen.findByText('This slug is free.')).toBeVisible();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('does not ask the adapter about a slug that breaks the rule', async () => {
    const user = userEvent.setup();
    const checkAvailability = vi.fn(async () => true);
    renderPortal(<Harness checkAvailability={checkAvailability} />);
    await user.type(screen.getByRole('textbox', { name: /Slug/ }), 'Not Valid');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(checkAvailability).not.toHaveBeenCalled();
  });
});
