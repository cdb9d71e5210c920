export { ResetCompleteForm } from './ResetCompleteForm.js';
export type { ResetCompleteFormProps } from './ResetCompleteForm.js';
