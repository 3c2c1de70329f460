export { AdminDialog, DialogClose } from './AdminDialog.js';
export type { AdminDialogProps } from './AdminDialog.js';
export { ConfirmDialog } from './ConfirmDialog.js';
export type { ConfirmDialogProps } from './ConfirmDialog.js';
export { ConflictDialog } from './ConflictDialog.js';
export type { ConflictDialogProps, ConflictRow } from './ConflictDialog.js';
