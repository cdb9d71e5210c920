export { ResetStartForm } from './ResetStartForm.js';
export type { ResetStartFormProps } from './ResetStartForm.js';
