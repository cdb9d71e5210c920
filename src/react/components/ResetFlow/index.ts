export { ResetFlow } from './ResetFlow.js';
export type { ResetFlowProps } from './ResetFlow.js';
