import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { Field, RichTextEditor } from '../../../src/admin/index.js';
import { expectLayoutHolds, inColumn, LONG_TEXT, LONG_URL_TEXT, LONG_WORD } from '../../fixtures/longContent.js';

const body = `<h2>Opening hours</h2><p>We are open <strong>Monday to Friday</strong>. See the <a href="/page/holidays">holiday calendar</a>.</p>
<ul><li>Phone</li><li>Email</li></ul><table><tbody><tr><th>Priority</th><th>First answer</th></tr><tr><td>High</td><td>1 hour</td></tr></tbody></table>`;

const meta = {
  title: 'Admin/Kit/RichTextEditor',
  component: RichTextEditor,
  args: { value: body, onValueChange: fn(), onUploadImage: async () => ({ url: 'https://images.example.com/team.png' }) },
  parameters: { a11y: { test: 'error' } },
  render: function Render(args) {
    const [value, setValue] = useState(args.value);
    return (
      <Field label="Text" labelKind="group" description="Headings, lists, links, images and tables.">
        {(controlProps, { labelId }) => (
          <RichTextEditor
            {...args}
            value={value}
            onValueChange={setValue}
            aria-labelledby={labelId}
            aria-describedby={controlProps['aria-describedby']}
          />
        )}
      </Field>
    );
  },
} satisfies Meta<typeof RichTextEditor>;
export default meta;

type Story = StoryObj<typeof meta>;

/** Headings, emphasis, a list, a link and a table. */
export const WithContent: Story = {};

/** Empty. */
export const Empty: Story = { args: { value: '' } };

/** A `javascript:` link is refused with a message. */
export const RefusedLink: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Link' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Link address' }), 'javascript:alert(1)');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('This link is not allowed.');
  },
};

/** Inserting an image through the host's asset adapter. */
export const ImageUpload: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Image' }));
    await expect(canvas.getByLabelText('Image file')).toBeVisible();
  },
};

/** Long content in a phone-wide column: an unbreakable word, an address and a long paragraph; the toolbar wraps. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { value: `<h2>${LONG_WORD}</h2><p>${LONG_TEXT}</p><p><a href="${LONG_URL_TEXT}">${LONG_URL_TEXT}</a></p>` },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};

/** In Arabic, right to left: the toolbar translated and Arabic text typed from the right. */
export const RightToLeft: Story = {
  globals: { language: 'ar' },
  args: { value: '<h2>ساعات العمل</h2><p>يعمل مكتب الخدمة في أيام العمل.</p>' },
  play: async ({ canvas }) => {
    const toolbar = await canvas.findByRole('toolbar', { name: 'تنسيق النص' });
    await expect(toolbar.closest('[dir="rtl"]')).not.toBeNull();
    await expect(canvas.getByRole('button', { name: 'غامق' })).toBeVisible();
  },
};
