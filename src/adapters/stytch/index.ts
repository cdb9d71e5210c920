/**
 * resetkit/adapters/stytch: a `ResetAdapter` over Stytch's official browser SDK. The SDK is an
 * optional peer dependency: the app creates the B2B headless client and passes it in, so this
 * entry itself never imports it.
 */
export { createStytchAdapter } from './adapter.js';
export type { StytchAdapter, StytchAdapterOptions, StytchB2BClientLike } from './adapter.js';
