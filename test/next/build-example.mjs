// Builds examples/next against the packed package, the way a product team would use it: `npm pack`
// of this repo, installed by name into the example, then `next build`. Everything lives in
// .cache/next-example/app (gitignored): its node_modules is reused while the example's lockfile is
// unchanged, and the build is skipped while neither the tarball nor the example's sources changed.
// Plain JavaScript, so that scripts/test.mjs can run it before Vitest (`node test/next/build-example.mjs`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = path.join(root, 'examples/next');
const cache = path.join(root, '.cache/next-example');
/** Where the example is installed and built. */
export const appDir = path.join(cache, 'app');
// Installed and generated in appDir, never copied from examples/next.
const LOCAL = new Set(['node_modules', '.next', 'next-env.d.ts', 'tsconfig.tsbuildinfo']);

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const readStamp = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

function run(command, args, cwd) {
  const { status } = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${status}).`);
}

/** Every source file of the example, hashed by path and content. */
function hashSources(dir, relative = '') {
  const hash = createHash('sha256');
  for (const name of readdirSync(path.join(dir, relative)).sort()) {
    if (LOCAL.has(name) || name.endsWith('.tgz')) continue;
    const file = path.join(relative, name);
    if (statSync(path.join(dir, file)).isDirectory()) hash.update(`${file}/${hashSources(dir, file)}`);
    else hash.update(`${file}\0`).update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

/** Packs, installs and builds the example; returns where it is and what each step took. */
export function buildNextExample({ log = console.log } = {}) {
  const started = Date.now();
  const timings = {};
  const step = (name, work) => {
    const at = Date.now();
    work();
    timings[name] = (Date.now() - at) / 1000;
  };
  // RESETKIT_PACKAGE_DIR packs another checkout instead, e.g. to see this test fail on an older build.
  const packageDir = process.env.RESETKIT_PACKAGE_DIR ? path.resolve(process.env.RESETKIT_PACKAGE_DIR) : root;
  if (!existsSync(path.join(packageDir, 'dist'))) throw new Error(`${packageDir}/dist is missing: run npm run build first.`);
  mkdirSync(appDir, { recursive: true });

  const tarball = path.join(cache, 'resetkit.tgz');
  step('pack', () => {
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', cache], { cwd: packageDir, encoding: 'utf8' });
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    renameSync(path.join(cache, packed.stdout.trim().split('\n').pop()), tarball);
  });

  const lock = readFileSync(path.join(example, 'package-lock.json'));
  const installStamp = path.join(appDir, 'node_modules/.example-lock-hash');
  if (readStamp(installStamp) !== sha256(lock)) {
    step('npm ci', () => {
      log('Installing the Next.js example (npm ci; cached in .cache/next-example until its lockfile changes)…');
      rmSync(path.join(appDir, 'node_modules'), { recursive: true, force: true });
      rmSync(path.join(appDir, '.next'), { recursive: true, force: true });
      cpSync(path.join(example, 'package.json'), path.join(appDir, 'package.json'));
      cpSync(path.join(example, 'package-lock.json'), path.join(appDir, 'package-lock.json'));
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], appDir);
      writeFileSync(installStamp, sha256(lock));
    });
  }

  const packageHash = sha256(readFileSync(tarball));
  const packageStamp = path.join(appDir, 'node_modules/.resetkit-tarball-hash');
  if (readStamp(packageStamp) !== packageHash) {
    step('install resetkit', () => {
      // By name, from the tarball, as a host installs it; --no-save keeps the example's lockfile
      // free of a path that exists only here.
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], appDir);
      writeFileSync(packageStamp, packageHash);
    });
  }

  const sourcesHash = hashSources(example);
  const buildStamp = path.join(appDir, '.next/.resetkit-build-hash');
  const buildKey = sha256(`${packageHash}\n${sourcesHash}`);
  if (readStamp(buildStamp) !== buildKey) {
    step('next build', () => {
      for (const name of readdirSync(appDir)) {
        if (!LOCAL.has(name) && name !== 'package.json' && name !== 'package-lock.json') rmSync(path.join(appDir, name), { recursive: true, force: true });
      }
      for (const name of readdirSync(example)) {
        if (!LOCAL.has(name) && !name.endsWith('.tgz')) cpSync(path.join(example, name), path.join(appDir, name), { recursive: true });
      }
      run(process.execPath, [path.join(appDir, 'node_modules/next/dist/bin/next'), 'build'], appDir);
      writeFileSync(buildStamp, buildKey);
    });
  }
  const seconds = (Date.now() - started) / 1000;
  log(`Next.js example ready in ${seconds.toFixed(1)} s (${Object.entries(timings).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ') || 'all cached'}).`);
  return { appDir, seconds, timings };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildNextExample();
