import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PortalProvider, type LinkComponentProps } from '../../../src/portal/PortalProvider/index.js';
import { createMemoryAdapters, UnauthorizedError, UnavailableError } from '../../../src/adapters/index.js';
import { CatalogBrowser, type CatalogLocation } from '../../../src/index.js';
import { categories, generateCatalog, items } from '../../../stories/portal/CatalogBrowser/fixtures.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const HIDDEN_CATEGORY_NAMES = ['Retired services', 'Under retired', 'Paused', 'Orphan category', 'Loop A', 'Loop B'];
const HIDDEN_ITEM_TITLES = [
  'Invalid laptop offer',
  'Paused laptop offer',
  'Laptop in a retired category',
  'Laptop in a paused category',
  'Laptop in an orphan category',
  'Laptop in a loop',
  'Laptop without a category',
];

const main = () => within(document.querySelector<HTMLElement>('[data-slot="catalog-main"]')!);
const tree = () => screen.getByRole('tree', { name: 'Categories' });

function expectNothingHidden() {
  for (const text of [...HIDDEN_CATEGORY_NAMES, ...HIDDEN_ITEM_TITLES]) expect(screen.queryByText(text), text).toBeNull();
}

describe('CatalogBrowser', () => {
  describe('given the start of the catalog', () => {
    it('shows the valid top-level categories as cards and in the tree, with their service counts', async () => {
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} />);
      expect(main().getByRole('heading', { level: 2, name: 'All services' })).toBeInTheDocument();
      const cards = main().getAllByRole('button');
      expect(cards.map((card) => card.textContent)).toEqual([
        'HardwareDevices for your workplaceServices: 3',
        'SoftwareServices: 1',
        'AccountsServices: 2',
      ]);
      expect(within(tree()).getAllByRole('treeitem').map((item) => item.textContent)).toEqual(['Hardware', 'Software', 'Accounts']);
      expectNothingHidden();
      await expectNoAxeViolations(container);
    });
  });

  describe('when the customer opens a category', () => {
    it('shows breadcrumbs, sub-categories and its valid items, and moves focus to the heading', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} onValueChange={onValueChange} />);
      await user.click(main().getByRole('button', { name: /^Hardware/ }));
      await user.click(main().getByRole('button', { name: /^Laptops/ }));

      const heading = main().getByRole('heading', { level: 2, name: 'Laptops' });
      expect(heading).toHaveFocus();
      const breadcrumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
      expect(within(breadcrumbs).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['All services', 'Hardware', 'Laptops']);
      expect(within(breadcrumbs).getByText('Laptops')).toHaveAttribute('aria-current', 'page');
      const subcategories = main().getByRole('region', { name: 'Sub-categories' });
      expect(within(subcategories).getAllByRole('button').map((card) => card.textContent)).toEqual(['BagsServices: 1', 'Docking stationsServices: 1']);
      const services = main().getByRole('region', { name: /^Services/ });
      expect(within(services).getAllByRole('listitem').map((row) => row.querySelector('[data-slot="catalog-item-title"]')?.textContent)).toEqual([
        'Order a new laptop',
      ]);
      expectNothingHidden();
      expect(onValueChange).toHaveBeenLastCalledWith({ categoryId: 'laptops', itemId: null, query: '' }, { reason: 'navigate' });
      expect(within(tree()).getByRole('treeitem', { name: 'Laptops' })).toHaveAttribute('aria-selected', 'true');
      await expectNoAxeViolations(container);
    });

    it('lists an item that is in two categories in each of them', () => {
      const { unmount } = renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'docking' }} />);
      expect(main().getByText('Request a docking station')).toBeInTheDocument();
      unmount();
      renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'accounts' }} />);
      expect(main().getByText('Request a docking station')).toBeInTheDocument();
      expect(main().getByText('Reset your password')).toBeInTheDocument();
    });

    it('says so when a category has no services', () => {
      renderPortal(<CatalogBrowser categories={categories} items={[]} defaultValue={{ categoryId: 'accounts' }} />);
      expect(main().getByText('This category has no services yet.')).toBeInTheDocument();
    });
  });

  describe('when the customer opens an item', () => {
    it('shows its title, image, sanitized text and checked links, and "back" returns to the item in its list', async () => {
      const user = userEvent.setup();
      const html = items[0]!;
      const hostile = { ...html, content: { en: { ...html.content.en!, text: '<p>Choose <strong>wisely</strong><img src=x alt="" onerror="alert(1)"><script>alert(2)</script></p>' } } };
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={[hostile, ...items.slice(1)]} defaultValue={{ categoryId: 'laptops' }} />);
      await user.click(main().getByRole('button', { name: /Order a new laptop/ }));

      const article = main().getByRole('article', { name: 'Order a new laptop' });
      expect(main().getByRole('heading', { level: 2, name: 'Order a new laptop' })).toHaveFocus();
      expect(within(article).getByRole('img', { name: 'A silver laptop' })).toHaveAttribute('src', 'https://example.com/laptop.png');
      expect(within(article).getByText('wisely').tagName).toBe('STRONG');
      expect(container.querySelector('script')).toBeNull();
      expect(container.querySelector('[onerror]')).toBeNull();
      expect(within(article).getByRole('link', { name: 'Laptop models' })).toHaveAttribute('href', 'https://example.com/models');
      // The javascript: link is shown inert, as text.
      expect(within(article).queryByRole('link', { name: /Sneaky/ })).toBeNull();
      expect(within(article).getByText('Sneaky')).toBeInTheDocument();
      expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'All services',
        'Hardware',
        'Laptops',
        'Order a new laptop',
      ]);
      await expectNoAxeViolations(container);

      await user.click(main().getByRole('button', { name: 'Back to Laptops' }));
      expect(main().getByRole('heading', { level: 2, name: 'Laptops' })).toBeInTheDocument();
      expect(main().getByRole('button', { name: /Order a new laptop/ })).toHaveFocus();
    });

    it('shows an item opened from its second category with that category’s breadcrumbs', () => {
      renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'accounts', itemId: 'dock' }} />);
      expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'All services',
        'Accounts',
        'Request a docking station',
      ]);
      expect(main().getByRole('button', { name: 'Back to Accounts' })).toBeInTheDocument();
    });
  });

  describe('given a deep link', () => {
    it.each([
      ['an invalid item', { itemId: 'invalid-item' }],
      ['a temporarily invalid item', { itemId: 'paused-item' }],
      ['an item in an invalid category', { itemId: 'in-retired' }],
      ['an item in an orphaned category', { itemId: 'in-orphan' }],
      ['an item without a category', { itemId: 'no-category' }],
      ['an unknown item', { itemId: 'nope' }],
      ['an invalid category', { categoryId: 'retired' }],
      ['a valid category below an invalid one', { categoryId: 'under-retired' }],
      ['an orphaned category', { categoryId: 'orphan' }],
      ['a category in a cycle', { categoryId: 'loop-a' }],
    ])('to %s, shows not found and nothing of it', async (_, location) => {
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={location} />);
      expect(main().getByRole('heading', { level: 2, name: 'Not found' })).toBeInTheDocument();
      expectNothingHidden();
      await expectNoAxeViolations(container);
    });

    it('to an item with a category it is not in, shows the item in its own category', () => {
      renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'software', itemId: 'bag' }} />);
      expect(main().getByRole('heading', { level: 2, name: 'Laptop bag' })).toBeInTheDocument();
      expect(within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('button', { name: 'Bags' })).toBeInTheDocument();
    });

    it('leads from not found back to the start', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} defaultValue={{ itemId: 'nope' }} />);
      await user.click(main().getByRole('button', { name: 'Back to all services' }));
      expect(main().getByRole('heading', { level: 2, name: 'All services' })).toHaveFocus();
    });
  });

  describe('when the customer searches', () => {
    it('runs the search once typing pauses, highlights matches and groups hits under their category path', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const { container } = renderPortal(
        // A pause long enough that a busy machine's keystrokes never look like one.
        <CatalogBrowser categories={categories} items={items} onValueChange={onValueChange} searchDelay={1000} defaultValue={{ categoryId: 'software' }} />,
      );
      const input = screen.getByRole('searchbox', { name: 'Search services' });
      await user.type(input, 'dock');
      // The field shows every keystroke at once; the search waits for the pause.
      expect(input).toHaveValue('dock');
      expect(main().queryByRole('heading', { level: 2, name: 'Search results' })).toBeNull();
      await waitFor(() => expect(main().getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument(), { timeout: 10_000 });
      expect(onValueChange.mock.calls.filter(([, details]) => details.reason === 'search')).toEqual([
        [{ categoryId: 'software', itemId: null, query: 'dock' }, { reason: 'search' }],
      ]);
      const groups = main().getAllByRole('region');
      expect(groups.map((group) => within(group).getByRole('heading', { level: 3 }).textContent)).toEqual(['Hardware › Laptops › Docking stations', 'Accounts']);
      // Title and excerpt are marked, in each of the item's two groups.
      expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['dock', 'dock', 'dock', 'dock']);
      expect(container.querySelector('[data-slot="catalog-item-excerpt"]')).toHaveTextContent('USB-C docks for every laptop.');
      expect(screen.getByRole('status')).toHaveTextContent('Services found for “dock”: 1');
      await expectNoAxeViolations(container);
    });

    it('finds text without regard to accents or case, in the customer’s language', async () => {
      const user = userEvent.setup();
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} />, { provider: { language: 'fr' } });
      await user.type(screen.getByRole('searchbox', { name: 'Rechercher un service' }), 'REINITIALISER{Enter}');
      await waitFor(() => expect(main().getByRole('heading', { level: 2, name: 'Résultats de la recherche' })).toBeInTheDocument());
      expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Réinitialiser', 'Réinitialiser']);
      expect(main().getByText('Licence Office')).toBeInTheDocument();
    });

    it('searches an item’s fallback language when it has none in the customer’s, and marks the language', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} />, { provider: { language: 'de', defaultLanguage: 'en' } });
      await user.type(screen.getByRole('searchbox'), 'excel{Enter}');
      await waitFor(() => expect(main().getByText('Office licence')).toBeInTheDocument());
      expect(main().getByText('Office licence').closest('[lang]')).toHaveAttribute('lang', 'en');
    });

    it('never finds what the catalog does not show', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} />);
      await user.type(screen.getByRole('searchbox'), 'laptop{Enter}');
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Services found for “laptop”: 3'));
      expectNothingHidden();
    });

    it('says so when nothing matches', async () => {
      const user = userEvent.setup();
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} />);
      await user.type(screen.getByRole('searchbox'), 'submarine{Enter}');
      await waitFor(() => expect(main().getByText('No service matches “submarine”.')).toBeInTheDocument());
      await expectNoAxeViolations(container);
    });

    it('clears with Escape and returns to where the customer was', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} defaultValue={{ categoryId: 'accounts' }} onValueChange={onValueChange} />);
      const input = screen.getByRole('searchbox');
      await user.type(input, 'laptop{Enter}');
      await waitFor(() => expect(main().getByRole('heading', { name: 'Search results' })).toBeInTheDocument());
      await user.keyboard('{Escape}');
      expect(input).toHaveValue('');
      expect(input).toHaveFocus();
      await waitFor(() => expect(main().getByRole('heading', { level: 2, name: 'Accounts' })).toBeInTheDocument());
      expect(onValueChange).toHaveBeenLastCalledWith({ categoryId: 'accounts', itemId: null, query: '' }, { reason: 'search' });
    });

    it('opens a hit and comes back to the results', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} searchDelay={0} />);
      await user.type(screen.getByRole('searchbox'), 'password{Enter}');
      await user.click(await main().findByRole('button', { name: /Reset your password/ }));
      expect(main().getByRole('heading', { level: 2, name: 'Reset your password' })).toBeInTheDocument();
      await user.click(main().getByRole('button', { name: 'Back to the search results' }));
      expect(main().getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument();
      expect(main().getByRole('button', { name: /Reset your password/ })).toHaveFocus();
    });

    it('pages long results', async () => {
      const user = userEvent.setup();
      const large = generateCatalog(300);
      renderPortal(<CatalogBrowser categories={large.categories} items={large.items} searchDelay={0} resultPageSize={10} />);
      await user.type(screen.getByRole('searchbox'), 'printer{Enter}');
      await waitFor(() => expect(main().getAllByRole('listitem')).toHaveLength(10));
      await user.click(main().getByRole('button', { name: 'Show more results' }));
      expect(main().getAllByRole('listitem')).toHaveLength(20);
    });
  });

  describe('tree keyboard', () => {
    it('follows the WAI-ARIA tree pattern', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} />);
      const item = (name: string) => within(tree()).getByRole('treeitem', { name });
      // One tab stop: the first category.
      expect(within(tree()).getAllByRole('treeitem').filter((node) => node.tabIndex === 0)).toEqual([item('Hardware')]);
      act(() => item('Hardware').focus());

      await user.keyboard('{ArrowDown}');
      expect(item('Software')).toHaveFocus();
      await user.keyboard('{ArrowUp}{ArrowRight}');
      expect(item('Hardware')).toHaveAttribute('aria-expanded', 'true');
      expect(item('Hardware')).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(item('Laptops')).toHaveFocus();
      expect(item('Laptops')).toHaveAttribute('aria-level', '2');
      await user.keyboard('{ArrowRight}{ArrowRight}');
      expect(item('Bags')).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(item('Laptops')).toHaveFocus();
      await user.keyboard('{ArrowLeft}');
      expect(item('Laptops')).toHaveAttribute('aria-expanded', 'false');
      await user.keyboard('{End}');
      expect(item('Accounts')).toHaveFocus();
      await user.keyboard('{Home}');
      expect(item('Hardware')).toHaveFocus();
      await user.keyboard('s');
      expect(item('Software')).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(main().getByRole('heading', { level: 2, name: 'Software' })).toBeInTheDocument();
      expect(item('Software')).toHaveAttribute('aria-selected', 'true');
      // The tree keeps focus while the view changes beside it.
      expect(item('Software')).toHaveFocus();
      expect(within(tree()).getAllByRole('treeitem').filter((node) => node.tabIndex === 0)).toEqual([item('Software')]);
    });

    it('opens every sibling with *', async () => {
      const user = userEvent.setup();
      renderPortal(<CatalogBrowser categories={categories} items={items} />);
      act(() => within(tree()).getByRole('treeitem', { name: 'Hardware' }).focus());
      await user.keyboard('*');
      expect(within(tree()).getByRole('treeitem', { name: 'Hardware' })).toHaveAttribute('aria-expanded', 'true');
      expect(within(tree()).getByRole('treeitem', { name: 'Software' })).toHaveAttribute('aria-expanded', 'true');
    });

    it('mirrors the arrow keys right to left', async () => {
      const user = userEvent.setup();
      const { container } = renderRtl(<CatalogBrowser categories={categories} items={items} />);
      const arabicTree = screen.getByRole('tree', { name: 'الفئات' });
      const hardware = within(arabicTree).getByRole('treeitem', { name: 'الأجهزة' });
      act(() => hardware.focus());
      await user.keyboard('{ArrowLeft}');
      expect(hardware).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{ArrowLeft}');
      expect(within(arabicTree).getByRole('treeitem', { name: 'الحواسيب المحمولة' })).toHaveFocus();
      await user.keyboard('{ArrowRight}');
      expect(hardware).toHaveFocus();
      expect(container.querySelector('[data-slot="portal-root"]')).toHaveAttribute('dir', 'rtl');
      expect(screen.getByRole('searchbox', { name: 'البحث في الخدمات' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('opens and closes a branch by clicking its arrow without leaving the view', async () => {
      const user = userEvent.setup();
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} />);
      const toggle = container.querySelector<HTMLElement>('[data-category-id="software"] [data-slot="catalog-tree-toggle"]')!;
      await user.click(toggle);
      expect(within(tree()).getByRole('treeitem', { name: 'Software' })).toHaveAttribute('aria-expanded', 'true');
      expect(within(tree()).getByRole('treeitem', { name: 'Licences' })).toBeInTheDocument();
      expect(main().getByRole('heading', { level: 2, name: 'All services' })).toBeInTheDocument();
    });
  });

  describe('controlled location', () => {
    function Host({ initial, onChange }: { initial: CatalogLocation; onChange?: (location: CatalogLocation) => void }) {
      const [location, setLocation] = useState(initial);
      return (
        <PortalProvider>
          <button type="button" onClick={() => setLocation({ categoryId: 'software', itemId: null, query: '' })}>
            host back
          </button>
          <CatalogBrowser
            categories={categories}
            items={items}
            value={location}
            searchDelay={0}
            onValueChange={(next) => {
              onChange?.(next);
              setLocation(next);
            }}
          />
        </PortalProvider>
      );
    }

    it('shows what the host holds and follows its changes (deep links, back and forward)', async () => {
      const user = userEvent.setup();
      render(<Host initial={{ categoryId: 'accounts', itemId: 'reset-password', query: '' }} />);
      expect(main().getByRole('heading', { level: 2, name: 'Reset your password' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'host back' }));
      expect(main().getByRole('heading', { level: 2, name: 'Software' })).toBeInTheDocument();
    });

    it('asks the host and waits for it: nothing changes until the host passes the new value', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      renderPortal(
        <CatalogBrowser categories={categories} items={items} value={{ categoryId: null, itemId: null, query: '' }} onValueChange={onValueChange} />,
      );
      await user.click(main().getByRole('button', { name: /^Software/ }));
      expect(onValueChange).toHaveBeenCalledWith({ categoryId: 'software', itemId: null, query: '' }, { reason: 'navigate' });
      expect(main().getByRole('heading', { level: 2, name: 'All services' })).toBeInTheDocument();
    });

    it('puts a query from the host into the field and shows its results', () => {
      renderPortal(<CatalogBrowser categories={categories} items={items} value={{ categoryId: null, itemId: null, query: 'licence' }} />);
      expect(screen.getByRole('searchbox')).toHaveValue('licence');
      expect(main().getByRole('heading', { level: 2, name: 'Search results' })).toBeInTheDocument();
      expect(main().getByText('Office')).toBeInTheDocument();
    });

    it('renders real links from getHref; a plain click navigates in place, a modified click is left to the browser', async () => {
      const user = userEvent.setup();
      const onValueChange = vi.fn();
      const RouterLink = ({ href, children, ...props }: LinkComponentProps) => (
        <a data-router="" href={href} {...props}>
          {children}
        </a>
      );
      renderPortal(
        <CatalogBrowser
          categories={categories}
          items={items}
          onValueChange={onValueChange}
          getHref={(location) => `/catalog?category=${location.categoryId ?? ''}&item=${location.itemId ?? ''}`}
        />,
        { provider: { linkComponent: RouterLink } },
      );
      const software = main().getByRole('link', { name: /^Software/ });
      expect(software).toHaveAttribute('href', '/catalog?category=software&item=');
      expect(software).toHaveAttribute('data-router');
      await user.keyboard('{Control>}');
      await user.click(software);
      await user.keyboard('{/Control}');
      expect(onValueChange).not.toHaveBeenCalled();
      await user.click(software);
      expect(onValueChange).toHaveBeenCalledWith({ categoryId: 'software', itemId: null, query: '' }, { reason: 'navigate' });
      expect(main().getByRole('heading', { level: 2, name: 'Software' })).toBeInTheDocument();
    });

    it('refuses a getHref result with a dangerous protocol and falls back to a button', () => {
      renderPortal(<CatalogBrowser categories={categories} items={items} getHref={() => 'javascript:alert(1)'} />);
      expect(main().queryAllByRole('link')).toEqual([]);
      expect(main().getAllByRole('button')).toHaveLength(3);
    });
  });

  describe('data states', () => {
    it('shows a loading skeleton', async () => {
      const { container } = renderPortal(<CatalogBrowser status="loading" />);
      expect(container.querySelector('[data-slot="loading-state"]')).toHaveAttribute('aria-busy', 'true');
      expect(screen.getByRole('status')).toHaveTextContent('Loading the service catalog…');
      await expectNoAxeViolations(container);
    });

    it('shows an error for the kind of failure, with a retry button', async () => {
      const user = userEvent.setup();
      const onRetry = vi.fn();
      const { container } = renderPortal(<CatalogBrowser status="error" error={new UnavailableError('catalog')} onRetry={onRetry} />);
      expect(screen.getByRole('alert')).toHaveTextContent('The service is unavailable right now.');
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledOnce();
      await expectNoAxeViolations(container);
    });

    it('shows an empty catalog when no category is valid', async () => {
      const { container } = renderPortal(<CatalogBrowser categories={categories.filter((category) => category.validity !== 'valid')} items={items} />);
      expect(screen.getByText('The catalog has no services yet.')).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('puts its headings at the level the host asks for', () => {
      renderPortal(<CatalogBrowser categories={categories} items={items} headingLevel={3} defaultValue={{ categoryId: 'laptops' }} />);
      expect(main().getByRole('heading', { level: 3, name: 'Laptops' })).toBeInTheDocument();
      expect(main().getByRole('heading', { level: 4, name: 'Sub-categories' })).toBeInTheDocument();
    });

    it('passes rest props and ref to the root', () => {
      let node: HTMLDivElement | null = null;
      renderPortal(<CatalogBrowser categories={categories} items={items} className="host" data-testid="catalog" ref={(element) => void (node = element)} />);
      expect(screen.getByTestId('catalog')).toHaveClass('host');
      expect(node).toBe(screen.getByTestId('catalog'));
    });
  });

  describe('reading through the adapters', () => {
    it('loads every category and valid item through the catalog adapter and applies the same rules', async () => {
      const adapters = createMemoryAdapters({ seed: { catalogCategories: categories, catalogItems: items } });
      renderPortal(<CatalogBrowser defaultValue={{ categoryId: 'laptops' }} />, { provider: { adapters } });
      expect(await screen.findByRole('heading', { level: 2, name: 'Laptops' })).toBeInTheDocument();
      expect(main().getByText('Order a new laptop')).toBeInTheDocument();
      expectNothingHidden();
    });

    it('reads a catalog larger than one page', async () => {
      const large = generateCatalog(2500);
      const adapters = createMemoryAdapters({ seed: { catalogCategories: large.categories, catalogItems: large.items } });
      renderPortal(<CatalogBrowser searchDelay={0} />, { provider: { adapters } });
      const user = userEvent.setup();
      await user.type(await screen.findByRole('searchbox'), '02499{Enter}');
      const valid = large.items.find((item) => item.id === 'item-02499')!.validity === 'valid';
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Services found for “02499”: ${valid ? 1 : 0}`));
    });

    it('shows the error and reads again on "Try again"', async () => {
      const user = userEvent.setup();
      const adapters = createMemoryAdapters({ seed: { catalogCategories: categories, catalogItems: items } });
      // Not retried by itself (unlike "unavailable"), so the error shows at once.
      adapters.control.failNext(1, 'unauthorized');
      renderPortal(<CatalogBrowser />, { provider: { adapters } });
      expect(await screen.findByRole('alert')).toHaveTextContent('Please sign in to see this.');
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('heading', { level: 2, name: 'All services' })).toBeInTheDocument();
    });
  });

  describe('searching on the server (search="adapter")', () => {
    it('shows the search adapter’s hits, but only items the catalog shows', async () => {
      const user = userEvent.setup();
      const search = vi.fn(async () => ({
        data: [
          { id: 'invalid-item', type: 'catalog-item' as const, title: 'Invalid laptop offer', href: '/catalog/item/invalid-item' },
          { id: 'in-orphan', type: 'catalog-item' as const, title: 'Laptop in an orphan category', href: '/catalog/item/in-orphan' },
          { id: 'bag', type: 'catalog-item' as const, title: 'Laptop bag', href: '/catalog/item/bag' },
        ],
        total: 3,
      }));
      const { container } = renderPortal(<CatalogBrowser categories={categories} items={items} search="adapter" searchDelay={0} />, {
        provider: { adapters: { search: { search } } },
      });
      await user.type(screen.getByRole('searchbox'), 'laptop{Enter}');
      expect(await main().findByRole('button', { name: /Laptop bag/ })).toBeInTheDocument();
      expect(search).toHaveBeenCalledWith(expect.objectContaining({ query: 'laptop', language: 'en', types: ['catalog-item'] }));
      expectNothingHidden();
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Services found for “laptop”: 1');
      await expectNoAxeViolations(container);
    });

    it('shows an error with retry when the search fails', async () => {
      const user = userEvent.setup();
      const search = vi.fn().mockRejectedValue(new UnauthorizedError());
      renderPortal(<CatalogBrowser categories={categories} items={items} search="adapter" searchDelay={0} />, {
        provider: { adapters: { search: { search } } },
      });
      await user.type(screen.getByRole('searchbox'), 'laptop{Enter}');
      expect(await screen.findByRole('alert')).toHaveTextContent('The search is unavailable right now.');
      search.mockResolvedValue({ data: [], total: 0 });
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await main().findByText('No service matches “laptop”.')).toBeInTheDocument();
    });
  });

  describe('on the server', () => {
    it('renders the view without inline styles or event handler attributes', () => {
      const html = renderToString(
        <PortalProvider>
          <CatalogBrowser categories={categories} items={items} defaultValue={{ categoryId: 'laptops', itemId: 'new-laptop' }} />
        </PortalProvider>,
      );
      expect(html).toContain('Order a new laptop');
      expect(html).toContain('<strong>laptop</strong>');
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    });

    it('renders the first rows of a long list in normal flow', () => {
      const large = generateCatalog(400, { bigCategory: 300 });
      const html = renderToString(
        <PortalProvider>
          <CatalogBrowser categories={large.categories} items={large.items} defaultValue={{ categoryId: 'big' }} />
        </PortalProvider>,
      );
      expect(html).toContain('data-state="static"');
      expect(html.match(/data-slot="catalog-item-row"/g)).toHaveLength(20);
      expect(html).toContain('aria-setsize="');
      expect(html).not.toMatch(/\sstyle=/);
    });
  });
});
