import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CustomPageEditor } from '../../../src/admin/index.js';
import { storyGroupAdapter } from '../customerGroups.js';
import { storyPages, WithAdapters } from '../fixtures.js';
import { expectLayoutHolds, LONG_TEXT, LONG_URL_TEXT, LONG_WORD, longTitle } from '../../fixtures/longContent.js';

const meta = {
  title: 'Admin/CustomPageEditor',
  component: CustomPageEditor,
  args: { onSaved: fn(), onClose: fn(), pageId: 'opening-hours' },
  parameters: { a11y: { test: 'error' } },
  render: (args) => <WithAdapters>{() => <CustomPageEditor {...args} />}</WithAdapters>,
  beforeEach: () => {
    sessionStorage.clear();
  },
} satisfies Meta<typeof CustomPageEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** A stored page in three languages (French incomplete), with the live preview. */
export const EditPage: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Edit page' })).toBeVisible();
    await expect(canvas.getByRole('tab', { name: 'French (incomplete)' })).toBeVisible();
  },
};

/**
 * A page for customers in the Gold group: the audience field lists the host's groups, and the
 * preview, seen by an anonymous visitor, says the portal does not show it to them.
 */
export const LimitedToGroup: Story = {
  render: (args) => (
    <WithAdapters customerGroups={storyGroupAdapter()} pages={storyPages.map((page) => (page.id === 'opening-hours' ? { ...page, audience: { kind: 'groups', groups: ['gold'] } } : page))}>
      {() => <CustomPageEditor {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('checkbox', { name: 'Gold' })).toBeChecked();
    await expect(canvas.getByText('The portal does not show this page to the audience chosen for the preview.')).toBeVisible();
    await userEvent.selectOptions(canvas.getByLabelText('Seen by'), 'Customer in Gold');
    await waitFor(() => expect(canvas.queryByText('The portal does not show this page to the audience chosen for the preview.')).toBeNull());
  },
};

/** A new page in German and French: the slug follows the internal title. */
export const NewPage: Story = {
  args: { pageId: null, initialLanguages: ['de', 'fr'] },
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/Internal title/), 'Preise & Gebühren');
    await expect(canvas.getByLabelText(/^Slug/)).toHaveValue('preise-gebuehren');
  },
};

/** While the page loads. */
export const Loading: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.setLatency(Number.POSITIVE_INFINITY)}>{() => <CustomPageEditor {...args} />}</WithAdapters>
  ),
};

/** An id that does not exist (any more). */
export const NotFound: Story = { args: { pageId: 'gone' } };

/** Loading failed; "Try again" loads again. */
export const LoadError: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.failNext(1, 'unauthorized', { domains: ['customPages'], methods: ['get'] })}>
      {() => <CustomPageEditor {...args} />}
    </WithAdapters>
  ),
};

/** "Save" with empty required fields: every problem on its field, the first focused. */
export const InvalidInput: Story = {
  args: { pageId: null },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.getByLabelText(/Internal title/)).toHaveFocus());
  },
};

/** Saving failed: the input stays and the error says so. */
export const SaveFailed: Story = {
  render: (args) => (
    <WithAdapters prepare={(adapters) => adapters.control.failNext(1, 'unauthorized', { domains: ['customPages'], methods: ['update'] })}>
      {() => <CustomPageEditor {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/Internal title/), ' (summer)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Your changes were not saved. Everything you entered is still here.')).toBeVisible();
  },
};

/** Another tab saved the page first: both versions side by side. */
export const Conflict: Story = {
  render: (args) => (
    <WithAdapters>
      {(adapters) => (
        <CustomPageEditor
          {...args}
          data-testid="editor"
          onSaved={args.onSaved}
          // The other tab: saves a change as soon as the admin starts typing.
          onFocus={() => {
            void adapters.customPages.get({ id: 'opening-hours' }).then((page) => {
              if (page.version > 3) return;
              const { id, version, updatedAt: _updatedAt, ...input } = page;
              return adapters.customPages.update({ id, previousVersion: version, data: { ...input, internalTitle: 'Opening hours (winter)' } });
            });
          }}
        />
      )}
    </WithAdapters>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/Internal title/), ' (summer)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const dialog = await canvas.findByRole('dialog', { name: 'This page was changed elsewhere' });
    await expect(within(dialog).getByText('Opening hours (winter)')).toBeVisible();
  },
};

/** The page was deleted in another tab: the input stays and can be saved as a new page. */
export const DeletedMeanwhile: Story = {
  render: (args) => (
    <WithAdapters>
      {(adapters) => (
        <CustomPageEditor
          {...args}
          onFocus={() => {
            void adapters.customPages.get({ id: 'opening-hours' }).then(
              (page) => adapters.customPages.delete({ id: page.id, previousVersion: page.version }),
              () => undefined,
            );
          }}
        />
      )}
    </WithAdapters>
  ),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText(/Internal title/), '!');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('button', { name: 'Save as a new page' })).toBeVisible();
  },
};

/** Unsaved changes from an earlier visit (a reload or crash) are offered back. */
export const DraftFound: Story = {
  beforeEach: () => {
    sessionStorage.setItem(
      'helpdesk-portal-kit:draft:customPage:opening-hours',
      JSON.stringify({
        values: { internalTitle: 'Opening hours (draft)', slug: 'opening-hours', validity: 'valid', content: { en: { title: 'Opening hours', body: '<p>Draft text</p>' } } },
        savedAt: '2026-11-25T08:15:00.000Z',
        baseVersion: 3,
      }),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Restore them' })).toBeVisible();
  },
};

/** "Close" with unsaved changes asks first. */
export const LeaveWithoutSaving: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/Internal title/), '!');
    await userEvent.click(canvas.getByRole('button', { name: 'Close' }));
    await expect(await canvas.findByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  },
};

/** Long content: a page with a long internal title, slug and titles, and a long body, in the editor and its preview. */
export const LongContent: Story = {
  args: { pageId: 'long' },
  render: (args) => (
    <WithAdapters
      pages={[
        {
          id: 'long',
          version: 1,
          updatedAt: '2026-11-20T09:30:00.000Z',
          internalTitle: longTitle('Opening hours'),
          slug: `${LONG_WORD.toLowerCase()}-opening-hours`,
          validity: 'valid',
          content: {
            en: { title: longTitle('Opening hours'), body: `<p>${LONG_TEXT}</p><p><a href="${LONG_URL_TEXT}">${LONG_URL_TEXT}</a></p><ul><li>${LONG_WORD}</li></ul>` },
            de: { title: LONG_WORD, body: `<p>${LONG_WORD}</p>` },
          },
        },
      ]}
    >
      {() => <CustomPageEditor {...args} />}
    </WithAdapters>
  ),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('heading', { name: 'Edit page' });
    await canvas.findByRole('region', { name: /^Preview/ });
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the form's heading, labels and save bar translated. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'تعديل الصفحة' });
    await expect(heading.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('button', { name: 'حفظ' })).toBeVisible();
  },
};
