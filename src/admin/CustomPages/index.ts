export { CustomPageEditor } from './CustomPageEditor.js';
export type { CustomPageEditorProps } from './CustomPageEditor.js';
export { CustomPageList } from './CustomPageList.js';
export type { CustomPageListProps } from './CustomPageList.js';
export { useCustomPageEditor } from './useCustomPageEditor.js';
export type {
  CustomPageConflict,
  CustomPageEditorState,
  CustomPageEditorStatus,
  UseCustomPageEditorOptions,
} from './useCustomPageEditor.js';
export { CustomPageFormSchema, toCustomPageInput, toFormValues } from './customPageForm.js';
export type { CustomPageFormValues } from './customPageForm.js';
