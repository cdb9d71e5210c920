#!/usr/bin/env node
// The local Stytch emulator (resetkit/emulator): `npx resetkit-emulator --port 4010`.
import { runEmulatorCli } from '../dist/emulator.js';

try {
  const emulator = await runEmulatorCli(process.argv.slice(2));
  if (emulator) {
    const stop = () => void emulator.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
} catch (error) {
  console.error(`resetkit-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
