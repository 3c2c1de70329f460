import userEvent from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryAdapters } from '../../../src/adapters/index.js';
import { TranslationStatus, type TranslationStatusProps } from '../../../src/admin/index.js';
import { createPortalQueryClient } from '../../../src/data/index.js';
import { bundledLanguages } from '../../../src/i18n/resources/index.js';
import { translationStatus } from '../../../src/i18n/resources/translationStatus.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';
import { translationSeed } from '../../../stories/admin/TranslationStatus/fixtures.js';

const languages = ['en', 'de', 'fr'];

function setup(props: Partial<TranslationStatusProps> = {}, { seed = translationSeed as object, rtl = false } = {}) {
  const adapters = createMemoryAdapters({ seed });
  const queryClient = createPortalQueryClient({ defaultOptions: { queries: { retry: false } } });
  const render = rtl ? renderRtl : renderPortal;
  return { adapters, ...render(<TranslationStatus languages={languages} {...props} />, { provider: { adapters, queryClient } }) };
}

/** The summary's counts of one language: [complete, incomplete, missing]. */
function countsOf(languageName: string) {
  const summary = screen.getByRole('table', { name: 'Records per language' });
  const row = within(summary).getByRole('rowheader', { name: languageName }).closest('tr') as HTMLElement;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

describe('TranslationStatus', () => {
  describe('given pages, home page blocks, catalog and layout', () => {
    it('counts complete, incomplete and missing records per language', async () => {
      setup();
      await screen.findByRole('table', { name: 'Records per language' });
      // Records: 2 pages, the hero (the ticket list has nothing to translate), 1 category, 1 item, the layout.
      expect(countsOf('English')).toEqual(['6', '0', '0']);
      expect(countsOf('German')).toEqual(['3', '2', '1']);
      expect(countsOf('French')).toEqual(['2', '0', '4']);
      await expectNoAxeViolations(document.body);
    });

    it('lists each record with its status in every language', async () => {
      setup();
      const records = await screen.findByRole('table', { name: 'Records and their languages' });
      const row = within(records).getByRole('rowheader', { name: 'Privacy' }).closest('tr') as HTMLElement;
      expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Custom page', 'complete', 'incomplete', 'missing']);
      expect(within(records).getByRole('rowheader', { name: 'Hero unit' })).toBeVisible();
      expect(within(records).queryByRole('rowheader', { name: 'Ticket list' })).toBeNull();
    });

    it('filters by language and status, by type, and by title', async () => {
      const user = userEvent.setup();
      setup();
      const records = await screen.findByRole('table', { name: 'Records and their languages' });
      await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'incomplete');
      const titles = () => within(screen.getByRole('table', { name: 'Records and their languages' })).getAllByRole('rowheader').map((cell) => cell.textContent);
      expect(titles()).toEqual(['Privacy', 'New laptop']);
      // Only the chosen language's column is left.
      expect(within(records).getAllByRole('columnheader').map((cell) => cell.textContent?.replace(/[▲▼↕]/g, ''))).toEqual(['Record', 'Type', 'German']);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'catalog-item');
      expect(titles()).toEqual(['New laptop']);
      await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'layout');
      expect(screen.getByText('No records match the filters.')).toBeVisible();
      await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), '');
      await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '');
      await user.type(screen.getByRole('searchbox', { name: 'Filter by title' }), 'hours');
      expect(titles()).toEqual(['Opening hours']);
    });

    it('opens a record through the callback, by keyboard', async () => {
      const user = userEvent.setup();
      const onOpenRecord = vi.fn();
      setup({ onOpenRecord });
      await screen.findByRole('table', { name: 'Records and their languages' });
      screen.getByRole('button', { name: 'Open Privacy' }).focus();
      // ArrowUp moves to the same control of the row above (the list's keyboard pattern).
      await user.keyboard('{ArrowUp}');
      expect(screen.getByRole('button', { name: 'Open Opening hours' })).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(onOpenRecord).toHaveBeenCalledWith(expect.objectContaining({ kind: 'custom-page', id: 'hours' }));
    });

    it('links a record to its editor through the host’s link component', async () => {
      setup({ getRecordHref: (record) => `/admin/${record.kind}/${record.id}` });
      const link = await screen.findByRole('link', { name: 'Open Hero unit' });
      expect(link).toHaveAttribute('href', '/admin/home-block/hero');
    });
  });

  it('shows the loading state, then the overview', async () => {
    const adapters = createMemoryAdapters({ seed: translationSeed, latency: 50 });
    renderPortal(<TranslationStatus languages={languages} />, { provider: { adapters, queryClient: createPortalQueryClient() } });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the translation status…');
    expect(await screen.findByRole('table', { name: 'Records per language' })).toBeVisible();
  });

  it('shows the empty state when nothing has text to translate', async () => {
    setup({}, { seed: { homePage: { id: 'home', version: 1, updatedAt: '2026-11-20T09:00:00.000Z', blocks: [] } } });
    expect(await screen.findByText('There is no content to translate yet.')).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('shows the error state, and the overview after "Try again"', async () => {
    const user = userEvent.setup();
    const adapters = createMemoryAdapters({ seed: translationSeed });
    adapters.control.failNext(1, 'unavailable', { domains: ['catalog'] });
    renderPortal(<TranslationStatus languages={languages} />, {
      provider: { adapters, queryClient: createPortalQueryClient({ defaultOptions: { queries: { retry: false } } }) },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    await expectNoAxeViolations(document.body);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Records per language' })).toBeVisible();
    expect(countsOf('French')).toEqual(['2', '0', '4']);
  });

  it('defaults to the portal’s default language and the languages stored in the content', async () => {
    const adapters = createMemoryAdapters({ seed: translationSeed });
    renderPortal(<TranslationStatus />, { provider: { adapters, defaultLanguage: 'en', queryClient: createPortalQueryClient() } });
    const summary = await screen.findByRole('table', { name: 'Records per language' });
    expect(within(summary).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['English', 'German', 'French']);
  });

  it('lays out right to left in Arabic, with Arabic labels', async () => {
    setup({}, { rtl: true });
    const summary = await screen.findByRole('table', { name: 'العناصر حسب اللغة' });
    expect(summary.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(within(summary).getByRole('columnheader', { name: 'مفقودة' })).toBeVisible();
    await expectNoAxeViolations(document.body);
  });
});

describe('translation status strings', () => {
  const english = Object.keys(translationStatus.en).sort();
  it.each(bundledLanguages.filter((language) => language !== 'en'))('%s has every English key with the same placeholders', (language) => {
    const strings: Record<string, string> = translationStatus[language];
    expect(Object.keys(strings).sort()).toEqual(english);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const key of english) {
      expect(strings[key]?.trim(), `${language}:${key}`).not.toBe('');
      expect(placeholders(strings[key] ?? ''), `${language}:${key}`).toEqual(placeholders((translationStatus.en as Record<string, string>)[key] ?? ''));
    }
  });
});
