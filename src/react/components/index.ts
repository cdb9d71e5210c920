/**
 * resetkit's styled components, built only on the hooks. Style them with `resetkit/styles.css`
 * (tokens `--rk-*`, `[data-part]`/`[data-state]` selectors) or your own CSS; every component
 * takes `className` for its root and `classNames` for inner parts.
 */
export { PasswordField } from './PasswordField/index.js';
export type { PasswordFieldProps } from './PasswordField/index.js';
export { StrengthMeter } from './StrengthMeter/index.js';
export type { StrengthMeterProps } from './StrengthMeter/index.js';
export { ResetStartForm } from './ResetStartForm/index.js';
export type { ResetStartFormProps } from './ResetStartForm/index.js';
export { ResetCompleteForm } from './ResetCompleteForm/index.js';
export type { ResetCompleteFormProps } from './ResetCompleteForm/index.js';
export { DiscoveryReset, OrganizationPicker } from './DiscoveryReset/index.js';
export type { DiscoveryResetProps, OrganizationPickerProps } from './DiscoveryReset/index.js';
export { ResetDialog } from './ResetDialog/index.js';
export type { ResetDialogProps } from './ResetDialog/index.js';
export { ResetFlow } from './ResetFlow/index.js';
export type { ResetFlowProps } from './ResetFlow/index.js';
export type { Part, PartClassNames, StyleProps } from './shared/parts.js';
export type { HeadingLevel } from './shared/scope.js';
