/**
 * resetkit/emulator: a local emulator of Stytch's B2B Passwords API (server paths, browser SDK
 * paths, an outbox), backed by the memory adapter, for development and tests. Node only, and not
 * for production: the bin `resetkit-emulator` starts it on 127.0.0.1:4010.
 */
export { SDK_PATHS, emulatorControl, startStytchEmulator } from './stytch-emulator.js';
export type { StytchEmulator, StytchEmulatorOptions } from './stytch-emulator.js';
export { runEmulatorCli } from './cli.js';
