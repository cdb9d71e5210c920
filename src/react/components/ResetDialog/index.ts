export { ResetDialog } from './ResetDialog.js';
export type { ResetDialogProps } from './ResetDialog.js';
