import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the global setup builds the demo app (examples/demo) for the e2e tests. */
export const demoOutDir = path.join(repoRoot, '.cache/e2e/demo');
/** Where the e2e global setup builds the static Storybook (for the a11y sweep and the docs pages). */
export const storybookOutDir = path.join(repoRoot, '.cache/e2e/storybook');
