import { screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LinkList, LinkListGroup, PortalProvider, type LinkList as LinkListData, type LinkComponentProps } from '../../../src/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const manual: LinkListData = {
  id: 'popular',
  content: { en: { title: 'Popular pages', showMoreLabel: 'All pages' }, de: { title: 'Beliebte Seiten', showMoreLabel: 'Alle Seiten' }, ar: { title: 'صفحات شائعة' } },
  showMoreHref: '/pages',
  source: {
    type: 'manual',
    links: [
      { id: 'hours', href: '/page/opening-hours', content: { en: { label: 'Opening hours' }, de: { label: 'Öffnungszeiten' }, ar: { label: 'ساعات العمل' } } },
      { id: 'terms', href: 'https://example.com/terms', content: { en: { label: 'Terms of service' } } },
      { id: 'evil', href: 'javascript:alert(document.cookie)', content: { en: { label: 'Free gift' } } },
    ],
  },
};

function RouterLink({ href, children, ...props }: LinkComponentProps) {
  return (
    <a {...props} href={`#${href}`} data-router="">
      {children}
    </a>
  );
}

describe('LinkList', () => {
  describe('given links entered by hand', () => {
    it('opens internal pages through the host’s link component and external URLs as plain links', async () => {
      const { container } = renderPortal(<LinkList {...manual} />, { provider: { linkComponent: RouterLink } });
      const list = screen.getByRole('region', { name: 'Popular pages' });
      expect(within(list).getByRole('link', { name: 'Opening hours' })).toHaveAttribute('href', '#/page/opening-hours');
      const external = within(list).getByRole('link', { name: 'Terms of service' });
      expect(external).toHaveAttribute('href', 'https://example.com/terms');
      expect(external).not.toHaveAttribute('data-router');
      expect(within(list).getByRole('link', { name: 'All pages' })).toHaveAttribute('href', '#/pages');
      await expectNoAxeViolations(container);
    });

    it('renders an unsafe link inert: its text stays, no link, nothing to activate', () => {
      renderPortal(<LinkList {...manual} />);
      expect(screen.queryByRole('link', { name: /Free gift/ })).not.toBeInTheDocument();
      const inert = screen.getByText('Free gift').closest('[data-slot="safe-link"]');
      expect(inert).toHaveAttribute('data-state', 'blocked');
      expect(inert?.closest('a')).toBeNull();
    });

    it('falls back per link: a label missing in German is shown in English, marked as English', () => {
      renderPortal(<LinkList {...manual} />, { provider: { language: 'de' } });
      expect(screen.getByRole('heading', { name: 'Beliebte Seiten' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Öffnungszeiten' }).closest('li')).not.toHaveAttribute('lang');
      expect(screen.getByRole('link', { name: 'Terms of service' }).closest('li')).toHaveAttribute('lang', 'en');
    });

    it('hides the "show more" link without a label', () => {
      renderPortal(<LinkList {...manual} />, { provider: { language: 'ar' } });
      expect(screen.queryByRole('link', { name: 'All pages' })).not.toBeInTheDocument();
    });

    it('says so when the list has no links', () => {
      renderPortal(<LinkList content={{ en: { title: 'Empty' } }} source={{ type: 'manual', links: [] }} />);
      expect(screen.getByText('No links yet.')).toBeInTheDocument();
    });
  });

  it('says there are no results for a blank search query instead of loading for ever', () => {
    const search = { search: async () => ({ data: [], total: 0, page: 1, perPage: 5 }) };
    renderPortal(<LinkList content={{ en: { title: 'Found' } }} source={{ type: 'search', query: '  ', maxCount: 5 }} />, {
      provider: { adapters: { search } },
    });
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Found' })).not.toHaveAttribute('aria-busy');
    expect(document.querySelector('[data-slot="loading-state"]')).toBeNull();
    expect(document.querySelector('[data-slot="empty-state"]')).not.toBeNull();
  });

  it('shows several lists side by side', () => {
    renderPortal(<LinkListGroup lists={[manual, { ...manual, id: 'second', content: { en: { title: 'Help' } } }]} />);
    expect(screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby') && region.querySelector('h3')?.textContent)).toEqual(['Popular pages', 'Help']);
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<LinkList {...manual} />);
    expect(screen.getByRole('link', { name: 'ساعات العمل' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <PortalProvider>
        <LinkList {...manual} />
      </PortalProvider>,
    );
    expect(html).toContain('Opening hours');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
