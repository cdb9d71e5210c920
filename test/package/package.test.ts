// The built package as a consumer meets it: exports resolve, types are right for ESM consumers,
// and every JavaScript entry imports in plain Node without a DOM. Reads dist/ (npm run build).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
};
const jsEntries = Object.entries(pkg.exports).filter(
  (entry): entry is [string, { types: string; default: string }] => typeof entry[1] === 'object',
);

describe('the built package', () => {
  let consumer: string;

  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist'))) throw new Error('dist/ is missing: run npm run build first.');
    consumer = mkdtempSync(path.join(tmpdir(), 'resetkit-consumer-'));
    mkdirSync(path.join(consumer, 'node_modules'));
    symlinkSync(root, path.join(consumer, 'node_modules', 'resetkit'), 'dir');
  });

  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  it('declares only CSS as having side effects', () => {
    expect(pkg.sideEffects.every((pattern) => pattern.endsWith('.css'))).toBe(true);
  });

  it.each(jsEntries)('export %s points at built code and types', (_name, target) => {
    expect(existsSync(path.join(root, target.default))).toBe(true);
    expect(existsSync(path.join(root, target.types))).toBe(true);
  });

  it("marks only the React entry as client code ('use client' first)", () => {
    for (const [name, target] of jsEntries) {
      const code = readFileSync(path.join(root, target.default), 'utf8');
      expect(/^["']use client["'];/.test(code), name).toBe(name === '.');
    }
  });

  it('ships every locale catalogue and, once built, the stylesheet', () => {
    for (const locale of ['en', 'es', 'fr', 'pt-br']) expect(existsSync(path.join(root, `dist/locales/${locale}.json`))).toBe(true);
    const styles = pkg.exports['./styles.css'];
    expect(typeof styles === 'string' && existsSync(path.join(root, styles))).toBe(true);
  });

  it('passes publint', async () => {
    const { messages } = await publint({ pkgDir: root, level: 'suggestion', strict: true });
    expect(messages.map((message) => `${message.type} ${message.code} ${message.path.join('.')}`)).toEqual([]);
  });

  it('passes arethetypeswrong for ESM-only consumers', async () => {
    // The stylesheet has neither JavaScript nor types to check.
    const args = ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', '--exclude-entrypoints', './styles.css'];
    const result = await run('npx', args, {
      cwd: root,
    }).catch((error: { stdout: string; stderr: string }) => ({ ...error, failed: true }));
    expect('failed' in result ? `${result.stdout}\n${result.stderr}` : '').toBe('');
  }, 60_000);

  it.each(jsEntries)('resetkit%s imports in plain Node, with no DOM', async (name) => {
    const specifier = `resetkit${name.slice(1)}`;
    const script = `const m = await import(${JSON.stringify(specifier)}); console.log(Object.keys(m).length);`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer });
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  }, 30_000);
});
