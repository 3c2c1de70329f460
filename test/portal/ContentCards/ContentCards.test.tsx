import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentCards, PortalProvider, type ContentCard } from '../../../src/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const card = (id: string, title: string, readMoreHref?: string): ContentCard => ({
  id,
  readMoreHref,
  content: { en: { title, text: `About ${title.toLowerCase()}.` }, ar: { title: `بطاقة ${id}`, text: 'نص قصير.' } },
});
const three = [card('a', 'Questions', '/page/faq'), card('b', 'Contact', 'mailto:help@example.com'), card('c', 'Privacy', '/page/privacy')];

afterEach(() => vi.restoreAllMocks());

describe('ContentCards', () => {
  it('shows each card’s title, text and a "read more" link told apart by its title', async () => {
    const { container } = renderPortal(<ContentCards cards={three} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('heading', { level: 3, name: 'Questions' })).toBeInTheDocument();
    expect(screen.getByText('About contact.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read more about Questions' })).toHaveAttribute('href', '/page/faq');
    expect(screen.getByRole('link', { name: 'Read more about Contact' })).toHaveAttribute('href', 'mailto:help@example.com');
    await expectNoAxeViolations(container);
  });

  it('uses the card’s own link text when it has one', () => {
    const custom: ContentCard = { id: 'x', readMoreHref: '/page/x', content: { en: { title: 'Hours', text: 'Mon–Fri', readMoreLabel: 'See all hours' } } };
    renderPortal(<ContentCards cards={[custom]} />);
    expect(screen.getByRole('link', { name: 'See all hours about Hours' })).toBeInTheDocument();
  });

  describe('given more than three cards', () => {
    it('renders the first three and reports a validation warning', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onValidationWarning = vi.fn();
      renderPortal(<ContentCards cards={[...three, card('d', 'Fourth', '/page/d')]} onValidationWarning={onValidationWarning} />);
      expect(screen.getAllByRole('heading')).toHaveLength(3);
      expect(screen.queryByRole('heading', { name: 'Fourth' })).not.toBeInTheDocument();
      expect(onValidationWarning).toHaveBeenCalledWith({ code: 'too-many-cards', message: expect.stringContaining('4 cards configured') });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('at most 3 are shown'));
    });
  });

  describe('given an unsafe "read more" destination', () => {
    it('renders the link text inert', () => {
      renderPortal(<ContentCards cards={[card('x', 'Tricky', 'javascript:alert(1)')]} />);
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('Read more').closest('[data-slot="safe-link"]')).toHaveAttribute('data-state', 'blocked');
    });
  });

  it('renders nothing without cards', () => {
    const { container } = renderPortal(<ContentCards cards={[]} />);
    expect(container.querySelector('[data-slot="content-cards"]')).toBeNull();
  });

  it('works right to left in Arabic', async () => {
    const { container } = renderRtl(<ContentCards cards={three} />);
    expect(screen.getByRole('heading', { name: 'بطاقة a' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^اقرأ المزيد/ })).toHaveLength(3);
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <PortalProvider language="de">
        <ContentCards cards={three} />
      </PortalProvider>,
    );
    expect(html).toContain('Weiterlesen');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
