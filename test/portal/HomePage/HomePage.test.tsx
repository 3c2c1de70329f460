import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { HomePage, PortalProvider, type BlockEntry, type HomePageProblem } from '../../../src/index.js';
import { contentCardsBlock, demoCustomer, heroBlock, homePageConfig, linkListsBlock } from '../../../stories/portal/HomePage/fixtures.js';
import type * as ImageTeaserModule from '../../../src/portal/ImageTeaser/ImageTeaser.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

// One block type can be made to fail, to prove the others still render.
const failing = vi.hoisted(() => ({ teasers: false }));
vi.mock('../../../src/portal/ImageTeaser/ImageTeaser.js', async (importOriginal) => {
  const original = await importOriginal<typeof ImageTeaserModule>();
  return {
    ...original,
    ImageTeaserRow: (props: Parameters<typeof original.ImageTeaserRow>[0]) => {
      if (failing.teasers) throw new Error('teaser row exploded');
      return original.ImageTeaserRow(props);
    },
  };
});

afterEach(() => {
  failing.teasers = false;
  vi.restoreAllMocks();
});

const blockTypes = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-slot="home-page-block"]')].map((block) => block.dataset.blockType);

describe('HomePage', () => {
  it('renders the blocks in the configured order', () => {
    const { container } = renderPortal(<HomePage config={{ blocks: [contentCardsBlock, linkListsBlock, heroBlock] }} />);
    expect(blockTypes(container)).toEqual(['content-cards', 'link-lists', 'hero-unit']);
    expect(screen.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
  });

  it('skips hidden blocks', () => {
    const hiddenCards: BlockEntry = { ...contentCardsBlock, hidden: true };
    const { container } = renderPortal(<HomePage config={{ blocks: [heroBlock, hiddenCards, linkListsBlock] }} />);
    expect(blockTypes(container)).toEqual(['hero-unit', 'link-lists']);
    expect(screen.queryByRole('heading', { name: 'Questions and answers' })).not.toBeInTheDocument();
  });

  it('says so when no block is visible', () => {
    renderPortal(<HomePage config={{ blocks: [{ ...heroBlock, hidden: true }] }} />);
    expect(screen.getByText('The home page has no content yet.')).toBeInTheDocument();
  });

  it('is operable with the keyboard: Tab reaches every link in reading order', async () => {
    const { container } = renderPortal(<HomePage config={{ blocks: [heroBlock, linkListsBlock, contentCardsBlock] }} />);
    const links = within(container).getAllByRole('link');
    const reached: string[] = [];
    for (let step = 0; step < links.length; step += 1) {
      await userEvent.tab();
      reached.push(document.activeElement?.textContent ?? '');
    }
    expect(reached).toEqual(links.map((link) => link.textContent));
    expect(reached[0]).toBe('Open a request');
  });

  describe('given texts missing in the customer’s language', () => {
    it('falls back per text: the customer’s language, then the default language, then the first with content', () => {
      renderPortal(<HomePage config={homePageConfig} />, { provider: { language: 'fr', defaultLanguage: 'de' } });
      // The hero has French.
      expect(screen.getByRole('heading', { level: 1, name: 'Comment pouvons-nous vous aider ?' })).toBeInTheDocument();
      // This card has no French: German, the default language, marked as German.
      expect(screen.getByRole('heading', { name: 'Fragen und Antworten' }).closest('[lang]')).toHaveAttribute('lang', 'de');
      // This card has English only: the first language with content.
      expect(screen.getByRole('heading', { name: 'Contact' }).closest('[lang]')).toHaveAttribute('lang', 'en');
      // The teaser with French content is shown in French, and needs no lang of its own.
      const status = screen.getByRole('heading', { name: 'État des systèmes' });
      expect(status.closest('[lang]')).not.toHaveAttribute('lang', 'en');
    });
  });

  describe('given a block that fails while rendering', () => {
    it('shows that block’s error with a retry and renders the rest of the page', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      failing.teasers = true;
      const { container } = renderPortal(<HomePage config={homePageConfig} />);
      const teaserSlot = container.querySelector<HTMLElement>('[data-block-type="image-teasers"]')!;
      expect(within(teaserSlot).getByRole('alert')).toHaveTextContent('This section could not be shown.');
      expect(screen.getByRole('heading', { level: 1, name: 'How can we help?' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Popular pages' })).toBeInTheDocument();
      await expectNoAxeViolations(container);

      failing.teasers = false;
      within(teaserSlot).getByRole('button', { name: 'Try again' }).focus();
      await userEvent.keyboard('{Enter}');
      expect(within(teaserSlot).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(teaserSlot).getByRole('heading', { name: 'Working remotely' })).toBeInTheDocument();
    });
  });

  describe('given a stored configuration with problems', () => {
    it('shows three of four content cards and reports the correction', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onProblems = vi.fn<(problems: HomePageProblem[]) => void>();
      const cards = (contentCardsBlock.props.cards as Array<{ id: string }>).concat({ ...(contentCardsBlock.props.cards as object[])[0], id: 'card-extra' } as { id: string });
      const block: BlockEntry = { ...contentCardsBlock, props: { cards } };
      const { container } = renderPortal(<HomePage config={{ blocks: [block] }} onProblems={onProblems} />);
      expect(container.querySelectorAll('[data-slot="content-card"]')).toHaveLength(3);
      expect(onProblems).toHaveBeenCalledWith([expect.objectContaining({ index: 0, reason: 'corrected', issues: [expect.objectContaining({ path: 'props.cards' })] })]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('At most three content cards'));
    });

    it('leaves out blocks of unknown type or with malformed props, and reports them', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onProblems = vi.fn<(problems: HomePageProblem[]) => void>();
      const blocks: BlockEntry[] = [
        { id: 'weather', type: 'weather-widget', hidden: false, props: {} },
        { ...heroBlock, props: { ...heroBlock.props, overlay: 'blur' } },
        linkListsBlock,
      ];
      const { container } = renderPortal(<HomePage config={{ blocks }} onProblems={onProblems} />);
      expect(blockTypes(container)).toEqual(['link-lists']);
      expect(onProblems.mock.calls[0]?.[0].map((problem) => problem.reason)).toEqual(['unknown-type', 'invalid-props']);
    });
  });

  it('reports problems once even when the host stores them in state with an inline callback', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reports: number[] = [];
    const blocks: BlockEntry[] = [{ id: 'weather', type: 'weather-widget', hidden: false, props: {} }];
    function Host() {
      const [count, setCount] = useState(0);
      reports.push(count);
      return <HomePage config={{ blocks }} onProblems={(problems) => setCount(problems.length)} />;
    }
    renderPortal(<Host />);
    expect(reports).toEqual([0, 1]);
  });

  it('has no axe violations with every block, signed in', async () => {
    const { container } = renderPortal(<HomePage config={homePageConfig} />, { provider: { customer: demoCustomer, adapters: createMemoryAdapters() } });
    // The ticket list has loaded the customer's tickets from the memory store.
    await waitFor(() => expect(container.querySelectorAll('[data-slot="ticket-list-row"]').length).toBe(5));
    await expectNoAxeViolations(container);
  });

  describe('in Arabic', () => {
    it('lays the page out right to left', async () => {
      const { container } = renderRtl(<HomePage config={homePageConfig} />);
      const root = container.querySelector('[data-slot="portal-root"]');
      const page = container.querySelector('[data-slot="home-page"]');
      expect({
        dir: root?.getAttribute('dir'),
        lang: root?.getAttribute('lang'),
        blocks: blockTypes(container),
        headings: within(page as HTMLElement)
          .getAllByRole('heading')
          .map((heading) => `${heading.tagName} ${heading.closest('[lang]')?.getAttribute('lang')}: ${heading.textContent}`),
      }).toMatchInlineSnapshot(`
        {
          "blocks": [
            "hero-unit",
            "ticket-list",
            "image-teasers",
            "link-lists",
            "content-cards",
          ],
          "dir": "rtl",
          "headings": [
            "H1 ar: كيف يمكننا مساعدتك؟",
            "H2 en: Working remotely",
            "H2 en: New hardware",
            "H2 en: System status",
            "H2 en: Popular pages",
            "H2 en: Questions and answers",
            "H2 en: Contact",
            "H2 en: Privacy",
          ],
          "lang": "ar",
        }
      `);
      await expectNoAxeViolations(container);
    });
  });

  describe('on the server', () => {
    it('renders every block without style attributes or inline handlers', () => {
      const html = renderToString(
        <PortalProvider language="de" customer={demoCustomer} adapters={createMemoryAdapters()}>
          <HomePage config={homePageConfig} />
        </PortalProvider>,
      );
      expect(html).toContain('Wie können wir helfen?');
      expect(html).toMatch(/<img[^>]+fetchpriority="high"/i);
      expect(html).toContain('Beliebte Seiten');
      expect(html).not.toMatch(/\sstyle="/);
      expect(html).not.toMatch(/\son[a-z]+="/i);
    });

    it('renders the rest of the page when one block fails', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      failing.teasers = true;
      const html = renderToString(
        <PortalProvider>
          <HomePage config={homePageConfig} />
        </PortalProvider>,
      );
      expect(html).toContain('How can we help?');
      expect(html).toContain('Popular pages');
      expect(html).not.toContain('Working remotely');
    });
  });
});
