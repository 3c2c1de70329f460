import '../jsdomLayout.js';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Field, RichTextEditor, type RichTextEditorProps } from '../../../src/admin/index.js';
import { expectNoAxeViolations, renderPortal, renderRtl } from '../../render.js';

vi.setConfig({ testTimeout: 20_000 });

function Harness({ initial = '<p>Hello world</p>', onChange, ...props }: Partial<RichTextEditorProps> & { initial?: string; onChange?: (html: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <Field label="Text" labelKind="group" description="What the customer reads">
      {(controlProps, { labelId }) => (
        <RichTextEditor
          value={value}
          onValueChange={(html) => {
            setValue(html);
            onChange?.(html);
          }}
          aria-labelledby={labelId}
          aria-describedby={controlProps['aria-describedby']}
          {...props}
        />
      )}
    </Field>
  );
}

async function editable() {
  return waitFor(() => {
    const element = screen.getByRole('textbox', { name: 'Text' });
    expect(element).toHaveAttribute('contenteditable', 'true');
    return element;
  });
}

describe('RichTextEditor', () => {
  it('is a labelled, described multi-line text box with a formatting toolbar', async () => {
    renderPortal(<Harness />);
    const box = await editable();
    expect(box).toHaveAccessibleDescription('What the customer reads');
    expect(box).toHaveAttribute('aria-multiline', 'true');
    expect(box).toHaveTextContent('Hello world');
    const toolbar = screen.getByRole('toolbar', { name: 'Text formatting' });
    expect(toolbar).toBeVisible();
    await expectNoAxeViolations(document.body);
  });

  it('has one tab stop in the toolbar and moves with the arrow keys (mirrored in RTL)', async () => {
    const user = userEvent.setup();
    renderPortal(<Harness />);
    await editable();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Italic' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Redo' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveFocus();
  });

  it('moves right to left in Arabic', async () => {
    const user = userEvent.setup();
    renderRtl(<Harness />);
    await waitFor(() => expect(document.querySelector('[contenteditable="true"]')).not.toBeNull());
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'مائل' })).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });

  it('makes the selection bold from the toolbar and reports the new HTML', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    let editor: Parameters<NonNullable<RichTextEditorProps['editorRef']>>[0] = null;
    renderPortal(<Harness onChange={onChange} editorRef={(instance) => (editor = instance)} />);
    await editable();
    act(() => {
      editor?.commands.setTextSelection({ from: 1, to: 6 });
    });
    await user.click(screen.getByRole('button', { name: 'Bold' }));
    expect(onChange).toHaveBeenLastCalledWith('<p><strong>Hello</strong> world</p>');
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('refuses a javascript: link with a message, and adds an https link', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderPortal(<Harness onChange={onChange} />);
    await editable();
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByRole('textbox', { name: 'Link address' });
    expect(address).toHaveFocus();
    await user.type(address, 'javascript:alert(document.cookie)');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This link is not allowed.');
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(/not allowed/);
    expect(onChange).not.toHaveBeenCalled();
    await expectNoAxeViolations(document.body);

    await user.clear(address);
    await user.type(address, 'https://example.com/help{Enter}');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall?.[0]).toContain('<a href="https://example.com/help">https://example.com/help</a>');
    expect(screen.queryByRole('textbox', { name: 'Link address' })).toBeNull();
  });

  it('drops javascript: links from loaded content', async () => {
    renderPortal(<Harness initial='<p><a href="javascript:alert(1)">bad</a> <a href="/page/terms">good</a></p>' />);
    const box = await editable();
    expect(box.querySelector('a[href^="javascript"]')).toBeNull();
    expect(box.querySelector('a[href="/page/terms"]')).not.toBeNull();
  });

  it('uploads an image through the host and inserts it with its alt text', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onUploadImage = vi.fn(async () => ({ url: 'https://cdn.example.com/logo.png' }));
    renderPortal(<Harness onChange={onChange} onUploadImage={onUploadImage} />);
    await editable();
    await user.click(screen.getByRole('button', { name: 'Image' }));
    await user.upload(screen.getByLabelText('Image file'), new File(['png'], 'logo.png', { type: 'image/png' }));
    await user.type(screen.getByLabelText(/alt text/), 'Our logo');
    await user.click(screen.getByRole('button', { name: 'Upload and insert' }));
    await waitFor(() => expect(onChange.mock.lastCall?.[0]).toContain('<img src="https://cdn.example.com/logo.png" alt="Our logo">'));
    expect(onUploadImage).toHaveBeenCalledWith(expect.any(File), expect.any(AbortSignal));
  });

  it('renders on the server as an empty frame with its toolbar', async () => {
    const { renderToString } = await import('react-dom/server');
    const { PortalProvider } = await import('../../../src/portal/PortalProvider/index.js');
    const html = renderToString(
      <PortalProvider>
        <RichTextEditor value="<p>x</p>" onValueChange={() => {}} />
      </PortalProvider>,
    );
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('role="toolbar"');
    expect(html).not.toMatch(/\sstyle="/);
  });
});
