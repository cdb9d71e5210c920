// Builds the demo app once for every e2e file (a few seconds). RESETKIT_E2E_PREBUILT=1 reuses the
// last build, for quick reruns of the tests alone.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDemo } from './support/build.js';
import { demoOutDir } from './support/paths.js';

export default async function setup(): Promise<void> {
  if (process.env['RESETKIT_E2E_PREBUILT'] === '1' && existsSync(path.join(demoOutDir, 'index.html'))) return;
  const started = Date.now();
  await buildDemo();
  console.log(`[e2e] demo app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
