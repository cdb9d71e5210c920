// Builds, once for every e2e file, the demo app (a few seconds) and the static Storybook (about
// 10 s). RESETKIT_E2E_PREBUILT=1 reuses the last builds, for quick reruns of the tests alone.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDemo } from './support/build.js';
import { demoOutDir, storybookOutDir } from './support/paths.js';
import { buildStorybook } from './support/storybook.js';

async function timed(name: string, build: () => Promise<void>): Promise<void> {
  const started = Date.now();
  await build();
  console.log(`[e2e] ${name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(): Promise<void> {
  const prebuilt = process.env['RESETKIT_E2E_PREBUILT'] === '1';
  await Promise.all([
    prebuilt && existsSync(path.join(demoOutDir, 'index.html')) ? null : timed('demo app', () => buildDemo()),
    prebuilt && existsSync(path.join(storybookOutDir, 'index.json')) ? null : timed('Storybook', () => buildStorybook(storybookOutDir)),
  ]);
}
