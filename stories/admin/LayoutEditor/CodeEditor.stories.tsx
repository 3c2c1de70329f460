import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { CodeEditor } from '../../../src/admin/LayoutEditor/CodeEditor.js';
import { expectLayoutHolds, inColumn, LONG_URL_TEXT } from '../../fixtures/longContent.js';

interface Args {
  value: string;
  language: 'css' | 'plain';
  onValueChange: (value: string) => void;
}

/** The CodeMirror editor of the layout's custom CSS and the inline scripts (here on its own). */
const meta = {
  title: 'Admin/LayoutEditor/CodeEditor',
  args: { value: '.hpk-header {\n  border-block-end: 4px solid var(--hpk-color-primary);\n}\n', language: 'css', onValueChange: fn() },
  parameters: { a11y: { test: 'error' } },
  render: function Render({ value: initial, language, onValueChange }: Args) {
    const [value, setValue] = useState(initial);
    return (
      <>
        <p id="story-code-report">The sanitizer removed nothing.</p>
        <CodeEditor
          label="Code editor: Custom CSS"
          language={language}
          describedBy="story-code-report"
          value={value}
          onValueChange={(next) => {
            setValue(next);
            onValueChange(next);
          }}
        />
        <button type="button">After the editor</button>
      </>
    );
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<typeof meta>;

const content = (canvasElement: HTMLElement) => canvasElement.querySelector<HTMLElement>('.cm-content') as HTMLElement;

/** CSS with highlighting and line numbers. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Code editor: Custom CSS' })).toHaveAccessibleDescription('The sanitizer removed nothing.');
  },
};

/** Empty. */
export const Empty: Story = { args: { value: '' } };

/** Plain text (an inline script): no CSS highlighting. */
export const Plain: Story = { args: { language: 'plain', value: "window.dataLayer = window.dataLayer || [];\ndataLayer.push({ event: 'portal' });\n" } };

/**
 * Tab indents (and the change is reported) instead of leaving; Escape then Tab leaves the editor
 * (CodeMirror's rule, which reads real key codes: try it by hand, simulated keys cannot show it).
 */
export const Keyboard: Story = {
  args: { value: 'a {}' },
  play: async ({ args, canvas, canvasElement }) => {
    await userEvent.click(content(canvasElement));
    await userEvent.keyboard('{Tab}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith('  a {}');
    await expect(content(canvasElement)).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'After the editor' })).not.toHaveFocus();
  },
};

/** In Arabic the page runs right to left, the code left to right. */
export const Arabic: Story = {
  globals: { language: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(getComputedStyle(canvasElement.querySelector('[data-slot="code-editor"]') as HTMLElement).direction).toBe('ltr');
  },
};

/** A long line without a space wraps in a phone-wide column. */
export const LongContent: Story = {
  decorators: [inColumn()],
  args: { value: `.hpk-header { background-image: url("${LONG_URL_TEXT}${LONG_URL_TEXT}"); }\n` },
  play: async ({ canvasElement }) => {
    await expectLayoutHolds(canvasElement);
  },
};
