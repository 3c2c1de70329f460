export { DEFAULT_MAX_PASTE_LENGTH, RichTextEditor } from './RichTextEditor.js';
export type { RichTextEditorProps, UploadedImage } from './RichTextEditor.js';
