// The packed tarball as a host app meets it: installed beside the host's own, newer i18next (one
// copy, shared), and type-checked with every entry imported, under `nodenext` with
// `skipLibCheck: false` and under `bundler`. Reads dist/ (npm run build); installs from the npm
// registry (or its cache) into a temporary folder.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
// The newest i18next major resetkit declares compatible: a host's, not resetkit's own 26.
const HOST_I18NEXT = '27.2.9';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const entries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object')
  .map(([name]) => `resetkit${name.slice(1)}`);

// Every entry, the i18n prop given the host's instance, and each export used so none is elided.
const CONSUMER = `import i18next from 'i18next';
import { ResetFlow, ResetProvider, type ResetI18n } from 'resetkit';
import { createMemoryAdapter } from 'resetkit/adapters/memory';
${entries.map((entry, index) => `import * as entry${index} from '${entry}';`).join('\n')}

const host = i18next.createInstance();
void host.init({ lng: 'de', resources: { de: { translation: { hello: 'Hallo' } } } });
const shared: ResetI18n = host;

export const page = (
  <ResetProvider adapter={createMemoryAdapter()} i18n={host} locale="auto">
    <ResetFlow organizationId="organization-demo-acme" resetPasswordRedirectUrl="https://app.example.com/reset" />
  </ResetProvider>
);
export const all = [shared, ${entries.map((_, index) => `entry${index}`).join(', ')}];
`;

function tsconfig(resolution: 'nodenext' | 'bundler') {
  return {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: resolution === 'nodenext' ? 'nodenext' : 'esnext',
      moduleResolution: resolution,
      jsx: 'react-jsx',
      strict: true,
      skipLibCheck: false,
      noEmit: true,
      types: ['node'],
    },
    files: ['consumer.tsx'],
  };
}

describe('the packed tarball in a host app', () => {
  let consumer: string;

  beforeAll(async () => {
    consumer = mkdtempSync(path.join(tmpdir(), 'resetkit-host-'));
    const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: root });
    const tarball = path.join(consumer, stdout.trim().split('\n').pop()!);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'host', private: true, type: 'module' }));
    const dev = (name: string) => `${name}@${pkg.devDependencies[name]}`;
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, `i18next@${HOST_I18NEXT}`, dev('react'), dev('react-dom'), dev('@types/react'), dev('@types/react-dom'), dev('@types/node')],
      { cwd: consumer },
    );
    writeFileSync(path.join(consumer, 'consumer.tsx'), CONSUMER);
    writeFileSync(path.join(consumer, 'tsconfig.nodenext.json'), JSON.stringify(tsconfig('nodenext')));
    writeFileSync(path.join(consumer, 'tsconfig.bundler.json'), JSON.stringify(tsconfig('bundler')));
  }, 240_000);

  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  it('accepts the host’s newer i18next and installs a single copy of it', async () => {
    expect(pkg.peerDependencies.i18next).toMatch(/\^27\./);
    const { stdout } = await run('npm', ['ls', 'i18next', '--all', '--parseable'], { cwd: consumer });
    const copies = stdout.trim().split('\n').filter(Boolean);
    expect(copies).toEqual([path.join(consumer, 'node_modules/i18next')]);
    const installed = JSON.parse(readFileSync(path.join(consumer, 'node_modules/i18next/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(HOST_I18NEXT);
  }, 60_000);

  it.each(['nodenext', 'bundler'] as const)('type-checks a consumer of every entry under %s with skipLibCheck false', async (resolution) => {
    const result = await run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: consumer }).catch(
      (error: { stdout: string; stderr: string }) => ({ stdout: error.stdout || 'tsc failed', stderr: error.stderr }),
    );
    expect(`${result.stdout}${result.stderr}`).toBe('');
  }, 120_000);

  it('ships only what a host needs', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json'], { cwd: root });
    const [{ files }] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const outside = files.map((file) => file.path).filter((file) => !/^(dist\/|bin\/resetkit-emulator\.js$|package\.json$|README\.md$|LICENSE$)/.test(file));
    expect(outside).toEqual([]);
    expect(files.some((file) => file.path.endsWith('.d.ts.map'))).toBe(false);
    expect(files.some((file) => file.path === 'LICENSE')).toBe(true);
  }, 60_000);
});
