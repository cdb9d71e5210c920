// Issue: the hooks must be usable without paying for any component or stylesheet. An app that
// imports only hooks from the built `resetkit` entry is bundled the way a host bundles it, and
// its output is searched for what only the components bring.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Rolldown, build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function bundle(source: string): Promise<{ code: string; css: string[]; modules: string[] }> {
  const work = mkdtempSync(path.join(tmpdir(), 'resetkit-headless-'));
  dirs.push(work);
  mkdirSync(path.join(work, 'node_modules'));
  const entry = path.join(work, 'main.tsx');
  writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    resolve: { alias: [{ find: /^resetkit$/, replacement: path.join(root, 'dist/index.js') }] },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      rolldownOptions: { input: entry, external: (id) => /^(react|react-dom|scheduler)(\/.*)?$/.test(id) },
    },
  });
  const items = (Array.isArray(output) ? output[0]! : (output as Rolldown.RolldownOutput)).output;
  const chunks = items.filter((item) => item.type === 'chunk');
  return {
    code: chunks.map((chunk) => chunk.code).join('\n'),
    css: items.filter((item) => item.fileName.endsWith('.css')).map((item) => item.fileName),
    modules: chunks.flatMap((chunk) => chunk.moduleIds),
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the hooks without the components', () => {
  it('bundle with no component, dialog or stylesheet code', async () => {
    const { code, css, modules } = await bundle(`
      import { ResetProvider, useResetStart, useResetComplete, usePasswordStrength } from 'resetkit';
      globalThis.app = { ResetProvider, useResetStart, useResetComplete, usePasswordStrength };
    `);
    expect(code).toContain('useResetStart');
    expect(modules.filter((id) => id.includes('@radix-ui'))).toEqual([]);
    expect(code).not.toMatch(/data-scope|reset-dialog|strength-meter|organization-picker/);
    expect(css).toEqual([]);
  }, 120_000);

  it('the same search finds the components when an app uses one', async () => {
    const { code, modules } = await bundle(`
      import { ResetProvider, ResetDialog } from 'resetkit';
      globalThis.app = { ResetProvider, ResetDialog };
    `);
    expect(modules.some((id) => id.includes('@radix-ui'))).toBe(true);
    expect(code).toMatch(/reset-dialog/);
  }, 120_000);
});
