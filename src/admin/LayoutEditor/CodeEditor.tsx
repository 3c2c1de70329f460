import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { css as cssLanguage } from '@codemirror/lang-css';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { styled } from 'styled-components';
import { usePortal } from '../../portal/PortalProvider/index.js';
import { useLatest } from '../kit/useLatest.js';

const Frame = styled.div`
  border: 1px solid ${({ theme }) => theme.color.controlBorder};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.text};
  min-block-size: 8rem;
  direction: ltr;
  text-align: start;
  & .cm-editor {
    min-block-size: 8rem;
    font-family: ${({ theme }) => theme.font.monospaceFontFamily};
  }
  & .cm-gutters {
    background: ${({ theme }) => theme.color.surfaceMuted};
    color: ${({ theme }) => theme.color.text};
    border-inline-end: 1px solid ${({ theme }) => theme.color.border};
  }
  & .cm-editor.cm-focused {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

/** The editable area's accessible name and description. */
const contentAttributes = (name: string, description: string | undefined) =>
  EditorView.contentAttributes.of({ 'aria-label': name, ...(description ? { 'aria-describedby': description } : {}) });

export interface CodeEditorProps extends Omit<ComponentProps<'div'>, 'children' | 'onChange'> {
  /** The code. */
  value: string;
  /** Called with the code after each change. */
  onValueChange: (value: string) => void;
  /** The language: CSS gets highlighting and indentation; `plain` none. @default 'plain' */
  language?: 'css' | 'plain' | undefined;
  /** The editor's accessible name. */
  label: string;
  /** Ids of elements describing the editor (errors, reports). */
  describedBy?: string | undefined;
}

/**
 * A CodeMirror 6 editor (admin-only: the portal never imports it). Code is shown left to right
 * in every language. Tab indents; Escape then Tab leaves the editor (CodeMirror's own rule),
 * so keyboard users are never trapped. Its styles carry the page's CSP nonce.
 */
export function CodeEditor({ value, onValueChange, language = 'plain', label, describedBy, ...rest }: CodeEditorProps) {
  const { nonce } = usePortal('CodeEditor');
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChange = useLatest(onValueChange);
  // The name and description change without a new editor (an inline script renumbered after
  // another is removed): rebuilding it would drop the admin's undo history and cursor.
  const [attributes] = useState(() => new Compartment());
  const latestAttributes = useLatest({ label, describedBy });

  useEffect(() => {
    const parent = host.current;
    if (!parent) return undefined;
    const extensions: Extension[] = [
      lineNumbers(),
      history(),
      indentOnInput(),
      bracketMatching(),
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      EditorView.lineWrapping,
      attributes.of(contentAttributes(latestAttributes.current.label, latestAttributes.current.describedBy)),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange.current(update.state.doc.toString());
      }),
    ];
    if (nonce) extensions.push(EditorView.cspNonce.of(nonce));
    if (language === 'css') extensions.push(cssLanguage());
    const created = new EditorView({ state: EditorState.create({ doc: value, extensions }), parent });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once per language and nonce; `value`, name and description are synced below.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `onChange` and `latestAttributes` are refs; the rest is synced by the next effects.
  }, [language, nonce]);

  useEffect(() => {
    view.current?.dispatch({ effects: attributes.reconfigure(contentAttributes(label, describedBy)) });
  }, [attributes, label, describedBy]);

  // A value set from outside (a restored draft, a reload) replaces the document.
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    if (text !== value) current.dispatch({ changes: { from: 0, to: text.length, insert: value } });
  }, [value]);

  return <Frame ref={host} data-slot="code-editor" data-language={language} {...rest} />;
}
CodeEditor.displayName = 'CodeEditor';
