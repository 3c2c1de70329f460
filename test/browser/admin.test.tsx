import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createMemoryAdapters, type MemoryAdapters } from '../../src/adapters/index.js';
import { CustomPageEditor, CustomPageList } from '../../src/admin/index.js';
import { useCustomPage } from '../../src/data/index.js';
import { resolveLocalizedEntry } from '../../src/model/index.js';
import { PortalProvider, usePortal } from '../../src/portal/PortalProvider/index.js';
import { SafeHtml } from '../../src/portal/SafeHtml/index.js';
import { expectNoAxeViolations } from '../axe.js';

// Until the portal's CustomPage component and the demo's admin area are wired, "the portal"
// here is the data layer's `useCustomPage` by slug (valid pages only), rendered the way the
// editor's preview renders a page.
function PortalPage({ slug }: { slug: string }) {
  const { language, defaultLanguage } = usePortal();
  const page = useCustomPage({ slug });
  if (page.status === 'pending') return <p>Loading</p>;
  if (page.status === 'error') return <p role="alert">{page.error?.kind}</p>;
  const entry = resolveLocalizedEntry(page.data?.content, language, defaultLanguage);
  return (
    <article lang={entry?.language}>
      <h1>{entry?.value.title}</h1>
      <SafeHtml html={entry?.value.body} />
    </article>
  );
}

function Admin({ adapters, language = 'en' }: { adapters: MemoryAdapters; language?: string }) {
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  return (
    <PortalProvider adapters={adapters} language={language}>
      {editing === undefined ? (
        <CustomPageList onAdd={() => setEditing(null)} onEdit={(page) => setEditing(page.id)} filterDebounceMs={0} />
      ) : (
        <CustomPageEditor pageId={editing} initialLanguages={['de', 'fr']} onClose={() => setEditing(undefined)} />
      )}
    </PortalProvider>
  );
}

beforeEach(() => {
  sessionStorage.clear();
  // Real events in a real browser: React's act() warnings are about test environments that need it.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => cleanup());

async function typeInBody(text: string) {
  const body = await waitFor(() => {
    const element = document.querySelector<HTMLElement>('[data-slot="rich-text-content"] [contenteditable="true"]');
    if (!element) throw new Error('editor not ready');
    return element;
  });
  await userEvent.click(body);
  await userEvent.keyboard(text);
}

describe('custom pages admin in Chromium', () => {
  it('creates a page in German and French, marks it valid, and the portal shows it by slug in both languages', async () => {
    const adapters = createMemoryAdapters({ seed: { customPages: [] } });
    render(<Admin adapters={adapters} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add page' }));

    await userEvent.type(await screen.findByLabelText(/Internal title/), 'Öffnungszeiten');
    expect(screen.getByLabelText(/^Slug/)).toHaveValue('oeffnungszeiten');
    await userEvent.selectOptions(screen.getByLabelText(/Validity/), 'valid');
    // German first (the first language of a new page).
    await userEvent.type(screen.getByLabelText(/Page title/), 'Öffnungszeiten');
    await typeInBody('Montag bis Freitag von 8 bis 18 Uhr.');
    await userEvent.click(screen.getByRole('tab', { name: /French/ }));
    await userEvent.type(screen.getByLabelText(/Page title/), 'Horaires');
    await typeInBody('Du lundi au vendredi de 8 h à 18 h.');
    const preview = screen.getByRole('region', { name: 'Preview in French' });
    expect(within(preview).getByRole('heading', { level: 1, name: 'Horaires' })).toBeVisible();
    await expectNoAxeViolations(document.body);

    await userEvent.click(screen.getByRole('button', { name: 'Save and close' }));
    const row = await screen.findByRole('row', { name: /Öffnungszeiten/ });
    expect(within(row).getByText('Valid')).toBeVisible();
    await expectNoAxeViolations(document.body);
    cleanup();

    for (const [language, title, text] of [
      ['de', 'Öffnungszeiten', 'Montag bis Freitag von 8 bis 18 Uhr.'],
      ['fr', 'Horaires', 'Du lundi au vendredi de 8 h à 18 h.'],
    ] as const) {
      const portal = render(
        <PortalProvider adapters={adapters} language={language}>
          <PortalPage slug="oeffnungszeiten" />
        </PortalProvider>,
      );
      const heading = await screen.findByRole('heading', { level: 1, name: title });
      expect(heading.closest('article')).toHaveAttribute('lang', language);
      expect(screen.getByText(text)).toBeVisible();
      portal.unmount();
    }
  });

  it('editing one page in two tabs: the second save gets the conflict dialog with both versions', async () => {
    const adapters = createMemoryAdapters({
      seed: {
        customPages: [
          {
            id: 'p1',
            version: 1,
            updatedAt: '2026-11-20T09:00:00.000Z',
            internalTitle: 'Opening hours',
            slug: 'opening-hours',
            validity: 'valid',
            content: { de: { title: 'Öffnungszeiten', body: '<p>Mo–Fr</p>' }, fr: { title: 'Horaires', body: '<p>Lu–Ve</p>' } },
          },
        ],
      },
    });
    // Two tabs: two editors over the same store, each with its own provider and cache.
    render(
      <>
        <div data-testid="tab-1">
          <PortalProvider adapters={adapters}>
            <CustomPageEditor pageId="p1" />
          </PortalProvider>
        </div>
        <div data-testid="tab-2">
          <PortalProvider adapters={adapters}>
            <CustomPageEditor pageId="p1" />
          </PortalProvider>
        </div>
      </>,
    );
    const first = within(screen.getByTestId('tab-1'));
    const second = within(screen.getByTestId('tab-2'));
    await first.findByRole('form');
    await second.findByRole('form');

    await userEvent.type(first.getByLabelText(/Internal title/), ' (tab 1)');
    await userEvent.click(first.getByRole('button', { name: 'Save' }));
    await first.findByText('All changes saved.');

    await userEvent.type(second.getByLabelText(/Internal title/), ' (tab 2)');
    await userEvent.click(second.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'This page was changed elsewhere' });
    expect(within(dialog).getByText('Opening hours (tab 2)')).toBeVisible();
    expect(within(dialog).getByText('Opening hours (tab 1)')).toBeVisible();
    // Colour contrast and target sizes are checked here, in a real browser.
    await expectNoAxeViolations(dialog);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep mine (overwrite)' }));
    await waitFor(async () => expect((await adapters.customPages.get({ id: 'p1' })).internalTitle).toBe('Opening hours (tab 2)'));
  });

  it('passes axe with colour contrast in Arabic, right to left', async () => {
    const adapters = createMemoryAdapters();
    render(<Admin adapters={adapters} language="ar" />);
    await screen.findByRole('table');
    await expectNoAxeViolations(document.body);
  });
});
