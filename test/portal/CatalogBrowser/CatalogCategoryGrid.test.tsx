import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createCatalogModel, type CatalogModel } from '../../../src/catalog/model.js';
import { CatalogCategoryGrid } from '../../../src/portal/CatalogBrowser/CatalogCategoryGrid.js';
import type { CatalogLocation } from '../../../src/portal/CatalogBrowser/types.js';
import { categories, category, generateCatalog, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { CatalogPartContext } from '../../../stories/portal/CatalogBrowser/partContext.js';
import { expectNoAxeViolations, renderPortal, renderRtl, type PortalRenderOptions } from '../../render.js';

const model = createCatalogModel(categories, items);

function setup({
  catalog = model,
  initial = { categoryId: null, itemId: null, query: 'dock' },
  rtl = false,
  options,
}: { catalog?: CatalogModel; initial?: CatalogLocation; rtl?: boolean; options?: PortalRenderOptions } = {}) {
  const onNavigate = vi.fn();
  const result = (rtl ? renderRtl : renderPortal)(
    <CatalogPartContext model={catalog} initial={initial} onNavigate={onNavigate}>
      {() => (
        <section aria-labelledby="grid-heading">
          <h2 id="grid-heading">All services</h2>
          <CatalogCategoryGrid nodes={catalog.tree.roots} labelledBy="grid-heading" />
        </section>
      )}
    </CatalogPartContext>,
    options,
  );
  const cards = () => within(screen.getByRole('list', { name: 'All services' })).getAllByRole('listitem');
  return { onNavigate, user: userEvent.setup(), cards, ...result };
}

describe('CatalogCategoryGrid', () => {
  it('shows each category as a card in a list named by its heading: name, description and service count', async () => {
    const { container, cards } = setup();
    expect(cards().map((card) => card.textContent)).toEqual(['HardwareDevices for your workplaceServices: 3', 'SoftwareServices: 1', 'AccountsServices: 2']);
    await expectNoAxeViolations(container);
  });

  it('opens the category a card is clicked on, leaving the search', async () => {
    const { user, onNavigate, cards } = setup();
    await user.click(within(cards()[1]!).getByRole('button', { name: /^Software/ }));
    expect(onNavigate).toHaveBeenCalledExactlyOnceWith({ categoryId: 'software', itemId: null, query: '' });
  });

  it('writes the count in the customer’s number format', () => {
    const large = generateCatalog(3000, { bigCategory: 2000 });
    const catalog = createCatalogModel(large.categories, large.items);
    const count = catalog.itemCountOfCategory.get('big')!;
    expect(count).toBeGreaterThan(1000);
    const { cards } = setup({ catalog, options: { provider: { language: 'de' } } });
    expect(cards().at(-1)).toHaveTextContent(`AllesServices: ${new Intl.NumberFormat('de').format(count)}`);
    expect(cards().at(-1)).toHaveTextContent(/\d\.\d{3}$/);
  });

  it('marks a name shown in the default language, and names a category without a name “Untitled”', () => {
    const catalog = createCatalogModel(
      [category('printers', null, { en: 'Printers' }, { order: 1 }), category('nameless', null, {}, { order: 2 })],
      [],
    );
    const { cards } = setup({ catalog, options: { provider: { language: 'de' } } });
    expect(within(cards()[0]!).getByRole('button')).toHaveAttribute('lang', 'en');
    expect(cards()[0]).toHaveTextContent('PrintersServices: 0');
    expect(cards()[1]).toHaveTextContent(/^Ohne Titel/);
  });

  it('is in Arabic right to left', async () => {
    const { container, cards } = setup({ rtl: true });
    expect(cards().map((card) => card.querySelector('button')?.firstElementChild?.textContent)).toEqual(['الأجهزة', 'البرمجيات', 'الحسابات']);
    expect(cards()[0]).toHaveTextContent(`الخدمات: ${new Intl.NumberFormat('ar').format(3)}`);
    expect(cards()[0]!.closest('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });
});
