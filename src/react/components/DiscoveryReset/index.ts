export { DiscoveryReset } from './DiscoveryReset.js';
export type { DiscoveryResetProps } from './DiscoveryReset.js';
export { OrganizationPicker } from './OrganizationPicker.js';
export type { OrganizationPickerProps } from './OrganizationPicker.js';
