import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ListView, ValidityBadge, type ListColumn } from '../../../src/admin/index.js';
import type { Validity } from '../../../src/model/index.js';
import { CONTRAST_AA_NORMAL_TEXT, contrastRatio } from '../../../src/theme/contrast.js';
import { cssVariableNames, themeToCssVariables } from '../../../src/theme/cssVariables.js';
import { createTheme, type DerivedColors } from '../../../src/theme/tokens.js';
import { storyThemes } from '../../../stories/theme/themes.js';
import { renderPortal } from '../../render.js';

interface Row {
  id: string;
  name: string;
  validity: Validity;
}
const columns: ListColumn<Row>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, rowHeader: true },
  { id: 'validity', header: 'Validity', cell: (row) => <ValidityBadge validity={row.validity} /> },
];

/** The declarations of the stylesheet rules that apply to a hovered row of `table`. */
function hoveredRowDeclarations(table: HTMLElement): string[] {
  const classes = [...table.classList];
  const css = [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
    .filter(([, selector]) => selector!.includes('tr:hover') && classes.some((name) => selector!.includes(`.${name}`)))
    .map(([, , declarations]) => declarations!);
}

/** The text colours a list row shows: body and muted text, links, and the state colours of badges. */
const rowTextColors: (keyof DerivedColors)[] = ['text', 'textMuted', 'primaryText', 'successText', 'dangerText', 'warningText', 'infoText'];

describe('ListView row hover', () => {
  // Bug: the hovered row's surfaceMuted background took the validity badges' text below 4.5:1
  // (3.96:1 for "Temporarily invalid" in the dark theme): the state colours reach AA on the surface only.
  it.each([
    ['default', storyThemes.default.theme],
    ['dark', storyThemes.dark.theme],
  ])('keeps every text of the row at 4.5:1 or more in the %s theme', (_name, input) => {
    renderPortal(<ListView<Row> label="Pages" rows={[{ id: '1', name: 'Opening hours', validity: 'invalid-temporarily' }]} columns={columns} getRowId={(row) => row.id} />);
    const declarations = hoveredRowDeclarations(screen.getByRole('table'));
    expect(declarations.length, 'a hover rule for the rows').toBeGreaterThan(0);
    const variables = themeToCssVariables(createTheme(input));
    const resolve = (value: string) => value.replace(/var\((--[\w-]+)\)/g, (_match, name: string) => variables[name] ?? name).trim();
    // A row without a background of its own shows the surface it sits on.
    const background = declarations
      .flatMap((block) => [...block.matchAll(/background(?:-color)?:([^;]+)/g)].map((match) => resolve(match[1]!)))
      .at(-1) ?? variables[cssVariableNames.color.surface]!;
    for (const color of rowTextColors) {
      const text = variables[cssVariableNames.color[color]]!;
      expect(contrastRatio(text, background), `${color} ${text} on ${background}`).toBeGreaterThanOrEqual(CONTRAST_AA_NORMAL_TEXT);
    }
  });
});
