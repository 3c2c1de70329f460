import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createDemoSeed } from '../../../src/adapters/index.js';
import { createCatalogModel, getCategoryPath } from '../../../src/catalog/model.js';
import type { CatalogItem } from '../../../src/model/index.js';
import { CatalogBreadcrumbs } from '../../../src/portal/CatalogBrowser/CatalogBreadcrumbs.js';
import { CatalogItemDetail, toSafeItemImageSrc } from '../../../src/portal/CatalogBrowser/CatalogItemDetail.js';
import { category } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const seed = createDemoSeed({ now: new Date('2026-11-25T18:00:00.000Z') });
const model = createCatalogModel(seed.catalogCategories ?? [], seed.catalogItems ?? [], new Date('2026-11-25T18:00:00.000Z'));

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A laptop in "Laptops & desktops", with a safe and a refused link. */
const laptop: CatalogItem = {
  ...(seed.catalogItems ?? []).find((item) => item.id === 'item-standard-laptop')!,
  image: { id: 'asset-1', url: PNG, mediaType: 'image/png', size: 68, width: 1, height: 1, name: 'laptop.png' },
  content: {
    en: {
      title: 'Standard laptop',
      text: '<p>A 14-inch laptop.</p><script>alert(1)</script>',
      imageAlt: 'A grey laptop',
      links: [
        { label: 'Order form', url: 'https://forms.example.com/laptop' },
        { label: 'Old form', url: 'javascript:alert(2)' },
      ],
    },
  },
};

function renderDetail({ query = '', rtl = false, item = laptop }: { query?: string; rtl?: boolean; item?: CatalogItem } = {}) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext model={model} initial={{ categoryId: 'cat-computers', itemId: item.id, query }} onNavigate={onNavigate}>
      {() => <CatalogItemDetail item={item} categoryId="cat-computers" />}
    </CatalogPartContext>,
  );
  return { onNavigate, user: userEvent.setup(), ...result };
}

describe('CatalogBreadcrumbs', () => {
  it('leads up the tree from "All services" and marks the current page', async () => {
    const onNavigate = vi.fn();
    const { container } = renderPortal(
      <CatalogPartContext model={model} initial={{ categoryId: 'cat-monitors', itemId: null, query: '' }} onNavigate={onNavigate}>
        {() => <CatalogBreadcrumbs path={getCategoryPath(model, 'cat-monitors')} />}
      </CatalogPartContext>,
    );
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual(['All services', 'Hardware', 'Laptops & desktops', 'Monitors']);
    expect(within(trail).getByText('Monitors')).toHaveAttribute('aria-current', 'page');
    expect(within(trail).queryByRole('button', { name: 'Monitors' })).toBeNull();
    await userEvent.setup().click(within(trail).getByRole('button', { name: 'Hardware' }));
    expect(onNavigate).toHaveBeenCalledWith({ categoryId: 'cat-hardware', itemId: null, query: '' });
    await expectNoAxeViolations(container);
  });

  it('at an item, links every category and marks the item’s title as the current page', async () => {
    const onNavigate = vi.fn();
    renderPortal(
      <CatalogPartContext model={model} initial={{ categoryId: 'cat-monitors', itemId: 'item-x', query: 'screen' }} onNavigate={onNavigate}>
        {() => <CatalogBreadcrumbs path={getCategoryPath(model, 'cat-monitors')} current={{ text: 'A wide screen' }} />}
      </CatalogPartContext>,
    );
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getAllByRole('button').map((button) => button.textContent)).toEqual(['All services', 'Hardware', 'Laptops & desktops', 'Monitors']);
    expect(within(trail).getByText('A wide screen')).toHaveAttribute('aria-current', 'page');
    // A breadcrumb leaves the search.
    await userEvent.setup().click(within(trail).getByRole('button', { name: 'All services' }));
    expect(onNavigate).toHaveBeenCalledWith({ categoryId: null, itemId: null, query: '' });
  });

  it('marks the language of a name shown in the default language, in Arabic right to left', async () => {
    const path = [category('printers', null, { en: 'Printers', ar: 'الطابعات' }), category('toner', 'printers', { en: 'Toner' })];
    const { container } = renderRtl(
      <CatalogPartContext model={model} initial={{ categoryId: 'toner', itemId: null, query: '' }} onNavigate={vi.fn()}>
        {() => <CatalogBreadcrumbs path={path} current={{ text: 'Black toner', language: 'en' }} />}
      </CatalogPartContext>,
    );
    const trail = screen.getByRole('navigation', { name: 'مسار التنقل' });
    expect(within(trail).getAllByRole('listitem').map((entry) => entry.textContent)).toEqual(['جميع الخدمات', 'الطابعات', 'Toner', 'Black toner']);
    expect(within(trail).getByRole('button', { name: 'الطابعات' }).closest('[lang]')).toHaveAttribute('lang', 'ar');
    expect(within(trail).getByRole('button', { name: 'Toner' }).closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(within(trail).getByText('Black toner')).toHaveAttribute('lang', 'en');
    expect(trail.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});

describe('CatalogItemDetail', () => {
  it('shows the title as a heading, the image with its text alternative and the sanitized text', async () => {
    const { container } = renderDetail();
    const article = screen.getByRole('article', { name: 'Standard laptop' });
    expect(within(article).getByRole('heading', { level: 2, name: 'Standard laptop' })).toBeInTheDocument();
    expect(within(article).getByRole('img', { name: 'A grey laptop' })).toHaveAttribute('src', PNG);
    expect(article).toHaveTextContent('A 14-inch laptop.');
    expect(article.querySelector('script')).toBeNull();
    // The item's title ends the breadcrumbs as the current page.
    expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByText('Standard laptop')).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(container);
  });

  it('lists the safe links and keeps a refused one as marked text', () => {
    renderDetail();
    const links = screen.getByRole('region', { name: 'Links' });
    expect(within(links).getByRole('link', { name: 'Order form' })).toHaveAttribute('href', 'https://forms.example.com/laptop');
    expect(within(links).queryByRole('link', { name: /Old form/ })).toBeNull();
    expect(within(links).getByText(/Old form/)).toHaveTextContent('link removed: unsafe address');
  });

  it('leads back to its category, or to the results when the customer was searching', async () => {
    const { onNavigate, user, unmount } = renderDetail();
    await user.click(screen.getByRole('button', { name: 'Back to Laptops & desktops' }));
    expect(onNavigate).toHaveBeenLastCalledWith({ categoryId: 'cat-computers', itemId: null, query: '' });
    unmount();
    const searching = renderDetail({ query: 'laptop' });
    await searching.user.click(screen.getByRole('button', { name: 'Back to the search results' }));
    expect(searching.onNavigate).toHaveBeenLastCalledWith({ categoryId: 'cat-computers', itemId: null, query: 'laptop' });
  });

  it('marks the language of an item shown in the default language', async () => {
    renderDetail({ rtl: true });
    const article = await screen.findByRole('article');
    expect(article).toHaveAttribute('lang', 'en');
    expect(article.closest('[dir="rtl"]')).not.toBeNull();
  });

  it('shows no image from an address it does not trust', () => {
    renderDetail({ item: { ...laptop, image: { ...laptop.image!, url: 'javascript:alert(3)' } } });
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('toSafeItemImageSrc', () => {
  const SVG = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')}`;

  it.each([
    ['https://cdn.example.com/laptop.png', 'https://cdn.example.com/laptop.png'],
    ['HTTPS://CDN.Example.com/laptop.png', 'https://cdn.example.com/laptop.png'],
    ['/assets/laptop.png', '/assets/laptop.png'],
    [PNG, PNG],
    // An SVG uploaded in the item editor, as the bundled stores return it.
    [SVG, SVG],
    ['javascript:alert(1)', undefined],
    ['data:text/html;base64,PHNjcmlwdD4=', undefined],
    ['ftp://files.example.com/laptop.png', undefined],
    [`data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`, undefined],
    ['data:image/svg+xml;base64,PHN2Zy8+"><script>alert(1)</script>', undefined],
  ])('%s → %s', (url, expected) => {
    expect(toSafeItemImageSrc(url)).toBe(expected);
  });

  // Refused since the item image follows toSafeImageSrc of the security module (the catalog's
  // own check took them).
  it.each([
    ['a data: URL with a parameter', 'data:image/png;charset=utf-8;base64,iVBORw0KGgo='],
    ['an SVG with a parameter', 'data:image/svg+xml;charset=utf-8;base64,PHN2Zy8+'],
    ['an upper-case scheme', PNG.replace('data:image/png', 'DATA:IMAGE/PNG')],
    ['an image type the asset stores never return (AVIF)', 'data:image/avif;base64,AAAAIGZ0eXBhdmlm'],
    ['more padding than base64 has', 'data:image/png;base64,iVBORw0KGgo==='],
    ['an absurdly long data: URL', `data:image/png;base64,${'A'.repeat(2_000_000)}`],
  ])('refuses %s', async (_what, url) => {
    expect(toSafeItemImageSrc(url)).toBeUndefined();
    renderDetail({ item: { ...laptop, image: { ...laptop.image!, url } } });
    expect(await screen.findByRole('article')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
