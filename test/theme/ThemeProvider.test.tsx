import { render, screen } from '@testing-library/react';
import { styled } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import {
  contrastRatio,
  createTheme,
  cssVariableNames,
  ThemeProvider,
  themeToCssVariables,
} from '../../src/theme/index.js';
import { expectNoAxeViolations } from '../render.js';

const Probe = styled.p`
  color: ${({ theme }) => theme.color.primaryText};
  padding-inline-start: ${({ theme }) => theme.space.md};
`;

/** The value of a custom property as the browser cascade resolves it on `element`. */
const variable = (element: Element, name: string) => getComputedStyle(element).getPropertyValue(name).trim();

describe('ThemeProvider', () => {
  it('emits the theme as --hpk-* custom properties on its root element', () => {
    render(
      <ThemeProvider theme={{ colors: { primary: '#123456' } }} data-testid="root">
        <Probe>Hello</Probe>
      </ThemeProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root).toHaveAttribute('data-slot', 'portal-root');
    expect(variable(root, '--hpk-color-primary')).toBe('#123456');
    expect(variable(root, '--hpk-space-md')).toBe('16px');
    expect(variable(root, '--hpk-font-size-md')).toBe('1rem');
    // styled parts read the variables, not literal colours
    expect(getComputedStyle(screen.getByText('Hello')).color).toBe('var(--hpk-color-primary-text)');
  });

  it('styles nothing outside its root', () => {
    render(
      <div>
        <p data-testid="outside">Host text</p>
        <ThemeProvider theme={{ colors: { text: '#ff0000' } }}>
          <p>Portal text</p>
        </ThemeProvider>
      </div>,
    );
    expect(variable(screen.getByTestId('outside'), '--hpk-color-text')).toBe('');
    expect(variable(document.documentElement, '--hpk-color-primary')).toBe('');
  });

  it('sets the direction it is given', () => {
    render(
      <ThemeProvider dir="rtl" data-testid="root">
        x
      </ThemeProvider>,
    );
    expect(screen.getByTestId('root')).toHaveAttribute('dir', 'rtl');
  });

  it('keeps the default theme and warns when a colour is not a CSS colour', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <ThemeProvider theme={{ colors: { primary: 'url(javascript:alert(1))' } }} data-testid="root">
        x
      </ThemeProvider>,
    );
    expect(variable(screen.getByTestId('root'), '--hpk-color-primary')).toBe('#1f6feb');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not a CSS colour'));
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <ThemeProvider>
        <Probe>Accessible</Probe>
      </ThemeProvider>,
    );
    await expectNoAxeViolations(container);
  });
});

describe('derived colours keep WCAG AA contrast', () => {
  const primaries = ['#ffeb3b', '#0b1f3a', '#1f6feb', '#ffffff', '#000000', '#ff00ff', '#7fff00', 'rebeccapurple', 'oklch(70% 0.2 140)'];

  it.each(primaries)('primary %s: button text, link text and focus ring all pass', (primary) => {
    const theme = createTheme({ colors: { primary } });
    const { derived, colors } = theme;
    expect(contrastRatio(derived.onPrimary, colors.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(derived.primaryText, colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(derived.focus, colors.background)).toBeGreaterThanOrEqual(3);
  });

  it('keeps a dark primary as link colour unchanged and lightens it on a dark surface', () => {
    expect(createTheme({ colors: { primary: '#0b1f3a' } }).derived.primaryText).toBe('#0b1f3a');
    const dark = createTheme({ colors: { primary: '#0b1f3a', surface: '#111111', background: '#111111', text: '#eeeeee' } });
    expect(contrastRatio(dark.derived.primaryText, '#111111')).toBeGreaterThanOrEqual(4.5);
    expect(dark.derived.primaryText).not.toBe('#0b1f3a');
  });

  it('puts dark text on a pale yellow primary and white text on navy', () => {
    expect(createTheme({ colors: { primary: '#ffeb3b' } }).derived.onPrimary).toBe('#000000');
    expect(createTheme({ colors: { primary: '#0b1f3a' } }).derived.onPrimary).toBe('#ffffff');
  });

  it('adjusts a muted text colour that is too pale for the surface', () => {
    const theme = createTheme({ colors: { textMuted: '#bbbbbb' } });
    expect(contrastRatio(theme.derived.textMuted, theme.colors.surface)).toBeGreaterThanOrEqual(4.5);
    expect(themeToCssVariables(theme)[cssVariableNames.color.textMuted]).toBe(theme.derived.textMuted);
  });
});

describe('nested ThemeProviders', () => {
  it('inherit the outer theme when given none, and override it when given one', () => {
    render(
      <ThemeProvider theme={{ colors: { primary: '#123456' } }}>
        <ThemeProvider data-testid="inheriting">
          <p>inner</p>
        </ThemeProvider>
        <ThemeProvider theme={{ colors: { primary: '#654321' } }} data-testid="overriding">
          <p>inner</p>
        </ThemeProvider>
      </ThemeProvider>,
    );
    expect(variable(screen.getByTestId('inheriting'), '--hpk-color-primary')).toBe('#123456');
    expect(variable(screen.getByTestId('overriding'), '--hpk-color-primary')).toBe('#654321');
  });
});
