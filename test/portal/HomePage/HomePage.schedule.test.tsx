import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HomePage, ImageTeaserRow } from '../../../src/index.js';
import type { BlockEntry } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

const teaser = (id: string, title: string, window: { visibleFrom?: string; visibleUntil?: string } = {}) => ({ id, image: null, content: { en: { title }, ar: { title: `${title} (ar)` } }, ...window });

const blocks: BlockEntry[] = [
  {
    id: 'teasers',
    type: 'image-teasers',
    hidden: false,
    props: {
      teasers: [
        teaser('always', 'Always here'),
        teaser('easter', 'Easter opening hours', { visibleFrom: '2026-04-03T00:00:00.000Z', visibleUntil: '2026-04-07T00:00:00.000Z' }),
      ],
    },
  },
  {
    id: 'announcement',
    type: 'link-lists',
    hidden: false,
    visibleUntil: '2026-04-01T00:00:00.000Z',
    props: {
      lists: [
        {
          id: 'l1',
          content: { en: { title: 'Migration notes' }, ar: { title: 'ملاحظات الترحيل' } },
          source: { type: 'manual', links: [{ id: 'k1', href: '/page/migration', content: { en: { label: 'Read the notes' }, ar: { label: 'اقرأ الملاحظات' } } }] },
        },
      ],
    },
  },
];

describe('HomePage with publish windows', () => {
  it('shows a block until its end and leaves it out from the end on', async () => {
    const { container, rerender } = renderPortal(<HomePage config={{ blocks }} at={new Date('2026-03-31T23:59:59.999Z')} />);
    expect(container.querySelector('[data-block-id="announcement"]')).not.toBeNull();
    rerender(<HomePage config={{ blocks }} at={new Date('2026-04-01T00:00:00.000Z')} />);
    expect(container.querySelector('[data-block-id="announcement"]')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('shows a teaser from its start (inclusive) until its end (exclusive)', () => {
    const { rerender } = renderPortal(<HomePage config={{ blocks }} at={new Date('2026-04-02T23:59:59.999Z')} />);
    expect(screen.queryByRole('heading', { name: 'Easter opening hours' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Always here' })).toBeInTheDocument();
    rerender(<HomePage config={{ blocks }} at={new Date('2026-04-03T00:00:00.000Z')} />);
    expect(screen.getByRole('heading', { name: 'Easter opening hours' })).toBeInTheDocument();
    rerender(<HomePage config={{ blocks }} at={new Date('2026-04-07T00:00:00.000Z')} />);
    expect(screen.queryByRole('heading', { name: 'Easter opening hours' })).not.toBeInTheDocument();
  });

  it('judges windows against the current time when no instant is given', () => {
    const past = [{ ...blocks[1]!, id: 'past', visibleUntil: '2000-01-01T00:00:00.000Z' }, { ...blocks[1]!, id: 'current', visibleUntil: undefined, visibleFrom: '2000-01-01T00:00:00.000Z' }];
    const { container } = renderPortal(<HomePage config={{ blocks: past }} />);
    expect(container.querySelector('[data-block-id="past"]')).toBeNull();
    expect(container.querySelector('[data-block-id="current"]')).not.toBeNull();
  });

  it('shows the empty state when every block is outside its window, right to left too', async () => {
    const { container } = renderRtl(<HomePage config={{ blocks: [blocks[1]!] }} at={new Date('2030-01-01T00:00:00Z')} />);
    expect(container.querySelector('[data-slot="home-page-block"]')).toBeNull();
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    await expectNoAxeViolations(container);
  });

  it('never puts the window fields on the teaser elements', () => {
    const { container } = renderPortal(<ImageTeaserRow teasers={[teaser('t', 'T', { visibleFrom: '2000-01-01T00:00:00.000Z' })]} />);
    expect(container.innerHTML).not.toMatch(/visiblefrom/i);
  });
});
