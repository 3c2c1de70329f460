import '../jsdomLayout.js';
import { undo } from '@codemirror/commands';
import { EditorView } from '@codemirror/view';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeEditor } from '../../../src/admin/LayoutEditor/CodeEditor.js';
import { expectNoAxeViolations, renderPortal, renderRtl, type PortalRenderOptions } from '../../render.js';

/** The editor holding its code as the layout editor does, with a field after it. */
function Harness({ initial = '', onValueChange = vi.fn(), language = 'css' as const, label = 'Custom CSS' }: { initial?: string; onValueChange?: (value: string) => void; language?: 'css' | 'plain'; label?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <p id="css-report">Removed: one rule.</p>
      <CodeEditor
        label={label}
        language={language}
        describedBy="css-report"
        value={value}
        onValueChange={(next) => {
          setValue(next);
          onValueChange(next);
        }}
      />
      <button type="button" onClick={() => setValue('body { color: red; }')}>
        Restore draft
      </button>
    </>
  );
}

const content = () => screen.getByRole('textbox', { name: 'Custom CSS' });
const view = () => EditorView.findFromDOM(content()) as EditorView;
const text = () => view().state.doc.toString();

function setup(props: Parameters<typeof Harness>[0] = {}, options: PortalRenderOptions & { rtl?: boolean } = {}) {
  const render = options.rtl ? renderRtl : renderPortal;
  return { user: userEvent.setup(), ...render(<Harness {...props} />, options) };
}

describe('CodeEditor', () => {
  it('is a named, described text box holding the code, and passes axe', async () => {
    const { container } = setup({ initial: '.hpk-header { color: navy; }' });
    expect(content()).toHaveAccessibleDescription('Removed: one rule.');
    expect(text()).toBe('.hpk-header { color: navy; }');
    expect(container.querySelector('[data-slot="code-editor"]')).toHaveAttribute('data-language', 'css');
    await expectNoAxeViolations(container);
  });

  it('reports each change of the code', () => {
    const onValueChange = vi.fn();
    setup({ initial: 'a {}', onValueChange });
    act(() => view().dispatch({ changes: { from: 0, insert: 'b, ' } }));
    expect(onValueChange).toHaveBeenLastCalledWith('b, a {}');
  });

  it('takes a value set from outside (a restored draft) without reporting it as typed', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ initial: 'a {}', onValueChange });
    await user.click(screen.getByRole('button', { name: 'Restore draft' }));
    expect(text()).toBe('body { color: red; }');
    // The editor reports the document it was given; the value already is that.
    expect(onValueChange.mock.calls.every(([value]) => value === 'body { color: red; }')).toBe(true);
  });

  // Escape then Tab leaving the editor is CodeMirror's rule; it reads legacy key codes, which
  // simulated key events do not carry, so it is not checked here.
  it('indents with Tab instead of leaving the editor', async () => {
    const onValueChange = vi.fn();
    const { user } = setup({ initial: 'a {}', onValueChange });
    act(() => {
      view().focus();
      view().dispatch({ selection: { anchor: 0 } });
    });
    await user.keyboard('{Tab}');
    expect(text()).toBe('  a {}');
    expect(onValueChange).toHaveBeenLastCalledWith('  a {}');
    expect(content()).toHaveFocus();
  });

  // Bug: a new name (an inline script renumbered after another was removed) rebuilt the editor,
  // dropping the admin's undo history and cursor.
  it('keeps the editor, its undo history and cursor when its name changes', () => {
    const { rerender } = setup({ initial: 'a {}' });
    const before = view();
    act(() => before.dispatch({ changes: { from: 4, insert: ' b {}' }, selection: { anchor: 9 } }));
    rerender(<Harness initial="a {}" label="Custom CSS, renamed" />);
    const after = EditorView.findFromDOM(screen.getByRole('textbox', { name: 'Custom CSS, renamed' })) as EditorView;
    expect(after).toBe(before);
    expect(after.state.selection.main.head).toBe(9);
    expect(screen.getByRole('textbox', { name: 'Custom CSS, renamed' })).toHaveAccessibleDescription('Removed: one rule.');
    act(() => {
      undo(after);
    });
    expect(after.state.doc.toString()).toBe('a {}');
  });

  it('puts the page’s CSP nonce on its styles', () => {
    setup({}, { provider: { nonce: 'n0nce' } });
    // CodeMirror's own style element (its generated class names start with "ͼ").
    const styles = [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('.ͼ'));
    expect(styles).toHaveLength(1);
    expect(styles[0]).toHaveAttribute('nonce', 'n0nce');
  });

  it('shows code left to right in Arabic', async () => {
    const { container } = setup({ initial: 'a { color: red; }' }, { rtl: true });
    expect(container.querySelector('[dir="rtl"]')).not.toBeNull();
    expect(getComputedStyle(container.querySelector('[data-slot="code-editor"]') as HTMLElement).direction).toBe('ltr');
    await expectNoAxeViolations(container);
  });
});
