import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContrastNotice, judgeContrast } from '../../../src/admin/HomePageEditor/parts/ContrastNotice.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const notice = () => document.querySelector<HTMLElement>('[data-slot="contrast-notice"]');

describe('judgeContrast', () => {
  it('passes, warns or asks for a background, as the portal will decide', () => {
    expect(judgeContrast({})).toEqual({ state: 'none' });
    expect(judgeContrast({ background: '#000000', text: '#ffffff' })).toMatchObject({ state: 'ok', ratio: 21, automatic: false });
    expect(judgeContrast({ background: '#ffffff', text: '#eeeeee' })).toMatchObject({ state: 'low', automatic: false });
    expect(judgeContrast({ background: '#1f3a5f' })).toMatchObject({ state: 'ok', automatic: true });
    expect(judgeContrast({ text: '#ffffff' })).toEqual({ state: 'needs-background' });
    // A colour still being typed counts as none.
    expect(judgeContrast({ background: '#1f3', text: 'whit' })).toMatchObject({ state: 'ok', automatic: true });
    expect(judgeContrast({ image: true, text: '#ffffff', overlay: 'dark-scrim' })).toEqual({ state: 'image-ok' });
    expect(judgeContrast({ image: true, text: '#000000', overlay: 'dark-scrim' })).toEqual({ state: 'image-adjusted' });
  });
});

describe('ContrastNotice', () => {
  it('says nothing before a colour is chosen', () => {
    renderPortal(<ContrastNotice />);
    expect(notice()).toBeNull();
  });

  it('reports a passing contrast as a status, with the ratio', async () => {
    const { container } = renderPortal(<ContrastNotice background="#000000" text="#ffffff" />);
    expect(screen.getByRole('status')).toHaveTextContent('Contrast 21:1 meets WCAG AA.');
    expect(notice()).toHaveAttribute('data-state', 'ok');
    await expectNoAxeViolations(container);
  });

  it('says when it chose the text colour itself', () => {
    renderPortal(<ContrastNotice background="#1f3a5f" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^The text colour is chosen for you: contrast [\d.]+:1 meets WCAG AA\.$/);
  });

  it('warns below WCAG AA, with the ratio rounded to two places', async () => {
    const { container } = renderPortal(<ContrastNotice background="#ffffff" text="#999999" />);
    expect(screen.getByRole('status')).toHaveTextContent('Contrast 2.85:1 is below WCAG AA (4.5:1): the portal will use the theme’s colours instead.');
    expect(notice()).toHaveAttribute('data-state', 'low');
    await expectNoAxeViolations(container);
  });

  it('asks for a background colour when only the text colour is set', () => {
    renderPortal(<ContrastNotice text="#ffffff" />);
    expect(screen.getByRole('status')).toHaveTextContent('A text colour needs a background colour to be checked; the theme’s colours are used.');
  });

  it('judges text over an image by its overlay', () => {
    const { rerender } = renderPortal(<ContrastNotice image text="#ffffff" overlay="dark-scrim" />);
    expect(screen.getByRole('status')).toHaveTextContent('Over the image, this text colour stays readable with the chosen overlay.');
    rerender(<ContrastNotice image text="#000000" overlay="dark-scrim" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Below WCAG AA over some images/);
    expect(notice()).toHaveAttribute('data-state', 'image-adjusted');
  });

  // Bug: with no overlay the notice called any text colour readable, while the portal draws white text on a scrim.
  it('says the portal adjusts text over an image without an overlay', () => {
    const { rerender } = renderPortal(<ContrastNotice image text="#1f6feb" overlay="none" />);
    expect(notice()).toHaveAttribute('data-state', 'image-adjusted');
    rerender(<ContrastNotice image overlay="none" />);
    expect(notice()).toHaveAttribute('data-state', 'image-adjusted');
  });

  // Bug: the ratio was formatted in the shared i18n instance's language, not the portal's.
  it('writes the ratio with the portal language’s decimal separator', () => {
    renderPortal(<ContrastNotice background="#ffffff" text="#999999" />, { provider: { language: 'de' } });
    expect(screen.getByRole('status')).toHaveTextContent(/2,85:1/);
  });

  it('warns in Arabic, right to left', async () => {
    const { container } = renderRtl(<ContrastNotice background="#ffffff" text="#999999" />);
    expect(notice()?.closest('[dir="rtl"]')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/[\u0600-\u06FF]/);
    await expectNoAxeViolations(container);
  });
});
