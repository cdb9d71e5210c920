// Installs React 18.3 into test/react18 (its own package and lockfile, outside the published
// manifest) for the dom-react18 Vitest project, once per fresh clone or lockfile change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../test/react18');
const lock = readFileSync(path.join(dir, 'package-lock.json'));
const stamp = path.join(dir, 'node_modules/.lock-hash');
const hash = createHash('sha256').update(lock).digest('hex');

if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
  console.log('Installing React 18 for the dom-react18 tests (test/react18)…');
  const { status } = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  writeFileSync(stamp, hash);
}
