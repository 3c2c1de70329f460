import '../jsdomLayout.js';
import { act, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '../../../src/adapters/index.js';
import { CustomPageEditor } from '../../../src/admin/index.js';
import { PortalProvider } from '../../../src/portal/PortalProvider/index.js';
import { expectNoAxeViolations, renderRtl } from '../../render.js';
import { makePage, openingHours, setupPages } from '../fixtures.js';
import { findForm, renderEditor, screen, tab, within } from './editorHarness.js';

// Typing through user-event re-renders the whole editor per key: slow in jsdom.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  sessionStorage.clear();
});

describe('CustomPageEditor', () => {
  describe('given a new page', () => {
    it('suggests the slug from the internal title, saves, and reports the created page', async () => {
      const store = setupPages();
      const { user, onSaved } = renderEditor(store.adapters, { initialLanguages: ['de', 'fr'] });
      await findForm();
      expect(screen.getByRole('heading', { name: 'New page' })).toBeVisible();

      await user.type(screen.getByLabelText(/Internal title/), 'Öffnungszeiten & Café');
      expect(screen.getByLabelText(/^Slug/)).toHaveValue('oeffnungszeiten-cafe');
      await user.selectOptions(screen.getByLabelText(/Validity/), 'valid');
      await user.type(screen.getByLabelText(/Page title/), 'Öffnungszeiten');
      await user.click(tab(/French/));
      await user.type(screen.getByLabelText(/Page title/), 'Horaires');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
      const [saved, details] = onSaved.mock.calls[0] ?? [];
      expect(details).toEqual({ close: false, created: true });
      expect(saved).toMatchObject({
        internalTitle: 'Öffnungszeiten & Café',
        slug: 'oeffnungszeiten-cafe',
        validity: 'valid',
        content: { de: { title: 'Öffnungszeiten' }, fr: { title: 'Horaires' } },
      });
      expect(await store.customPages.getBySlug({ slug: 'oeffnungszeiten-cafe' })).toMatchObject({ id: saved.id, version: 1 });
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent('All changes saved.');
      expect(screen.getByRole('heading', { name: 'Edit page' })).toBeVisible();
    });

    it('refuses empty required fields, says why, focuses the first, and sends nothing', async () => {
      const store = setupPages();
      const { user } = renderEditor(store.adapters);
      await findForm();
      await user.click(screen.getByRole('button', { name: 'Save' }));

      const internalTitle = screen.getByLabelText(/Internal title/);
      await waitFor(() => expect(internalTitle).toHaveFocus());
      expect(internalTitle).toHaveAttribute('aria-invalid', 'true');
      expect(internalTitle).toHaveAccessibleDescription(/This field is required/);
      expect(screen.getByLabelText(/^Slug/)).toHaveAccessibleDescription(/This field is required/);
      expect(screen.getByLabelText(/Page title/)).toHaveAccessibleDescription(/This field is required/);
      expect(screen.getByRole('alert')).toHaveTextContent('Please correct the marked fields.');
      expect(store.callsOf('create')).toHaveLength(0);
      await expectNoAxeViolations(document.body);
    });

    it.each([
      ['opening hours', 'A slug has no spaces'],
      ['Opening-Hours', 'Use lowercase letters only'],
      ['opening--hours', 'Use single hyphens'],
      ['-opening', 'cannot start or end with a hyphen'],
      ['öffnung', 'Use only the letters a–z'],
    ])('refuses the slug "%s" with a message that says what to change', async (slug, message) => {
      const store = setupPages();
      const { user } = renderEditor(store.adapters);
      await findForm();
      await user.type(screen.getByLabelText(/Internal title/), 'Opening hours');
      const slugInput = screen.getByLabelText(/^Slug/);
      await user.clear(slugInput);
      await user.type(slugInput, slug);
      await user.type(screen.getByLabelText(/Page title/), 'Opening hours');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(slugInput).toHaveFocus());
      expect(slugInput).toHaveAccessibleDescription(new RegExp(message));
      // The rule itself is always explained.
      expect(slugInput).toHaveAccessibleDescription(/lowercase letters a–z, digits and single hyphens/);
      expect(store.callsOf('create')).toHaveLength(0);
    });

    it('says as the admin types that a slug is taken, and does not save it', async () => {
      const store = setupPages([openingHours]);
      const { user } = renderEditor(store.adapters);
      await findForm();
      await user.type(screen.getByLabelText(/Internal title/), 'Opening hours');
      const slugInput = screen.getByLabelText(/^Slug/);
      expect(slugInput).toHaveValue('opening-hours');
      await waitFor(() => expect(slugInput).toHaveAccessibleDescription(/Another page already uses this slug/), { timeout: 2000 });
      expect(slugInput).toHaveAttribute('aria-invalid', 'true');

      await user.type(screen.getByLabelText(/Page title/), 'Opening hours');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(slugInput).toHaveFocus());
      expect(store.callsOf('create')).toHaveLength(0);

      await user.type(slugInput, '-2');
      await waitFor(() => expect(screen.getByText('This slug is free.')).toBeVisible(), { timeout: 2000 });
      expect(slugInput).not.toHaveAttribute('aria-invalid');
    });

    it('puts a duplicate slug the adapter refuses on the slug field (two admins at once)', async () => {
      const store = setupPages();
      const { user } = renderEditor(store.adapters, { initialLanguages: ['en'] });
      await findForm();
      await user.type(screen.getByLabelText(/Internal title/), 'Terms');
      await user.type(screen.getByLabelText(/Page title/), 'Terms');
      // Another admin takes the slug after the check ran.
      await store.customPages.create({ data: { internalTitle: 'Other', slug: 'terms', validity: 'valid', content: { en: { title: 'T', body: '' } } } });
      await user.click(screen.getByRole('button', { name: 'Save' }));

      const slugInput = screen.getByLabelText(/^Slug/);
      await waitFor(() => expect(slugInput).toHaveFocus());
      expect(slugInput).toHaveAccessibleDescription(/already use/);
      expect(slugInput).toHaveValue('terms');
      expect(screen.getByLabelText(/Internal title/)).toHaveValue('Terms');
    });
  });

  describe('given a stored page', () => {
    it('loads it, shows a loading state first, and previews the active language', async () => {
      const store = setupPages([openingHours]);
      const { user } = renderEditor(store.adapters, { pageId: 'p1' });
      expect(screen.getByRole('status')).toHaveTextContent('Loading…');
      await expectNoAxeViolations(document.body);
      await findForm();

      expect(screen.getByLabelText(/Internal title/)).toHaveValue('Opening hours');
      expect(screen.getByLabelText(/^Slug/)).toHaveValue('opening-hours');
      expect(screen.getByLabelText(/Validity/)).toHaveValue('valid');
      const preview = screen.getByRole('region', { name: 'Preview in English' });
      expect(within(preview).getByRole('heading', { level: 1, name: 'Opening hours' })).toBeVisible();

      await user.click(tab(/German/));
      const germanPreview = screen.getByRole('region', { name: 'Preview in German' });
      const heading = within(germanPreview).getByRole('heading', { level: 1, name: 'Öffnungszeiten' });
      expect(heading.closest('[lang]')).toHaveAttribute('lang', 'de');
      expect(within(germanPreview).getByText('Montag bis Freitag')).toBeVisible();
      expect(screen.getByLabelText(/Page title/)).toHaveValue('Öffnungszeiten');
      await expectNoAxeViolations(document.body);
    });

    it('shows not found for an unknown id, and an error with retry when loading fails', async () => {
      const store = setupPages([openingHours]);
      const first = renderEditor(store.adapters, { pageId: 'nope' });
      expect(await screen.findByText('This page does not exist (any more).')).toBeVisible();
      first.unmount();

      store.adapters.control.failNext(1, 'unavailable', { methods: ['get'] });
      const { user } = renderEditor(store.adapters, { pageId: 'p1' });
      expect(await screen.findByText('Something went wrong')).toBeVisible();
      await expectNoAxeViolations(document.body);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await findForm()).toBeVisible();
    });

    it('saves and stays ("Save"), then saves and closes ("Save and close")', async () => {
      const store = setupPages([openingHours]);
      const { user, onSaved, onClose } = renderEditor(store.adapters, { pageId: 'p1' });
      await findForm();
      const internalTitle = screen.getByLabelText(/Internal title/);
      await user.type(internalTitle, ' (summer)');
      expect(screen.getByText('Unsaved changes')).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), { close: false, created: false }));
      expect(onClose).not.toHaveBeenCalled();
      expect(screen.getByText('All changes saved.')).toBeVisible();

      await user.type(internalTitle, '!');
      await user.click(screen.getByRole('button', { name: 'Save and close' }));
      await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
      expect((await store.customPages.get({ id: 'p1' })).internalTitle).toBe('Opening hours (summer)!');
    });

    it('shows the saving state on the button that started it and ignores a second click', async () => {
      const store = setupPages([openingHours]);
      const { user } = renderEditor(store.adapters, { pageId: 'p1' });
      await findForm();
      store.adapters.control.setLatency(1500);
      await user.type(screen.getByLabelText(/Internal title/), '!');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const saving = screen.getByRole('button', { name: 'Saving…' });
      expect(saving).toHaveAttribute('aria-disabled', 'true');
      await user.click(saving);
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeVisible(), { timeout: 5000 });
      expect(store.callsOf('update')).toHaveLength(1);
    });

    it('keeps every field as typed when saving fails, and says so', async () => {
      const store = setupPages([openingHours]);
      const { user } = renderEditor(store.adapters, { pageId: 'p1' });
      await findForm();
      await user.clear(screen.getByLabelText(/Internal title/));
      await user.type(screen.getByLabelText(/Internal title/), 'Hours');
      store.adapters.control.failNext(1, 'unavailable', { methods: ['update'] });
      await user.click(screen.getByRole('button', { name: 'Save' }));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Your changes were not saved. Everything you entered is still here.');
      expect(alert).toHaveTextContent('The service is unavailable right now.');
      expect(screen.getByLabelText(/Internal title/)).toHaveValue('Hours');
      expect(screen.getByText('Unsaved changes')).toBeVisible();
      await expectNoAxeViolations(document.body);

      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect((await store.customPages.get({ id: 'p1' })).internalTitle).toBe('Hours');
    });

    it('puts server field errors on their fields, switching to their language tab and focusing the first', async () => {
      const store = setupPages([openingHours]);
      const adapter = {
        ...store.customPages,
        update: vi.fn(async () => {
          throw new ValidationError([{ path: 'content.de.title', code: 'custom', message: 'Not allowed here' }]);
        }),
      };
      const { user } = renderEditor({ ...store.adapters, customPages: adapter }, { pageId: 'p1' });
      await findForm();
      await user.type(screen.getByLabelText(/Internal title/), '!');
      expect(tab(/English/)).toHaveAttribute('aria-selected', 'true');
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(tab(/German/)).toHaveAttribute('aria-selected', 'true'));
      const title = screen.getByLabelText(/Page title/);
      await waitFor(() => expect(title).toHaveFocus());
      expect(title).toHaveValue('Öffnungszeiten');
      expect(title).toHaveAttribute('aria-invalid', 'true');
      expect(title).toHaveAccessibleDescription(/not valid/);
    });

    it('removes a javascript: link from the body when saving, and the preview never renders it', async () => {
      const hostile = makePage({
        id: 'x1',
        slug: 'hostile',
        content: { en: { title: 'Hostile', body: '<p><a href="javascript:alert(1)">click me</a> and <a href="https://example.com/">a real link</a></p>' } },
      });
      const store = setupPages([hostile]);
      const { user } = renderEditor(store.adapters, { pageId: 'x1' });
      await findForm();
      const preview = screen.getByRole('region', { name: 'Preview in English' });
      // Rendered inert: the text stays, the link does not.
      expect(within(preview).getByText('click me').closest('a')).not.toHaveAttribute('href');
      expect(within(preview).getByRole('link', { name: 'a real link' })).toHaveAttribute('href', 'https://example.com/');

      await user.type(screen.getByLabelText(/Internal title/), '!');
      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(async () => expect((await store.customPages.get({ id: 'x1' })).version).toBe(2));
      const body = (await store.customPages.get({ id: 'x1' })).content.en?.body ?? '';
      expect(body).not.toMatch(/javascript:/i);
      expect(body).toContain('click me');
      expect(body).toContain('href="https://example.com/"');
    });

    it('refuses a 5 MB paste into the body with a message, and keeps the text as it was', async () => {
      const store = setupPages([openingHours]);
      const { user } = renderEditor(store.adapters, { pageId: 'p1' });
      await findForm();
      const content = await waitFor(() => {
        const element = document.querySelector<HTMLElement>('[data-slot="rich-text-content"] [contenteditable]');
        expect(element).not.toBeNull();
        return element as HTMLElement;
      });
      const huge = `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`;
      const paste = pasteEvent(huge);
      act(() => {
        content.dispatchEvent(paste);
      });
      expect(paste.defaultPrevented).toBe(true);
      expect(await screen.findByRole('alert')).toHaveTextContent(/The pasted content is too large \(5,121 kB\)/);
      expect(content).toHaveTextContent('We are open Monday to Friday.');
      expect(screen.queryByText('Unsaved changes')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});

/** A paste event carrying `html`, as a browser dispatches it. */
function pasteEvent(html: string): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/html' ? html : ''), types: ['text/html'], files: [] },
  });
  return event;
}

describe('CustomPageEditor on the server', () => {
  it('renders to a string without inline styles or event handler attributes', () => {
    const store = setupPages([openingHours]);
    const html = renderToString(
      <PortalProvider adapters={store.adapters}>
        <CustomPageEditor />
      </PortalProvider>,
    );
    expect(html).toContain('New page');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });
});

describe('CustomPageEditor in Arabic', () => {
  it('lays out right to left with Arabic labels, and passes axe', async () => {
    const store = setupPages([openingHours]);
    renderRtl(<CustomPageEditor pageId="p1" />, { provider: { adapters: store.adapters } });
    await findForm();
    expect(screen.getByRole('heading', { name: 'تعديل الصفحة' })).toBeVisible();
    expect(screen.getByLabelText(/العنوان الداخلي/)).toHaveValue('Opening hours');
    expect(screen.getByRole('button', { name: 'حفظ' }).closest('[dir]')).toHaveAttribute('dir', 'rtl');
    await expectNoAxeViolations(document.body);
  });
});
