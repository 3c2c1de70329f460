import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageTeaser, ImageTeaserRow, PortalProvider, type ImageTeaser as ImageTeaserData } from '../../../src/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const image = { id: 'img', url: '/assets/vpn.png', mediaType: 'image/png', size: 1000, width: 800, height: 450 };
const teasers: ImageTeaserData[] = [
  { id: 'vpn', image, href: '/page/vpn', content: { en: { title: 'Working remotely', text: 'Set up the VPN.', imageAlt: 'A laptop on a table' }, ar: { title: 'العمل عن بعد', imageAlt: 'حاسوب محمول' } } },
  { id: 'hardware', image: null, href: 'https://shop.example.com/', content: { en: { title: 'New hardware' }, ar: { title: 'أجهزة جديدة' } } },
];

afterEach(() => vi.restoreAllMocks());

describe('ImageTeaserRow', () => {
  it('renders a list of teasers whose titles link to their targets', async () => {
    const { container } = renderPortal(<ImageTeaserRow teasers={teasers} />);
    expect(screen.getByRole('list', { name: 'Highlights' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Working remotely' })).toHaveAttribute('href', '/page/vpn');
    expect(screen.getByRole('img', { name: 'A laptop on a table' })).toHaveAttribute('loading', 'lazy');
    await expectNoAxeViolations(container);
  });

  it('treats an image with empty alt text as decorative', () => {
    renderPortal(<ImageTeaser {...teasers[0]!} content={{ en: { title: 'Decorative', imageAlt: '' } }} />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(document.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('renders nothing without teasers', () => {
    const { container } = renderPortal(<ImageTeaserRow teasers={[]} />);
    expect(container.querySelector('[data-slot="image-teaser-row"]')).toBeNull();
  });

  it('renders an unsafe teaser target inert', () => {
    renderPortal(<ImageTeaser image={null} href="javascript:alert(1)" content={{ en: { title: 'Prize' } }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Prize/ })).toBeInTheDocument();
  });

  describe('custom colours', () => {
    const titleColors = (container: HTMLElement) => {
      const card = container.querySelector('[data-slot="image-teaser"]')!;
      return getComputedStyle(card);
    };

    it('keeps a readable pair', () => {
      const { container } = renderPortal(<ImageTeaser image={null} backgroundColor="#1d3557" textColor="#f1faee" content={{ en: { title: 'Dark' } }} />);
      expect(titleColors(container).backgroundColor).toBe('rgb(29, 53, 87)');
      expect(titleColors(container).color).toBe('rgb(241, 250, 238)');
    });

    it('falls back to the theme’s colours for an unreadable pair and logs a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = renderPortal(<ImageTeaser image={null} backgroundColor="#777777" textColor="#888888" content={{ en: { title: 'Grey on grey' } }} />);
      expect(titleColors(container).backgroundColor).not.toBe('rgb(119, 119, 119)');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('below WCAG AA'));
    });

    it('gives a background alone black or white text, whichever reads', () => {
      const { container } = renderPortal(<ImageTeaser image={null} backgroundColor="#ffd166" content={{ en: { title: 'Yellow' } }} />);
      expect(titleColors(container).color).toBe('rgb(0, 0, 0)');
    });
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<ImageTeaserRow teasers={teasers} />);
    expect(screen.getByRole('link', { name: 'العمل عن بعد' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'حاسوب محمول' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <PortalProvider>
        <ImageTeaserRow teasers={teasers} />
      </PortalProvider>,
    );
    expect(html).toContain('Working remotely');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
