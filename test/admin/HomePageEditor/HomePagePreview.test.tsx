import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { HomePagePreview } from '../../../src/admin/HomePageEditor/HomePagePreview.js';
import type { BlockEntry } from '../../../src/model/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { sampleGroups } from '../customerGroups.js';

/** Unsaved blocks: a hero for everyone, a hidden one, one from December on, one for Gold customers. */
const blocks: BlockEntry[] = [
  { id: 'hero', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'dark-scrim', backgroundColor: '#1f3a5f', content: { en: { title: 'How can we help?' }, de: { title: 'Wie können wir helfen?' } } } },
  { id: 'hidden', type: 'hero-unit', hidden: true, props: { image: null, overlay: 'dark-scrim', content: { en: { title: 'Not yet' } } } },
  { id: 'later', type: 'hero-unit', hidden: false, visibleFrom: '2099-12-01T00:00:00.000Z', props: { image: null, overlay: 'dark-scrim', content: { en: { title: 'Winter closing' } } } },
  { id: 'gold', type: 'content-cards', hidden: false, audience: { kind: 'groups', groups: ['gold'] }, props: { cards: [{ id: 'c1', content: { en: { title: 'Gold hotline', text: 'Call us any time' } } }] } },
];

function setup(language?: string) {
  const adapters = createMemoryAdapters({ seed: {} });
  const render = language === 'ar' ? renderRtl : renderPortal;
  const view = render(<HomePagePreview blocks={blocks} languages={['en', 'de']} defaultLanguage="en" customerGroups={sampleGroups} timeZone="Europe/Berlin" />, {
    provider: { adapters, ...(language ? { language } : {}) },
  });
  return { user: userEvent.setup(), ...view };
}

const preview = () => screen.getByRole('region', { name: /^(Preview|المعاينة)$/ });
const frame = () => document.querySelector<HTMLElement>('[data-slot="preview-frame"]') as HTMLElement;
const headings = () => within(frame()).queryAllByRole('heading').map((heading) => heading.textContent);

describe('HomePagePreview', () => {
  it('draws the unsaved blocks as an anonymous visitor sees them now, and passes axe', async () => {
    const { container } = setup();
    expect(preview()).toHaveAttribute('data-state', 'anonymous desktop');
    expect(headings()).toEqual(['How can we help?']);
    expect(screen.getByText('Shows your unsaved changes; the portal changes when you save.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('shows the host’s own strings, as the portal does', () => {
    const cards: BlockEntry[] = [{ id: 'cards', type: 'content-cards', hidden: false, props: { cards: [{ id: 'c1', readMoreHref: '/page/vpn', content: { en: { title: 'VPN', text: 'Connect from home.' } } }] } }];
    renderPortal(<HomePagePreview blocks={cards} languages={['en']} defaultLanguage="en" timeZone="Europe/Berlin" />, {
      provider: { adapters: createMemoryAdapters({ seed: {} }), translations: { en: { home: { readMore: 'Find out more' } } } },
    });
    expect(within(frame()).getByRole('link', { name: /^Find out more/ })).toBeVisible();
  });

  it('switches its language on its own', async () => {
    const { user } = setup();
    const select = screen.getByRole('combobox', { name: 'Preview language' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['English', 'German']);
    await user.selectOptions(select, 'de');
    expect(headings()).toContain('Wie können wir helfen?');
    expect(frame().querySelector('[lang="de"]')).not.toBeNull();
  });

  it('shows a block limited to a group only to a customer in it', async () => {
    const { user } = setup();
    const seenBy = screen.getByRole('combobox', { name: 'Seen by' });
    await user.selectOptions(seenBy, screen.getByRole('option', { name: 'Signed-in customer (no groups)' }));
    expect(preview()).toHaveAttribute('data-state', 'customer desktop');
    expect(within(frame()).queryByText('Gold hotline')).toBeNull();
    await user.selectOptions(seenBy, screen.getByRole('option', { name: 'Customer in Gold' }));
    expect(within(frame()).getByText('Gold hotline')).toBeVisible();
    await user.selectOptions(seenBy, screen.getByRole('option', { name: 'Customer in Partners' }));
    expect(within(frame()).queryByText('Gold hotline')).toBeNull();
  });

  it('shows a scheduled block as of a chosen date, and "Now" goes back', async () => {
    const { user } = setup();
    expect(headings()).not.toContain('Winter closing');
    fireEvent.change(screen.getByLabelText('View as of'), { target: { value: '2099-12-24T10:00' } });
    expect(headings()).toContain('Winter closing');
    expect(screen.getByLabelText('View as of')).toHaveAccessibleDescription(/Shows what the portal shows at this date and time/);
    await user.click(screen.getByRole('button', { name: 'Now' }));
    expect(headings()).not.toContain('Winter closing');
  });

  it('narrows to mobile width', async () => {
    const { user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Width' }), 'mobile');
    expect(preview()).toHaveAttribute('data-state', 'anonymous mobile');
  });

  it('never draws a hidden block', () => {
    setup();
    expect(within(frame()).queryByText('Not yet')).toBeNull();
  });

  it('works in Arabic, right to left, its blocks in the language chosen', async () => {
    const { container } = setup('ar');
    expect(preview().closest('[dir="rtl"]')).not.toBeNull();
    // The blocks stay in the preview's own language (English first), whatever the admin's.
    expect(headings()).toEqual(['How can we help?']);
    await expectNoAxeViolations(container);
  });
});
