import '../jsdomLayout.js';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field, RichTextEditor } from '../../../src/admin/index.js';
import { renderPortal } from '../../render.js';

describe('RichTextEditor under a strict Content-Security-Policy', () => {
  it("puts the page's nonce on the base styles it adds to the document", async () => {
    // Tiptap adds its styles once per document: start from a document without them.
    for (const style of document.querySelectorAll('style[data-tiptap-style]')) style.remove();
    renderPortal(
      <Field label="Text" labelKind="group">
        {(_controlProps, { labelId }) => <RichTextEditor value="<p>Hello</p>" onValueChange={() => {}} aria-labelledby={labelId} />}
      </Field>,
      { provider: { nonce: 'rAnd0mN0nceValue1234==' } },
    );
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Text' })).toHaveAttribute('contenteditable', 'true'));
    const styles = [...document.querySelectorAll('style[data-tiptap-style]')];
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style.getAttribute('nonce')).toBe('rAnd0mN0nceValue1234==');
  });
});
