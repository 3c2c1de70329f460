import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeroUnit, PortalProvider, type HeroUnitProps } from '../../../src/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const image = { id: 'hero', url: '/assets/hero.jpg', mediaType: 'image/jpeg', size: 5000, width: 1600, height: 600 };
const content: HeroUnitProps['content'] = {
  en: { title: 'How can we help?', subtitle: 'We are here for you', text: 'Search or ask.', ctaLabel: 'Open a request', imageAlt: 'Our team at the help desk' },
  ar: { title: 'كيف يمكننا مساعدتك؟', ctaLabel: 'تقديم طلب', imageAlt: '' },
};

afterEach(() => vi.restoreAllMocks());

describe('HeroUnit', () => {
  describe('with an image', () => {
    it('shows title, subtitle, text and the call to action over the image', async () => {
      const { container } = renderPortal(<HeroUnit image={image} overlay="dark-scrim" ctaHref="/page/new-request" content={content} />);
      const hero = screen.getByRole('region', { name: 'How can we help?' });
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How can we help?');
      expect(hero).toHaveTextContent('We are here for you');
      expect(screen.getByRole('link', { name: 'Open a request' })).toHaveAttribute('href', '/page/new-request');
      expect(screen.getByRole('img', { name: 'Our team at the help desk' })).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });

    it('loads the image for the largest paint: eager, high priority, with its size reserved', () => {
      renderPortal(<HeroUnit image={image} content={content} />);
      const img = screen.getByRole('img');
      expect(img).toHaveAttribute('fetchpriority', 'high');
      expect(img).toHaveAttribute('loading', 'eager');
      expect(img).toHaveAttribute('width', '1600');
      expect(img).toHaveAttribute('height', '600');
    });

    it('offers the asset’s sizes as a responsive srcset', () => {
      renderPortal(
        <HeroUnit
          image={image}
          imageVariants={[
            { url: '/assets/hero-800.jpg', width: 800 },
            { url: '/assets/hero-1600.jpg', width: 1600 },
          ]}
          imageSizes="(min-width: 80rem) 80rem, 100vw"
          content={content}
        />,
      );
      const img = screen.getByRole('img');
      expect(img).toHaveAttribute('srcset', '/assets/hero-800.jpg 800w, /assets/hero-1600.jpg 1600w');
      expect(img).toHaveAttribute('sizes', '(min-width: 80rem) 80rem, 100vw');
    });

    it('marks an image with empty alt text as decorative', () => {
      renderPortal(<HeroUnit image={image} content={{ en: { title: 'Hi', imageAlt: '' } }} />);
      expect(screen.queryByRole('img')).not.toBeInTheDocument();
      expect(document.querySelector('[data-slot="hero-unit-image"]')).toHaveAttribute('alt', '');
    });

    it('draws a scrim strong enough for any image until the image’s colours are known', () => {
      const { container } = renderPortal(<HeroUnit image={image} overlay="none" content={content} />);
      expect(container.querySelector('[data-slot="hero-unit-overlay"]')).toBeInTheDocument();
    });

    it('draws no scrim when the host says the image is dark enough for bare text', () => {
      const { container } = renderPortal(<HeroUnit image={image} overlay="none" imageColor="#101820" content={content} />);
      expect(container.querySelector('[data-slot="hero-unit-overlay"]')).toBeNull();
      expect(getComputedStyle(container.querySelector('[data-slot="hero-unit"]')!).color).toBe('rgb(255, 255, 255)');
    });
  });

  describe('with a background colour', () => {
    it('uses the admin’s text colour when it reaches AA', () => {
      const { container } = renderPortal(<HeroUnit backgroundColor="#0b3d2e" textColor="#fefae0" content={content} />);
      const style = getComputedStyle(container.querySelector('[data-slot="hero-unit"]')!);
      expect(style.backgroundColor).toBe('rgb(11, 61, 46)');
      expect(style.color).toBe('rgb(254, 250, 224)');
    });

    it('falls back to the theme for an unreadable pair, with a warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = renderPortal(<HeroUnit backgroundColor="#ff0000" textColor="#ff3333" content={content} />);
      expect(getComputedStyle(container.querySelector('[data-slot="hero-unit"]')!).backgroundColor).not.toBe('rgb(255, 0, 0)');
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('HeroUnit: text colour #ff3333'));
    });
  });

  it('renders an unsafe call-to-action inert', () => {
    renderPortal(<HeroUnit ctaHref="javascript:alert(1)" content={content} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Open a request')).toBeInTheDocument();
  });

  it('hides the call to action without a label', () => {
    renderPortal(<HeroUnit ctaHref="/page/x" content={{ en: { title: 'Hi' } }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('falls back to the default language and marks the text’s language', () => {
    renderPortal(<HeroUnit content={{ de: { title: 'Willkommen' }, en: { title: 'Welcome' } }} />, { provider: { language: 'fr', defaultLanguage: 'de' } });
    expect(screen.getByRole('heading', { name: 'Willkommen' }).closest('[data-slot="hero-unit-content"]')).toHaveAttribute('lang', 'de');
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<HeroUnit image={image} overlay="gradient" ctaHref="/page/new-request" content={content} />);
    expect(screen.getByRole('heading', { name: 'كيف يمكننا مساعدتك؟' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'تقديم طلب' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('renders on the server without style attributes', () => {
    const html = renderToString(
      <PortalProvider>
        <HeroUnit image={image} overlay="gradient" ctaHref="/page/new-request" content={content} />
      </PortalProvider>,
    );
    expect(html).toContain('How can we help?');
    expect(html).toContain('data-slot="hero-unit-overlay"');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
