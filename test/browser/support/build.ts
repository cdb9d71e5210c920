import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { demoConfig } from '../../../examples/demo/vite.config.js';
import { demoOutDir, repoRoot } from './paths.js';

/** Builds examples/demo against the built package (dist/), as a product team's build would. */
export async function buildDemo(outDir = demoOutDir): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist/index.js')) || !existsSync(path.join(repoRoot, 'dist/styles.css'))) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` before the e2e tests (npm test does).');
  }
  await build(demoConfig({ outDir }));
}
