import '../jsdomLayout.js';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, RichTextEditor } from '../../../src/admin/index.js';
import { renderPortal } from '../../render.js';

describe('RichTextEditor under a strict Content-Security-Policy', () => {
  // Tiptap's base styles went into a <style> element without the page's nonce, which a strict
  // `style-src` refuses (a console error on every editor in the demo).
  it('adds no style element of its own to the document', async () => {
    for (const style of document.querySelectorAll('style[data-tiptap-style]')) style.remove();
    renderPortal(
      <Field label="Text" labelKind="group">
        {(_controlProps, { labelId }) => <RichTextEditor value="<p>Hello</p>" onValueChange={() => {}} aria-labelledby={labelId} />}
      </Field>,
      { provider: { nonce: 'rAnd0mN0nceValue1234==' } },
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Text' })).toHaveAttribute('contenteditable', 'true'));
    expect(document.querySelectorAll('style[data-tiptap-style]')).toHaveLength(0);
    // The rules Tiptap would have added are the editing area's own (styled-components, with the nonce).
    expect(getComputedStyle(screen.getByRole('textbox', { name: 'Text' })).whiteSpace).toBe('break-spaces');
  });
});
