import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomPagePreview } from '../../../src/admin/CustomPages/CustomPagePreview.js';
import { expectNoAxeViolations, renderPortal } from '../../render.js';

const article = () => document.querySelector<HTMLElement>('[data-slot="custom-page-preview"]') as HTMLElement;

describe('CustomPagePreview', () => {
  it('draws the title as the page heading and the body as the portal does, and passes axe', async () => {
    const { container } = renderPortal(
      <CustomPagePreview title="Opening hours" body="<p>We are open <strong>Monday to Friday</strong>.</p><ul><li><a href='tel:+49301234567'>Call us</a></li></ul>" language="en" />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Opening hours' })).toBeVisible();
    expect(within(article()).getByText('Monday to Friday').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'Call us' })).toHaveAttribute('href', 'tel:+49301234567');
    await expectNoAxeViolations(container);
  });

  it('sanitizes the body before showing it: no scripts, handlers or script links', () => {
    renderPortal(
      <CustomPagePreview
        title="Unsafe"
        body={'<p onclick="alert(1)">Text</p><script>window.hacked = true</script><a href="javascript:alert(2)">Click</a><img src="x" onerror="alert(3)" alt="">'}
        language="en"
      />,
    );
    const html = article().innerHTML;
    expect(html).not.toMatch(/onclick|onerror|<script|javascript:/);
    expect(within(article()).getByText('Text')).toBeVisible();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('follows the previewed language, not the admin’s: Arabic right to left inside an English editor', async () => {
    const { container } = renderPortal(<CustomPagePreview title="ساعات العمل" body="<p>نحن نعمل من الأحد إلى الخميس.</p>" language="ar" />);
    const root = article().closest('[data-slot="portal-root"]');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { level: 1, name: 'ساعات العمل' })).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('shows a long title and body without losing text', () => {
    const long = `${'Datenschutzbeauftragtenbenachrichtigungsverfahren '.repeat(6)}end`;
    renderPortal(<CustomPagePreview title={long} body={`<p>${long}</p>`} language="de" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(long.trim());
  });

  it('passes host attributes to its article', () => {
    renderPortal(<CustomPagePreview title="T" body="" language="en" aria-label="Preview in English" data-testid="p" />);
    expect(screen.getByRole('article', { name: 'Preview in English' })).toBe(screen.getByTestId('p'));
  });
});
