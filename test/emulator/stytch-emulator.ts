// The emulator ships as resetkit/emulator (src/emulator); tests import it from here.
export { SDK_PATHS, emulatorControl, startStytchEmulator } from '../../src/emulator/stytch-emulator.js';
export type { StytchEmulator, StytchEmulatorOptions } from '../../src/emulator/stytch-emulator.js';
