import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Fragment, useEffect, useId, useMemo, useRef, useState, type ComponentProps, type KeyboardEvent, type ReactNode } from 'react';
import { usePortal } from '../../../portal/PortalProvider/index.js';
import { toSafeHref, toSafeImageSrc } from '../../../security/index.js';
import { Button, Notice, TextInput, VisuallyHidden } from '../primitives.styles.js';
import { useLatest } from '../useLatest.js';
import { AddColumnIcon, AddRowIcon, DeleteTableIcon, ImageIcon, LinkIcon, QuoteIcon, TableIcon, UnlinkIcon } from './icons.js';
import { EditorArea, EditorFrame, InlineForm, Toolbar, ToolbarSeparator, ToolButton } from './RichTextEditor.styles.js';
import { useAdminTranslation } from '../../i18n.js';

const NAME = 'RichTextEditor';

/** The most HTML a paste may bring in, in characters. @see RichTextEditorProps.maxPasteLength */
export const DEFAULT_MAX_PASTE_LENGTH = 500_000;

/** What an image upload returns: where the stored image is served. */
export interface UploadedImage {
  url: string;
}

export interface RichTextEditorProps extends Omit<ComponentProps<'div'>, 'children' | 'defaultValue' | 'onChange'> {
  /** The HTML to edit. External changes (a restored draft, "take theirs") replace the content. */
  value: string;
  /** Called with the editor's HTML after every change (not yet sanitized: sanitize on save). */
  onValueChange: (html: string) => void;
  /** Called when the editor loses focus (react-hook-form's `onBlur`). */
  onBlur?: (() => void) | undefined;
  /** The id of the element that names the editor (a field's label). */
  'aria-labelledby'?: string | undefined;
  /** Ids of the description and error of the field. */
  'aria-describedby'?: string | undefined;
  /** Marks the content invalid. */
  'aria-invalid'?: boolean | undefined;
  /** The language of the content (for spell checking and screen readers). */
  contentLanguage?: string | undefined;
  /**
   * Stores an image (through the host's asset adapter) and returns its URL; without it the
   * toolbar has no image button.
   */
  onUploadImage?: ((file: File, signal: AbortSignal) => Promise<UploadedImage>) | undefined;
  /** The longest HTML a paste may bring in; a larger paste is refused with a message. @default 500000 */
  maxPasteLength?: number | undefined;
  /** Receives the Tiptap editor once it exists (for tests and host integrations). */
  editorRef?: ((editor: Editor | null) => void) | undefined;
}

type Panel = 'link' | 'image' | null;

/**
 * Rich text for admins on Tiptap, limited to what `sanitizeHtml` keeps: headings, lists,
 * emphasis, quotes, links (checked with `toSafeHref`: `javascript:` and friends are refused
 * with a message), images through the host's asset adapter, and tables. The toolbar is one
 * tab stop (arrow keys move inside it); the usual shortcuts work (Ctrl/⌘ + B, I, U, Z).
 */
export function RichTextEditor({
  value,
  onValueChange,
  onBlur,
  'aria-labelledby': labelledBy,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
  contentLanguage,
  onUploadImage,
  maxPasteLength = DEFAULT_MAX_PASTE_LENGTH,
  editorRef,
  ...rest
}: RichTextEditorProps) {
  const { t } = useAdminTranslation();
  const { direction } = usePortal('RichTextEditor');
  const id = useId();
  const lastHtml = useRef(value);
  const onValueChangeRef = useLatest(onValueChange);
  const onBlurRef = useLatest(onBlur);
  const [notice, setNotice] = useState<string | null>(null);
  const limitRef = useLatest(maxPasteLength);
  const messagesRef = useLatest(t);

  // Tiptap compares its options on every render and reconfigures the editor when any differ,
  // so everything handed to it is created once (or memoized on what it depends on).
  const [initialContent] = useState(value);
  const [extensions] = useState(() => [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { target: null, rel: null, class: null },
        // Links pasted, typed or loaded go through the same check as the portal's links.
        isAllowedUri: (url) => toSafeHref(url) !== undefined,
      },
    }),
    // Images keep the sources `sanitizeHtml` keeps: http(s), paths, and the base64 raster
    // `data:` URLs the bundled stores return for uploads. Any other image is dropped on load.
    Image.extend({
      parseHTML() {
        return [{ tag: 'img[src]', getAttrs: (node: HTMLElement) => (toSafeImageSrc(node.getAttribute('src') ?? '') === undefined ? false : null) }];
      },
    }).configure({ inline: false }),
    TableKit.configure({ table: { resizable: false } }),
  ]);
  const editorProps = useMemo(() => {
    const attributes: Record<string, string> = { role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true', id: `${id}-content` };
    if (labelledBy) attributes['aria-labelledby'] = labelledBy;
    if (describedBy) attributes['aria-describedby'] = describedBy;
    if (invalid) attributes['aria-invalid'] = 'true';
    if (contentLanguage) attributes.lang = contentLanguage;
    return {
      attributes,
      handleDOMEvents: {
        // Checked before ProseMirror parses anything, so a huge paste never freezes the page.
        paste: (_view: unknown, event: ClipboardEvent) => {
          const data = event.clipboardData;
          const size = Math.max(data?.getData('text/html').length ?? 0, data?.getData('text/plain').length ?? 0);
          if (size <= limitRef.current) return false;
          event.preventDefault();
          setNotice(
            messagesRef.current('admin.editorPasteTooLarge', {
              size: Math.ceil(size / 1024).toLocaleString(),
              limit: Math.floor(limitRef.current / 1024).toLocaleString(),
            }),
          );
          return true;
        },
      },
    };
  }, [id, labelledBy, describedBy, invalid, contentLanguage, limitRef, messagesRef]);

  const editor = useEditor({
    // Server rendering and the first client render show an empty frame; the editor mounts after.
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    // Tiptap's own `<style>` element has no nonce and a strict `style-src` refuses it; the
    // rules it carries live in `EditorArea` instead.
    injectCSS: false,
    extensions,
    content: initialContent,
    editorProps,
    onUpdate: ({ editor: current }) => {
      const html = current.getHTML();
      lastHtml.current = html;
      onValueChangeRef.current(html);
    },
    onBlur: () => onBlurRef.current?.(),
  });

  useEffect(() => {
    editorRef?.(editor);
    return () => editorRef?.(null);
  }, [editor, editorRef]);

  // Replace the content when the value changes from outside (restore, reload, reset).
  useEffect(() => {
    if (!editor || value === lastHtml.current) return;
    lastHtml.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <EditorFrame data-slot="rich-text-editor" data-invalid={invalid || undefined} data-state={editor ? 'ready' : 'loading'} {...rest}>
      <EditorToolbar editor={editor} direction={direction} onUploadImage={onUploadImage} onNotice={setNotice} />
      {notice && (
        <Notice $tone="warning" role="alert" data-slot="rich-text-notice">
          <p>{notice}</p>
          <Button type="button" $variant="ghost" onClick={() => setNotice(null)}>
            {t('admin.editorDismiss')}
          </Button>
        </Notice>
      )}
      <EditorArea data-slot="rich-text-content">
        <EditorContent editor={editor} />
      </EditorArea>
    </EditorFrame>
  );
}
RichTextEditor.displayName = NAME;

interface EditorToolbarProps {
  editor: Editor | null;
  direction: 'ltr' | 'rtl';
  onUploadImage: RichTextEditorProps['onUploadImage'];
  onNotice: (message: string | null) => void;
}

function EditorToolbar({ editor, direction, onUploadImage, onNotice }: EditorToolbarProps) {
  const { t } = useAdminTranslation();
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const [panel, setPanel] = useState<Panel>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            bold: current.isActive('bold'),
            italic: current.isActive('italic'),
            underline: current.isActive('underline'),
            strike: current.isActive('strike'),
            h2: current.isActive('heading', { level: 2 }),
            h3: current.isActive('heading', { level: 3 }),
            bulletList: current.isActive('bulletList'),
            orderedList: current.isActive('orderedList'),
            blockquote: current.isActive('blockquote'),
            link: current.isActive('link'),
            table: current.isActive('table'),
            canUndo: current.can().undo(),
            canRedo: current.can().redo(),
          }
        : null,
  });

  const chain = () => editor?.chain().focus();
  type Tool = { key: string; label: string; pressed?: boolean; disabled?: boolean; run: () => void; text: ReactNode };
  const groups: Tool[][] = [
    [
      { key: 'bold', label: t('admin.editorBold'), pressed: state?.bold, run: () => chain()?.toggleBold().run(), text: <strong>B</strong> },
      { key: 'italic', label: t('admin.editorItalic'), pressed: state?.italic, run: () => chain()?.toggleItalic().run(), text: <em>I</em> },
      { key: 'underline', label: t('admin.editorUnderline'), pressed: state?.underline, run: () => chain()?.toggleUnderline().run(), text: <u>U</u> },
      { key: 'strike', label: t('admin.editorStrike'), pressed: state?.strike, run: () => chain()?.toggleStrike().run(), text: <s>S</s> },
    ],
    [
      { key: 'h2', label: t('admin.editorHeading2'), pressed: state?.h2, run: () => chain()?.toggleHeading({ level: 2 }).run(), text: 'H2' },
      { key: 'h3', label: t('admin.editorHeading3'), pressed: state?.h3, run: () => chain()?.toggleHeading({ level: 3 }).run(), text: 'H3' },
      { key: 'bulletList', label: t('admin.editorBulletList'), pressed: state?.bulletList, run: () => chain()?.toggleBulletList().run(), text: '•' },
      { key: 'orderedList', label: t('admin.editorOrderedList'), pressed: state?.orderedList, run: () => chain()?.toggleOrderedList().run(), text: '1.' },
      { key: 'blockquote', label: t('admin.editorBlockquote'), pressed: state?.blockquote, run: () => chain()?.toggleBlockquote().run(), text: <QuoteIcon /> },
    ],
    [
      { key: 'link', label: t('admin.editorLink'), pressed: state?.link, run: () => setPanel(panel === 'link' ? null : 'link'), text: <LinkIcon /> },
      { key: 'unlink', label: t('admin.editorUnlink'), disabled: !state?.link, run: () => chain()?.extendMarkRange('link').unsetLink().run(), text: <UnlinkIcon /> },
      ...(onUploadImage
        ? [{ key: 'image', label: t('admin.editorImage'), pressed: panel === 'image', run: () => setPanel(panel === 'image' ? null : 'image'), text: <ImageIcon /> }]
        : []),
      { key: 'table', label: t('admin.editorTable'), run: () => chain()?.insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), text: <TableIcon /> },
      { key: 'addRow', label: t('admin.editorAddRow'), disabled: !state?.table, run: () => chain()?.addRowAfter().run(), text: <AddRowIcon /> },
      { key: 'addColumn', label: t('admin.editorAddColumn'), disabled: !state?.table, run: () => chain()?.addColumnAfter().run(), text: <AddColumnIcon /> },
      { key: 'deleteTable', label: t('admin.editorDeleteTable'), disabled: !state?.table, run: () => chain()?.deleteTable().run(), text: <DeleteTableIcon /> },
    ],
    [
      { key: 'undo', label: t('admin.editorUndo'), disabled: !state?.canUndo, run: () => chain()?.undo().run(), text: '↶' },
      { key: 'redo', label: t('admin.editorRedo'), disabled: !state?.canRedo, run: () => chain()?.redo().run(), text: '↷' },
    ],
  ];
  const tools = groups.flat();
  const activeIndex = Math.min(focusIndex, tools.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = (activeIndex + 1) % tools.length;
    else if (event.key === backward) next = (activeIndex - 1 + tools.length) % tools.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tools.length - 1;
    else return;
    event.preventDefault();
    setFocusIndex(next);
    toolbarRef.current?.querySelectorAll<HTMLButtonElement>('[data-slot="editor-tool"]')[next]?.focus();
  };

  let index = -1;
  return (
    <>
      <Toolbar ref={toolbarRef} role="toolbar" aria-label={t('admin.editorToolbar')} aria-orientation="horizontal" onKeyDown={onKeyDown} data-slot="rich-text-toolbar">
        {groups.map((group, groupIndex) => (
          <Fragment key={groupIndex}>
            {groupIndex > 0 && <ToolbarSeparator aria-hidden="true" />}
            {group.map((tool) => {
              index += 1;
              const toolIndex = index;
              return (
                <ToolButton
                  key={tool.key}
                  type="button"
                  title={tool.label}
                  aria-pressed={tool.pressed === undefined ? undefined : tool.pressed}
                  aria-disabled={tool.disabled || !editor || undefined}
                  tabIndex={toolIndex === activeIndex ? 0 : -1}
                  onFocus={() => setFocusIndex(toolIndex)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    if (tool.disabled || !editor) return;
                    tool.run();
                  }}
                  data-slot="editor-tool"
                  data-tool={tool.key}
                >
                  <span aria-hidden="true">{tool.text}</span>
                  {/* Named by this text, not aria-label: the glyph is not a word to match. */}
                  <VisuallyHidden>{tool.label}</VisuallyHidden>
                </ToolButton>
              );
            })}
          </Fragment>
        ))}
      </Toolbar>
      {editor && panel === 'link' && <LinkForm editor={editor} onClose={() => setPanel(null)} />}
      {editor && panel === 'image' && onUploadImage && (
        <ImageForm editor={editor} onUploadImage={onUploadImage} onClose={() => setPanel(null)} onNotice={onNotice} />
      )}
    </>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useAdminTranslation();
  const inputId = useId();
  const errorId = useId();
  const [url, setUrl] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const apply = () => {
    const trimmed = url.trim();
    if (trimmed === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    const safe = toSafeHref(trimmed);
    if (safe === undefined) {
      setError(t('admin.editorLinkRefused'));
      inputRef.current?.focus();
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: trimmed, marks: [{ type: 'link', attrs: { href: safe } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: safe }).run();
    }
    onClose();
  };

  return (
    <InlineForm
      data-slot="editor-link-form"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <label htmlFor={inputId}>
        {t('admin.editorLinkUrl')}
        <TextInput
          ref={inputRef}
          id={inputId}
          type="text"
          inputMode="url"
          dir="ltr"
          value={url}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              apply();
            }
          }}
        />
      </label>
      <Button type="button" $variant="primary" onClick={apply} data-slot="editor-link-apply">
        {t('admin.editorApply')}
      </Button>
      <Button type="button" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      {error && (
        <Notice $tone="danger" id={errorId} role="alert" data-slot="editor-form-error">
          <p>{error}</p>
        </Notice>
      )}
    </InlineForm>
  );
}

function ImageForm({
  editor,
  onUploadImage,
  onClose,
  onNotice,
}: {
  editor: Editor;
  onUploadImage: NonNullable<RichTextEditorProps['onUploadImage']>;
  onClose: () => void;
  onNotice: (message: string | null) => void;
}) {
  const { t } = useAdminTranslation();
  const fileId = useId();
  const altId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const insert = async () => {
    if (!file) {
      setError(t('admin.editorImageChooseFile'));
      return;
    }
    setBusy(true);
    setError(null);
    controller.current = new AbortController();
    try {
      const uploaded = await onUploadImage(file, controller.current.signal);
      const src = toSafeImageSrc(uploaded.url);
      if (src === undefined) throw new Error('unsafe image URL');
      editor.chain().focus().setImage({ src, alt: alt.trim() }).run();
      onNotice(null);
      onClose();
    } catch {
      if (!controller.current.signal.aborted) setError(t('admin.editorImageFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <InlineForm data-slot="editor-image-form">
      <label htmlFor={fileId}>
        {t('admin.editorImageFile')}
        <TextInput id={fileId} type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <label htmlFor={altId}>
        {t('admin.editorImageAlt')}
        <TextInput id={altId} type="text" value={alt} onChange={(event) => setAlt(event.target.value)} />
      </label>
      <Button type="button" $variant="primary" aria-disabled={busy || undefined} onClick={() => void (busy ? undefined : insert())}>
        {busy ? t('admin.working') : t('admin.editorImageInsert')}
      </Button>
      <Button type="button" onClick={onClose}>
        {t('common.cancel')}
      </Button>
      {error && (
        <Notice $tone="danger" role="alert" data-slot="editor-form-error">
          <p>{error}</p>
        </Notice>
      )}
    </InlineForm>
  );
}
