import type { ComponentProps } from 'react';
import { styled } from 'styled-components';
import {
  contrastRatio,
  CONTRAST_AA_LARGE_TEXT,
  CONTRAST_AA_NORMAL_TEXT,
  createTheme,
  type ColorName,
  type ResolvedTheme,
  type ThemeInput,
} from '../../src/theme/index.js';

/** A colour pair the theme guarantees, as the swatch table lists it. */
export interface ContrastPair {
  /** What the pair is used for. */
  label: string;
  foreground: ColorName;
  background: ColorName;
  /** WCAG AA minimum: 4.5 for text, 3 for focus rings and control borders. */
  minimum: number;
  /** `text` pairs show sample text; `non-text` pairs a border drawn in the foreground colour. */
  kind: 'text' | 'non-text';
}

/** Every derived colour and the background it is drawn on. */
export const contrastPairs: readonly ContrastPair[] = [
  { label: 'Button text on primary', foreground: 'onPrimary', background: 'primary', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Link text on surface', foreground: 'primaryText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Badge text on accent', foreground: 'onAccent', background: 'accent', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Accent text on surface', foreground: 'accentText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Body text on surface', foreground: 'text', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Muted text on surface', foreground: 'textMuted', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Error text on surface', foreground: 'dangerText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Success text on surface', foreground: 'successText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Warning text on surface', foreground: 'warningText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Info text on surface', foreground: 'infoText', background: 'surface', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Text on danger', foreground: 'onDanger', background: 'danger', minimum: CONTRAST_AA_NORMAL_TEXT, kind: 'text' },
  { label: 'Focus ring on background', foreground: 'focus', background: 'background', minimum: CONTRAST_AA_LARGE_TEXT, kind: 'non-text' },
  { label: 'Control border on surface', foreground: 'controlBorder', background: 'surface', minimum: CONTRAST_AA_LARGE_TEXT, kind: 'non-text' },
];

/** The value a colour name has in a resolved theme (derived colours win, as in the CSS variables). */
export function colorValue(theme: ResolvedTheme, name: ColorName): string {
  return name in theme.derived
    ? theme.derived[name as keyof ResolvedTheme['derived']]
    : theme.colors[name as keyof ResolvedTheme['colors']];
}

/** The texts of the sample block, so the right-to-left story can show Arabic. */
export interface ShowcaseSample {
  heading: string;
  body: string;
  caption: string;
  link: string;
  button: string;
}

export const englishSample: ShowcaseSample = {
  heading: 'Opening hours',
  body: 'Our service desk answers on weekdays from 8:00 to 18:00.',
  caption: 'Last changed 3 days ago',
  link: 'All service offers',
  button: 'Create a ticket',
};

export const arabicSample: ShowcaseSample = {
  heading: 'ساعات العمل',
  body: 'يرد مكتب الخدمة لدينا في أيام العمل من الساعة 8:00 إلى 18:00.',
  caption: 'آخر تغيير قبل 3 أيام',
  link: 'جميع عروض الخدمة',
  button: 'إنشاء تذكرة',
};

const Panel = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.lg};
  padding: ${({ theme }) => theme.space.lg};
  background: ${({ theme }) => theme.color.background};
`;

const Sample = styled.section`
  display: grid;
  gap: ${({ theme }) => theme.space.sm};
  justify-items: start;
  padding: ${({ theme }) => theme.space.lg};
  background: ${({ theme }) => theme.color.surface};
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};

  & > * {
    margin: 0;
  }
`;

const Heading = styled.h2`
  font-size: ${({ theme }) => theme.font.fontSizeXl};
  font-family: ${({ theme }) => theme.font.headingFontFamily};
`;

const Caption = styled.p`
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

const Link = styled.a`
  color: ${({ theme }) => theme.color.primaryText};

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

const Button = styled.button`
  min-block-size: 2.5rem;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.md};
  border: none;
  border-radius: ${({ theme }) => theme.radius.md};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
  font: inherit;
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  cursor: pointer;

  &:hover {
    background: ${({ theme }) => theme.color.primaryHover};
  }

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

const Table = styled.table`
  border-collapse: collapse;
  background: ${({ theme }) => theme.color.surface};

  & caption {
    text-align: start;
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
    padding-block-end: ${({ theme }) => theme.space.sm};
  }

  & th,
  & td {
    text-align: start;
    padding-block: ${({ theme }) => theme.space.xs};
    padding-inline: ${({ theme }) => theme.space.sm};
    border-block-end: 1px solid ${({ theme }) => theme.color.border};
  }

  & code {
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
  }
`;

/** A swatch in the theme's own colours, read from the CSS custom properties. */
const Swatch = styled.span<{ $foreground: ColorName; $background: ColorName; $kind: ContrastPair['kind'] }>`
  display: inline-grid;
  place-items: center;
  inline-size: 3.5rem;
  block-size: 2rem;
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme, $background }) => theme.color[$background]};
  color: ${({ theme, $foreground }) => theme.color[$foreground]};
  border: ${({ theme, $foreground, $kind }) => ($kind === 'non-text' ? `3px solid ${theme.color[$foreground]}` : 'none')};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
`;

export interface ThemeShowcaseProps extends ComponentProps<'div'> {
  /** The theme the surrounding `ThemeProvider` was given; contrast ratios are computed from it. */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** The sample texts. @default englishSample */
  sample?: ShowcaseSample | undefined;
}

/**
 * A sample of portal content plus every derived colour pair with its WCAG contrast ratio
 * (computed by `contrastRatio`). Rendered inside a `ThemeProvider` given the same theme.
 */
export function ThemeShowcase({ theme = {}, sample = englishSample, ...props }: ThemeShowcaseProps) {
  const resolved = 'derived' in theme ? theme : createTheme(theme);
  return (
    <Panel data-slot="theme-showcase" {...props}>
      <Sample aria-labelledby="theme-sample-heading">
        <Heading id="theme-sample-heading">{sample.heading}</Heading>
        <p>{sample.body}</p>
        <Caption>{sample.caption}</Caption>
        <Link href="#theme-sample-heading">{sample.link}</Link>
        <Button type="button">{sample.button}</Button>
      </Sample>
      <Table>
        <caption>Derived colours and their contrast ratio</caption>
        <thead>
          <tr>
            <th scope="col">Use</th>
            <th scope="col">Sample</th>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Contrast</th>
            <th scope="col">AA minimum</th>
          </tr>
        </thead>
        <tbody>
          {contrastPairs.map((pair) => {
            const foreground = colorValue(resolved, pair.foreground);
            const background = colorValue(resolved, pair.background);
            const ratio = contrastRatio(foreground, background);
            return (
              <tr key={pair.foreground} data-slot="contrast-pair" data-foreground={pair.foreground}>
                <th scope="row">{pair.label}</th>
                <td>
                  <Swatch
                    data-slot="swatch"
                    $foreground={pair.foreground}
                    $background={pair.background}
                    $kind={pair.kind}
                    aria-hidden="true"
                  >
                    {pair.kind === 'text' ? 'Aa' : null}
                  </Swatch>
                </td>
                <td>
                  <code>{pair.foreground}</code> {foreground}
                </td>
                <td>
                  <code>{pair.background}</code> {background}
                </td>
                <td data-slot="contrast-ratio">{ratio.toFixed(2)}:1</td>
                <td>
                  {pair.minimum}:1 {ratio >= pair.minimum ? '✓ passes' : '✗ fails'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Panel>
  );
}
